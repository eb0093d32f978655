// Splits a block into words by char codes, the same words as tokenize()'s regex, hashing each word lowercased on the way:
// no match arrays, no substrings, no lowercase strings for words the lexicon cannot start with.

import { INVISIBLE as INVISIBLE_CHAR, WORD_CHAR } from './tokenize';
import { HASH_SEED, hashFinish, hashStep, hashWord } from './wordHash';
import type { Words } from './words';

// Kinds of code unit; 0 is "not classified yet".
const OTHER = 1;
/** A word character whose lowercase is the one code unit in LOWER. */
const SIMPLE = 2;
/** A word character whose lowercase is longer ("İ") or depends on its place (Σ → σ/ς): the word is lowercased whole. */
const COMPLEX = 3;
/** Text holding one takes tokenize() itself, which reads through them. */
const INVISIBLE = 4;
const HIGH_SURROGATE = 5;
const CAPITAL_SIGMA = 0x3a3;

/** What each UTF-16 code unit is, filled in on first sight: the regex runs once per distinct character, not per char. */
const KIND = new Uint8Array(0x10000);
const LOWER = new Uint16Array(0x10000);
/** Astral code points (a pair of surrogates): word character or not. Rare enough for a Map. */
const ASTRAL_WORD = new Map<number, boolean>();

function classify(c: number): number {
  let kind: number;
  if (c >= 0xd800 && c <= 0xdbff) kind = HIGH_SURROGATE;
  else {
    const ch = String.fromCharCode(c);
    if (INVISIBLE_CHAR.test(ch)) kind = INVISIBLE;
    else if (!WORD_CHAR.test(ch)) kind = OTHER;
    else {
      const lower = ch.toLowerCase();
      kind = lower.length === 1 && c !== CAPITAL_SIGMA ? SIMPLE : COMPLEX;
      if (kind === SIMPLE) LOWER[c] = lower.charCodeAt(0);
    }
  }
  KIND[c] = kind;
  return kind;
}

/** The one-unit lowercase of a word char the scan has put in a word without making its string. */
export function lowerCode(c: number): number {
  return LOWER[c]!;
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
  words.reset(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let kind = KIND[c]! || classify(c);
    if (kind === OTHER) {
      i++;
      continue;
    }
    if (kind === INVISIBLE) return false;
    if (kind === HIGH_SURROGATE && !astralWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_SEED;
    let complex = false;
    for (;;) {
      // The hot loop: letters and digits with a one-unit lowercase, which is nearly every word char of most pages.
      while (kind === SIMPLE) {
        h = hashStep(h, LOWER[c]!);
        if (++i >= n) break;
        c = text.charCodeAt(i);
        kind = KIND[c]! || classify(c);
      }
      if (i >= n) break;
      if (kind === COMPLEX) i++;
      else if (kind === HIGH_SURROGATE && astralWordAt(text, i)) i += 2;
      else break;
      complex = true;
      if (i >= n) break;
      c = text.charCodeAt(i);
      kind = KIND[c]! || classify(c);
    }
    if (complex) {
      // Lowercasing char by char would be wrong here, so this word pays for its string (and keeps it).
      const lower = text.slice(start, i).toLowerCase();
      words.push(start, i, hashWord(lower));
      words.setLower(words.count - 1, lower);
    } else {
      words.push(start, i, hashFinish(h));
    }
  }
  return true;
}
