// A page that replaces the part being read while the reader gives it its turn (a re-render): walking on from the
// removed node would read the rest of the removed part only and end as if the whole root were read. The reader must
// notice instead, and the scan must say it did not read everything.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { MentionIndex } from '../../../src/content/mentions';
import { scanRoot } from '../../../src/content/scanner';
import { localBatchDetector } from './localBatchDetector';
import { BlockReader } from '../../../src/content/walker';

function page(html: string) {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

function replaceWithCopy(element: Element): void {
  element.replaceWith(element.cloneNode(true));
}

describe('BlockReader.pause', () => {
  it('reads on from the last text it handed out when the page replaced the node it stood on', () => {
    const doc = page('<p>Bitcoin first.</p><section id="a"><p>one</p><p>two</p></section><p>Solana last.</p>');
    const reader = new BlockReader(doc.body);
    expect(reader.next()).toBe(true);
    expect(reader.text).toBe('Bitcoin first.'); // the walk now stands inside section#a
    reader.pause();
    replaceWithCopy(doc.getElementById('a')!);
    const texts: string[] = [];
    while (reader.next()) texts.push(reader.text);
    expect(texts).toEqual(['one', 'two', 'Solana last.']);
    expect(reader.lostPlace).toBe(false);
  });

  it('stops with lostPlace when the page replaced the whole part it was reading', () => {
    const doc = page('<section id="a"><p>Bitcoin first.</p><p>one</p><p>two</p></section><p>Solana last.</p>');
    const reader = new BlockReader(doc.body);
    expect(reader.next()).toBe(true);
    expect(reader.text).toBe('Bitcoin first.');
    reader.pause();
    replaceWithCopy(doc.getElementById('a')!);
    expect(reader.next()).toBe(false);
    expect(reader.lostPlace).toBe(true);
  });

  it('does not read text the page removed while it was paused', () => {
    const doc = page('<p>Bitcoin <b>first</b></p><p id="b">Arbitrum</p><p>Solana last.</p>');
    const reader = new BlockReader(doc.body);
    const texts: string[] = [];
    reader.next();
    texts.push(reader.text);
    reader.pause();
    doc.getElementById('b')!.firstChild!.remove();
    while (reader.next()) texts.push(reader.text);
    expect(texts).not.toContain('Arbitrum');
    expect(texts.at(-1)).toBe('Solana last.');
  });

  it('reads on as usual when the page changed elsewhere while paused', () => {
    const doc = page('<p id="x">Bitcoin first.</p><section id="a"><p>one</p><p>two</p></section><p>Solana last.</p>');
    const reader = new BlockReader(doc.body);
    const texts: string[] = [];
    reader.next();
    texts.push(reader.text);
    reader.pause();
    doc.getElementById('x')!.remove();
    while (reader.next()) texts.push(reader.text);
    expect(texts).toEqual(['Bitcoin first.', 'one', 'two', 'Solana last.']);
    expect(reader.lostPlace).toBe(false);
  });
});

describe('scanRoot', () => {
  it('reports an incomplete scan when the page replaced the part it was reading between two slices', async () => {
    const filler = 'x'.repeat(2500);
    const doc = page(`<p>Bitcoin first.</p><section id="a"><p>${filler}</p><p>${filler}</p><p>${filler}</p></section><p>Solana last.</p>`);
    const seen: string[] = [];
    const detector = localBatchDetector({ eachMention: (text) => void seen.push(text.slice(0, 12)) });
    // The page's re-render runs in its first turn, while the scan is inside section#a.
    setTimeout(() => replaceWithCopy(doc.getElementById('a')!), 0);
    const result = await scanRoot(doc.body, {
      detector,
      context: () => ({ sensitivity: 'balanced', cryptoPage: false }),
      walk: {},
      index: new MentionIndex(),
      signal: new AbortController().signal,
      // Every 4,000 characters the scan gives the page its turn.
      sliceMs: 0,
    });
    expect(result.complete).toBe(false);
    expect(seen).not.toContain('Solana last.');
    // Read again, the page is read to its end.
    seen.length = 0;
    const again = await scanRoot(doc.body, {
      detector,
      context: () => ({ sensitivity: 'balanced', cryptoPage: false }),
      walk: {},
      index: new MentionIndex(),
      signal: new AbortController().signal,
    });
    expect(again.complete).toBe(true);
    expect(seen).toContain('Solana last.');
  });

  it('checks its place and the settings only after the page had a turn', async () => {
    // 400 blocks make about 14 steps of 4,000 characters each.
    const doc = page('<p>Bitcoin first.</p>' + '<p>Solana and Base on a long line.</p>'.repeat(400));
    const contexts = vi.fn(() => ({ sensitivity: 'balanced' as const, cryptoPage: false }));
    const pause = vi.spyOn(BlockReader.prototype, 'pause');
    const scan = (sliceMs: number) =>
      scanRoot(doc.body, {
        detector: localBatchDetector({ eachMention: () => undefined }),
        context: contexts,
        walk: {},
        index: new MentionIndex(),
        signal: new AbortController().signal,
        sliceMs,
      });
    try {
      // One slice: the page never runs, so there is nothing to check between steps.
      await scan(60_000);
      expect(pause).not.toHaveBeenCalled();
      expect(contexts).toHaveBeenCalledTimes(1);
      // A turn after every step: each one is checked.
      contexts.mockClear();
      await scan(0);
      expect(pause.mock.calls.length).toBeGreaterThan(5);
      expect(contexts.mock.calls.length).toBe(pause.mock.calls.length + 1);
    } finally {
      pause.mockRestore();
    }
  });
});
