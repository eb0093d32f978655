// Decides which candidates are chains: certain forms always; ambiguous words ("Base", "Scroll") only with evidence —
// a qualifier, crypto cues in the same block, or a crypto page — and never when the words around them show the
// everyday sense ("Base camp", "Scroll down").

import { FIRST_NAMES, FRENCH_CUES, ORGANISATION_AFTER, PARTICLE_ON_VERBS } from './cues';
import type { Qualifier } from './lexicon';
import { type Candidate, type Candidates, IN_CAPITALS, LOWERCASE, NOT_A_NAME } from './matcher';
import type { DetectContext, MentionSink } from './types';
import { hashWord, wordSet } from './wordHash';
import { words } from './wordList';
import type { Words } from './words';
import {
  adjacent,
  capitalAt,
  phraseLinked,
  FUNCTION_WORD,
  isSentenceStart,
  isWord,
  MOVE_VERB,
  NETWORK_HASH,
  NEXT_QUALIFIER,
  PREV_QUALIFIER,
  OPENING_VERB,
  nextWord,
  PREP,
  PREP_ON,
  prevWord,
  THE_HASH,
} from './around';
import { ADJECTIVE_FORM, definedAsWord, everydayCollocation, everydayNear, LABEL_WORD, negative, unspacedLongerName } from './everyday';
import { CUE_THRESHOLD, CUE_WINDOW, cueWeight, cueWeights, CueWeights, STRONG_NONE } from './cueWeights';
import { commonNoun, definedAsChain, nameEndingFollows, otherCaseMention } from './otherCase';

/** How many words back from "to"/"on" a move verb may be ("bridged 2 ETH to Base"). */
const VERB_REACH = 3;
const ORGANISATION = wordSet(ORGANISATION_AFTER);
const FIRST_NAME = wordSet(FIRST_NAMES);
const PARTICLE_ON_VERB = wordSet(PARTICLE_ON_VERBS);
const ON_HASH = hashWord('on');
const VIA_HASH = hashWord('via');
const SUR_HASH = hashWord('sur');
const FRENCH_CUE = wordSet(FRENCH_CUES);
/** Words before a ticker in parentheses that make it the coin's, though no cue: "Binance Coin (BNB)". */
const COIN_WORD = wordSet(['coin', 'coins']);

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
  if (ownTickerAfter(text, c)) return QUALIFIER_AFTER;
  const p = prevWord(text, words, c.first);
  // "na rede Base", "в сети Base": the network's word before its name; the name keeps its capital there.
  if (p >= 0 && PREV_QUALIFIER.has(words, p) && words.writtenLower(p) && !words.writtenLower(c.first)) return QUALIFIER_AFTER;
  if (p >= 0 && PREP.has(words, p)) {
    // The verb may have an object before the preposition: "bridged 2 ETH to Base".
    for (let k = 0, w = prevWord(text, words, p); k < VERB_REACH && w >= 0; k++, w = prevWord(text, words, w)) {
      if (MOVE_VERB.has(words, w)) return MOVED_TO;
    }
  }
  return NOT_QUALIFIED;
}

/**
 * "Kaia (KAIA)", "Blast (BLAST)": the name, then its own letters in capitals in parentheses, as an exchange lists a coin.
 * (A column's unit is no name in capitals: "Base (USD)".)
 */
function ownTickerAfter(text: string, c: Candidate): boolean {
  let k = c.end;
  if (text.charCodeAt(k) === 32) k++;
  const length = c.end - c.start;
  if (text.charCodeAt(k) !== 40 || text.charCodeAt(k + 1 + length) !== 41) return false;
  const inside = text.slice(k + 1, k + 1 + length);
  return inside === text.slice(c.start, c.end).toUpperCase() && inside !== text.slice(c.start, c.end);
}

/**
 * A name first in its sentence, qualified by an everyday word after it ("Lightning channel temperatures can reach
 * 30,000 K", "Flow network: a directed graph", "Sonic Labs, the recording studio"): its capital is the sentence's and
 * the word names other things too, so off a crypto page it needs cues as well. Not a crypto word ("Base mainnet",
 * "Scroll zkEVM"), which is evidence on its own.
 */
function everydayQualifierFirst(text: string, words: Words, c: Candidate): boolean {
  // An acronym's capitals are its own ("LN invoices expire after an hour").
  if (!c.entry.hasLowercase || !isSentenceStart(text, words, c.first)) return false;
  const next = nextWord(text, words, c.last);
  return next >= 0 && cueWeight(text, words, next) < CUE_THRESHOLD;
}

