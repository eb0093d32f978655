// Decides which candidates are chains: certain forms always; ambiguous words ("Base", "Scroll") only with evidence —
// a qualifier, crypto cues in the same block, or a crypto page — and never when the words around them show the
// everyday sense ("Base camp", "Scroll down").

import {
  MOVE_VERBS,
  NEGATIVE_AFTER_FORM,
  NEGATIVE_NEAR,
  NEGATIVE_NEAR_WINDOW,
  NEGATIVE_NEXT,
  NEGATIVE_PREV,
  NEXT_QUALIFIERS,
  PAIR_CUES,
  PREV_ON,
  PREV_PREPS,
  STRONG_CUES,
  WEAK_CUES,
} from './cues';
import type { Qualifier } from './lexicon';
import type { Candidate } from './matcher';
import type { DetectContext, Mention } from './types';
import { hashWord, WordTable } from './wordHash';
import type { Words } from './words';

/** How far (in words, each side) a cue may be from an ambiguous name and still count. */
export const CUE_WINDOW = 25;
/** Score a cue window must reach: one strong cue, one certain chain name, or two weak cues. */
const CUE_THRESHOLD = 2;
/** How many words back from "to"/"on" a move verb may be ("bridged 2 ETH to Base"). */
const VERB_REACH = 3;

