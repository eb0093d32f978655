// Decides which candidates are chains: certain forms always; ambiguous words ("Base", "Scroll") only with evidence —
// a qualifier, crypto cues in the same block, or a crypto page — and never when the words around them show the
// everyday sense ("Base camp", "Scroll down").

import {
  ADD_VERBS,
  BASE_DWELLERS,
  CAPITALS_CUES,
  CHAIN_KINDS,
  DETERMINERS,
  FUNCTION_WORDS,
  HEADLINE_MOODS,
  IDIOM_PREPOSITIONS,
  LIST_WORDS,
  LOWERCASE_NAME_ENDINGS,
  LOWERCASE_STRONG_CUES,
  LOWERCASE_WEAK_CUES,
  OTHER_CASE_NEXT_QUALIFIERS,
  OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE,
  ORGANISATION_AFTER,
  PAY_VERBS,
  MOVE_VERBS,
  NEGATIVE_AFTER_FORM,
  NEGATIVE_BEFORE_FORM,
  NEGATIVE_NEAR,
  NEGATIVE_NEAR_WINDOW,
  NEGATIVE_NEXT,
  NEGATIVE_PREV,
  NEXT_QUALIFIERS,
  PAIR_CUES,
  PHRASE_GOES_ON,
  PREV_ON,
  PREV_PREPS,
  STRONG_CUES,
  TICKER_CUES,
  WALLETS,
  WEAK_CUES,
} from './cues';
import type { Qualifier } from './lexicon';
import { IN_CAPITALS, LOWERCASE, lineBreak, type Candidate, type Candidates } from './matcher';
import type { DetectContext, MentionSink } from './types';
import { hashWord, WordTable, wordSet } from './wordHash';
import type { Words } from './words';
import { words } from './wordList';

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
const OTHER_CASE_QUALIFIER = wordSet(OTHER_CASE_NEXT_QUALIFIERS);
const OTHER_CASE_QUALIFIER_ON_CRYPTO_PAGE = wordSet(OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE);
const PREP_ON = wordSet(PREV_ON);
const PREP = wordSet(PREV_PREPS);
const MOVE_VERB = wordSet(MOVE_VERBS);
const NOT_NEXT = wordSet(NEGATIVE_NEXT);
const NOT_PREV = wordSet(NEGATIVE_PREV);
const NOT_NEAR = wordSet(NEGATIVE_NEAR);
const FUNCTION_WORD = wordSet(FUNCTION_WORDS);
const CAPITALS_CUE = wordSet(CAPITALS_CUES);
const HEADLINE_MOOD = wordSet(HEADLINE_MOODS);
const LOWERCASE_NAME_ENDING = wordSet(LOWERCASE_NAME_ENDINGS);
const ADD_VERB = wordSet(ADD_VERBS);
const WALLET = wordSet(WALLETS);
const TO_HASH = hashWord('to');
const NETWORK_HASH = hashWord('network');
const NEAR_HASH = hashWord('near');
/** Names that are also the label of a paper's part or a setting ("Abstract:", "Mode:"). */
const LABEL_WORD = wordSet(['abstract', 'mode']);
/** Units a table's column gives in a parenthesis after its name ("Base (gwei)"). */
const UNIT = wordSet(words(`
  gwei wei eth btc usd usdc sats ms s sec seconds min minutes tps gas percent
`));
const LIST_WORD = wordSet(LIST_WORDS);
const CHAIN_KIND = wordSet(CHAIN_KINDS);
const PAY_VERB = wordSet(PAY_VERBS);
const ARTICLE = wordSet(['a', 'an', 'the']);
/** Words between a name and what it is said to be ("is actually a…", "is just an…"). */
const DEFINITION_LINK = wordSet(words(`
  is was actually just really basically now still simply
`));
const PAID_OVER = wordSet(['via', 'over']);
const HEADLINE_BEFORE = wordSet(words(`
  and or to onto into from as
`));
const AS_HASH = hashWord('as');
const FROM_HASH = hashWord('from');
const DESTINATION = wordSet(words(`
  to onto into on
`));
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
  /** A cue only written so: WRITTEN_ANYHOW, IN_CAPITALS_ONLY (a ticker: "INJ") or IN_LOWERCASE_ONLY ("tx", not TX). */
  written: number;
}
const WRITTEN_ANYHOW = 0;
const IN_CAPITALS_ONLY = 1;
const IN_LOWERCASE_ONLY = 2;
// One table for every kind of cue: most words of a cue window are none, and each such word then costs one probe.
const CUES = new WordTable<Cue>(
  WEAK_CUES.size + STRONG_CUES.size + PAIR_CUES.size + TICKER_CUES.size + LOWERCASE_STRONG_CUES.size + LOWERCASE_WEAK_CUES.size,
);
for (const [words, weight] of [[WEAK_CUES, 1], [STRONG_CUES, 2], [PAIR_CUES.keys(), 0]] as const) {
  for (const w of words) {
    const cue = CUES.find(w);
    if (cue) cue.weight = Math.max(cue.weight, weight);
    else CUES.set(w, { weight, pairs: null, written: WRITTEN_ANYHOW });
  }
}
for (const [first, seconds] of PAIR_CUES) CUES.find(first)!.pairs = wordSet(seconds);
for (const [words, weight, written] of [
  [TICKER_CUES, 2, IN_CAPITALS_ONLY],
  [LOWERCASE_STRONG_CUES, 2, IN_LOWERCASE_ONLY],
  [LOWERCASE_WEAK_CUES, 1, IN_LOWERCASE_ONLY],
] as const) {
  for (const w of words) if (!CUES.find(w)) CUES.set(w, { weight, pairs: null, written });
}

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

