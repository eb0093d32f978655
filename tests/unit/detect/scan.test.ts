// The char-code scan must split and lowercase exactly like tokenize()'s regex, and the detector built on it must find
// exactly what the regex path finds, on texts made to trip it: any case, non-ASCII letters whose lowercase is longer
// or depends on context, astral letters and emoji, combining marks, lone surrogates, invisible characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/detect/index';
import { scanWords } from '../../../src/detect/scan';
import { tokenize } from '../../../src/detect/tokenize';
import { hashWord } from '../../../src/detect/wordHash';
import { Words } from '../../../src/detect/words';
import { CHAINS } from './fixtures';
import { refForms } from './reference';

const written = refForms(CHAINS).map((f) => f.form);

const anyCase = (s: string) =>
  fc.constantFrom(0, 1, 2, 3).map((v) => [s, s.toLowerCase(), s.toUpperCase(), s.replace(/^./, (c) => c.toLowerCase())][v]!);

/** Pieces of text: names, cue and everyday words, and characters that are awkward for a scanner. */
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...written).chain(anyCase), weight: 4 },
  { arbitrary: fc.constantFrom('chain', 'mainnet', 'bridged', 'to', 'on', 'layer', '2', 'fees', 'camp', 's', 'the').chain(anyCase), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'é', 'É', 'İ', 'ı', 'ß', 'ẞ', 'Σ', 'ΣΑΣ', 'σς', 'Ǆ', 'ǅ', 'K', 'Å', 'ﬁ', 'Ωmega', 'Привет', 'ПРИВЕТ', '日本語', 'ｂａｓｅ',
      '𝐀', '𐐀', '𐐨', '🚀', '👍🏽', 'e\u0301', '\u0301', '\ud800', '\udc00', '_', '٣', '²',
    ),
    weight: 3,
  },
  { arbitrary: fc.constantFrom('\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), weight: 2 },
);
const separator = fc.constantFrom(' ', ' ', '', '\u00a0', '\n', ', ', '-', '\u2011', '.', "'", '’', '  ', '(', ')', '/', '@', '://');
const text = fc
  .array(fc.tuple(piece, separator), { maxLength: 30 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const visibleText = text.map((t) => t.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, ''));

describe('scanWords', () => {
  it('finds the same words as tokenize(), with the same lowercase and its hash', () => {
    const words = new Words();
    fc.assert(
      fc.property(visibleText, (t) => {
        expect(scanWords(t, words)).toBe(true);
        const tokens = tokenize(t);
        expect([...words.starts.subarray(0, words.count)]).toEqual(tokens.starts);
        expect([...words.ends.subarray(0, words.count)]).toEqual(tokens.ends);
        for (let i = 0; i < words.count; i++) {
          const lower = tokens.lower[i]!;
          expect(words.is(i, lower)).toBe(true);
          expect(words.is(i, `${lower}x`)).toBe(false);
          expect(words.writtenLower(i)).toBe(t.slice(tokens.starts[i], tokens.ends[i]) === lower);
          expect(words.hashes[i]).toBe(hashWord(lower));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives up on text with invisible characters, which tokenize() reads through', () => {
    const words = new Words();
    for (const ch of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      expect(scanWords(`Arbi${ch}trum`, words)).toBe(false);
    }
  });
});

describe('the detector on the scan finds what it finds on tokenize()', () => {
  const fast = createDetector(CHAINS);
  const regex = createDetector(CHAINS, { regexWords: true });
  const context = fc.record({
    sensitivity: fc.constantFrom('strict', 'balanced', 'everywhere' as const),
    cryptoPage: fc.boolean(),
    deferCryptoPage: fc.boolean(),
    tickers: fc.boolean(),
  });

  it('on random texts of names in any case, non-ASCII letters, marks, emoji and punctuation', () => {
    fc.assert(
      fc.property(text, context, (t, ctx) => {
        expect(fast.findMentions(t, ctx)).toEqual(regex.findMentions(t, ctx));
      }),
      { numRuns: 3000 },
    );
  });
});
