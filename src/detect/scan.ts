// Splits a block into words by char codes, the same words as tokenize()'s regex, hashing each word lowercased on the way:
// no match arrays, no substrings, no lowercase strings for words the lexicon cannot start with.

import { INVISIBLE as INVISIBLE_CHAR, WORD_CHAR } from './tokenize';
import { HASH_SEED, hashFinish, hashStep, hashWord } from './wordHash';
import type { Words } from './words';

// What a UTF-16 code unit is, as a number in CODE: a word character with a one-unit lowercase is SIMPLE plus that
// lowercase (one load gives both, in the hot loop); anything else is one of the small kinds. 0: not classified yet.
const OTHER = 1;
/** A word character whose lowercase is longer ("İ") or depends on its place (Σ → σ/ς): the word is lowercased whole. */
const COMPLEX = 2;
/** Text holding one takes tokenize() itself, which reads through them. */
const INVISIBLE = 3;
const HIGH_SURROGATE = 4;
const SIMPLE = 0x10000;
const CAPITAL_SIGMA = 0x3a3;

/** Every code unit's kind, filled in on first sight: the regexes run once per distinct character, not per char. */
const CODE = new Int32Array(0x10000);
/** Astral code points (a pair of surrogates): word character or not. Rare enough for a Map. */
const ASTRAL_WORD = new Map<number, boolean>();

function classify(c: number): number {
  let code: number;
  if (c >= 0xd800 && c <= 0xdbff) code = HIGH_SURROGATE;
  else {
    const ch = String.fromCharCode(c);
    if (INVISIBLE_CHAR.test(ch)) code = INVISIBLE;
    else if (!WORD_CHAR.test(ch)) code = OTHER;
    else {
      const lower = ch.toLowerCase();
      code = lower.length === 1 && c !== CAPITAL_SIGMA ? SIMPLE | lower.charCodeAt(0) : COMPLEX;
    }
  }
  CODE[c] = code;
  return code;
}

/** The one-unit lowercase of a word char the scan has put in a word without making its string. */
export function lowerCode(c: number): number {
  return CODE[c]! & 0xffff;
}

/** Whether a high surrogate at i starts a pair that is a word character (𝐀 is a letter, 🚀 is not). */
function astralWordAt(text: string, i: number): boolean {
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return false;
  const cp = ((text.charCodeAt(i) - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let word = ASTRAL_WORD.get(cp);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(cp));
    ASTRAL_WORD.set(cp, word);
  }
  return word;
}

/**
 * Fills `words` with the words of `text`, each with hashWord() of its lowercase. Returns false, leaving `words`
 * unfinished, when the text holds invisible characters: those words are not plain slices (see tokenize.ts).
 */
export function scanWords(text: string, words: Words): boolean {
  const n = text.length;
  // Words are at least one char apart, so there is room for every word, and the loop can write without checks.
  words.reset(text, (n >> 1) + 1);
  const { starts, ends, hashes } = words;
  let count = 0;
  let i = 0;
  // The kind of the char at i, carried from one step to the next so that no char is read twice.
  let code = n > 0 ? CODE[text.charCodeAt(0)]! || classify(text.charCodeAt(0)) : OTHER;
  while (i < n) {
    if (code === OTHER || (code === HIGH_SURROGATE && !astralWordAt(text, i))) {
      if (++i < n) {
        const c = text.charCodeAt(i);
        code = CODE[c]! || classify(c);
      }
      continue;
    }
    if (code === INVISIBLE) {
      words.count = count;
      return false;
    }
    const start = i;
    let h = HASH_SEED;
    let complex = false;
    for (;;) {
      // The hot loop: letters and digits with a one-unit lowercase, which is nearly every word char of most pages.
      while (code >= SIMPLE) {
        h = hashStep(h, code & 0xffff);
        if (++i >= n) break;
        const c = text.charCodeAt(i);
        code = CODE[c]! || classify(c);
      }
      if (i >= n) break;
      if (code === COMPLEX) i++;
      else if (code === HIGH_SURROGATE && astralWordAt(text, i)) i += 2;
      else break;
      complex = true;
      if (i >= n) break;
      const c = text.charCodeAt(i);
      code = CODE[c]! || classify(c);
    }
    starts[count] = start;
    ends[count] = i;
    if (complex) {
      // Lowercasing char by char would be wrong here, so this word pays for its string (and keeps it).
      const lower = text.slice(start, i).toLowerCase();
      hashes[count] = hashWord(lower);
      words.setLower(count, lower);
    } else {
      hashes[count] = hashFinish(h);
    }
    count++;
  }
  words.count = count;
  return true;
}