/** "Network: Base", "Deposit network: TON": the whole value of a field that names a network. */
function networkField(text: string, words: Words, c: Candidate): boolean {
  const p = c.first - 1;
  if (p < 0 || !isWord(words, p, 'network', NETWORK_HASH)) return false;
  const gap = text.slice(words.ends[p], c.start);
  // The whole value: "Network: Flow 4G LTE" is a phone carrier's name.
  return gap.charCodeAt(0) === 58 && gap.trim() === ':' && nextWord(text, words, c.last) < 0;
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
  return !afterOpeningVerb(text, words, c);
}

/**
 * "Adding Base to MetaMask", "Embracing Optimism after the crash": a verb in "-ing" that starts the sentence is
 * capitalised for that alone, so the name after it is no part of another name, and its own capital is no evidence
 * either (it is as good as sentence-initial).
 */
function afterOpeningVerb(text: string, words: Words, c: Candidate): boolean {
  const p = c.first - 1;
  return p >= 0 && adjacent(text, words, p, c.first) && gerund(text, words, p) && capitalAt(text, words.starts[p]!) && isSentenceStart(text, words, p);
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
const T_HASH = hashWord('t');
/** Verbs before "X the…" that make X a noun ("is Base the cheapest L2?"), not a verb ("Scroll the page"). */
const COPULAS = wordSet(words(`
  is was are were be been becomes became remains stays
`));
/** The same in the negative, split by the apostrophe ("isn't Base the default?" reads isn, t). */
const NEGATED_COPULAS = wordSet(words(`
  isn wasn aren weren
`));

/** Whether word p is a copula, "isn't" and the like included. */
function copula(text: string, words: Words, p: number): boolean {
  if (COPULAS.has(words, p)) return true;
  return isWord(words, p, 't', T_HASH) && p > 0 && NEGATED_COPULAS.has(words, p - 1) && APOSTROPHE.test(text.slice(words.ends[p - 1], words.starts[p]));
}

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
    // "Polygon the network, not the shape": an appositive that says what the name is.
    const after = nextWord(text, words, n);
    if (after >= 0 && NEXT_QUALIFIER.has(words, after)) return false;
    // Not in a line of capitals ("WHO ELSE IS NEAR THE STADIUM" is the word), told by "the", not by the name (NEAR
    // and TRON are written in capitals anyway).
    const p = prevWord(text, words, c.first);
    if (p >= 0 && !capitalAt(text, words.starts[n]! + 1) && copula(text, words, p)) return false;
  }
  return true;
}

/** Whether a label's mark follows at `at`: a colon or a dash ("Abstract—A blockchain-based registry…"). */
function labelMark(text: string, at: number): boolean {
  const ch = text.charCodeAt(at);
  return ch === 58 || ch === 0x2014 || ch === 0x2013;
}

/** Whether an amount ("40%", "$4,000") starts after the spaces at `at`. */
function amountAt(text: string, at: number): boolean {
  let k = at;
  while (text.charCodeAt(k) === 32) k++;
  return k > at && (text.charCodeAt(k) === 36 || digitAt(text, k));
}

function digitAt(text: string, at: number): boolean {
  const ch = text.charCodeAt(at);
  return ch >= 48 && ch <= 57;
}

