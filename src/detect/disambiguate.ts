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
import type { Tokens } from './tokenize';
import type { DetectContext, Mention } from './types';

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

function isSentenceStart(text: string, tokens: Tokens, i: number): boolean {
  let p = tokens.starts[i]! - 1;
  const stop = i > 0 ? tokens.ends[i - 1]! : 0;
  while (p >= stop) {
    const ch = text.charAt(p);
    if (SENTENCE_END.test(ch)) return true;
    if (!OPENERS.test(ch)) return false;
    p--;
  }
  return i === 0;
}

function phraseLinked(text: string, tokens: Tokens, a: number, b: number): boolean {
  const from = tokens.ends[a]!;
  const to = tokens.starts[b]!;
  return to - from <= 4 && PHRASE_GAP.test(text.slice(from, to));
}

/** The word before token i in the same phrase, looking past a possessive ("Sagan’s Cosmos" → "sagan"). */
function prevWord(text: string, tokens: Tokens, i: number): number {
  let p = i - 1;
  if (p < 0 || !phraseLinked(text, tokens, p, i)) return -1;
  if (tokens.lower[p] === 's' && p > 0 && APOSTROPHE.test(text.slice(tokens.ends[p - 1], tokens.starts[p]))) p--;
  return p;
}

/** The word after token i in the same phrase, looking past a possessive ("Base's sequencer" → "sequencer"). */
function nextWord(text: string, tokens: Tokens, i: number): number {
  let n = i + 1;
  if (n >= tokens.lower.length) return -1;
  if (tokens.lower[n] === 's' && APOSTROPHE.test(text.slice(tokens.ends[i], tokens.starts[n]))) {
    n++;
    if (n >= tokens.lower.length || !phraseLinked(text, tokens, n - 1, n)) return -1;
    return n;
  }
  return phraseLinked(text, tokens, i, n) ? n : -1;
}

function dataQualified(tokens: Tokens, c: Candidate, qualifiers: readonly Qualifier[]): boolean {
  const { lower } = tokens;
  for (const q of qualifiers) {
    if (c.first - q.before.length < 0 || c.last + q.after.length >= lower.length) continue;
    let ok = true;
    for (let k = 0; ok && k < q.before.length; k++) ok = lower[c.first - q.before.length + k] === q.before[k];
    for (let k = 0; ok && k < q.after.length; k++) ok = lower[c.last + 1 + k] === q.after[k];
    if (ok) return true;
  }
  return false;
}

/** "Base mainnet", "bridged to Base", "deployed on Scroll": certain enough for strict mode. */
function genericQualified(text: string, tokens: Tokens, c: Candidate): boolean {
  const { lower } = tokens;
  const n = nextWord(text, tokens, c.last);
  if (n >= 0 && NEXT_QUALIFIERS.has(lower[n]!)) return true;
  const p = prevWord(text, tokens, c.first);
  if (p >= 0 && PREV_PREPS.has(lower[p]!)) {
    // The verb may have an object before the preposition: "bridged 2 ETH to Base".
    for (let k = 0, w = prevWord(text, tokens, p); k < VERB_REACH && w >= 0; k++, w = prevWord(text, tokens, w)) {
      if (MOVE_VERBS.has(lower[w]!)) return true;
    }
  }
  return false;
}

/** "Merlin, my cat": an appositive with a possessive names a person or a pet. */
const APPOSITIVE = /^,\s+(?:my|our|his|her|their|your)\s/iu;

function negative(text: string, tokens: Tokens, c: Candidate): boolean {
  const { lower } = tokens;
  if (APPOSITIVE.test(text.slice(c.end, c.end + 12))) return true;
  const n = nextWord(text, tokens, c.last);
  if (n >= 0) {
    if (NEGATIVE_NEXT.has(lower[n]!)) return true;
    if (c.first === c.last && NEGATIVE_AFTER_FORM.get(lower[c.first]!)?.has(lower[n]!)) return true;
  }
  const p = prevWord(text, tokens, c.first);
  if (p >= 0 && NEGATIVE_PREV.has(lower[p]!)) return true;
  const from = Math.max(0, c.first - NEGATIVE_NEAR_WINDOW);
  const to = Math.min(lower.length - 1, c.last + NEGATIVE_NEAR_WINDOW);
  for (let k = from; k <= to; k++) if (NEGATIVE_NEAR.has(lower[k]!)) return true;
  return false;
}

/** "World Chain" at the start of a sentence: the capital on "Chain" still marks a proper noun. */
function capitalInside(text: string, tokens: Tokens, c: Candidate): boolean {
  for (let k = c.first + 1; k <= c.last; k++) {
    const ch = text.charAt(tokens.starts[k]!);
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
}

/** Cue weight of every word of the block, computed once per block and only when an ambiguous name needs it. */
function cueWeights(text: string, tokens: Tokens, candidates: readonly Candidate[]): Uint8Array {
  const { lower } = tokens;
  const w = new Uint8Array(lower.length);
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i]!;
    if (STRONG_CUES.has(word)) w[i] = 2;
    else if (WEAK_CUES.has(word)) w[i] = 1;
    const pair = PAIR_CUES.get(word);
    if (pair && i + 1 < lower.length && pair.has(lower[i + 1]!) && phraseLinked(text, tokens, i, i + 1)) w[i] = 2;
  }
  // Names are not cues for themselves; certain names of other chains are strong cues.
  for (const c of candidates) {
    for (let k = c.first; k <= c.last; k++) w[k] = 0;
    if (!c.entry.ambiguous) w[c.first] = 2;
  }
  return w;
}

function cueScore(weights: Uint8Array, c: Candidate): number {
  let score = 0;
  const from = Math.max(0, c.first - CUE_WINDOW);
  const to = Math.min(weights.length - 1, c.last + CUE_WINDOW);
  for (let k = from; k <= to; k++) {
    if (k >= c.first && k <= c.last) continue;
    score += weights[k]!;
    if (score >= CUE_THRESHOLD) return score;
  }
  return score;
}

export function disambiguate(
  text: string,
  tokens: Tokens,
  candidates: readonly Candidate[],
  context: DetectContext,
): Mention[] {
  const out: Mention[] = [];
  let weights: Uint8Array | null = null;
  for (const c of candidates) {
    const e = c.entry;
    if (!e.ambiguous) {
      // Forms made of everyday words ("World Chain", "Smart Chain") still yield to "World Chain of stores".
      if (e.caseRule === 'notLower' && context.sensitivity !== 'everywhere' && negative(text, tokens, c)) continue;
      out.push({ start: c.start, end: c.end, chainId: e.chainId, certain: true });
      continue;
    }
    if (context.sensitivity === 'everywhere') {
      out.push({ start: c.start, end: c.end, chainId: e.chainId, certain: false });
      continue;
    }
    let keep = dataQualified(tokens, c, e.qualifiers);
    if (!keep && !negative(text, tokens, c)) {
      if (genericQualified(text, tokens, c)) keep = true;
      else if (context.sensitivity === 'balanced') {
        const initial = isSentenceStart(text, tokens, c.first) && !capitalInside(text, tokens, c);
        const p = prevWord(text, tokens, c.first);
        if (!initial && p >= 0 && PREV_ON.has(tokens.lower[p]!)) keep = true;
        else {
          weights ??= cueWeights(text, tokens, candidates);
          const score = cueScore(weights, c);
          // A crypto page lowers the bar to one weak cue, or none for a capital mid-sentence (a proper noun) or a
          // name standing alone in its block (a table cell, a list item, a heading of a chain directory).
          const alone = c.first === 0 && c.last === tokens.lower.length - 1;
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
