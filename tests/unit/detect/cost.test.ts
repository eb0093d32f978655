import { describe, expect, it } from 'vitest';
import type { Chain } from '../../../src/data/types';
import { createDetector } from '../../../src/detect/index';
import type { LexiconOptions, TrieNode } from '../../../src/detect/lexicon';
import { WordTable } from '../../../src/detect/wordHash';
import type { Words } from '../../../src/detect/words';
import { BALANCED, CHAINS, chain } from './fixtures';

interface Counter {
  /** Map.get on the trie: the scan should need none. */
  gets: number;
  /** Hash-table lookups: the root's (one per word) and each trie node's next words (one per word of a name followed). */
  lookups: number;
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
    makeWordTable: <T>() =>
      new (class extends WordTable<T> {
        override get(words: Words, i: number): T | undefined {
          counter.lookups++;
          return super.get(words, i);
        }
      })(),
  };
}

const zero = (): Counter => ({ gets: 0, lookups: 0 });

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
    expect(grown.lexicon.size).toBeGreaterThan(base.lexicon.size * 5);
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
    expect(small.gets).toBe(0);
    // One lookup per word at the most, plus one per word of a name followed (the words inside a name found are not
    // looked up again as first words).
    const wordCount = TEXT.match(/[\p{L}\p{N}_]+/gu)!.length;
    expect(small.lookups).toBeGreaterThan(wordCount / 2);
    expect(small.lookups).toBeLessThanOrEqual(wordCount + a.length * 2);
    expect(large).toEqual(small);
    expect(huge).toEqual(small);
  });

  it('does one lookup per word that starts no name, and no Map lookup at all', () => {
    const counter = zero();
    const d = createDetector(CHAINS, counting(counter));
    Object.assign(counter, zero());
    const words = 'lorem ipsum dolor sit amet '.repeat(100);
    d.findMentions(words, BALANCED);
    expect(counter).toEqual({ gets: 0, lookups: 500 });
  });

  it('follows a name into its next word with one more lookup, in the table of that name', () => {
    const counter = zero();
    const d = createDetector(CHAINS, counting(counter));
    Object.assign(counter, zero());
    // "Arbitrum" may go on to "One" or "Nova", never to "report": one lookup each for "Arbitrum", "report" and "12" as
    // first words, and one for "report" as the word after "Arbitrum".
    d.findMentions('Arbitrum report 12. '.repeat(50), BALANCED);
    expect(counter).toEqual({ gets: 0, lookups: 200 });
    Object.assign(counter, zero());
    // "Arbitrum One" is found by two lookups, then "One" may be followed by "settles" in its own table (one more).
    d.findMentions('Arbitrum One settles. '.repeat(50), BALANCED);
    expect(counter.gets).toBe(0);
    expect(counter.lookups).toBeGreaterThanOrEqual(150);
    expect(counter.lookups).toBeLessThanOrEqual(200);
  });
});

describe('a Russian name in its cases costs only the Cyrillic words that miss', () => {
  interface RootCounter {
    gets: number;
    finds: number;
    /** The lexicon's table of first words, once made: the only one counted (the trie's next-word tables use find too). */
    root: WordTable<unknown> | null;
  }

  /** Counts the root's lookups by a word of the block (get) and by a string (find), which only a case ending needs. */
  function countingFinds(counter: RootCounter): LexiconOptions {
    return {
      makeWordTable: <T>() =>
        new (class extends WordTable<T> {
          override get(words: Words, i: number): T | undefined {
            if (this === counter.root) counter.gets++;
            return super.get(words, i);
          }
          override find(word: string): T | undefined {
            if (this === counter.root) counter.finds++;
            return super.find(word);
          }
        })(),
    };
  }

  /** The test dataset with the Russian names the bundled one has. */
  const RUSSIAN: Record<string, string> = { bitcoin: 'Биткоин', ethereum: 'Эфириум' };
  const WITH_RUSSIAN = CHAINS.map((c) => (RUSSIAN[c.id] ? { ...c, aliases: [...(c.aliases ?? []), RUSSIAN[c.id]!] } : c));

  const counted = (chains: Chain[]): { d: ReturnType<typeof createDetector>; counter: RootCounter } => {
    const counter: RootCounter = { gets: 0, finds: 0, root: null };
    const d = createDetector(chains, countingFinds(counter));
    counter.root = d.lexicon.firstWords as WordTable<unknown>;
    return { d, counter };
  };

  it('looks a stem up only for a Cyrillic word that is no name as it is and ends like a case, once at most', () => {
    const { d: small, counter } = counted(WITH_RUSSIAN);
    const reset = (): void => void Object.assign(counter, { gets: 0, finds: 0 });
    // Latin text: no word is Cyrillic, so no stem is looked up.
    small.findMentions(TEXT, BALANCED);
    expect(counter.finds).toBe(0);
    reset();
    // One lookup per word (nine); "доллара" ends like a case (stem "доллар"), "цене" too but its stem is too short, the
    // rest in no ending: one stem lookup per line.
    small.findMentions('Сегодня курс доллара вырос, а рубль упал в цене. '.repeat(50), BALANCED);
    expect({ gets: counter.gets, finds: counter.finds }).toEqual({ gets: 450, finds: 50 });
    reset();
    // "Биткоин" is found as it is, with no stem looked up; "биткоина" pays one.
    const found = small.findMentions('Биткоин вырос, курс биткоина тоже. '.repeat(50), BALANCED);
    expect(found).toHaveLength(100);
    expect(counter.finds).toBe(50);
  });

  it('does the same stem lookups with 10× as many names', () => {
    const { d: base, counter: a } = counted(WITH_RUSSIAN);
    const { d: grown, counter: b } = counted([...WITH_RUSSIAN, ...synthetic(CHAINS.length * 9)]);
    const text = 'Курс биткоина и эфириума вырос, а доллар упал в цене к биткоинам. '.repeat(20);
    expect(grown.findMentions(text, BALANCED)).toEqual(base.findMentions(text, BALANCED));
    expect(a.finds).toBeGreaterThan(0);
    expect({ gets: b.gets, finds: b.finds }).toEqual({ gets: a.gets, finds: a.finds });
  });
});
