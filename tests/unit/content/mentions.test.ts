// MentionIndex over jsdom: its text-node map is made on first use, so every lookup must give the same answers
// whether mentions were held before or after that.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../src/content/mentions';
import { readMention } from './readMention';

function page() {
  const { document } = new JSDOM('<!doctype html><body><p id="a">Arbitrum and Base</p><p id="b">Solana</p><p id="c">Starknet</p></body>', { url: 'https://example.org/' }).window;
  const text = (id: string) => document.getElementById(id)!.firstChild as Text;
  return { document, a: text('a'), b: text('b'), c: text('c') };
}

describe('MentionIndex', () => {
  it('finds mentions by node and offset, held before and after its node map is made', () => {
    const { a, b, c } = page();
    const index = new MentionIndex();
    const arbitrum = index.createIn('arbitrum', a, 0, 8, true);
    const base = index.createIn('base', a, 13, 17, false);
    index.hold(arbitrum);
    index.hold(base);
    expect(index.at(a, 3)).toBe(arbitrum);
    expect(index.at(a, 14)).toBe(base);
    expect(index.at(a, 10)).toBe(0);
    // Held after the map exists: it must be kept up to date.
    const solana = index.createIn('solana', b, 0, 6, true);
    index.hold(solana);
    expect(index.at(b, 0)).toBe(solana);
    expect(index.at(c, 0)).toBe(0);
    expect(index.counts()).toEqual(expect.arrayContaining([{ chainId: 'arbitrum', count: 1 }, { chainId: 'solana', count: 1 }]));
  });

  it('lists what a part holds without dropping it, then drops exactly the mentions named', () => {
    const { document, a, b } = page();
    const index = new MentionIndex();
    const arbitrum = index.createIn('arbitrum', a, 0, 8, true);
    const base = index.createIn('base', a, 13, 17, false);
    const solana = index.createIn('solana', b, 0, 6, true);
    for (const m of [arbitrum, base, solana]) index.hold(m);
    expect(index.heldUnder(document.getElementById('a')!).sort()).toEqual([arbitrum, base].sort());
    expect(index.at(a, 0)).toBe(arbitrum);
    // Base was not found again: it alone goes; a mention not held any more is not dropped twice.
    expect(index.removeIds([base])).toEqual([base]);
    expect(index.removeIds([base])).toEqual([]);
    expect(index.at(a, 14)).toBe(0);
    expect(index.at(a, 0)).toBe(arbitrum);
    expect(index.ofChain('base')).toEqual([]);
    expect(index.counts()).toEqual(expect.arrayContaining([{ chainId: 'arbitrum', count: 1 }, { chainId: 'solana', count: 1 }]));
  });

  it('drops what a removed or changed part of the page held, whenever the map was made', () => {
    for (const lookFirst of [false, true]) {
      const { document, a, b, c } = page();
      const index = new MentionIndex();
      const held = [index.createIn('arbitrum', a, 0, 8, true), index.createIn('base', a, 13, 17, false), index.createIn('solana', b, 0, 6, true)];
      if (lookFirst) expect(index.at(a, 0)).toBe(0);
      for (const m of held) index.hold(m);
      index.hold(index.createIn('starknet', c, 0, 8, true));
      expect(index.removeUnder(document.getElementById('a')!).map((m) => index.chainOf(m)).sort()).toEqual(['arbitrum', 'base']);
      expect(index.at(a, 0)).toBe(0);
      document.getElementById('b')!.remove();
      expect(index.removeDisconnected().map((m) => index.chainOf(m))).toEqual(['solana']);
      expect(index.all().map((m) => index.chainOf(m))).toEqual(['starknet']);
      expect(index.ofChain('base')).toEqual([]);
    }
  });

  it('keeps a mention spanning text nodes findable from each of them', () => {
    const { document } = new JSDOM('<!doctype html><body><p><a>Arbitrum</a> One</p></body>').window;
    const first = document.querySelector('a')!.firstChild as Text;
    const second = document.querySelector('p')!.lastChild as Text;
    const index = new MentionIndex();
    const mention = index.create('arbitrum', [{ node: first, start: 0, end: 8 }, { node: second, start: 0, end: 4 }], true);
    index.hold(mention);
    expect(index.at(second, 2)).toBe(mention);
    expect(index.at(first, 0)).toBe(mention);
    expect(index.removeUnder(second)).toEqual([mention]);
    expect(index.at(first, 0)).toBe(0);
  });
});

