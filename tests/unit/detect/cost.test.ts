import { describe, expect, it } from 'vitest';
import type { Chain } from '../../../src/data/types';
import { createDetector } from '../../../src/detect/index';
import type { LexiconOptions, TrieNode } from '../../../src/detect/lexicon';
import { WordHashSet, WordTable } from '../../../src/detect/wordHash';
import type { Words } from '../../../src/detect/words';
import { BALANCED, CHAINS, chain } from './fixtures';

interface Counter {
  /** Map.get on the trie (words after the first). */
  gets: number;
  /** First-word lookups: the hash table that stands for the trie's root. */
  firsts: number;
  /** Probes of the hash set of later words, made before any Map.get on the trie. */
  probes: number;
}

/** Maps and hash tables that count lookups: the lexicon's only per-word work. */
function counting(counter: Counter): LexiconOptions {
  return {
    makeMap: () => {
      const map = new Map<string, TrieNode>();
      const get = map.get.bind(map);
      map.get = (key: string) => {
        counter.gets++;
        return get(key);
      };
      return map;
    },
    makeWordTable: () =>
      new (class extends WordTable<TrieNode> {
        override get(words: Words, i: number): TrieNode | undefined {
          counter.firsts++;
          return super.get(words, i);
        }
      })(),
    makeWordSet: () =>
      new (class extends WordHashSet {
        override has(hash: number): boolean {
          counter.probes++;
          return super.has(hash);
        }
      })(),
  };
}

const zero = (): Counter => ({ gets: 0, firsts: 0, probes: 0 });

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
  it('does the same number of lookups of every kind with 10× (and 100×) as many names', () => {
    const small = zero();
    const large = zero();
    const huge = zero();
    const base = createDetector(CHAINS, counting(small));
    const grown = createDetector([...CHAINS, ...synthetic(CHAINS.length * 9)], counting(large));
    const giant = createDetector([...CHAINS, ...synthetic(CHAINS.length * 99)], counting(huge));
    expect(grown.lexicon.chains.size).toBe(base.lexicon.chains.size * 10);
    expect(giant.lexicon.size).toBeGreaterThan(base.lexicon.size * 50);
    // Building the lexicon does lookups too: count only the scan.
    Object.assign(small, zero());
    Object.assign(large, zero());
    Object.assign(huge, zero());
    const a = base.findMentions(TEXT, BALANCED);
    const b = grown.findMentions(TEXT, BALANCED);
    const c = giant.findMentions(TEXT, BALANCED);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(small.gets).toBeGreaterThan(0);
    expect(small.probes).toBeGreaterThan(0);
    // At most one first-word lookup per word (the later words of a name found are not looked up again).
    const wordCount = TEXT.match(/[\p{L}\p{N}_]+/gu)!.length;
    expect(small.firsts).toBeLessThanOrEqual(wordCount);
    expect(small.firsts).toBeGreaterThan(wordCount / 2);
    expect(large).toEqual(small);
    expect(huge).toEqual(small);
  });

  it('does one first-word lookup per word, and no trie lookup for words that start no name', () => {
    const counter = zero();
    const d = createDetector(CHAINS, counting(counter));
    Object.assign(counter, zero());
    const words = 'lorem ipsum dolor sit amet '.repeat(100);
    d.findMentions(words, BALANCED);
    expect(counter).toEqual({ gets: 0, firsts: 500, probes: 0 });
  });

  it('follows a name into its next word only when that word is in some form', () => {
    const counter = zero();
    const d = createDetector(CHAINS, counting(counter));
    Object.assign(counter, zero());
    // "Arbitrum" goes on to "One" (a later word of a form), never to "report" (in no form after its first word).
    d.findMentions('Arbitrum report 12. '.repeat(50), BALANCED);
    expect(counter).toEqual({ gets: 0, firsts: 150, probes: 50 });
    Object.assign(counter, zero());
    d.findMentions('Arbitrum One settles. '.repeat(50), BALANCED);
    expect(counter.firsts).toBe(100);
    expect(counter.gets).toBeGreaterThanOrEqual(50);
  });
});