function negative(text: string, words: Words, c: Candidate): boolean {
  // Bounds first: a name ending its block (most table cells) would read past the text, and an out-of-bounds read
  // throws away the optimized code the first time it happens.
  if (c.end < text.length && text.charCodeAt(c.end) === 44 && APPOSITIVE.test(text.slice(c.end, c.end + 12))) return true;
  if (everydayNext(text, words, c)) return true;
  if (c.entry.everydayPhrases && everydayCollocation(text, words, c)) return true;
  const p = prevWord(text, words, c.first);
  if (p >= 0 && NOT_PREV.has(words, p)) return true;
  if (c.end < text.length && unitInParens(text, words, c)) return true;
  // "Abstract: The L1 penalty…", "Mode: Fast": a paper's or a setting's label, first in its sentence.
  if (LABEL_WORD.has(words, c.first) && labelMark(text, c.end) && isSentenceStart(text, words, c.first)) return true;
  // "NEAR 40% OF BUYERS", "traded NEAR $4,000": before an amount, "near" is the word.
  if (isWord(words, c.first, 'near', NEAR_HASH) && amountAt(text, c.end)) return true;
  // "Minimum deposit: 1 TON", "bought 500 NEAR": after an amount, a name that is also its ticker is the coin.
  if (p >= 0 && c.entry.tickerLike && digitAt(text, words.starts[p]!)) return true;
  return everydayNear(words, c);
}

/** A word a few words away that shows the everyday sense ("Cosmos, the Sagan series", "Redstone chain: a repeater"). */
function everydayNear(words: Words, c: Candidate): boolean {
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
  if (cue === undefined) return 0;
  if (cue.written !== WRITTEN_ANYHOW) {
    return (cue.written === IN_CAPITALS_ONLY ? writtenInCapitals(text, words, i) : words.writtenLower(i)) ? cue.weight : 0;
  }
  if (cue.pairs && i + 1 < words.count && cue.pairs.has(words, i + 1) && phraseLinked(text, words, i, i + 1)) return 2;
  return cue.weight;
}

/** "Scroll, Linea and Blast", "Base or Mode", "Arbitrum/Optimism": two names next to each other in one list. */
const LIST_GAP = /^(?:\s*[,/&]\s*|\s*,?\s+(?:and|or|vs\.?|versus)\s+)$/i;

function listed(text: string, a: Candidate, b: Candidate): boolean {
  // A lowercase word is no name in a list ("Linea and near term").
  return a.written !== LOWERCASE && b.written !== LOWERCASE && listGap(text, a, b);
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
      // A lowercase name of everyday words is no certain name: it needs evidence of its own, and vouches for none.
      if (!c.entry.ambiguous && c.written !== LOWERCASE) this.set(c.first, 2);
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

  /**
   * Whether a strong cue (a crypto word, a ticker in capitals, a certain chain's name) is in the same sentence as
   * candidate `c`: before it (STRONG_BEFORE), only after it (STRONG_AFTER), or not at all (STRONG_NONE).
   */
  strongInSentence(c: Candidate): number {
    const words = this.words!;
    const text = this.text;
    if (!isSentenceStart(text, words, c.first)) {
      for (let k = c.first - 1; k >= 0 && k >= c.first - CUE_WINDOW; k--) {
        if (this.weightAt(k) >= CUE_THRESHOLD) return STRONG_BEFORE;
        if (isSentenceStart(text, words, k)) break;
      }
    }
    for (let k = c.last + 1; k < words.count && k <= c.last + CUE_WINDOW && !isSentenceStart(text, words, k); k++) {
      if (this.weightAt(k) >= CUE_THRESHOLD) return STRONG_AFTER;
    }
    return STRONG_NONE;
  }

  /** The cue weight of word k (a certain name's is 2). */
  weightOf(k: number): number {
    return this.weightAt(k);
  }

  private weightAt(k: number): number {
    return this.known[k] === this.block ? this.weights[k]! : this.set(k, cueWeight(this.text, this.words!, k));
  }

  private set(k: number, weight: number): number {
    this.weights[k] = weight;
    this.known[k] = this.block;
    return weight;
  }
}


const STRONG_NONE = 0;
const STRONG_BEFORE = 1;
const STRONG_AFTER = 2;

const cueWeights = new CueWeights();

/** No evidence for a name written in lowercase or in a line of capitals. */
const OTHER_CASE_NONE = 0;
/** Evidence, given a crypto page: right before "airdrop", "L2" ("scroll l2"), listed beside a certain name. */
const OTHER_CASE_IF_CRYPTO_PAGE = 1;
/** Where something went ("bridged to base", "a memecoin on base"), if crypto words are near in the same sentence. */
const OTHER_CASE_PLACE = 2;
/** Evidence on any page: right before "mainnet", "blockchain", "TVL"… ("ink mainnet went live"). */
const OTHER_CASE_QUALIFIED = 3;
/** A name's ending after it ("cronos chain"): evidence with a strong crypto word anywhere in its sentence, or on a crypto page. */
const OTHER_CASE_NAMED = 4;

