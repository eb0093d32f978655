import { afterAll, beforeAll } from 'vitest';

/** jsdom has no CSS Custom Highlight API: for the tests of a file, a Set with a priority stands in for Highlight. */
export function useHighlightStub(): void {
  const g = globalThis as { Highlight?: unknown };
  const hadHighlight = 'Highlight' in g;
  beforeAll(() => {
    if (!hadHighlight) g.Highlight = class extends Set<unknown> { priority = 0; };
  });
  afterAll(() => {
    if (!hadHighlight) delete g.Highlight;
  });
}