/** "Network: Base", "Deposit network: TON": the whole value of a field that names a network. */
function networkField(text: string, words: Words, c: Candidate): boolean {
  const p = c.first - 1;
  if (p < 0 || !isWord(words, p, 'network', NETWORK_HASH)) return false;
  const gap = text.slice(words.ends[p], c.start);
  // The whole value: "Network: Flow 4G LTE" is a phone carrier's name.
  return gap.charCodeAt(0) === 58 && gap.trim() === ':' && nextWord(text, words, c.last) < 0;
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
 * "Adding Base to MetaMask", "Embracing Optimism after the crash", "Meet Linea", "Thanks Optimism": a verb in "-ing"
 * or an opening verb or greeting (OPENING_VERBS) that starts the sentence is capitalised for that alone, so the name
 * after it is no part of another name, and its own capital is no evidence either (it is as good as sentence-initial).
 */
function afterOpeningVerb(text: string, words: Words, c: Candidate): boolean {
  const p = c.first - 1;
  return (
    p >= 0 &&
    adjacent(text, words, p, c.first) &&
    (gerund(text, words, p) || OPENING_VERB.has(words, p)) &&
    capitalAt(text, words.starts[p]!) &&
    isSentenceStart(text, words, p)
  );
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

/**
 * "Matic Kotnik", "Kaia Gerber": a first name (FIRST_NAMES, asked by the caller) before a surname, a capitalised word
 * that starts no longer name of the chain's nor another chain's. Not in a line of Title Case, where every word has its
 * capital ("Matic Price Prediction").
 */
function personNamed(text: string, words: Words, c: Candidate, next: Candidate | null, titleLine: boolean): boolean {
  if (c.first !== c.last || !capitalAt(text, c.start) || titleLine || (next && next.first === c.last + 1)) return false;
  return startsAnotherName(text, words, c);
}

/**
 * "on"/"via" word p before a name that says nothing of where something runs: a phrasal verb's particle ("turn on
 * Stacks from the View menu") or a source's credit in parentheses ("…to fans on Friday (via Polygon).").
 */
function notAPlace(text: string, words: Words, p: number, c: Candidate): boolean {
  if (isWord(words, p, 'on', ON_HASH)) {
    const v = prevWord(text, words, p);
    return v >= 0 && PARTICLE_ON_VERB.has(words, v);
  }
  return isWord(words, p, 'via', VIA_HASH) && text.charCodeAt(words.starts[p]! - 1) === 40 && text.charCodeAt(c.end) === 41;
}

/**
 * French "sur Base" ("Les frais de gaz sur Base ont baissé", "mes jetons sur Base"): where something runs, mid-sentence,
 * with a French crypto word (FRENCH_CUES) or an English cue in the same sentence. "Sur" is also "about" ("un livre sur
 * Cosmos"), so alone it says nothing; "sur la base de" is the word, in lowercase, and no candidate here.
 */
function frenchPlace(text: string, words: Words, c: Candidate, cues: CueWeights): boolean {
  const p = prevWord(text, words, c.first);
  if (p < 0 || !isWord(words, p, 'sur', SUR_HASH)) return false;
  if (!isSentenceStart(text, words, p)) {
    for (let k = p - 1; k >= 0 && k >= c.first - CUE_WINDOW; k--) {
      if (FRENCH_CUE.has(words, k) || cues.weightOf(k) > 0) return true;
      if (isSentenceStart(text, words, k)) break;
    }
  }
  for (let k = c.last + 1; k < words.count && k <= c.last + CUE_WINDOW && !isSentenceStart(text, words, k); k++) {
    if (FRENCH_CUE.has(words, k) || cues.weightOf(k) > 0) return true;
  }
  return false;
}

/**
 * "Seagate (STX)", "Seagate Technology (STX)": a ticker in parentheses right after a capitalised word that is no chain's
 * name and no crypto word is a company's stock symbol. Not "Stacks (STX)", "Ether (ETH)", "Polygon Ecosystem Token
 * (POL)", "Binance Coin (BNB)", "ApeCoin (APE)". `previous` is the candidate before this one (or null).
 */
function companyTicker(text: string, words: Words, c: Candidate, previous: Candidate | null): boolean {
  const p = c.first - 1;
  if (p < 0 || text.charCodeAt(c.start - 1) !== 40 || text.charCodeAt(c.end) !== 41) return false;
  const gap = c.start - words.ends[p]!;
  if (gap > 2 || (gap === 2 && text.charCodeAt(c.start - 2) !== 32)) return false;
  if (!capitalAt(text, words.starts[p]!) || (previous && previous.last === p)) return false;
  if (cueWeight(text, words, p) !== 0 || COIN_WORD.has(words, p)) return false;
  // "Frax (FRAX)", "Core (CORE)": a coin named as its ticker.
  if (words.hashes[p] === words.hashes[c.first] && text.slice(words.starts[p], words.ends[p]).toLowerCase() === text.slice(c.start, c.end).toLowerCase()) return false;
  // "ApeCoin", "Toncoin", "Berachain": a coin's or a chain's own name.
  const end = words.ends[p]!;
  const tail = end - words.starts[p]! > 4 ? text.slice(end - 4, end).toLowerCase() : '';
  return tail !== 'coin' && tail !== 'hain';
}

/** "World Chain" at the start of a sentence: the capital on "Chain" still marks a proper noun. */
function capitalInside(text: string, words: Words, c: Candidate): boolean {
  for (let k = c.first + 1; k <= c.last; k++) {
    const ch = text.charAt(words.starts[k]!);
    if (ch !== ch.toLowerCase()) return true;
  }
  return false;
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

/** A project's own pages, named in a link after it ("Optimism docs", "Scroll faucet"). */
const PROJECT_PAGE = wordSet(['docs', 'documentation', 'faucet', 'blog', 'forum', 'wiki']);

/** "Optimism docs", "Base blog": a block of the name and one of its project's pages, a link in a site's nav. */
function projectPageLink(words: Words, c: Candidate): boolean {
  return c.last + 2 === words.count && PROJECT_PAGE.has(words, c.last + 1);
}

/** How many words from the name L2BEAT's "Stage 0/1/2" may be, in its sentence ("Scroll moved to Stage 1"). */
const STAGE_REACH = 3;
const STAGE_HASH = hashWord('stage');
/** Words after "Stage 1" that make it another field's stage: of a race or a tour, a disease, a rocket, a drought. */
const OTHER_STAGE_AFTER = wordSet(words(`
  of cancer cancers tumor tumors tumour tumours hypertension disease booster boosters engine engines rocket
  restrictions restriction drought loadshedding load winner winners results
`));

/** Whether words k, k + 1 are L2BEAT's "Stage 0", "Stage 1" or "Stage 2": a capital, one space, one digit. */
function rollupStageAt(text: string, words: Words, k: number): boolean {
  if (k + 1 >= words.count || !isWord(words, k, 'stage', STAGE_HASH) || text.charCodeAt(words.starts[k]!) !== 83) return false;
  const d = words.starts[k + 1]!;
  if (words.ends[k + 1]! - d !== 1 || !adjacent(text, words, k, k + 1)) return false;
  const digit = text.charCodeAt(d);
  if (digit < 48 || digit > 50) return false;
  const after = k + 2;
  // "Stage 1 of the Tour", "Stage 2 hypertension"; "Stage 1.5" is no stage of L2BEAT's.
  if (after < words.count && phraseLinked(text, words, k + 1, after) && OTHER_STAGE_AFTER.has(words, after)) return false;
  return text.charCodeAt(d + 1) !== 46 || !digitAfterStop(text, d + 2);
}

function digitAfterStop(text: string, at: number): boolean {
  const ch = text.charCodeAt(at);
  return ch >= 48 && ch <= 57;
}

/**
 * "Scroll moved to Stage 1.", "Linea still Stage 0", "Stage 1 for Base": L2BEAT's rollup stage, written as it writes it
 * (capital "Stage", then 0, 1 or 2), a few words from the name in its sentence, says the name is a rollup. Not
 * "stage 1 of the tour", nor a stage of a race, a disease or a rocket.
 */
function rollupStaged(text: string, words: Words, c: Candidate): boolean {
  for (let k = c.last + 1; k < words.count && k <= c.last + STAGE_REACH && !isSentenceStart(text, words, k); k++) {
    if (rollupStageAt(text, words, k)) return true;
  }
  if (isSentenceStart(text, words, c.first)) return false;
  for (let k = c.first - 1; k >= 0 && k >= c.first - STAGE_REACH - 1; k--) {
    if (rollupStageAt(text, words, k)) return true;
    if (isSentenceStart(text, words, k)) break;
  }
  return false;
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
    if (c.last < c.first) {
      // "以太坊", "ビットコイン": a certain name of a script without spaces, found between words; not the first part of
      // another chain's name ("比特币现金" is Bitcoin Cash).
      if (context.sensitivity === 'everywhere' || !unspacedLongerName(text, c)) sink.mention(c.start, c.end, e.chainId, true, false);
      continue;
    }
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
      // Certain names too have a few everyday phrases of their own ("Solana Beach", "Hertha BSC"); one hash probe
      // tells. (Forms of everyday words go through negative() below, which asks the same.)
      if (e.everydayPhrases && e.caseRule !== 'notLower' && context.sensitivity !== 'everywhere' && everydayCollocation(text, words, c)) {
        cues?.notAName(c);
        c.written = NOT_A_NAME;
        continue;
      }
      // "Celo is Spanish for zeal", "the word Celo means…": a name said to be a word of some language is that word.
      if (c.first === c.last && e.kind !== 'ticker' && context.sensitivity !== 'everywhere' && definedAsWord(text, words, c)) {
        cues?.notAName(c);
        c.written = NOT_A_NAME;
        continue;
      }
      if (e.caseRule === 'notLower' && context.sensitivity !== 'everywhere') {
        // Forms made of everyday words ("World Chain", "Smart Chain") still yield to "World Chain of stores",
        if (negative(text, words, c)) {
          cues?.notAName(c);
          c.written = NOT_A_NAME;
          continue;
        }
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
      if (
        FIRST_NAME.has(words, c.first) &&
        context.sensitivity !== 'everywhere' &&
        personNamed(text, words, c, n + 1 < candidates.count ? candidates.at(n + 1) : null, (title < 0 ? (title = +titleCased(text, words)) : title) === 1)
      ) {
        continue;
      }
      // "Seagate (STX)": a company's stock symbol (tickers are candidates only when the user turns them on).
      if (e.kind === 'ticker' && context.sensitivity !== 'everywhere' && companyTicker(text, words, c, n > 0 ? candidates.at(n - 1) : null)) {
        continue;
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
    const strict = context.sensitivity === 'strict';
    let keep = dataQualified(words, c, e.qualifiers) && !everydayNear(words, c);
    const everyday = !keep && negative(text, words, c);
    const qualified = keep || everyday ? NOT_QUALIFIED : genericQualified(text, words, c);
    // Qualified by an everyday word, first in its sentence: cues too, off a crypto page (strict does not weigh it).
    if ((keep || qualified === QUALIFIER_AFTER) && (strict || !context.cryptoPage) && everydayQualifierFirst(text, words, c)) {
      if ((cues ??= cueWeights.reset(text, words, candidates)).score(c, n) >= CUE_THRESHOLD) sink.mention(c.start, c.end, e.chainId, false, false);
      else if (!strict && context.deferCryptoPage) sink.mention(c.start, c.end, e.chainId, false, true);
      continue;
    }
    if (!keep && !everyday) {
      if (qualified === QUALIFIER_AFTER) keep = true;
      else {
        if (
          endsAnotherName(text, words, c, n > 0 ? candidates.at(n - 1) : null) ||
          (FIRST_NAME.has(words, c.first) &&
            personNamed(text, words, c, n + 1 < candidates.count ? candidates.at(n + 1) : null, (title < 0 ? (title = +titleCased(text, words)) : title) === 1))
        ) {
          // "Dark Mode", "Google Lens": another name's last word; "Kaia Gerber": a person's first name; whatever the page.
        } else if (rollupStaged(text, words, c)) {
          keep = true;
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
          // name standing alone in its block (a table cell, a list item, a heading of a chain directory, a nav link
          // to its docs).
          // An adjective is no proper noun for its capital, nor a name for standing alone: "Decentralized /
          // Transparent / Immutable / Secure" is a list of properties. It needs a cue even on a crypto page.
          const adjective = ADJECTIVE_FORM.has(words, c.first);
          const alone = !adjective && c.first === 0 && (c.last === words.count - 1 || listItem(text, words, c) || projectPageLink(words, c));
          if (!initial && p >= 0 && PREP_ON.has(words, p) && !notAPlace(text, words, p, c)) keep = true;
          // On a crypto page these need no cues: the cue window (up to fifty words looked up) is not read for them.
          else if (context.cryptoPage && ((!initial && !adjective) || alone)) keep = true;
          else {
            cues ??= cueWeights.reset(text, words, candidates);
            const score = cues.score(c, n);
            const onCryptoPage = (!initialOnCryptoPage && !adjective) || alone || score >= 1;
            // Said to be a chain ("Scroll is a zk rollup") or a network field's value ("Network: TON"): looked at last,
            // for the few names nothing else kept.
            keep =
              score >= CUE_THRESHOLD ||
              (context.cryptoPage && onCryptoPage) ||
              networkField(text, words, c) ||
              definedAsChain(text, words, c) ||
              (!initial && frenchPlace(text, words, c, cues));
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
