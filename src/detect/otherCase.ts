// Names written in lowercase ("bridged to base") or in a line set in capitals ("BASE MAINNET IS LIVE"), where their
// case cannot show a name: only evidence of their own counts.

import {
  ADD_VERBS,
  BASE_DWELLERS,
  BROAD_CHAIN_DESCRIPTORS,
  BROAD_CHAIN_KINDS,
  CAPITALS_CUES,
  CHAIN_KINDS,
  HEADLINE_MOODS,
  IDIOM_PREPOSITIONS,
  LOWERCASE_NAME_ENDINGS,
  OTHER_CASE_NEXT_QUALIFIERS,
  OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE,
  PAY_VERBS,
  WALLETS,
} from './cues';
import { type Candidate, type Candidates, LOWERCASE } from './matcher';
import type { DetectContext, MentionSink } from './types';
import { hashWord, wordSet, WordTable } from './wordHash';
import type { Words } from './words';
import { words } from './wordList';
import {
  APOSTROPHE,
  DETERMINER,
  endsPhrase,
  FUNCTION_WORD,
  isSentenceStart,
  isWord,
  LIST_WORD,
  MOVE_VERB,
  NETWORK_HASH,
  nextWord,
  phraseLinked,
  PREP,
  PREP_ON,
  prevWord,
  S_HASH,
  THE_HASH,
} from './around';
import { hyphenAfter, negative } from './everyday';
import { CUE_THRESHOLD, CUE_WINDOW, cueWeight, cueWeights, listGap, STRONG_AFTER, STRONG_BEFORE, STRONG_NONE } from './cueWeights';

const OTHER_CASE_QUALIFIER = wordSet(OTHER_CASE_NEXT_QUALIFIERS);
const OTHER_CASE_QUALIFIER_ON_CRYPTO_PAGE = wordSet(OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE);
const CAPITALS_CUE = wordSet(CAPITALS_CUES);
const HEADLINE_MOOD = wordSet(HEADLINE_MOODS);
const LOWERCASE_NAME_ENDING = wordSet(LOWERCASE_NAME_ENDINGS);
const ADD_VERB = wordSet(ADD_VERBS);
const WALLET = wordSet(WALLETS);
const TO_HASH = hashWord('to');
const CHAIN_KIND = wordSet(CHAIN_KINDS);
const BROAD_CHAIN_KIND = wordSet(BROAD_CHAIN_KINDS);
const BROAD_CHAIN_DESCRIPTOR = wordSet(BROAD_CHAIN_DESCRIPTORS);
const PAY_VERB = wordSet(PAY_VERBS);
const ARTICLE = wordSet(['a', 'an', 'the']);
/** Words between a name and what it is said to be ("is actually a…", "is just an…"). */
const DEFINITION_LINK = wordSet(words(`
  is was actually just really basically now still simply
`));
/** Words after a kind of chain that go on describing it, as a function word or a participle would ("the gaming chain behind Axie"). */
const DEFINITION_GOES_ON = wordSet(words(`
  behind known built run made
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
const BASE_DWELLER = wordSet(BASE_DWELLERS);
const IDIOMS = new WordTable<WordTable<true>>(IDIOM_PREPOSITIONS.size);
for (const [form, preps] of IDIOM_PREPOSITIONS) IDIOMS.set(form, wordSet(preps));
const BASE_HASH = hashWord('base');

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

/**
 * Social posts write names in lowercase ("ink mainnet went live", "bridged to base this morning", "aped into a memecoin
 * on base"). Such a name is the chain only right before a word like "mainnet" ("airdrop" and "L2" on a crypto page),
 * or as the place something went: after a preposition, ending its phrase, not in an idiom ("on blast", "via osmosis"), and then only
 * with a strong crypto word in the same sentence (see otherCaseMention). Anything else lowercase is the word ("the base of
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
export function nameEndingFollows(text: string, words: Words, c: Candidate): boolean {
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
export function commonNoun(words: Words, p: number, ending: number): boolean {
  if (isWord(words, p, 'the', THE_HASH) && isWord(words, ending, 'network', NETWORK_HASH)) return false;
  return DETERMINER.has(words, p) || isWord(words, p, 'as', AS_HASH);
}

/** How many words may stand between "a", "an" or "the" and the kind of chain ("an op stack l2"). */
const DEFINITION_REACH = 3;

/**
 * Said to be a chain: "Abstract, the consumer L2 backed by…", "LINEA, THE CONSENSYS ZKEVM, NOW…", "Base is an L2",
 * "taiko actually a based rollup or…", "Ronin, the gaming chain, …". After the name, a comma (an appositive) or "is"
 * and adverbs, then an article, a few words that are no function words, and a kind of chain that ends the phrase there
 * (punctuation, a function word, "behind" or a participle after it). "chain" and "network" name shops and TV channels too
 * ("Sonic, the fast-food chain"): they count only after a word that says which (BROAD_CHAIN_DESCRIPTORS, or a strong
 * crypto word: "the EVM chain"). Not "mode, an L2 writer", "mode, the rollup keeps…", "photo mode, scroll the menu with
 * L1".
 */
export function definedAsChain(text: string, words: Words, c: Candidate): boolean {
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
  let described = false;
  for (let j = k + 1; j < words.count && j <= k + DEFINITION_REACH && phraseLinked(text, words, j - 1, j); j++) {
    if (CHAIN_KIND.has(words, j) || (described && BROAD_CHAIN_KIND.has(words, j))) {
      const after = nextWord(text, words, j);
      return after < 0 || FUNCTION_WORD.has(words, after) || DEFINITION_GOES_ON.has(words, after) || participle(text, words, after);
    }
    if (FUNCTION_WORD.has(words, j)) return false;
    described ||= BROAD_CHAIN_DESCRIPTOR.has(words, j) || cueWeight(text, words, j) >= CUE_THRESHOLD;
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

/** "adding mode to metamask": a network is what gets added to a wallet. */
function addedToWallet(text: string, words: Words, c: Candidate): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !ADD_VERB.has(words, p)) return false;
  const to = nextWord(text, words, c.last);
  if (to < 0 || !isWord(words, to, 'to', TO_HASH)) return false;
  const wallet = nextWord(text, words, to);
  return wallet >= 0 && WALLET.has(words, wallet);
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
      if (CAPITALS_CUE.has(words, k)) return true;
      if (isSentenceStart(text, words, k)) break;
    }
  }
  for (let k = c.last + 1; k < words.count && k <= c.last + CUE_WINDOW && !isSentenceStart(text, words, k); k++) {
    if (CAPITALS_CUE.has(words, k)) return true;
  }
  return false;
}

/**
 * A name in lowercase ("bridged to base") or in a line of capitals ("BASE MAINNET IS LIVE"): only evidence of its own
 * counts (see lowercaseEvidence and capitalsEvidence). Hands it to `sink` if it counts.
 */
export function otherCaseMention(text: string, words: Words, candidates: Candidates, n: number, context: DetectContext, sink: MentionSink): void {
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
