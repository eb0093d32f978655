// The words around a name, read without making strings: where its sentence starts, the word before and after it in
// the same phrase, whether it ends its phrase; and the word classes the rules share.

import {
  DETERMINERS,
  FUNCTION_WORDS,
  LIST_WORDS,
  MOVE_VERBS,
  NEXT_QUALIFIERS,
  OPENING_VERBS,
  PHRASE_GOES_ON,
  PREV_ON,
  PREV_QUALIFIERS,
  PREV_PREPS,
} from './cues';
import { type Candidate, lineBreak } from './matcher';
import { hashWord, wordSet } from './wordHash';
import type { Words } from './words';

const SENTENCE_END = /[.!?:;…\n\r•·|]/;
const OPENERS = /[\s"'“‘([*#>_\-–—]/;
export const APOSTROPHE = /^['’]$/;
/** Gap between two words that keeps them in one phrase (no sentence or clause break). */
const PHRASE_GAP = /^[\s'’"“”(\-–]*$/;

// The word lists of cues.ts as hash tables: asking whether a word of the block is in one is a hash probe, and a string
// compare only on a hash hit, with no string made.
export const NEXT_QUALIFIER = wordSet(NEXT_QUALIFIERS);
export const PREV_QUALIFIER = wordSet(PREV_QUALIFIERS);
export const PREP_ON = wordSet(PREV_ON);
export const PREP = wordSet(PREV_PREPS);
export const MOVE_VERB = wordSet(MOVE_VERBS);
export const FUNCTION_WORD = wordSet(FUNCTION_WORDS);
export const OPENING_VERB = wordSet(OPENING_VERBS);
export const NETWORK_HASH = hashWord('network');
export const LIST_WORD = wordSet(LIST_WORDS);

export const S_HASH = hashWord('s');

/** Whether word i, lowercased, is `word` (whose hash is `hash`): a mismatch is nearly always ruled out by the hash. */
export function isWord(words: Words, i: number, word: string, hash: number): boolean {
  return words.hashes[i] === hash && words.is(i, word);
}

export function isSentenceStart(text: string, words: Words, i: number): boolean {
  let p = words.starts[i]! - 1;
  const stop = i > 0 ? words.ends[i - 1]! : 0;
  while (p >= stop) {
    // A space is an opener and no sentence end: the common case, without the regexes.
    if (text.charCodeAt(p) === 32) {
      p--;
      continue;
    }
    const ch = text.charAt(p);
    if (SENTENCE_END.test(ch)) return true;
    if (!OPENERS.test(ch)) return false;
    p--;
  }
  return i === 0;
}

export function phraseLinked(text: string, words: Words, a: number, b: number): boolean {
  const from = words.ends[a]!;
  const to = words.starts[b]!;
  // One space, the common gap, is a phrase gap: no slice, no regex.
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  return to - from <= 4 && PHRASE_GAP.test(text.slice(from, to));
}

/** The word before token i in the same phrase, looking past a possessive ("Sagan’s Cosmos" → "sagan"). */
export function prevWord(text: string, words: Words, i: number): number {
  let p = i - 1;
  if (p < 0 || !phraseLinked(text, words, p, i)) return -1;
  if (isWord(words, p, 's', S_HASH) && p > 0 && APOSTROPHE.test(text.slice(words.ends[p - 1], words.starts[p]))) p--;
  return p;
}

/** The word after token i in the same phrase, looking past a possessive ("Base's sequencer" → "sequencer"). */
export function nextWord(text: string, words: Words, i: number): number {
  let n = i + 1;
  if (n >= words.count) return -1;
  if (isWord(words, n, 's', S_HASH) && APOSTROPHE.test(text.slice(words.ends[i], words.starts[n]))) {
    n++;
    if (n >= words.count || !phraseLinked(text, words, n - 1, n)) return -1;
    return n;
  }
  return phraseLinked(text, words, i, n) ? n : -1;
}

/** Whether the char at `at` is a letter with a capital form, written as the capital. */
export function capitalAt(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch !== ch.toLowerCase();
}

/** Two words with exactly one space between them: one phrase, no possessive, no punctuation. */
export function adjacent(text: string, words: Words, a: number, b: number): boolean {
  const from = words.ends[a]!;
  return words.starts[b]! - from === 1 && text.charCodeAt(from) === 32;
}

/** Written in capitals, at least two letters long ("INJ", "ARB"), with no lowercase letter. */
export function writtenInCapitals(text: string, words: Words, i: number): boolean {
  const start = words.starts[i]!;
  const end = words.ends[i]!;
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) {
    const ch = text.charAt(k);
    if (ch !== ch.toUpperCase()) return false;
  }
  return true;
}

export const THE_HASH = hashWord('the');

/** Punctuation after a name that ends its phrase: , . ; : ! ? … ) ] — – and a newline. */
const PHRASE_END = /[,.;:!?…)\]—–\n]/;

const PHRASE_GOES_ON_WORD = wordSet(PHRASE_GOES_ON);
export const DETERMINER = wordSet(DETERMINERS);

/** The name ends its phrase: the block ends, punctuation follows, or a word that starts a new part of the sentence. */
export function endsPhrase(text: string, words: Words, c: Candidate): boolean {
  const n = c.last + 1;
  if (n >= words.count) return true;
  const from = words.ends[c.last]!;
  const to = words.starts[n]!;
  for (let k = from; k < to; k++) {
    const ch = text.charAt(k);
    // A possessive ("base's fees") goes on.
    if (ch === "'" || ch === '’') return false;
    if (PHRASE_END.test(ch)) return true;
  }
  // An emoji ends it as a full stop would ("bridged over lightning ⚡ took a second").
  return PHRASE_GOES_ON_WORD.has(words, n) || lineBreak(text, from, to);
}
