// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useHighlightStub } from './highlightStub';

useHighlightStub();

describe('Highlighter teardown', () => {
  it("takes away only its own highlights: a copy started after an update keeps the document's names", async () => {
    const { Highlighter } = await import('../../../src/content/highlighter');
    const { MentionIndex } = await import('../../../src/content/mentions');
    const registry = new Map<string, unknown>() as unknown as HighlightRegistry;
    const host = () => document.body;
    const orphan = new Highlighter(new MentionIndex(), registry, host, new AbortController().signal);
    const names = [...(registry as unknown as Map<string, unknown>).keys()];
    expect(names.length).toBe(3);
    // The new copy registers the same names over the orphan's.
    const fresh = new Highlighter(new MentionIndex(), registry, host, new AbortController().signal);
    const held = names.map((n) => registry.get(n));
    orphan.destroy();
    expect(names.map((n) => registry.get(n))).toEqual(held);
    expect(held.every((h) => h !== undefined)).toBe(true);
    // Its own teardown does clear them.
    fresh.destroy();
    expect(names.map((n) => registry.get(n))).toEqual([undefined, undefined, undefined]);
  });
});