/** How the word after a name written in another case qualifies it: OTHER_CASE_QUALIFIED, _IF_CRYPTO_PAGE or _NONE. */
function otherCaseQualifier(text: string, words: Words, c: Candidate): number {
  const next = nextWord(text, words, c.last);
  if (next < 0) return OTHER_CASE_NONE;
  if (OTHER_CASE_QUALIFIER.has(words, next)) return OTHER_CASE_QUALIFIED;
  return OTHER_CASE_QUALIFIER_ON_CRYPTO_PAGE.has(words, next) ? OTHER_CASE_IF_CRYPTO_PAGE : OTHER_CASE_NONE;
}

/** Punctuation after a name that ends its phrase: , . ; : ! ? … ) ] — – and a newline. */
const PHRASE_END = /[,.;:!?…)\]—–\n]/;

const PHRASE_GOES_ON_WORD = wordSet(PHRASE_GOES_ON);
const BASE_DWELLER = wordSet(BASE_DWELLERS);
const DETERMINER = wordSet(DETERMINERS);
const IDIOMS = new WordTable<WordTable<true>>(IDIOM_PREPOSITIONS.size);
for (const [form, preps] of IDIOM_PREPOSITIONS) IDIOMS.set(form, wordSet(preps));
const BASE_HASH = hashWord('base');

/**
 * Social posts write names in lowercase ("ink mainnet went live", "bridged to base this morning", "aped into a memecoin
 * on base"). Such a name is the chain only right before a word like "mainnet" ("airdrop" and "L2" on a crypto page),
 * or as the place something went: after a preposition, ending its phrase, not in an idiom ("on blast", "via osmosis"), and then only
 * with a strong crypto word in the same sentence (see disambiguate). Anything else lowercase is the word ("the base of
 * the tower", "scroll to the end", "live on base").
 */
function lowercaseEvidence(text: string, words: Words, c: Candidate, n: number, candidates: Candidates): number {
  // Added to a wallet, it is a network whatever follows ("add scroll to rabby", not "scroll to the end").
  if (addedToWallet(text, words, c)) return OTHER_CASE_QUALIFIED;
  if (hyphenAfter(text, c) || negative(text, words, c)) return OTHER_CASE_NONE;
  const qualifier = otherCaseQualifier(text, words, c);
  if (qualifier === OTHER_CASE_QUALIFIED || definedAsChain(text, words, c) || paidOver(text, words, c)) return OTHER_CASE_QUALIFIED;
  if (place(text, words, c, qualifier !== OTHER_CASE_NONE)) return OTHER_CASE_PLACE;
  if (qualifier !== OTHER_CASE_NONE) return qualifier;
  // "on cronos chain", "crypto.com's cronos chain": a name's ending (see nameEndingFollows).
  const next = nextWord(text, words, c.last);
  if (next >= 0 && LOWERCASE_NAME_ENDING.has(words, next)) return nameEndingFollows(text, words, c) ? OTHER_CASE_NAMED : OTHER_CASE_NONE;
  // "comparing fraxtal, mode, lisk and metis": an item of its own (ending its phrase, or the last after "and"), in a
  // list with a certain name, on a crypto page (not "check solana, scroll ct for an hour").
  if (!inListWithCertain(text, candidates, n)) return OTHER_CASE_NONE;
  const p = prevWord(text, words, c.first);
  return endsPhrase(text, words, c) || (p >= 0 && LIST_WORD.has(words, p)) ? OTHER_CASE_IF_CRYPTO_PAGE : OTHER_CASE_NONE;
}

/**
 * Whether a one-word lowercase name before "chain", "network" or "blockchain" stands where a name does: first in its
 * sentence, after a preposition or a list's word, after a possessive ("crypto.com's cronos chain"), or after "the" where
 * something was moved ("bridged 2 eth to the blast network"). Not after "a", "as" or another "the" ("a base chain",
 * "the flow network of accounts") nor after another word of its compound ("bridged mode network traffic").
 */
function nameEndingFollows(text: string, words: Words, c: Candidate): boolean {
  if (isSentenceStart(text, words, c.first)) return true;
  const p = c.first - 1;
  if (p < 0) return true;
  if (isWord(words, p, 's', S_HASH) && p > 0 && APOSTROPHE.test(text.slice(words.ends[p - 1], words.starts[p]))) return true;
  if (!phraseLinked(text, words, p, c.first)) return true;
  if (PREP.has(words, p) || PREP_ON.has(words, p) || LIST_WORD.has(words, p)) return true;
  // "the" where something was moved to: "bridged my usdc to the scroll network".
  if (!isWord(words, p, 'the', THE_HASH)) return false;
  const prep = prevWord(text, words, p);
  return prep >= 0 && PREP.has(words, prep) && movedEarlier(text, words, prep);
}

