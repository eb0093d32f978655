// Decides which candidates are chains: certain forms always; ambiguous words ("Base", "Scroll") only with evidence —
// a qualifier, crypto cues in the same block, or a crypto page — and never when the words around them show the
// everyday sense ("Base camp", "Scroll down").

import {
  FUNCTION_WORDS,
  LOWERCASE_NEXT_QUALIFIERS,
  ORGANISATION_AFTER,
  MOVE_VERBS,
  NEGATIVE_AFTER_FORM,
  NEGATIVE_BEFORE_FORM,
  NEGATIVE_NEAR,
  NEGATIVE_NEAR_WINDOW,
  NEGATIVE_NEXT,
  NEGATIVE_PREV,
  NEXT_QUALIFIERS,
  PAIR_CUES,
  PREV_ON,
  PREV_PREPS,
  STRONG_CUES,
  TICKER_CUES,
  WEAK_CUES,
} from './cues';
import type { Qualifier } from './lexicon';
import { IN_CAPITALS, LOWERCASE, type Candidate, type Candidates } from './matcher';
import type { DetectContext, MentionSink } from './types';
import { hashWord, WordTable, wordSet } from './wordHash';
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

// The word lists of cues.ts as hash tables: asking whether a word of the block is in one is a hash probe, and a string
// compare only on a hash hit, with no string made.
const NEXT_QUALIFIER = wordSet(NEXT_QUALIFIERS);
const LOWERCASE_NEXT_QUALIFIER = wordSet(LOWERCASE_NEXT_QUALIFIERS);
const PREP_ON = wordSet(PREV_ON);
const PREP = wordSet(PREV_PREPS);
const MOVE_VERB = wordSet(MOVE_VERBS);
const NOT_NEXT = wordSet(NEGATIVE_NEXT);
const NOT_PREV = wordSet(NEGATIVE_PREV);
const NOT_NEAR = wordSet(NEGATIVE_NEAR);
const TICKER = wordSet(TICKER_CUES);
const FUNCTION_WORD = wordSet(FUNCTION_WORDS);
const ORGANISATION = wordSet(ORGANISATION_AFTER);
/** A one-word form's own everyday collocations: the words after it, and before it, that show its other sense. */
interface FormCollocations {
  after: WordTable<true> | null;
  before: WordTable<true> | null;
}
const FORM_COLLOCATIONS = new WordTable<FormCollocations>(NEGATIVE_AFTER_FORM.size + NEGATIVE_BEFORE_FORM.size);
for (const [table, side] of [[NEGATIVE_AFTER_FORM, 'after'], [NEGATIVE_BEFORE_FORM, 'before']] as const) {
  for (const [form, words] of table) {
    let entry = FORM_COLLOCATIONS.find(form);
    if (!entry) FORM_COLLOCATIONS.set(form, (entry = { after: null, before: null }));
    entry[side] = wordSet(words);
  }
}

/** "Solana Beach", "Cardano's formula", "Anna Sui": a one-word name in one of its word's everyday phrases. */
function everydayCollocation(text: string, words: Words, c: Candidate): boolean {
  const own = FORM_COLLOCATIONS.get(words, c.first);
  if (own === undefined) return false;
  if (own.after) {
    const n = nextWord(text, words, c.last);
    if (n >= 0 && own.after.has(words, n)) return true;
  }
  if (own.before) {
    const p = prevWord(text, words, c.first);
    if (p >= 0 && own.before.has(words, p)) return true;
  }
  return false;
}

/** A cue word: its weight alone, and the words that make it a strong pair cue after it ("layer" → "2"). */
interface Cue {
  weight: number;
  pairs: WordTable<true> | null;
}
const CUES = new WordTable<Cue>(WEAK_CUES.size + STRONG_CUES.size + PAIR_CUES.size);
for (const [words, weight] of [[WEAK_CUES, 1], [STRONG_CUES, 2], [PAIR_CUES.keys(), 0]] as const) {
  for (const w of words) {
    const cue = CUES.find(w);
    if (cue) cue.weight = Math.max(cue.weight, weight);
    else CUES.set(w, { weight, pairs: null });
  }
}
for (const [first, seconds] of PAIR_CUES) CUES.find(first)!.pairs = wordSet(seconds);

