// Signs that a name is the everyday word, whatever else is around it: "Base camp", "Scroll down", "Anna Sui",
// "NEAR 40% OF BUYERS", "Base (gwei)", "Abstract:".

import {
  COMPANY_AFTER,
  LANGUAGE_AGES,
  LANGUAGES,
  NEGATIVE_AFTER_FORM,
  NEGATIVE_BEFORE_FORM,
  NEGATIVE_BEFORE_LOWERCASE_FORM,
  NEGATIVE_NEAR,
  NEGATIVE_NEAR_FORM,
  NEGATIVE_NEAR_WINDOW,
  NEGATIVE_NEXT,
  NEGATIVE_PREV,
  NEGATIVE_THE_ALONE_FORMS,
  ORGANISATION_AFTER,
  SPONSOR_VERBS,
  SPORTS_WORDS,
  TEAM_FORMS,
  UNSPACED_LONGER_NAMES,
} from './cues';
import type { Candidate } from './matcher';
import { hashWord, wordSet, WordTable } from './wordHash';
import type { Words } from './words';
import { words } from './wordList';
import { adjacent, APOSTROPHE, capitalAt, isSentenceStart, isWord, NEXT_QUALIFIER, nextWord, prevWord, THE_HASH } from './around';

const NOT_NEXT = wordSet(NEGATIVE_NEXT);
const NOT_PREV = wordSet(NEGATIVE_PREV);
const NOT_NEAR = wordSet(NEGATIVE_NEAR);
const COMPANY = wordSet(COMPANY_AFTER);
const NEAR_HASH = hashWord('near');
const ABSTRACT_HASH = hashWord('abstract');
const BASE_HASH = hashWord('base');
const PRIORITY_HASH = hashWord('priority');
/** How far after "Base" its fee's partner may come: "Base: 8.4 Gwei | Max: 10.2 Gwei | Max Priority" is seven words on. */
const FEE_PAIR_REACH = 8;
const MAX_HASH = hashWord('max');

const QUOTE_HASH = hashWord('quote');
/** How far after "Base" its pair's "Quote" may come: "Base token: WETH, Quote token" is four words on. */
const QUOTE_PAIR_REACH = 5;
/** What a trading pair's two sides are called after "Base" and "Quote" ("Base asset", "Quote token"). */
const PAIR_SIDE = wordSet(['token', 'tokens', 'asset', 'assets', 'currency', 'coin']);

/** Whether word `k` is a label: a colon after it, or a pair-side word ("Quote token", "Base asset"). */
function pairLabel(text: string, words: Words, k: number): boolean {
  if (k + 1 < words.count && PAIR_SIDE.has(words, k + 1)) return true;
  let e = words.ends[k]!;
  while (text.charCodeAt(e) === 32) e++;
  return text.charCodeAt(e) === 58;
}

/**
 * "Base: ETH, Quote: USDC", "Base token: WETH / Quote token: USDC": the two sides of a trading pair, each a label.
 * Both must be labels: "swap on Base and get a quote" is the chain.
 */
function pairSideFollows(text: string, words: Words, last: number): boolean {
  if (!pairLabel(text, words, last)) return false;
  for (let k = last + 1; k < words.count && k <= last + QUOTE_PAIR_REACH; k++) {
    if (isWord(words, k, 'quote', QUOTE_HASH) && pairLabel(text, words, k)) return true;
  }
  return false;
}

const OPTIMISM_HASH = hashWord('optimism');
const MOOD_COPULA = wordSet(words(`
  is was remains remained seems seemed looks looked appears appeared
`));
/** What is said of a mood after "is": it comes and goes, is high or low, justified or not. */
const MOOD_STATE = wordSet(words(`
  back warranted unwarranted justified misplaced premature overdone growing fading building rising returning waning
  high low running contagious cautious muted fragile tempered everywhere widespread palpable rare scarce hard
  understandable
`));

