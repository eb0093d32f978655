import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/eval';
import { chains } from '../../../src/data/index';
import { createDetector, detectorOver } from '../../../src/detect/detector';
import { compileLexicon } from '../../../src/detect/lexicon';
import { packLexicon, unpackLexicon, type PackedLexicon } from '../../../src/detect/lexiconPack';
import { DEFAULT_CONTEXT, type DetectContext } from '../../../src/detect/types';
import { tokenize } from '../../../src/detect/tokenize';
import { WordTable } from '../../../src/detect/wordHash';
import { Words } from '../../../src/detect/words';

/** What the build does: compile, pack, write as JSON; what the page does: parse, unpack. */
const packedJson = JSON.stringify(packLexicon(compileLexicon(chains)));
const compiled = createDetector(chains);
const unpacked = () => detectorOver(unpackLexicon(JSON.parse(packedJson) as PackedLexicon));

const CONTEXTS: DetectContext[] = [
  { sensitivity: 'strict', cryptoPage: false },
  { sensitivity: 'balanced', cryptoPage: false },
  { sensitivity: 'balanced', cryptoPage: true },
  { sensitivity: 'everywhere', cryptoPage: false, tickers: true },
  { sensitivity: 'balanced', cryptoPage: false, deferCryptoPage: true },
];

const written = chains.flatMap((c) => [c.name, ...c.aliases, ...(c.ambiguous ?? []), ...(c.nativeToken ? [c.nativeToken] : [])]);

describe('the packed lexicon (built once, unpacked in the page)', () => {
  it('finds exactly what the compiled one finds on the whole labelled corpus, in every mode', () => {
    const detector = unpacked();
    const items = loadCorpus();
    expect(items.length).toBeGreaterThan(200);
    let found = 0;
    for (const context of CONTEXTS) {
      for (const item of items) {
        const want = compiled.findMentions(item.text, context);
        expect(detector.findMentions(item.text, context)).toEqual(want);
        found += want.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('agrees with the compiled one on random texts of the dataset’s names (any case) and noise', () => {
    const detector = unpacked();
    const word = fc.oneof(
      fc.constantFrom(...written),
      fc.constantFrom(...written).map((w) => w.toLowerCase()),
      fc.constantFrom(...written).map((w) => w.toUpperCase()),
      fc.constantFrom('on', 'the', 'base', 'chain', 'mainnet', 'bridge', 'L2', 'rollup', 'network', 'of', 'tower', 'Network', 'One'),
      fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
    );
    const separator = fc.constantFrom(' ', ' ', '\u00a0', '\n', ', ', '-', '. ', "'s ", '');
    const text = fc.array(fc.tuple(word, separator), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...CONTEXTS), (t, context) => {
        expect(detector.findMentions(t, context)).toEqual(compiled.findMentions(t, context));
      }),
      { numRuns: 1500 },
    );
  });

  it('is plain JSON, with as many forms as the compiled one', () => {
    const lexicon = compileLexicon(chains);
    const packed = JSON.parse(packedJson) as PackedLexicon;
    expect(packed.size).toBe(lexicon.size);
    expect(JSON.stringify(packed)).toBe(packedJson);
    expect(unpackLexicon(packed).size).toBe(lexicon.size);
  });

  it('refuses a layout it was not built for', () => {
    const packed = JSON.parse(packedJson) as PackedLexicon;
    expect(() => unpackLexicon({ ...packed, format: 3 as unknown as 5 })).toThrow(/format 3/);
    const first = packed.firstWords;
    expect(() => unpackLexicon({ ...packed, firstWords: { ...first, room: first.room - 1 } })).toThrow(/power of two/);
    expect(() => unpackLexicon({ ...packed, firstWords: { ...first, room: 16 } })).toThrow(/four times/);
    expect(() => unpackLexicon({ ...packed, firstWords: { ...first, hashes: first.hashes.slice(1) } })).toThrow(/as many/);
  });

  it('names each chain once, by index, and refuses an entry whose chain is not in its table', () => {
    const packed = JSON.parse(packedJson) as PackedLexicon;
    expect(new Set(packed.chains).size).toBe(packed.chains.length);
    expect(packed.chains).toContain('arbitrum-one');
    // Every subtree is parsed when text reaches its first word: one with a table too short fails there, loudly.
    const lexicon = unpackLexicon({ ...packed, chains: packed.chains.slice(0, 1) });
    const detector = detectorOver(lexicon);
    expect(() => {
      for (const text of ['Arbitrum', 'Solana', 'Ethereum', 'Base mainnet', 'Polygon zkEVM']) detector.findMentions(text, DEFAULT_CONTEXT);
    }).toThrow(/names chain \d+, of 1/);
  });
});

describe('WordTable.unpack', () => {
  const words = (text: string): Words => new Words().fromTokens(text, tokenize(text));

  it('makes a value only when a lookup first finds its word, and only once', () => {
    const table = new WordTable<string>();
    for (const w of ['arbitrum', 'base', 'polygon', 'scroll', 'starknet']) table.set(w, w.toUpperCase());
    const made: string[] = [];
    const lazy = WordTable.unpack(table.pack((v) => `packed:${v}`), (p: string) => {
      made.push(p);
      return p.slice('packed:'.length);
    });
    expect(made).toEqual([]);
    expect(lazy.find('base')).toBe('BASE');
    expect(lazy.find('nothing')).toBeUndefined();
    expect(lazy.find('base')).toBe('BASE');
    expect(made).toEqual(['packed:BASE']);
    expect(lazy.find('scroll')).toBe('SCROLL');
    expect(made).toEqual(['packed:BASE', 'packed:SCROLL']);
    // Growing an unpacked table keeps every value, packed or not.
    for (let i = 0; i < 20; i++) lazy.set(`extra${i}`, `X${i}`);
    expect(['arbitrum', 'base', 'polygon', 'scroll', 'starknet'].map((w) => lazy.find(w))).toEqual(['ARBITRUM', 'BASE', 'POLYGON', 'SCROLL', 'STARKNET']);
    expect(lazy.find('extra7')).toBe('X7');
  });

  it('finds words of a block by hash as the compiled table does', () => {
    const table = new WordTable<number>();
    table.set('arbitrum', 1);
    table.set('one', 2);
    const lazy = WordTable.unpack(table.pack((v) => v), (p: number) => p * 10);
    const w = words('Arbitrum One nova');
    expect([0, 1, 2].map((i) => lazy.get(w, i))).toEqual([10, 20, undefined]);
  });
});