const S_HASH = hashWord('s');

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
  for (let i = 0; i < qualifiers.length; i++) {
    const q = qualifiers[i]!;
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

const NOT_QUALIFIED = 0;
/** A qualifier word right after the name: "Base mainnet", "Scroll's sequencer". Certain enough for strict mode. */
const QUALIFIER_AFTER = 1;
/** A move verb before it: "bridged to Base", "deployed on Scroll". Also said of cables and code ("moving from
 * Lightning to USB-C", "migrated from Flow to TypeScript"), so it counts only with some crypto cue nearby. */
const MOVED_TO = 2;

function genericQualified(text: string, words: Words, c: Candidate): number {
  const n = nextWord(text, words, c.last);
  if (n >= 0 && NEXT_QUALIFIER.has(words, n)) return QUALIFIER_AFTER;
  const p = prevWord(text, words, c.first);
  if (p >= 0 && PREP.has(words, p)) {
    // The verb may have an object before the preposition: "bridged 2 ETH to Base".
    for (let k = 0, w = prevWord(text, words, p); k < VERB_REACH && w >= 0; k++, w = prevWord(text, words, w)) {
      if (MOVE_VERB.has(words, w)) return MOVED_TO;
    }
  }
  return NOT_QUALIFIED;
}

/** Whether the char at `at` is a letter with a capital form, written as the capital. */
function capitalAt(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch !== ch.toLowerCase();
}

/** Two words with exactly one space between them: one phrase, no possessive, no punctuation. */
function adjacent(text: string, words: Words, a: number, b: number): boolean {
  const from = words.ends[a]!;
  return words.starts[b]! - from === 1 && text.charCodeAt(from) === 32;
}

/** Written in capitals, at least two letters long ("INJ", "ARB"), with no lowercase letter. */
function writtenInCapitals(text: string, words: Words, i: number): boolean {
  const start = words.starts[i]!;
  const end = words.ends[i]!;
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) {
    const ch = text.charAt(k);
    if (ch !== ch.toUpperCase()) return false;
  }
  return true;
}

/**
 * A heading or a line set in Title Case or in capitals ("Notes on Polygon Triangulation", "NEAR MISS OVER THE
 * AIRPORT"): every long word has a capital there, so a capital says nothing about a name.
 */
function titleCased(text: string, words: Words): boolean {
  if (words.count > 24) return false;
  let long = 0;
  let capital = 0;
  for (let k = 0; k < words.count; k++) {
    const start = words.starts[k]!;
    if (words.ends[k]! - start < 4) continue;
    const ch = text.charAt(start);
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    long++;
    if (ch !== ch.toLowerCase()) capital++;
  }
  return long >= 3 && capital >= long * 0.75;
}

/**
 * "Dark Mode", "Google Lens", "PyTorch Lightning", "Regulatory Lens": a capitalised word right before the name makes
 * it the last word of another name. Not when that word is a chain's name or a crypto word ("Coinbase Base",
 * "Ethereum L2 Base"). `previous` is the candidate before this one (or null).
 */
function endsAnotherName(text: string, words: Words, c: Candidate, previous: Candidate | null): boolean {
  const p = c.first - 1;
  if (p < 0 || !adjacent(text, words, p, c.first) || !capitalAt(text, words.starts[p]!)) return false;
  if (previous && previous.last === p) return false;
  if (FUNCTION_WORD.has(words, p) || cueWeight(text, words, p) !== 0) return false;
  // "Adding Base to MetaMask", "Using Scroll's bridge": a verb that starts the sentence, capitalised for that alone.
  return !(gerund(text, words, p) && isSentenceStart(text, words, p));
}

/** A word of five letters or more ending in "ing" ("Adding", "Choosing"). */
function gerund(text: string, words: Words, i: number): boolean {
  const end = words.ends[i]!;
  if (end - words.starts[i]! < 5) return false;
  return text.charCodeAt(end - 3) === 105 && text.charCodeAt(end - 2) === 110 && text.charCodeAt(end - 1) === 103;
}

/**
 * "Base Currency", "Liquid Glass", "Harmony Hub": a capitalised word right after the name, written like an ordinary
 * word (a capital, then lowercase) and not a qualifier, an organisation or a crypto word, may make the name the first
 * word of another name, so the name's capital is no evidence. Acronyms and inner capitals ("Polygon CDK", "Polygon AggLayer") are how crypto products are
 * named, so they do not count.
 */
