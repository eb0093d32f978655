import { describe, expect, it } from 'vitest';
import { entryUrlForSelection } from '../../../src/background/selection';

describe('"Explain with Layerlens" on a selection', () => {
  it('opens the entry of the chain the selection names, ambiguous words included', () => {
    expect(entryUrlForSelection('Arbitrum One')).toBe('#chain=arbitrum-one');
    expect(entryUrlForSelection('  Base  ')).toBe('#chain=base');
    expect(entryUrlForSelection('the Lightning Network is')).toBe('#chain=lightning-network');
  });

  it('falls back to a directory search for anything else, capped in length', () => {
    expect(entryUrlForSelection('rollup fees')).toBe('#search=rollup%20fees');
    expect(entryUrlForSelection('x'.repeat(500))).toBe(`#search=${'x'.repeat(200)}`);
  });
});