describe('MentionIndex.comesBefore', () => {
  it('orders mentions by their place in the page, not by when they were found', () => {
    const { document, a, b } = page();
    const index = new MentionIndex();
    const solana = index.createIn('solana', b, 0, 6, true);
    // Found after "Solana" (its paragraph was read again), but earlier in the page.
    const arbitrum = index.createIn('arbitrum', a, 0, 8, true);
    const base = index.createIn('base', a, 13, 17, false);
    expect(index.comesBefore(arbitrum, solana)).toBe(true);
    expect(index.comesBefore(solana, arbitrum)).toBe(false);
    expect(index.comesBefore(arbitrum, base)).toBe(true);
    expect(index.comesBefore(base, arbitrum)).toBe(false);
    expect(index.comesBefore(arbitrum, arbitrum)).toBe(false);
    // Across a shadow root the DOM gives no order: discovery order decides.
    const host = document.createElement('div');
    document.body.prepend(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Linea</p>';
    const linea = index.createIn('linea', shadow.firstChild!.firstChild as Text, 0, 5, true);
    expect(index.comesBefore(solana, linea)).toBe(true);
    expect(index.comesBefore(linea, solana)).toBe(false);
  });
});

describe('MentionIndex slots', () => {
  it('never names a mention 0, and gives a dropped slot to the next mention only after the dropper could read it', () => {
    const { document, a, b } = page();
    const index = new MentionIndex();
    const arbitrum = index.createIn('arbitrum', a, 0, 8, true);
    const solana = index.create('solana', [{ node: b, start: 0, end: 3 }, { node: b, start: 3, end: 6 }], true);
    expect(arbitrum).toBeGreaterThan(0);
    index.insertAll([arbitrum, solana]);
    index.setListedAt(solana, 7);
    const dropped = index.removeUnder(document.getElementById('b')!);
    expect(dropped).toEqual([solana]);
    // Still readable by the caller that dropped it...
    expect(index.chainOf(solana)).toBe('solana');
    expect(index.piecesOf(solana)).toHaveLength(2);
    // ...and then its slot is the next mention's, with nothing of the old one left in it.
    const base = index.createIn('base', a, 13, 17, false);
    expect(base).toBe(solana);
    expect(readMention(index, base)).toEqual({ id: base, chainId: 'base', node: a, start: 13, end: 17, certain: false, seq: 2 });
    expect(index.listedAt(base)).toBe(-1);
    expect(index.ofChain('solana')).toEqual([]);
    // Not held yet: not findable until it is.
    expect(index.at(a, 14)).toBe(0);
    index.hold(base);
    expect(index.at(a, 14)).toBe(base);
    expect(index.all()).toEqual([arbitrum, base]);
  });

  it('gives back mentions that were made and never held, and only those', () => {
    const { a, b } = page();
    const index = new MentionIndex();
    const held = index.createIn('arbitrum', a, 0, 8, true);
    index.hold(held);
    const aside = index.createIn('solana', b, 0, 6, false);
    index.release([aside, held]);
    expect(index.at(a, 0)).toBe(held);
    expect(index.chainOf(held)).toBe('arbitrum');
    expect(index.createIn('base', a, 13, 17, false)).toBe(aside);
  });

  it('keeps every field of thousands of mentions as its columns grow', () => {
    const { a } = page();
    const index = new MentionIndex();
    const ids: number[] = [];
    for (let k = 0; k < 5000; k++) {
      if (k === 2500) index.reserve(10_000);
      const id = index.createIn(k % 2 ? 'base' : 'arbitrum', a, k, k + 1, k % 3 === 0);
      index.hold(id);
      ids.push(id);
    }
    ids.forEach((id, k) => {
      expect(readMention(index, id)).toEqual({ id, chainId: k % 2 ? 'base' : 'arbitrum', node: a, start: k, end: k + 1, certain: k % 3 === 0, seq: k });
    });
    expect(index.counts()).toEqual([{ chainId: 'arbitrum', count: 2500 }, { chainId: 'base', count: 2500 }]);
    index.clear();
    expect(index.all()).toEqual([]);
    expect(index.createIn('base', a, 0, 1, true)).toBe(1);
  });
});