function startsAnotherName(text: string, words: Words, c: Candidate): boolean {
  const n = c.last + 1;
  if (n >= words.count || !adjacent(text, words, c.last, n) || !capitalAt(text, words.starts[n]!)) return false;
  for (let k = words.starts[n]! + 1; k < words.ends[n]!; k++) if (capitalAt(text, k)) return false;
  return !NEXT_QUALIFIER.has(words, n) && !ORGANISATION.has(words, n) && cueWeight(text, words, n) === 0;
}

/** "Merlin, my cat": an appositive with a possessive names a person or a pet. Starts with a comma (char 44). */
const APPOSITIVE = /^,\s+(?:my|our|his|her|their|your)\s/iu;

const THE_HASH = hashWord('the');
/** Verbs before "X the…" that make X a noun ("is Base the cheapest L2?"), not a verb ("Scroll the page"). */
const COPULAS = wordSet(['is', 'was', 'are', 'were', 'be', 'been', 'isn', 'wasn', 'becomes', 'became', 'remains', 'stays']);

/**
 * The word after the name that can show its everyday sense: not one inside a parenthesis that describes it ("Redstone
 * (games, alt-DA)", "Kaia (the old Klaytn)"), and "the" only as a verb's object, not after "is".
 */
function everydayNext(text: string, words: Words, c: Candidate): boolean {
  const n = nextWord(text, words, c.last);
  if (n < 0 || !NOT_NEXT.has(words, n)) return false;
  const gapEnd = words.starts[n]!;
  for (let k = words.ends[n - 1]!; k < gapEnd; k++) if (text.charCodeAt(k) === 40) return false;
  if (isWord(words, n, 'the', THE_HASH)) {
    const p = prevWord(text, words, c.first);
    if (p >= 0 && COPULAS.has(words, p)) return false;
  }
  return true;
}

function negative(text: string, words: Words, c: Candidate): boolean {
  // Bounds first: a name ending its block (most table cells) would read past the text, and an out-of-bounds read
  // throws away the optimized code the first time it happens.
  if (c.end < text.length && text.charCodeAt(c.end) === 44 && APPOSITIVE.test(text.slice(c.end, c.end + 12))) return true;
  if (everydayNext(text, words, c)) return true;
  if (c.entry.everydayPhrases && everydayCollocation(text, words, c)) return true;
  const p = prevWord(text, words, c.first);
  if (p >= 0 && NOT_PREV.has(words, p)) return true;
  const from = Math.max(0, c.first - NEGATIVE_NEAR_WINDOW);
  const to = Math.min(words.count - 1, c.last + NEGATIVE_NEAR_WINDOW);
  for (let k = from; k <= to; k++) if (NOT_NEAR.has(words, k)) return true;
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
  const cue = CUES.get(words, i);
  if (cue === undefined) return TICKER.has(words, i) && writtenInCapitals(text, words, i) ? 2 : 0;
  if (cue.pairs && i + 1 < words.count && cue.pairs.has(words, i + 1) && phraseLinked(text, words, i, i + 1)) return 2;
  return cue.weight;
}

/** "Scroll, Linea and Blast", "Base or Mode", "Arbitrum/Optimism": two names next to each other in one list. */
const LIST_GAP = /^(?:\s*[,/&]\s*|\s*,?\s+(?:and|or|vs\.?|versus)\s+)$/;

function listed(text: string, a: Candidate, b: Candidate): boolean {
  // A lowercase word is no name in a list ("Linea and near term").
  return b.start - a.end <= 8 && a.written !== LOWERCASE && b.written !== LOWERCASE && LIST_GAP.test(text.slice(a.end, b.start));
}

/**
 * Cue weight of the words of a block, each worked out the first time a cue window reaches it: a long paragraph with one
 * ambiguous name looks at the fifty words around it, not at all of them. One instance serves every block in turn.
 */
class CueWeights {
  private weights = new Int8Array(256);
  /** weights[k] is this block's only when known[k] === block: a new block needs no clearing. */
  private known = new Int32Array(256);
  private block = 0;
  private text = '';
  private words: Words | null = null;
  private candidates: Candidates | null = null;