/** "Optimism is back", "Optimism remains high": a copula after the name, then what a mood is said to be. */
function moodSaid(text: string, words: Words, last: number): boolean {
  const v = last + 1;
  const w = last + 2;
  return w < words.count && MOOD_COPULA.has(words, v) && MOOD_STATE.has(words, w) && adjacent(text, words, last, v) && adjacent(text, words, v, w);
}

/** Whether a name ending at `end` is a fee's label: a colon, a column bar or an amount after it ("Base: 12 Gwei", "Base | Priority"). */
function feeLabel(text: string, end: number): boolean {
  let k = end;
  while (text.charCodeAt(k) === 32) k++;
  const ch = text.charCodeAt(k);
  return ch === 58 || ch === 124 || (ch >= 48 && ch <= 57);
}

/** Whether "priority" comes within a few words after word `last`, whatever lies between (numbers, units, bars). */
function baseFeeFollows(words: Words, last: number): boolean {
  for (let k = last + 1; k < words.count && k <= last + FEE_PAIR_REACH; k++) {
    // Etherscan's "Base: 8.4 Gwei | Max: 10.2 Gwei | Max Priority: 0.1 Gwei" too.
    if (isWord(words, k, 'priority', PRIORITY_HASH) || isWord(words, k, 'max', MAX_HASH)) return true;
  }
  return false;
}
/** Names that are also the label of a paper's part, a setting or a property ("Abstract:", "Mode:", "Immutable:"). */
export const LABEL_WORD = wordSet(['abstract', 'mode', 'immutable']);
/**
 * Names that are adjectives: alone in a block, they are one of a list of properties ("Decentralized / Transparent /
 * Immutable / Secure"), not a chain directory's row, which names the chain in full ("Immutable zkEVM").
 */
export const ADJECTIVE_FORM = wordSet(['immutable']);
/** Units a table's column gives in a parenthesis after its name ("Base (gwei)"). */
const UNIT = wordSet(words(`
  gwei wei eth btc usd usdc sats ms s sec seconds min minutes tps gas percent
`));
/**
 * A one-word form's own everyday collocations: the words after it, and before it, that show its other sense; the words
 * before it that do so only when it is written in lowercase; and the words a few words away that do.
 */
interface FormCollocations {
  after: WordTable<true> | null;
  before: WordTable<true> | null;
  beforeLowercase: WordTable<true> | null;
  near: WordTable<true> | null;
  /** After "the", ending its phrase, it is the other sense ("under the Sui."): NEGATIVE_THE_ALONE_FORMS. */
  theAlone: boolean;
}
const FORM_TABLES = [
  [NEGATIVE_AFTER_FORM, 'after'],
  [NEGATIVE_BEFORE_FORM, 'before'],
  [NEGATIVE_BEFORE_LOWERCASE_FORM, 'beforeLowercase'],
  [NEGATIVE_NEAR_FORM, 'near'],
] as const;
const FORM_COLLOCATIONS = new WordTable<FormCollocations>(FORM_TABLES.reduce((n, [table]) => n + table.size, 0));
for (const [table, side] of FORM_TABLES) {
  for (const [form, words] of table) {
    let entry = FORM_COLLOCATIONS.find(form);
    if (!entry) FORM_COLLOCATIONS.set(form, (entry = { after: null, before: null, beforeLowercase: null, near: null, theAlone: false }));
    entry[side] = wordSet(words);
  }
}
for (const form of NEGATIVE_THE_ALONE_FORMS) {
  const entry = FORM_COLLOCATIONS.find(form);
  if (entry) entry.theAlone = true;
  else FORM_COLLOCATIONS.set(form, { after: null, before: null, beforeLowercase: null, near: null, theAlone: true });
}

