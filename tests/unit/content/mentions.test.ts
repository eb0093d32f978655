// MentionIndex over jsdom: its text-node map is made on first use, so every lookup must give the same answers
// whether mentions were held before or after that.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { comesBefore, MentionIndex } from '../../../src/content/mentions';

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
    expect(index.at(a, 10)).toBeUndefined();
    // Held after the map exists: it must be kept up to date.
    const solana = index.createIn('solana', b, 0, 6, true);
    index.hold(solana);
    expect(index.at(b, 0)).toBe(solana);
    expect(index.at(c, 0)).toBeUndefined();
    expect(index.counts()).toEqual(expect.arrayContaining([{ chainId: 'arbitrum', count: 1 }, { chainId: 'solana', count: 1 }]));
  });

  it('drops what a removed or changed part of the page held, whenever the map was made', () => {
    for (const lookFirst of [false, true]) {
      const { document, a, b, c } = page();
      const index = new MentionIndex();
      const held = [index.createIn('arbitrum', a, 0, 8, true), index.createIn('base', a, 13, 17, false), index.createIn('solana', b, 0, 6, true)];
      if (lookFirst) expect(index.at(a, 0)).toBeUndefined();
      for (const m of held) index.hold(m);
      index.hold(index.createIn('starknet', c, 0, 8, true));
      expect(index.removeUnder(document.getElementById('a')!).map((m) => m.chainId).sort()).toEqual(['arbitrum', 'base']);
      expect(index.at(a, 0)).toBeUndefined();
      document.getElementById('b')!.remove();
      expect(index.removeDisconnected().map((m) => m.chainId)).toEqual(['solana']);
      expect(index.all().map((m) => m.chainId)).toEqual(['starknet']);
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
    expect(index.at(first, 0)).toBeUndefined();
  });
});

describe('comesBefore', () => {
  it('orders mentions by their place in the page, not by when they were found', () => {
    const { document, a, b } = page();
    const index = new MentionIndex();
    const solana = index.createIn('solana', b, 0, 6, true);
    // Found after "Solana" (its paragraph was read again), but earlier in the page.
    const arbitrum = index.createIn('arbitrum', a, 0, 8, true);
    const base = index.createIn('base', a, 13, 17, false);
    expect(comesBefore(arbitrum, solana)).toBe(true);
    expect(comesBefore(solana, arbitrum)).toBe(false);
    expect(comesBefore(arbitrum, base)).toBe(true);
    expect(comesBefore(base, arbitrum)).toBe(false);
    expect(comesBefore(arbitrum, arbitrum)).toBe(false);
    // Across a shadow root the DOM gives no order: discovery order decides.
    const host = document.createElement('div');
    document.body.prepend(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Linea</p>';
    const linea = index.createIn('linea', shadow.firstChild!.firstChild as Text, 0, 5, true);
    expect(comesBefore(solana, linea)).toBe(true);
    expect(comesBefore(linea, solana)).toBe(false);
  });
});
