import { describe, expect, it } from 'vitest';
import type { Chain } from '../../../src/data/types';
import { createDetector } from '../../../src/detect/index';
import type { TrieNode } from '../../../src/detect/lexicon';
import { BALANCED, CHAINS, chain } from './fixtures';

/** A Map that counts lookups: the lexicon's only per-word work is Map.get on the trie. */
function counting(counter: { gets: number }): () => Map<string, TrieNode> {
  return () => {
    const map = new Map<string, TrieNode>();
    const get = map.get.bind(map);
    map.get = (key: string) => {
      counter.gets++;
      return get(key);
    };
    return map;
  };
}

/** Made-up chain names (letters that occur in no English text below), one to three words each. */
function synthetic(count: number): Chain[] {
  const syllables = ['zor', 'vex', 'qua', 'xil', 'prax', 'dro', 'kyn', 'thul'];
  const out: Chain[] = [];
  for (let i = 0; i < count; i++) {
    const word = (n: number): string =>
      syllables[n % 8]! + syllables[Math.floor(n / 8) % 8]! + syllables[Math.floor(n / 64) % 8]! + String(n);
    const name = [word(i), i % 2 ? 'Chain' : '', i % 3 ? 'Network' : ''].filter(Boolean).join(' ');
    out.push(chain({ id: `synthetic-${i}`, name, aliases: [word(i + count)], ambiguous: i % 5 ? [] : [name] }));
  }
  return out;
}

const TEXT = `Arbitrum One and Arbitrum Nova settle on Ethereum. Base mainnet, Polygon zkEVM and the Scroll bridge were busy,
  while Lightning Network channels reopened. The base of the tower, a polygon with five sides, zkSync 2.0 and OP Mainnet.
  Chain network one nova smart chain mainnet. `.repeat(20);

describe('lookup cost does not depend on the number of names', () => {
  it('does the same number of trie lookups with 10× (and 100×) as many names', () => {
    const small = { gets: 0 };
    const large = { gets: 0 };
    const huge = { gets: 0 };
    const base = createDetector(CHAINS, { makeMap: counting(small) });
    const grown = createDetector([...CHAINS, ...synthetic(CHAINS.length * 9)], { makeMap: counting(large) });
    const giant = createDetector([...CHAINS, ...synthetic(CHAINS.length * 99)], { makeMap: counting(huge) });
    expect(grown.lexicon.chains.size).toBe(base.lexicon.chains.size * 10);
    expect(giant.lexicon.size).toBeGreaterThan(base.lexicon.size * 50);
    // Building the lexicon does lookups too: count only the scan.
    small.gets = large.gets = huge.gets = 0;
    const a = base.findMentions(TEXT, BALANCED);
    const b = grown.findMentions(TEXT, BALANCED);
    const c = giant.findMentions(TEXT, BALANCED);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(small.gets).toBeGreaterThan(0);
    expect(large.gets).toBe(small.gets);
    expect(huge.gets).toBe(small.gets);
  });

  it('does at most one root lookup per word, plus one per word of a form actually followed', () => {
    const counter = { gets: 0 };
    const d = createDetector(CHAINS, { makeMap: counting(counter) });
    counter.gets = 0;
    const words = 'lorem ipsum dolor sit amet '.repeat(100);
    d.findMentions(words, BALANCED);
    expect(counter.gets).toBe(500);
  });
});
