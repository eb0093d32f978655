import { describe, expect, it } from 'vitest';
import { VisibleFirstSearch } from '../../../src/content/visibleFirstSearch';

describe('VisibleFirstSearch', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };

  it('searches a chain the first time', () => {
    expect(new VisibleFirstSearch().needed('base', a, 3)).toBe(true);
  });

  it('does not search again while the mark and the mentions are as they were', () => {
    const search = new VisibleFirstSearch<object>();
    search.foundNone('base', a, 3);
    expect(search.needed('base', a, 3)).toBe(false);
    // Another chain is its own matter.
    expect(search.needed('scroll', a, 3)).toBe(true);
  });

  it('searches again once the chain has more or fewer mentions, or another mark', () => {
    const search = new VisibleFirstSearch<object>();
    search.foundNone('base', a, 3);
    expect(search.needed('base', a, 4)).toBe(true);
    expect(search.needed('base', a, 2)).toBe(true);
    expect(search.needed('base', b, 3)).toBe(true);
  });

  it('forgets one chain, or all of them', () => {
    const search = new VisibleFirstSearch<object>();
    search.foundNone('base', a, 3);
    search.foundNone('scroll', b, 1);
    search.forget('base');
    expect(search.needed('base', a, 3)).toBe(true);
    expect(search.needed('scroll', b, 1)).toBe(false);
    search.forget();
    expect(search.needed('scroll', b, 1)).toBe(true);
  });
});