/**
 * Whether word p, before a lowercase name ending in word `ending`, makes it a common noun: "a base chain", "its core
 * network", "ethereum as base chain"; but "the … network" is how a network's name is written ("the lightning network").
 */
function commonNoun(words: Words, p: number, ending: number): boolean {
  if (isWord(words, p, 'the', THE_HASH) && isWord(words, ending, 'network', NETWORK_HASH)) return false;
  return DETERMINER.has(words, p) || isWord(words, p, 'as', AS_HASH);
}

/** How many words may stand between "a", "an" or "the" and the kind of chain ("an op stack l2"). */
const DEFINITION_REACH = 3;

/**
 * Said to be a chain: "Abstract, the consumer L2 backed by…", "LINEA, THE CONSENSYS ZKEVM, NOW…", "Base is an L2",
 * "taiko actually a based rollup or…". After the name, a comma (an appositive) or "is" and adverbs, then an article, a
 * few words that are no function words, and a kind of chain that ends the phrase there (punctuation, a function word
 * or a participle after it). Not "mode, an L2 writer", "mode, the rollup keeps…", "photo mode, scroll the menu with L1".
 */
function definedAsChain(text: string, words: Words, c: Candidate): boolean {
  let k = c.last + 1;
  if (k >= words.count) return false;
  const appositive = text.slice(c.end, words.starts[k]).trim() === ',';
  let links = 0;
  for (; k < words.count && links < 3 && DEFINITION_LINK.has(words, k) && phraseLinked(text, words, k - 1, k); k++) links++;
  if ((!appositive && links === 0) || k >= words.count) return false;
  // An article, or a possessive in an appositive ("ink, kraken's op stack l2, just crossed…").
  if (!ARTICLE.has(words, k)) {
    const s = k + 1;
    if (!appositive || s >= words.count || !isWord(words, s, 's', S_HASH) || !APOSTROPHE.test(text.slice(words.ends[k], words.starts[s]))) return false;
    k = s;
  }
  for (let j = k + 1; j < words.count && j <= k + DEFINITION_REACH && phraseLinked(text, words, j - 1, j); j++) {
    if (CHAIN_KIND.has(words, j)) {
      const after = nextWord(text, words, j);
      return after < 0 || FUNCTION_WORD.has(words, after) || participle(text, words, after);
    }
    if (FUNCTION_WORD.has(words, j)) return false;
  }
  return false;
}

/** A word ending in "ed" ("backed", "BUILT" aside): a participle that goes on describing what came before. */
function participle(text: string, words: Words, i: number): boolean {
  const end = words.ends[i]!;
  return end - words.starts[i]! > 3 && (text.charCodeAt(end - 2) | 0x20) === 101 && (text.charCodeAt(end - 1) | 0x20) === 100;
}

/** "paid via lightning, the fee was 1 sat", "zapped 21k sats over lightning ⚡": the network a payment went over. */
function paidOver(text: string, words: Words, c: Candidate): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !PAID_OVER.has(words, p) || !endsPhrase(text, words, c)) return false;
  // "paid over base" is a salary.
  if (IDIOMS.get(words, c.first)?.has(words, p)) return false;
  // The payment anywhere before it in its sentence ("paid for the booth, the hotel and two dinners via lightning").
  for (let k = p - 1; k >= 0 && k >= p - CUE_WINDOW; k--) {
    if (PAY_VERB.has(words, k)) return true;
    if (isSentenceStart(text, words, k)) return false;
  }
  return false;
}

/** A hyphen compound is another word: "near-term", "base-level", "NEAR-ZERO". */
function hyphenAfter(text: string, c: Candidate): boolean {
  return c.end < text.length && (text.charCodeAt(c.end) === 45 || text.charCodeAt(c.end) === 0x2010);
}

/** "adding mode to metamask": a network is what gets added to a wallet. */
function addedToWallet(text: string, words: Words, c: Candidate): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !ADD_VERB.has(words, p)) return false;
  const to = nextWord(text, words, c.last);
  if (to < 0 || !isWord(words, to, 'to', TO_HASH)) return false;
  const wallet = nextWord(text, words, to);
  return wallet >= 0 && WALLET.has(words, wallet);
}

/** A list gap between two names ("Scroll, Linea", "RONIN AND ETHEREUM"). */
function listGap(text: string, a: Candidate, b: Candidate): boolean {
  return b.start - a.end <= 8 && LIST_GAP.test(text.slice(a.end, b.start));
}

/**
 * Candidate n in one list with a certain name as that name is written ("RONIN AND ETHEREUM", "ARBITRUM, BASE AND
 * BLAST", "fraxtal, mode, lisk and metis"): a list of networks. Not with a lowercase name of everyday words ("gnosis
 * chain"), which needs evidence itself.
 */