/** "Solana Beach", "Cardano's formula", "Anna Sui": a one-word name in one of its word's everyday phrases. */
export function everydayCollocation(text: string, words: Words, c: Candidate): boolean {
  const own = FORM_COLLOCATIONS.get(words, c.first);
  if (own === undefined) return false;
  if (own.after) {
    const n = nextWord(text, words, c.last);
    if (n >= 0 && own.after.has(words, n)) return true;
    // A title's colon ("Tron: Legacy fans…") joins the phrase too.
    if (n < 0 && titleColonAfter(text, words, c.last) && own.after.has(words, c.last + 1)) return true;
  }
  if (own.before || own.beforeLowercase) {
    const p = prevWord(text, words, c.first);
    if (p >= 0 && own.before?.has(words, p)) return true;
    if (p >= 0 && own.beforeLowercase?.has(words, p) && words.writtenLower(c.first)) return true;
  }
  if (own.near) {
    const from = Math.max(0, c.first - NEGATIVE_NEAR_WINDOW);
    const to = Math.min(words.count - 1, c.last + NEGATIVE_NEAR_WINDOW);
    for (let k = from; k <= to; k++) if (own.near.has(words, k) && !compoundTail(text, words, k)) return true;
  }
  if (own.theAlone && theAlone(text, words, c)) return true;
  return isWord(words, c.first, 'sui', SUI_HASH) && italianSui(text, words, c);
}

const SUI_HASH = hashWord('sui');
/** Italian function words: two in a block make it Italian. */
const ITALIAN = wordSet(words(`
  il lo gli di della delle del dei degli è per nel nella nei negli con una uno che sono alla alle al ai agli dalla
  dal dai ha
`));

/**
 * Italian "sui" (on the) before a plural noun, first in its sentence: "Sui tetti di Roma…", "Sui mercati asiatici il
 * Nikkei…". The chain is followed by a verb in Italian news ("Sui ha lanciato", "Sui supera"), which never ends in -i
 * as a masculine plural does.
 */
function italianSui(text: string, words: Words, c: Candidate): boolean {
  const n = c.last + 1;
  if (n >= words.count || !words.writtenLower(n) || !adjacent(text, words, c.last, n)) return false;
  if (words.ends[n]! - words.starts[n]! < 3 || text.charCodeAt(words.ends[n]! - 1) !== 105) return false;
  let italian = 0;
  for (let k = 0; k < words.count && italian < 2; k++) if (k !== n && ITALIAN.has(words, k)) italian++;
  return italian >= 2;
}

/** Word k ends a hyphen compound ("zero-knowledge"): a word of the compound, not the word alone. */
function compoundTail(text: string, words: Words, k: number): boolean {
  if (k === 0) return false;
  const at = words.starts[k]! - 1;
  if (at !== words.ends[k - 1]) return false;
  const ch = text.charCodeAt(at);
  return ch === 45 || ch === 0x2010 || ch === 0x2011;
}

const LANGUAGE = wordSet(LANGUAGES);
const LANGUAGE_AGE = wordSet(LANGUAGE_AGES);
const COPULA_NOW = wordSet(['is', 'was']);
const MEANS = wordSet(['means', 'meant']);
const ARTICLE = wordSet(['a', 'an', 'the']);
/** What follows a language when a word of it is defined: "Spanish for zeal", "the Spanish word for", "Latin meaning". */
const DEFINITION_AFTER_LANGUAGE = wordSet(['for', 'meaning', 'word', 'words', 'term']);
const WORD_HASH = hashWord('word');
const IN_HASH = hashWord('in');
/** How many words on from "means" its language may come: "Celo means zeal in Spanish", "Celo means something like zeal in Spanish". */
const MEANING_REACH = 5;

/** Whether text[from, to), a gap between words, keeps them in one clause: spaces, a comma, quotes, a parenthesis. */
function clauseGap(text: string, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    // . ! ? : ; and a newline
    if (ch === 46 || ch === 33 || ch === 63 || ch === 58 || ch === 59 || ch === 10) return false;
  }
  return true;
}

/** The word after word i in its clause (see clauseGap), or -1. */
function nextInClause(text: string, words: Words, i: number): number {
  const n = i + 1;
  return n < words.count && clauseGap(text, words.ends[i]!, words.starts[n]!) ? n : -1;
}

