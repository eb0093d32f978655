import { describe, expect, it } from 'vitest';
import { claimFrame } from '../../../src/content/claimFrame';

describe('claimFrame', () => {
  it('lets the first copy run and turns a second away while the first is alive', () => {
    const world = {};
    expect(claimFrame(() => true, world)).toBe(true);
    expect(claimFrame(() => true, world)).toBe(false);
    expect(claimFrame(() => true, world)).toBe(false);
  });

  it('takes the frame over from an orphaned copy (its extension context is gone)', () => {
    const world = {};
    let firstAlive = true;
    expect(claimFrame(() => firstAlive, world)).toBe(true);
    firstAlive = false;
    expect(claimFrame(() => true, world)).toBe(true);
    // And the new copy now holds it.
    expect(claimFrame(() => true, world)).toBe(false);
  });

  it('takes over when asking the other copy throws (as an invalidated context does)', () => {
    const world = {};
    expect(
      claimFrame(() => {
        throw new Error('Extension context invalidated.');
      }, world),
    ).toBe(true);
    expect(claimFrame(() => true, world)).toBe(true);
  });

  it('keeps frames apart: each world has its own copy', () => {
    expect(claimFrame(() => true, {})).toBe(true);
    expect(claimFrame(() => true, {})).toBe(true);
  });
});