const SENTENCE_END = /[.!?:;…\n\r•·|]/;
const OPENERS = /[\s"'“‘([*#>_\-–—]/;
const APOSTROPHE = /^['’]$/;
/** Gap between two words that keeps them in one phrase (no sentence or clause break). */
const PHRASE_GAP = /^[\s'’"“”(\-–]*$/;

/**
 * Every word the rules below look for, found from a word of the block by its hash and confirmed char by char: most
 * words are in none of the sets and need no string, and a word that is gets this one.
 */
const CONTEXT_WORDS = new WordTable<string>();
for (const set of [
  STRONG_CUES, WEAK_CUES, PAIR_CUES.keys(), NEXT_QUALIFIERS, PREV_ON, PREV_PREPS, MOVE_VERBS, NEGATIVE_NEXT,
  NEGATIVE_PREV, NEGATIVE_NEAR, ...PAIR_CUES.values(), ...NEGATIVE_AFTER_FORM.values(),
]) {
  for (const word of set) CONTEXT_WORDS.set(word, word);
}
/** The forms NEGATIVE_AFTER_FORM speaks of, by the same lookup. */
const AFTER_FORM = new WordTable<ReadonlySet<string>>();
for (const [form, after] of NEGATIVE_AFTER_FORM) AFTER_FORM.set(form, after);

/** Whether word i, lowercased, is in `set` (one of the sets above). */
function isIn(set: { has(word: string): boolean }, words: Words, i: number): boolean {
  const word = CONTEXT_WORDS.get(words, i);
  return word !== undefined && set.has(word);
}

const S_HASH = hashWord('s');
const NONE: ReadonlySet<string> = new Set();

/** Whether word i, lowercased, is `word` (whose hash is `hash`): a mismatch is nearly always ruled out by the hash. */
function isWord(words: Words, i: number, word: string, hash: number): boolean {
  return words.hashes[i] === hash && words.is(i, word);
}

function isSentenceStart(text: string, words: Words, i: number): boolean {
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

function phraseLinked(text: string, words: Words, a: number, b: number): boolean {
  const from = words.ends[a]!;
  const to = words.starts[b]!;
  // One space, the common gap, is a phrase gap: no slice, no regex.
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  return to - from <= 4 && PHRASE_GAP.test(text.slice(from, to));
}

/** The word before token i in the same phrase, looking past a possessive ("Sagan’s Cosmos" → "sagan"). */
function prevWord(text: string, words: Words, i: number): number {
  let p = i - 1;
  if (p < 0 || !phraseLinked(text, words, p, i)) return -1;
  if (isWord(words, p, 's', S_HASH) && p > 0 && APOSTROPHE.test(text.slice(words.ends[p - 1], words.starts[p]))) p--;
  return p;
}

/** The word after token i in the same phrase, looking past a possessive ("Base's sequencer" → "sequencer"). */
function nextWord(text: string, words: Words, i: number): number {
  let n = i + 1;
  if (n >= words.count) return -1;
  if (isWord(words, n, 's', S_HASH) && APOSTROPHE.test(text.slice(words.ends[i], words.starts[n]))) {
    n++;
    if (n >= words.count || !phraseLinked(text, words, n - 1, n)) return -1;
    return n;
  }
  return phraseLinked(text, words, i, n) ? n : -1;
}

function dataQualified(words: Words, c: Candidate, qualifiers: readonly Qualifier[]): boolean {
  for (const q of qualifiers) {
    if (c.first - q.before.length < 0 || c.last + q.after.length >= words.count) continue;
    let ok = true;
    for (let k = 0; ok && k < q.before.length; k++) {
      ok = isWord(words, c.first - q.before.length + k, q.before[k]!, q.beforeHashes[k]!);
    }
    for (let k = 0; ok && k < q.after.length; k++) ok = isWord(words, c.last + 1 + k, q.after[k]!, q.afterHashes[k]!);
    if (ok) return true;
  }
  return false;
}

/** "Base mainnet", "bridged to Base", "deployed on Scroll": certain enough for strict mode. */
function genericQualified(text: string, words: Words, c: Candidate): boolean {
  const n = nextWord(text, words, c.last);
  if (n >= 0 && isIn(NEXT_QUALIFIERS, words, n)) return true;
  const p = prevWord(text, words, c.first);
  if (p >= 0 && isIn(PREV_PREPS, words, p)) {
    // The verb may have an object before the preposition: "bridged 2 ETH to Base".
    for (let k = 0, w = prevWord(text, words, p); k < VERB_REACH && w >= 0; k++, w = prevWord(text, words, w)) {
      if (isIn(MOVE_VERBS, words, w)) return true;
    }
  }
  return false;
}

/** "Merlin, my cat": an appositive with a possessive names a person or a pet. Starts with a comma (char 44). */
const APPOSITIVE = /^,\s+(?:my|our|his|her|their|your)\s/iu;

function negative(text: string, words: Words, c: Candidate): boolean {
  if (text.charCodeAt(c.end) === 44 && APPOSITIVE.test(text.slice(c.end, c.end + 12))) return true;
  const n = nextWord(text, words, c.last);
  if (n >= 0) {
    if (isIn(NEGATIVE_NEXT, words, n)) return true;
    if (c.first === c.last && isIn(AFTER_FORM.get(words, c.first) ?? NONE, words, n)) return true;
  }
  const p = prevWord(text, words, c.first);
  if (p >= 0 && isIn(NEGATIVE_PREV, words, p)) return true;
  const from = Math.max(0, c.first - NEGATIVE_NEAR_WINDOW);
  const to = Math.min(words.count - 1, c.last + NEGATIVE_NEAR_WINDOW);
  for (let k = from; k <= to; k++) if (isIn(NEGATIVE_NEAR, words, k)) return true;
  return false;
}

/** "World Chain" at the start of a sentence: the capital on "Chain" still marks a proper noun. */
function capitalInside(text: string, words: Words, c: Candidate): boolean {
  for (let k = c.first + 1; k <= c.last; k++) {
    const ch = text.charAt(words.starts[k]!);
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

function cueWeight(text: string, words: Words, i: number): number {
  const word = CONTEXT_WORDS.get(words, i);
  if (word === undefined) return 0;
  let w = STRONG_CUES.has(word) ? 2 : WEAK_CUES.has(word) ? 1 : 0;
  const pair = PAIR_CUES.get(word);
  if (pair && i + 1 < words.count && isIn(pair, words, i + 1) && phraseLinked(text, words, i, i + 1)) w = 2;
  return w;
}

/**
 * Cue weight of the words of a block, each worked out the first time a cue window reaches it: a long paragraph with one
 * ambiguous name looks at the fifty words around it, not at all of them.
 */
class CueWeights {
  /** -1: not worked out yet. One buffer for every block: a block's weights are done with before the next block. */
  private static buffer = new Int8Array(256);
  private readonly weights: Int8Array;

  constructor(
    private readonly text: string,
    private readonly words: Words,
    candidates: readonly Candidate[],
  ) {
    if (CueWeights.buffer.length < words.count) CueWeights.buffer = new Int8Array(words.count * 2);
    this.weights = CueWeights.buffer.fill(-1, 0, words.count);
    // Names are not cues for themselves; certain names of other chains are strong cues.
    for (const c of candidates) {
      for (let k = c.first; k <= c.last; k++) this.weights[k] = 0;
      if (!c.entry.ambiguous) this.weights[c.first] = 2;
    }
  }

  at(i: number): number {
    const w = this.weights[i]!;
    return w >= 0 ? w : (this.weights[i] = cueWeight(this.text, this.words, i));
  }

  score(c: Candidate): number {
    let score = 0;
    const from = Math.max(0, c.first - CUE_WINDOW);
    const to = Math.min(this.words.count - 1, c.last + CUE_WINDOW);
    for (let k = from; k <= to; k++) {
      if (k >= c.first && k <= c.last) continue;
      score += this.at(k);
      if (score >= CUE_THRESHOLD) return score;
    }
    return score;
  }
}

export function disambiguate(
  text: string,
  words: Words,
  candidates: readonly Candidate[],
  context: DetectContext,
): Mention[] {
  const out: Mention[] = [];
  let cues: CueWeights | null = null;
  for (const c of candidates) {
    const e = c.entry;
    if (!e.ambiguous) {
      // Forms made of everyday words ("World Chain", "Smart Chain") still yield to "World Chain of stores".
      if (e.caseRule === 'notLower' && context.sensitivity !== 'everywhere' && negative(text, words, c)) continue;
      out.push({ start: c.start, end: c.end, chainId: e.chainId, certain: true });
      continue;
    }
    if (context.sensitivity === 'everywhere') {
      out.push({ start: c.start, end: c.end, chainId: e.chainId, certain: false });
      continue;
    }
    let keep = dataQualified(words, c, e.qualifiers);
    if (!keep && !negative(text, words, c)) {
      if (genericQualified(text, words, c)) keep = true;
      else if (context.sensitivity === 'balanced') {
        const initial = isSentenceStart(text, words, c.first) && !capitalInside(text, words, c);
        const p = prevWord(text, words, c.first);
        if (!initial && p >= 0 && isIn(PREV_ON, words, p)) keep = true;
        else {
          cues ??= new CueWeights(text, words, candidates);
          const score = cues.score(c);
          // A crypto page lowers the bar to one weak cue, or none for a capital mid-sentence (a proper noun) or a
          // name standing alone in its block (a table cell, a list item, a heading of a chain directory).
          const alone = c.first === 0 && c.last === words.count - 1;
          const onCryptoPage = !initial || alone || score >= 1;
          keep = score >= CUE_THRESHOLD || (context.cryptoPage && onCryptoPage);
          if (!keep && onCryptoPage && !context.cryptoPage && context.deferCryptoPage) {
            out.push({ start: c.start, end: c.end, chainId: e.chainId, certain: false, ifCryptoPage: true });
          }
        }
      }
    }
    if (keep) out.push({ start: c.start, end: c.end, chainId: e.chainId, certain: false });
  }
  return out;
}