function inListWithCertain(text: string, candidates: Candidates, n: number): boolean {
  for (let m = n; m > 0 && listGap(text, candidates.at(m - 1), candidates.at(m)); m--) if (certainAsWritten(candidates.at(m - 1))) return true;
  for (let m = n; m + 1 < candidates.count && listGap(text, candidates.at(m), candidates.at(m + 1)); m++) {
    if (certainAsWritten(candidates.at(m + 1))) return true;
  }
  return false;
}

function certainAsWritten(c: Candidate): boolean {
  return !c.entry.ambiguous && c.written !== LOWERCASE;
}

/**
 * After a preposition, at the end of its phrase (or before a word like "mainnet": `qualified`), not in an idiom ("on
 * blast", "via osmosis") nor where people live ("stationed on base").
 */
function place(text: string, words: Words, c: Candidate, qualified: boolean): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !(PREP.has(words, p) || PREP_ON.has(words, p))) return false;
  // An idiom, unless something was moved there ("deployed my first contract on scroll").
  if (IDIOMS.get(words, c.first)?.has(words, p) && !movedEarlier(text, words, p)) return false;
  if (isWord(words, c.first, 'base', BASE_HASH)) {
    const pp = prevWord(text, words, p);
    if (pp >= 0 && BASE_DWELLER.has(words, pp)) return false;
  }
  return qualified || endsPhrase(text, words, c);
}

/** Whether a question mark closes c's sentence right after it, after "on" or "via" ("farming on linea?"). */
function questionMarkAfter(text: string, words: Words, c: Candidate): boolean {
  if (text.charCodeAt(c.end) !== 63) return false;
  // Where something is, "on"/"via" ("farming on linea?"); not "to" ("too cramped to scroll?").
  const p = prevWord(text, words, c.first);
  return p >= 0 && PREP_ON.has(words, p);
}

/**
 * Something moved to c: a move verb shortly before a preposition of where it went ("deployed my first contract on
 * scroll", "moved my stables to mode"), or from c to a chain or a crypto word ("withdrew from blast to mainnet"). Not
 * from c to anything ("migrated from flow to typescript", "moved from lightning to usb-c": a change of tools).
 */
function movedTo(text: string, words: Words, c: Candidate): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !movedEarlier(text, words, p)) return false;
  if (DESTINATION.has(words, p)) return true;
  if (!isWord(words, p, 'from', FROM_HASH)) return false;
  const to = nextWord(text, words, c.last);
  const where = to >= 0 && isWord(words, to, 'to', TO_HASH) ? nextWord(text, words, to) : -1;
  return where >= 0 && cueWeights.weightOf(where) >= CUE_THRESHOLD;
}

/** How far back in its sentence a move verb may be from the preposition ("deployed my first contract on …"). */
const MOVE_REACH = 6;

/** Whether a move verb comes shortly before word p, in the same sentence. */
function movedEarlier(text: string, words: Words, p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - MOVE_REACH; k--) {
    if (MOVE_VERB.has(words, k)) return true;
    if (isSentenceStart(text, words, k)) return false;
  }
  return false;
}