/**
 * A name said to be a word of a language is that word: "Celo is Spanish for zeal", "Celo (Latin for…)", "Gnosis is the
 * Greek word for knowledge", "Celo means zeal in Spanish", "the word Celo means…". On any page: a crypto article that
 * explains where a name comes from is speaking of the word there.
 */
export function definedAsWord(text: string, words: Words, c: Candidate): boolean {
  const p = c.first - 1;
  // "the word Celo", "the word “Celo”".
  if (p >= 0 && isWord(words, p, 'word', WORD_HASH) && clauseGap(text, words.ends[p]!, c.start)) return true;
  let k = nextInClause(text, words, c.last);
  if (k < 0) return false;
  if (MEANS.has(words, k)) {
    // "Celo means zeal in Spanish".
    for (let m = 0, w = nextInClause(text, words, k); m < MEANING_REACH && w >= 0; m++, w = nextInClause(text, words, w)) {
      if (isWord(words, w, 'in', IN_HASH)) {
        const l = nextInClause(text, words, w);
        return l >= 0 && (LANGUAGE.has(words, l) || (LANGUAGE_AGE.has(words, l) && l + 1 < words.count && LANGUAGE.has(words, l + 1)));
      }
    }
    return false;
  }
  if (COPULA_NOW.has(words, k)) {
    k = nextInClause(text, words, k);
    if (k >= 0 && ARTICLE.has(words, k)) k = nextInClause(text, words, k);
  }
  if (k >= 0 && LANGUAGE_AGE.has(words, k)) k = nextInClause(text, words, k);
  if (k < 0 || !LANGUAGE.has(words, k)) return false;
  const after = nextInClause(text, words, k);
  return after >= 0 && DEFINITION_AFTER_LANGUAGE.has(words, after);
}

/**
 * "under the Sui.", "During the Sui, the Grand Canal…": the name after "the", ending its phrase at a stop, at the
 * block's end, or at a comma that goes on in lowercase (a clause, not a list of names: "the Sui, Aptos and Movement
 * ecosystems").
 */
function theAlone(text: string, words: Words, c: Candidate): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !isWord(words, p, 'the', THE_HASH)) return false;
  const n = c.last + 1;
  if (n >= words.count) return true;
  let comma = false;
  for (let k = c.end; k < words.starts[n]!; k++) {
    const ch = text.charCodeAt(k);
    // . ; : ! ? ) and a newline
    if (ch === 46 || ch === 59 || ch === 58 || ch === 33 || ch === 63 || ch === 41 || ch === 10) return true;
    if (ch === 44) comma = true;
  }
  if (comma) return words.writtenLower(n);
  // "the Sui unified China", "compare the Sui with the Qin": a lowercase word right after "the Sui" that is no noun of
  // the chain's ("the Sui network", "the Sui ecosystem", "the Sui mainnet") is the dynasty's verb or preposition.
  return adjacent(text, words, c.last, n) && words.writtenLower(n) && !NEXT_QUALIFIER.has(words, n) && !CHAIN_NOUN.has(words, n);
}
/** Nouns of a chain after "the <name>", besides the qualifiers ("the Sui foundation", "the Sui community"). */
const CHAIN_NOUN = wordSet(ORGANISATION_AFTER);

const TEAM_FORM = wordSet(TEAM_FORMS);
const SPONSOR_VERB = wordSet(SPONSOR_VERBS);
const SPORTS_WORD = wordSet(SPORTS_WORDS);
/** How far (in words, each side) a sport's word may be from "the Lightning". */
const TEAM_REACH = 12;

/**
 * "sponsors the Lightning", "the Lightning won the Stanley Cup", "the Avalanche's goalie": a name that is also a sports
 * team's (TEAM_FORMS), after "the", sponsored or with the sport's words within a few words. The network is "Lightning"
 * or "the Lightning Network".
 */