  /**
   * Starts on a block: names are not cues for themselves; certain names of other chains are strong cues, and ambiguous
   * ones of other chains weak ones ("live on Scroll, Linea and Blast": a list of networks).
   */
  reset(text: string, words: Words, candidates: Candidates): this {
    this.text = text;
    this.words = words;
    this.candidates = candidates;
    this.block = (this.block + 1) | 0 || 1;
    if (this.weights.length < words.count) {
      this.weights = new Int8Array(words.count * 2);
      this.known = new Int32Array(words.count * 2);
    }
    for (let n = 0; n < candidates.count; n++) {
      const c = candidates.at(n);
      for (let k = c.first; k <= c.last; k++) this.set(k, 0);
      if (!c.entry.ambiguous) this.set(c.first, 2);
    }
    return this;
  }

  /** The cue score of candidate n, `c`. */
  score(c: Candidate, n: number): number {
    const words = this.words!;
    let score = 0;
    const from = Math.max(0, c.first - CUE_WINDOW);
    const to = Math.min(words.count - 1, c.last + CUE_WINDOW);
    for (let k = from; k <= to; k++) {
      if (k >= c.first && k <= c.last) continue;
      score += this.known[k] === this.block ? this.weights[k]! : this.set(k, cueWeight(this.text, words, k));
      if (score >= CUE_THRESHOLD) return score;
    }
    // Other ambiguous names in one list with this one ("live on Scroll, Linea and Blast"): a list of networks.
    const candidates = this.candidates!;
    for (let m = n - 1; m >= 0 && score < CUE_THRESHOLD && listed(this.text, candidates.at(m), candidates.at(m + 1)); m--) {
      if (candidates.at(m).entry.chainId !== c.entry.chainId) score++;
    }
    for (let m = n + 1; m < candidates.count && score < CUE_THRESHOLD && listed(this.text, candidates.at(m - 1), candidates.at(m)); m++) {
      if (candidates.at(m).entry.chainId !== c.entry.chainId) score++;
    }
    return score;
  }

  private set(k: number, weight: number): number {
    this.weights[k] = weight;
    this.known[k] = this.block;
    return weight;
  }
}

const cueWeights = new CueWeights();

/** No evidence for a name written in lowercase (see lowercaseKept). */
const LOWER_NONE = 0;
/** Evidence, given a crypto page. */
const LOWER_IF_CRYPTO_PAGE = 1;
/** Evidence on any page if crypto words are near: where it went ("bridged to base", "minted my first nft on zora"). */
const LOWER_WITH_CUES = 2;

/**
 * "ink mainnet went live", "bridged to base this morning", "aped into a memecoin on base": social posts write names in
 * lowercase. Such a name is the chain only as the place something went ("on", "via", or a move verb's "to"/"from")
 * with crypto words near, on any page (a social feed is not a crypto page); or right before a word no everyday phrase
 * has after it ("mainnet"), on a crypto page. Anything else lowercase is the word ("the base of the tower", "scroll to
 * the end").
 */
function lowercaseEvidence(text: string, words: Words, c: Candidate): number {
  // The cheap questions first: most lowercase candidates ("scroll to", "from base") fail the place test.
  const next = nextWord(text, words, c.last);
  if (next >= 0 && LOWERCASE_NEXT_QUALIFIER.has(words, next)) return negative(text, words, c) ? LOWER_NONE : LOWER_IF_CRYPTO_PAGE;
  const p = prevWord(text, words, c.first);
  if (p < 0 || !(PREP_ON.has(words, p) || genericQualified(text, words, c) === MOVED_TO)) return LOWER_NONE;
  return negative(text, words, c) ? LOWER_NONE : LOWER_WITH_CUES;
}