/** The name ends its phrase: the block ends, punctuation follows, or a word that starts a new part of the sentence. */
function endsPhrase(text: string, words: Words, c: Candidate): boolean {
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

/**
 * "BASE MAINNET IS LIVE", "RONIN AND ETHEREUM", "BLAST DEPOSITS HALVE AFTER AIRDROP": in a line set in capitals, an
 * ambiguous name counts right before a word like "mainnet", listed beside a certain chain name, as the place something
 * went, or as a headline's subject with crypto's own jargon in its sentence. Headlines shout everyday words too
 * ("TRADERS HAVE A BLAST", "OPTIMISM RETURNS TO CRYPTO MARKETS", "SHAPE YOUR FUTURE: LEARN BLOCKCHAIN BASICS"), and
 * there words like "crypto", "gas" or "token" prove nothing.
 */
function capitalsEvidence(text: string, words: Words, c: Candidate, n: number, candidates: Candidates): number {
  if (hyphenAfter(text, c) || negative(text, words, c)) return OTHER_CASE_NONE;
  const qualifier = otherCaseQualifier(text, words, c);
  if (qualifier === OTHER_CASE_QUALIFIED || definedAsChain(text, words, c)) return OTHER_CASE_QUALIFIED;
  // As the place something went ("BRIDGED 2 ETH TO BASE, NOW WHAT"), like a name in lowercase.
  if (place(text, words, c, qualifier !== OTHER_CASE_NONE)) return OTHER_CASE_PLACE;
  // A verb or a preposition before its object ("SHAPE YOUR FUTURE", "KEEP NEAR THE CURB"), a label ("ABSTRACT: WE…").
  const next = nextWord(text, words, c.last);
  if (next >= 0 && DETERMINER.has(words, next)) return OTHER_CASE_NONE;
  if (c.end < text.length && text.charCodeAt(c.end) === 58 && isSentenceStart(text, words, c.first)) return OTHER_CASE_NONE;
  if (inListWithCertain(text, candidates, n)) return OTHER_CASE_QUALIFIED;
  // A headline's subject: with jargon in its sentence on any page ("SCROLL AIRDROP IS LIVE": the word after it may be
  // the jargon), and on a crypto page without ("BREAKING: BASE HITS RECORD").
  if (!headlineSubject(text, words, c)) return qualifier;
  return jargonInSentence(text, words, c) ? OTHER_CASE_QUALIFIED : OTHER_CASE_IF_CRYPTO_PAGE;
}

/**
 * Where a headline names a chain: first in its sentence ("BREAKING: BASE HITS…"), second in a list ("BASE AND LINEA
 * LEAD…"), where something goes ("USERS FLOCK TO BASE") or first in a clause ("…AS BASE DEPARTS"), not where people live ("TROOPS RETURN TO BASE", "TENANTS ON
 * BASE"); not after "a", "the" ("TRADERS HAVE A BLAST") nor after another noun ("USER BASE", "DARK MODE"); and not a
 * mood ("OPTIMISM RETURNS").
 */
function headlineSubject(text: string, words: Words, c: Candidate): boolean {
  if (HEADLINE_MOOD.has(words, c.first)) return false;
  if (isSentenceStart(text, words, c.first)) return true;
  const p = prevWord(text, words, c.first);
  if (p < 0 || !HEADLINE_BEFORE.has(words, p)) return false;
  const pp = prevWord(text, words, p);
  return pp < 0 || !BASE_DWELLER.has(words, pp);
}

/** Whether crypto's own jargon ("TVL", "MAINNET", "MEMECOIN") is in c's sentence, within the cue window. */
function jargonInSentence(text: string, words: Words, c: Candidate): boolean {
  if (!isSentenceStart(text, words, c.first)) {
    for (let k = c.first - 1; k >= 0 && k >= c.first - CUE_WINDOW; k--) {
      if (jargon(words, k)) return true;
      if (isSentenceStart(text, words, k)) break;
    }
  }
  for (let k = c.last + 1; k < words.count && k <= c.last + CUE_WINDOW && !isSentenceStart(text, words, k); k++) {
    if (jargon(words, k)) return true;
  }
  return false;
}

function jargon(words: Words, k: number): boolean {
  return CAPITALS_CUE.has(words, k);
}

/**
 * A name in lowercase ("bridged to base") or in a line of capitals ("BASE MAINNET IS LIVE"): only evidence of its own
 * counts (see lowercaseEvidence and capitalsEvidence). Hands it to `sink` if it counts.
 */
function otherCaseMention(text: string, words: Words, candidates: Candidates, n: number, context: DetectContext, sink: MentionSink): void {
  const c = candidates.at(n);
  // Everywhere does not weigh the page.
  const pageSettled = context.cryptoPage || context.sensitivity === 'everywhere';
  const evidence =
    c.written === LOWERCASE ? lowercaseEvidence(text, words, c, n, candidates) : capitalsEvidence(text, words, c, n, candidates);
  let keep = evidence === OTHER_CASE_QUALIFIED;
  let ifCrypto = false;
  if (evidence === OTHER_CASE_NAMED) {
    keep = cueWeights.reset(text, words, candidates).strongInSentence(c) !== STRONG_NONE || pageSettled;
    ifCrypto = true;
  } else if (evidence === OTHER_CASE_PLACE) {
    const cues = cueWeights.reset(text, words, candidates);
    const strong = cues.strongInSentence(c);
    // The thing that went there, named before it ("bridged … to base", "a memecoin on base"), is evidence on any
    // page; a crypto word only after it, on a crypto page, or where something was moved ("withdrew from blast to
    // mainnet", "moved my stables to mode for the airdrop").
    keep = strong === STRONG_BEFORE || (strong === STRONG_AFTER && (pageSettled || movedTo(text, words, c)));
    ifCrypto = strong === STRONG_AFTER;
    // On a crypto page, also in the sentence after a question ("anyone else farming on linea? did swaps on 3 dexes").
    if (strong === STRONG_NONE && questionMarkAfter(text, words, c) && cues.score(c, n) >= CUE_THRESHOLD) {
      keep = pageSettled;
      ifCrypto = true;
    }
  } else if (evidence === OTHER_CASE_IF_CRYPTO_PAGE) {
    keep = pageSettled;
    ifCrypto = true;
  }
  if (keep) sink.mention(c.start, c.end, c.entry.chainId, false, false);
  else if (ifCrypto && context.deferCryptoPage) sink.mention(c.start, c.end, c.entry.chainId, false, true);
}

/**
 * A list item of a chain directory: the name, then one parenthesis to the end of the block ("Blast (shut down)", "Linea
 * (Consensys)"). Not a setting's label ("Mode (Advanced)"); a column's unit ("Base (gwei)") is negative().
 */
function listItem(text: string, words: Words, c: Candidate): boolean {
  if (LABEL_WORD.has(words, c.first)) return false;
  let k = c.end;
  while (text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) !== 40 || text.indexOf('(', k + 1) >= 0) return false;
  return text.indexOf(')', k) === text.trimEnd().length - 1;
}