function teamNamed(text: string, words: Words, c: Candidate): boolean {
  if (c.first !== c.last || !TEAM_FORM.has(words, c.first)) return false;
  const p = prevWord(text, words, c.first);
  if (p < 0 || !isWord(words, p, 'the', THE_HASH)) return false;
  const v = prevWord(text, words, p);
  if (v >= 0 && SPONSOR_VERB.has(words, v)) return true;
  // "the Lightning are so back", "the Avalanche were down 2-0": a team is many; the network is one.
  const n = c.last + 1;
  if (n < words.count && adjacent(text, words, c.last, n) && TEAM_PLURAL_VERB.has(words, n)) return true;
  const to = Math.min(words.count - 1, c.last + TEAM_REACH);
  for (let k = Math.max(0, c.first - TEAM_REACH); k <= to; k++) if (SPORTS_WORD.has(words, k)) return true;
  // The team named in full anywhere in the paragraph ("a deal with the Tampa Bay Lightning… and the Lightning will").
  for (let k = 0; k + 1 < words.count; k++) if (TEAM_HOME.has(words, k) && TEAM_FORM.has(words, k + 1) && adjacent(text, words, k, k + 1)) return true;
  return false;
}
const TEAM_PLURAL_VERB = wordSet(['are', 'were', 'have', 'play', 'host', 'beat', 'face', 'lead', 'trail']);
/** The last word of the teams' homes, before their names: Tampa Bay Lightning, Colorado Avalanche. */
const TEAM_HOME = wordSet(['bay', 'colorado']);

/**
 * "Sonic Automotive", "Harmony Biosciences", "Lightning eMotors": a company's word, capitalised, right after the name
 * (COMPANY_AFTER).
 */
function companyAfter(text: string, words: Words, c: Candidate): boolean {
  const n = c.last + 1;
  return n < words.count && adjacent(text, words, c.last, n) && !words.writtenLower(n) && COMPANY.has(words, n);
}

/** Whether word i is followed by ": " and a capitalised word, as in a film's or a book's title. */
function titleColonAfter(text: string, words: Words, i: number): boolean {
  const n = i + 1;
  if (n >= words.count) return false;
  const from = words.ends[i]!;
  const to = words.starts[n]!;
  return to - from === 2 && text.charCodeAt(from) === 58 && text.charCodeAt(from + 1) === 32 && capitalAt(text, to);
}

/** "Merlin, my cat": an appositive with a possessive names a person or a pet. Starts with a comma (char 44). */
const APPOSITIVE = /^,\s+(?:my|our|his|her|their|your)\s/iu;
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
  if (ch !== 58 && ch !== 0x2014 && ch !== 0x2013) return false;
  // A label of words ("Mode: Fast", "Abstract: The L1 penalty…"); "Mode: 34443" is a chain's id in a list of them.
  let k = at + 1;
  while (text.charCodeAt(k) === 32) k++;
  return k < text.length && !digitAt(text, k);
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