/** Hands each candidate that is a chain here to `sink`, in order. */
export function disambiguate(
  text: string,
  words: Words,
  candidates: Candidates,
  context: DetectContext,
  sink: MentionSink,
): void {
  let cues: CueWeights | null = null;
  /** Whether this block is set in Title Case or capitals: -1 until asked. */
  let title = -1;
  for (let n = 0; n < candidates.count; n++) {
    const c = candidates.at(n);
    const e = c.entry;
    if (!e.ambiguous) {
      // Certain names too have a few everyday phrases of their own ("Solana Beach"); one hash probe tells.
      if (e.everydayPhrases && e.caseRule === 'any' && context.sensitivity !== 'everywhere' && everydayCollocation(text, words, c)) {
        continue;
      }
      if (e.caseRule === 'notLower' && context.sensitivity !== 'everywhere') {
        // Forms made of everyday words ("World Chain", "Smart Chain") still yield to "World Chain of stores",
        if (negative(text, words, c)) continue;
        // and in a Title Case line they need cues ("Near Protocol Violations Prompt FDA Warning"); balanced lets a
        // crypto page stand in for them, strict does not weigh the page.
        const strict = context.sensitivity === 'strict';
        if ((strict || !context.cryptoPage) && (title < 0 ? (title = +titleCased(text, words)) : title)) {
          cues ??= cueWeights.reset(text, words, candidates);
          if (cues.score(c, n) < CUE_THRESHOLD) {
            if (!strict && context.deferCryptoPage) sink.mention(c.start, c.end, e.chainId, true, true);
            continue;
          }
        }
      }
      sink.mention(c.start, c.end, e.chainId, true, false);
      continue;
    }
    if (c.written === LOWERCASE) {
      if (context.sensitivity === 'strict') continue;
      // (No closure for the cue score here: one would move this function's locals into a context object per block.)
      const evidence = lowercaseEvidence(text, words, c);
      // Everywhere does not weigh the page: any evidence will do.
      const pageSettled = context.cryptoPage || context.sensitivity === 'everywhere';
      if (
        (evidence === LOWER_WITH_CUES && (cues ??= cueWeights.reset(text, words, candidates)).score(c, n) >= CUE_THRESHOLD) ||
        (evidence === LOWER_IF_CRYPTO_PAGE && pageSettled)
      ) {
        sink.mention(c.start, c.end, e.chainId, false, false);
      } else if (evidence === LOWER_IF_CRYPTO_PAGE && context.deferCryptoPage) {
        sink.mention(c.start, c.end, e.chainId, false, true);
      }
      continue;
    }
    if (context.sensitivity === 'everywhere') {
      sink.mention(c.start, c.end, e.chainId, false, false);
      continue;
    }
    let keep = dataQualified(words, c, e.qualifiers);
    if (!keep && !negative(text, words, c)) {
      const qualified = genericQualified(text, words, c);
      if (qualified === QUALIFIER_AFTER) keep = true;
      else {
        if (endsAnotherName(text, words, c, n > 0 ? candidates.at(n - 1) : null)) {
          // "Dark Mode", "Google Lens": another name's last word, whatever the page.
        } else if (qualified === MOVED_TO && (cues ??= cueWeights.reset(text, words, candidates)).score(c, n) >= 1) {
          keep = true;
        } else if (context.sensitivity === 'balanced') {
          // A capital is evidence of a name only mid-sentence, in a line not set in Title Case or capitals, and not
          // as what may be the first word of a longer name ("Base Currency"; but "Aptos Move", "Gnosis Pay" are).
          // Initial as a crypto page would see it; off one, a Title Case line makes every capital initial.
          const initialOnCryptoPage =
            // In a line set in capitals ("BREAKING: BASE HITS RECORD") no capital is evidence.
            c.written === IN_CAPITALS ||
            (startsAnotherName(text, words, c) && (title < 0 ? (title = +titleCased(text, words)) : title) === 0) ||
            (isSentenceStart(text, words, c.first) && !capitalInside(text, words, c));
          const initial =
            initialOnCryptoPage ||
            (!context.cryptoPage && (title < 0 ? (title = +titleCased(text, words)) : title) === 1);
          const p = prevWord(text, words, c.first);
          // A crypto page lowers the bar to one weak cue, or none for a capital mid-sentence (a proper noun) or a
          // name standing alone in its block (a table cell, a list item, a heading of a chain directory).
          const alone = c.first === 0 && c.last === words.count - 1;
          if (!initial && p >= 0 && PREP_ON.has(words, p)) keep = true;
          // On a crypto page these need no cues: the cue window (up to fifty words looked up) is not read for them.
          else if (context.cryptoPage && (!initial || alone)) keep = true;
          else {
            cues ??= cueWeights.reset(text, words, candidates);
            const score = cues.score(c, n);
            const onCryptoPage = !initialOnCryptoPage || alone || score >= 1;
            keep = score >= CUE_THRESHOLD || (context.cryptoPage && onCryptoPage);
            if (!keep && onCryptoPage && !context.cryptoPage && context.deferCryptoPage) {
              sink.mention(c.start, c.end, e.chainId, false, true);
            }
          }
        }
      }
    }
    if (keep) sink.mention(c.start, c.end, e.chainId, false, false);
  }
}