/** "Base (gwei)", "Scroll (ms)": a table column's name and its unit. */
function unitInParens(text: string, words: Words, c: Candidate): boolean {
  let k = c.end;
  while (text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) !== 40) return false;
  const inside = c.last + 1;
  return inside < words.count && UNIT.has(words, inside) && text.charCodeAt(words.ends[inside]!) === 41;
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
    if (!e.ambiguous && c.written === LOWERCASE) {
      // "on gnosis chain", "near protocol" in lowercase: a strong crypto word in the sentence, or a crypto page (which
      // everywhere does not weigh). After "a", "the", "its"… it is a common noun: "Ethereum is a base chain".
      if (context.sensitivity === 'strict' || negative(text, words, c)) continue;
      const p = prevWord(text, words, c.first);
      if (p >= 0 && commonNoun(words, p, c.last)) continue;
      // Nor after another word of a compound ("in bridged mode network traffic").
      if (p >= 0 && !isWord(words, p, 'the', THE_HASH) && !nameEndingFollows(text, words, c)) continue;
      const strong = (cues ??= cueWeights.reset(text, words, candidates)).strongInSentence(c) !== STRONG_NONE;
      if (strong || (context.cryptoPage && context.sensitivity === 'balanced')) sink.mention(c.start, c.end, e.chainId, false, false);
      else if (context.deferCryptoPage && context.sensitivity === 'balanced') sink.mention(c.start, c.end, e.chainId, false, true);
      continue;
    }
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
    // A name in lowercase ("bridged to base") or in a line of capitals ("BASE MAINNET IS LIVE"): see otherCaseMention,
    // apart from this loop since it is rare and this loop's size is what the engine waits on before optimizing it.
    // Strict wants the name as the data writes it; everywhere takes a name in capitals as it is, but not a lowercase
    // word.
    if (c.written === LOWERCASE || (c.written === IN_CAPITALS && context.sensitivity !== 'everywhere')) {
      if (context.sensitivity !== 'strict') otherCaseMention(text, words, candidates, n, context, sink);
      continue;
    }
    if (context.sensitivity === 'everywhere') {
      sink.mention(c.start, c.end, e.chainId, false, false);
      continue;
    }
    // A qualifier from the dataset is evidence unless the words around show the everyday sense ("Redstone chain: place
    // a repeater every 15 blocks" is Minecraft's).
    let keep = dataQualified(words, c, e.qualifiers) && !everydayNear(words, c);
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
            (startsAnotherName(text, words, c) && (title < 0 ? (title = +titleCased(text, words)) : title) === 0) ||
            ((isSentenceStart(text, words, c.first) || afterOpeningVerb(text, words, c)) && !capitalInside(text, words, c));
          const initial =
            initialOnCryptoPage ||
            (!context.cryptoPage && (title < 0 ? (title = +titleCased(text, words)) : title) === 1);
          const p = prevWord(text, words, c.first);
          // A crypto page lowers the bar to one weak cue, or none for a capital mid-sentence (a proper noun) or a
          // name standing alone in its block (a table cell, a list item, a heading of a chain directory).
          const alone = c.first === 0 && (c.last === words.count - 1 || listItem(text, words, c));
          if (!initial && p >= 0 && PREP_ON.has(words, p)) keep = true;
          // On a crypto page these need no cues: the cue window (up to fifty words looked up) is not read for them.
          else if (context.cryptoPage && (!initial || alone)) keep = true;
          else {
            cues ??= cueWeights.reset(text, words, candidates);
            const score = cues.score(c, n);
            const onCryptoPage = !initialOnCryptoPage || alone || score >= 1;
            // Said to be a chain ("Scroll is a zk rollup") or a network field's value ("Network: TON"): looked at last,
            // for the few names nothing else kept.
            keep =
              score >= CUE_THRESHOLD ||
              (context.cryptoPage && onCryptoPage) ||
              networkField(text, words, c) ||
              definedAsChain(text, words, c);
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