export function negative(text: string, words: Words, c: Candidate): boolean {
  // Bounds first: a name ending its block (most table cells) would read past the text, and an out-of-bounds read
  // throws away the optimized code the first time it happens.
  if (c.end < text.length && text.charCodeAt(c.end) === 44 && APPOSITIVE.test(text.slice(c.end, c.end + 12))) return true;
  if (everydayNext(text, words, c)) return true;
  if (companyAfter(text, words, c)) return true;
  if (c.entry.everydayPhrases && everydayCollocation(text, words, c)) return true;
  if (teamNamed(text, words, c)) return true;
  if (definedAsWord(text, words, c)) return true;
  const p = prevWord(text, words, c.first);
  if (p >= 0 && NOT_PREV.has(words, p)) return true;
  if (c.end < text.length && unitInParens(text, words, c)) return true;
  // "Abstract: The L1 penalty…", "Mode: Fast": a paper's or a setting's label, first in its sentence.
  if (LABEL_WORD.has(words, c.first) && labelMark(text, c.end) && isSentenceStart(text, words, c.first)) return true;
  // A heading or cell that says "Abstract" and nothing else is a paper's section, on a research page as anywhere.
  if (c.first === 0 && c.last === words.count - 1 && isWord(words, c.first, 'abstract', ABSTRACT_HASH)) return true;
  // "Base: 12 Gwei | Priority: 1 Gwei": a gas tracker's base fee, next to its priority fee (EIP-1559's pair); "Base:
  // ETH, Quote: USDC", a trading pair's two sides.
  if (isWord(words, c.first, 'base', BASE_HASH) && ((feeLabel(text, c.end) && baseFeeFollows(words, c.last)) || pairSideFollows(text, words, c.last))) return true;
  // "Optimism is back", "Optimism was premature": the mood, said to come, go or be justified.
  if (isWord(words, c.first, 'optimism', OPTIMISM_HASH) && moodSaid(text, words, c.last)) return true;
  // "NEAR 40% OF BUYERS", "traded NEAR $4,000": before an amount, "near" is the word.
  if (isWord(words, c.first, 'near', NEAR_HASH) && amountAt(text, c.end)) return true;
  // "Minimum deposit: 1 TON", "bought 500 NEAR": after an amount, a name that is also its ticker, written as one, is
  // the coin. One space between them: a table's line break is no amount ("Manta Pacific | 1.9\nMetis | 0.005"). A name
  // written as a name is a ranked row's ("7 Sui", "20 Flow" in a table of chains).
  if (p >= 0 && c.entry.tickerLike && digitAt(text, words.starts[p]!) && adjacent(text, words, p, c.first) && !lowercaseIn(text, c.start, c.end)) {
    return true;
  }
  return everydayNear(words, c);
}

/** Whether text[from, to) holds a lowercase letter ("Sui", not "SUI"). */
function lowercaseIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 97 && ch <= 122) return true;
    if (ch > 127 && text[k]!.toUpperCase() !== text[k]) return true;
  }
  return false;
}

/** A word a few words away that shows the everyday sense ("Cosmos, the Sagan series", "Redstone chain: a repeater"). */
export function everydayNear(words: Words, c: Candidate): boolean {
  const from = Math.max(0, c.first - NEGATIVE_NEAR_WINDOW);
  const to = Math.min(words.count - 1, c.last + NEGATIVE_NEAR_WINDOW);
  for (let k = from; k <= to; k++) if (NOT_NEAR.has(words, k)) return true;
  return false;
}

/** A hyphen compound is another word: "near-term", "base-level", "NEAR-ZERO". */
export function hyphenAfter(text: string, c: Candidate): boolean {
  return c.end < text.length && (text.charCodeAt(c.end) === 45 || text.charCodeAt(c.end) === 0x2010);
}

/** "Base (gwei)", "Scroll (ms)": a table column's name and its unit. */
function unitInParens(text: string, words: Words, c: Candidate): boolean {
  let k = c.end;
  while (text.charCodeAt(k) === 32) k++;
  if (text.charCodeAt(k) !== 40) return false;
  const inside = c.last + 1;
  return inside < words.count && UNIT.has(words, inside) && text.charCodeAt(words.ends[inside]!) === 41;
}

/**
 * "比特币现金", "ビットコイン・キャッシュ": a name of a script without spaces that goes on into another chain's name
 * (UNSPACED_LONGER_NAMES), past a space or a middle dot.
 */
export function unspacedLongerName(text: string, c: Candidate): boolean {
  const longer = UNSPACED_LONGER_NAMES.get(c.entry.form);
  if (longer === undefined) return false;
  let k = c.end;
  while (k < text.length && k - c.end < 2 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0x30fb || text.charCodeAt(k) === 0x3000)) k++;
  for (const rest of longer) if (text.slice(k, k + rest.length).toLowerCase() === rest) return true;
  return false;
}
