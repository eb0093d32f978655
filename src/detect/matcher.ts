// One left-to-right pass over the words of a text: at each word, walk the lexicon trie as far as the text allows and
// keep the longest form whose case rule holds ("Arbitrum Nova" over "Arbitrum"). Nothing here depends on how many
// names the lexicon holds: a word is one hash probe confirmed char by char, and following a name into its next word is
// one more, in that trie node's own table.

import { followsOf, type Follow, type LexEntry, type Lexicon, type TrieNode, type UnspacedForms } from './lexicon';
import {
  ADD_VERBS,
  DEFINED_NEAR,
  LIST_WORDS,
  LISTED_TICKERS,
  LOWERCASE_NAME_ENDINGS,
  OTHER_CASE_NEXT_QUALIFIERS,
  OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE,
  PREV_ON,
  PREV_PREPS,
} from './cues';
import { lowerCode } from './scan';
import { separatorKey } from './tokenize';
import { wordSet } from './wordHash';
import type { Words } from './words';
import { words } from './wordList';

export interface Candidate {
  /**
   * Word indexes: the form covers words [first, last]. A form of a script without spaces ("以太坊") covers none: it lies
   * between words, and last is first - 1, first being the word after it (see matchUnspaced).
   */
  first: number;
  last: number;
  start: number;
  end: number;
  entry: LexEntry;
  /** How the name is written: AS_WRITTEN, LOWERCASE or IN_CAPITALS (see caseHolds). */
  written: number;
}

/** As the dataset writes it, or in a case the form's case rule allows. */
export const AS_WRITTEN = 0;
/**
 * All in lowercase, which the form's case rule alone would refuse: an ambiguous one-word name ("bridged to base") or a
 * name of everyday words ("on gnosis chain"). Only evidence of its own keeps it.
 */
export const LOWERCASE = 1;
/** An ambiguous name in a line set in capitals ("BASE HITS RECORD"), where its case cannot show. */
export const IN_CAPITALS = 2;
/**
 * Set by disambiguation on a certain name found to be an everyday word here ("Sui tetti di Roma", "Celo is Spanish
 * for zeal"): it vouches for no other name near it.
 */
export const NOT_A_NAME = 3;

function writtenAsIs(text: string, words: Words, first: number, entry: LexEntry): boolean {
  const { starts, ends } = words;
  for (let k = 0; k < entry.words.length; k++) {
    const w = entry.words[k]!;
    const s = starts[first + k]!;
    if (ends[first + k]! - s !== w.length || !text.startsWith(w, s)) return false;
  }
  return true;
}

const UPPER = /\p{Lu}/gu;

/** Capital letters in s[from, to). */
function capitals(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    // Beyond ASCII, the regex knows the capitals (and the surrogate pairs).
    if (c >= 0x80) return s.slice(from, to).match(UPPER)?.length ?? 0;
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

/** "XDAI", "xDAI", "CELO": a name that is also a ticker, written with more capitals than the name has, is the ticker. */
function writtenAsTicker(text: string, words: Words, first: number, entry: LexEntry): boolean {
  if (writtenAsIs(text, words, first, entry)) return false;
  return capitals(text, words.starts[first]!, words.ends[first + entry.words.length - 1]!) > capitals(entry.form);
}

const NO_LETTER = 0;
const CAPITALS = 1;
const SOME_LOWERCASE = 2;

/** Whether word i has a lowercase letter, or else capitals ("BASE", "L2"), or no letter with a case ("2024"). */
function letterCase(text: string, words: Words, i: number): number {
  let capitals = 0;
  for (let k = words.starts[i]!; k < words.ends[i]!; k++) {
    const ch = text.charAt(k);
    const lower = ch.toLowerCase();
    if (ch === lower) {
      if (lower !== ch.toUpperCase()) return SOME_LOWERCASE;
    } else capitals++;
  }
  return capitals > 0 ? CAPITALS : NO_LETTER;
}

/** Tickers are capitals in any line ("BTC -2%, ETH -3%, CELO +5%"): they do not make it a line of capitals. */
const LISTED_TICKER = wordSet(LISTED_TICKERS);

/** How many words on each side of a name tell whether its line is set in capitals. */
const SHOUT_REACH = 2;

/**
 * "BREAKING: BASE HITS RECORD", "BLAST DEPOSITS HALVE": an ambiguous name in a line set in capitals, where its exact
 * case cannot show. It is a candidate there (and a capital is no evidence of it: see otherCase); one word in
 * capitals among lowercase ones ("bought 500 BLAST") is not a line in capitals.
 */
function shouted(text: string, words: Words, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (letterCase(text, words, k) !== CAPITALS) return false;
  // The words around it with letters (numbers say nothing), two characters or more ("A" is a word in any line), in its
  // own sentence: "JUST BRIDGED TO SCROLL 🚀 who else is farming" is a line in capitals, then a comment.
  let caps = 0;
  for (let k = first - 1; k >= 0 && k >= first - SHOUT_REACH && !lineBreak(text, words.ends[k]!, words.starts[k + 1]!); k--) {
    const kind = shoutCase(text, words, k);
    if (kind === SOME_LOWERCASE) return false;
    if (kind === CAPITALS && !LISTED_TICKER.has(words, k)) caps++;
  }
  for (let k = last + 1; k < words.count && k <= last + SHOUT_REACH && !lineBreak(text, words.ends[k - 1]!, words.starts[k]!); k++) {
    const kind = shoutCase(text, words, k);
    if (kind === SOME_LOWERCASE) return false;
    if (kind === CAPITALS && !LISTED_TICKER.has(words, k)) caps++;
  }
  return caps >= 2;
}

function shoutCase(text: string, words: Words, k: number): number {
  return words.ends[k]! - words.starts[k]! < 2 ? NO_LETTER : letterCase(text, words, k);
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Whether text[from, to), the gap between two words, ends a sentence or holds an emoji (which posts end them with). */
export function lineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // . ! ? … and a newline; beyond 0x2000, an emoji (checked by the regex, on the gap alone).
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 10) return true;
    if (c >= 0x2000 && PICTOGRAPH.test(text.slice(from, to))) return true;
  }
  return false;
}

/**
 * An ambiguous name in another case than its own: a one-word name all in lowercase ("bridged to base", "ink mainnet"),
 * which otherCase keeps only with evidence of its own (social posts are written like that), or a name in a line set
 * in capitals. Apart from caseHolds, which runs for every name found and stays small.
 */
function otherCaseHolds(text: string, words: Words, first: number, entry: LexEntry): boolean {
  // Lowercase only where evidence could follow: most lowercase "base", "near", "mode" are the words, and stop here.
  // Not an acronym's ("bob" is a person, "near" the word; BOB and NEAR are the chains).
  if (entry.words.length === 1 && words.writtenLower(first)) return entry.hasLowercase && mayBeLowercaseName(text, words, first);
  return shouted(text, words, first, first + entry.words.length - 1);
}

/** How the name caseHolds last allowed is written (a field, so the matcher need not ask again). */
const held = { written: AS_WRITTEN };

function caseHolds(text: string, words: Words, first: number, entry: LexEntry): boolean {
  if (entry.caseRule === 'exact') {
    if (writtenAsIs(text, words, first, entry)) {
      // An ambiguous name in capitals anyway ("NEAR", "TRON") in a line of capitals is a word of that line as much as a
      // name: "ETH TRADES NEAR RECORD HIGH". It needs the evidence of a name in capitals.
      const inCapitalsAnyway = entry.ambiguous && !entry.hasLowercase;
      held.written = inCapitalsAnyway && shouted(text, words, first, first + entry.words.length - 1) ? IN_CAPITALS : AS_WRITTEN;
      return true;
    }
    if (!entry.ambiguous || !otherCaseHolds(text, words, first, entry)) return false;
    held.written = words.writtenLower(first) ? LOWERCASE : IN_CAPITALS;
    return true;
  }
  held.written = AS_WRITTEN;
  // Tickers are marked only when the user asks for them (and then by their own ticker entry); in a line set in
  // capitals ("CELO COMPLETES MOVE TO ETHEREUM L2") every word is, so there it is the name.
  if (entry.tickerLike && writtenAsTicker(text, words, first, entry) && !shouted(text, words, first, first + entry.words.length - 1)) {
    return false;
  }
  if (entry.caseRule === 'any') {
    // Read as a lowercase name of everyday words, which needs evidence (see disambiguate).
    if (letterNamedInLowercase(text, words, first, entry)) held.written = LOWERCASE;
    return true;
  }
  // notLower: at least one capital somewhere in the form as written in the text.
  for (let k = 0; k < entry.words.length; k++) {
    if (!words.writtenLower(first + k)) return true;
  }
  // All in lowercase, a name of two words or more ending in a word like "chain" ("gnosis chain", "near protocol") may
  // still be one, given evidence (see disambiguate); not one that starts like a phrase ("the open network").
  if (lowercaseNameOfWords(words, first, entry)) {
    held.written = LOWERCASE;
    return true;
  }
  return false;
}

/**
 * "an immutable x cannot be reassigned": a name ending in a one-letter word, all in lowercase, may be a word and a
 * variable's name; the chain's writers capitalise its letter ("Immutable X").
 */
function letterNamedInLowercase(text: string, words: Words, first: number, entry: LexEntry): boolean {
  const n = entry.words.length;
  const letter = entry.words[n - 1]!;
  if (n < 2 || letter.length !== 1 || letter.toLowerCase() === letter.toUpperCase()) return false;
  for (let k = first; k < first + n; k++) if (!words.writtenLower(k)) return false;
  return true;
}

const THE = wordSet(['the']);
const NAME_ENDINGS = wordSet(words(`
  chain network protocol mainnet hub blockchain evm zkevm
`));

function lowercaseNameOfWords(words: Words, first: number, entry: LexEntry): boolean {
  const last = first + entry.words.length - 1;
  return entry.words.length > 1 && !THE.has(words, first) && NAME_ENDINGS.has(words, last);
}

/** `tickers`: the user asked for tickers to be marked too. */
function pick(text: string, words: Words, first: number, node: TrieNode, tickers: boolean): LexEntry | null {
  const entries = node.entries;
  if (!entries) return null;
  // Index loops here and below: this runs for every name found, mostly before the engine has optimized it, and
  // unoptimized for-of makes an iterator object per call.
  // A form written as it is beats another form only in lowercase or capitals ("TRON" is the form TRON, not Tron
  // shouted).
  let otherCase: LexEntry | null = null;
  let otherWritten = AS_WRITTEN;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    if (e.kind === 'ticker' && !tickers) continue;
    if (!caseHolds(text, words, first, e)) continue;
    // A ticker written as it is does not beat a name in capitals ("WE SERVE KAVA TEA" with tickers on): the name's
    // rules weigh it.
    if (held.written === AS_WRITTEN && !(e.kind === 'ticker' && otherCase)) return e;
    if (!otherCase) {
      otherCase = e;
      otherWritten = held.written;
    }
  }
  held.written = otherWritten;
  return otherCase;
}

/** URLs, e-mail addresses, domains and @handles are identifiers, not prose: names inside them are not marked. */
const SCHEME = /[a-z][a-z0-9+.-]*:\/\/|www\./i;
const DOMAIN =
  /[\p{L}\p{N}-]\.(?:com|org|io|xyz|net|network|app|dev|fi|finance|gg|co|tech|money|exchange|so|build|foundation|ai|eth|sh|info|me|to|link|zone|cc|ly)(?![\p{L}\p{N}])/iu;
const MAX_CHUNK = 300;

function insideLink(text: string, start: number, end: number, entry: LexEntry): boolean {
  let a = start;
  while (a > 0 && start - a < MAX_CHUNK && !isSpace(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && b - end < MAX_CHUNK && !isSpace(text.charCodeAt(b))) b++;
  if (a === start && b === end) return false;
  // "Arbitrum/Optimism" or "(Base)" is prose; only a scheme, an @ or a domain makes the chunk an identifier, and each
  // holds an '@', a ':' or a '.': without one ("Base," "Arbitrum-based") there is nothing to slice and test.
  if (!hasLinkChar(text, a, b)) return false;
  const chunk = text.slice(a, b);
  if (chunk.includes('@') || SCHEME.test(chunk)) return true;
  // A form that is itself a domain ("zk.money") is still a name.
  return DOMAIN.test(chunk) && !entry.form.includes('.');
}

/** Whether text[a, b) holds '@', ':' or '.'. */
function hasLinkChar(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 64 || c === 58 || c === 46) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

function wayOn(ways: readonly Follow[], sep: string): TrieNode | null {
  for (let k = 0; k < ways.length; k++) if (ways[k]!.sep === sep) return ways[k]!.node;
  return null;
}

/** The candidates of one block, in objects reused from block to block: a Candidates serves one block at a time. */
export class Candidates {
  count = 0;
  private readonly pool: Candidate[] = [];

  at(k: number): Candidate {
    return this.pool[k]!;
  }

  add(first: number, last: number, start: number, end: number, entry: LexEntry, written: number): void {
    const c = this.pool[this.count];
    if (c) {
      c.first = first;
      c.last = last;
      c.start = start;
      c.end = end;
      c.entry = entry;
      c.written = written;
    } else {
      this.pool.push({ first, last, start, end, entry, written });
    }
    this.count++;
  }
}

/**
 * Words before a lowercase name where it may be a place ("on base", "bridged to base"), an item of a list ("fraxtal,
 * mode and lisk"), what is added to a wallet ("adding mode to metamask") or said to be a chain ("is taiko a rollup").
 */
const LOWERCASE_BEFORE = wordSet([...PREV_PREPS, ...PREV_ON, ...LIST_WORDS, ...ADD_VERBS, ...DEFINED_NEAR]);
/** Words after it: "ink mainnet", "cronos chain", "mode and lisk", "mode is an l2". */
const LOWERCASE_AFTER = wordSet([
  ...OTHER_CASE_NEXT_QUALIFIERS,
  ...OTHER_CASE_NEXT_QUALIFIERS_ON_CRYPTO_PAGE,
  ...LOWERCASE_NAME_ENDINGS,
  ...LIST_WORDS,
  ...DEFINED_NEAR,
]);

/** Where a lowercase name may be a chain (otherCase decides): see LOWERCASE_BEFORE and LOWERCASE_AFTER. */
function mayBeLowercaseName(text: string, words: Words, i: number): boolean {
  if (i > 0 && (LOWERCASE_BEFORE.has(words, i - 1) || comma(text, words.ends[i - 1]!, words.starts[i]!))) return true;
  return i + 1 < words.count && (LOWERCASE_AFTER.has(words, i + 1) || comma(text, words.ends[i]!, words.starts[i + 1]!));
}

function comma(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 44) return true;
  return false;
}

/** A katakana letter or the prolonged-sound mark (not the middle dot ・, which separates words): half-width too. */
function kana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9f);
}

function hangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/**
 * Whether an unspaced form at text[start, end) stands on its own: a run of katakana is one word ("イーサリアムクラシック"
 * is not "イーサリアム"), and a Korean word takes particles after it, never letters before. Han is written without any
 * boundary, so a Han form stands wherever it is ("以太坊的价格"); the few longer names built on one are told apart in
 * disambiguate.
 */
function unspacedBounded(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (kana(first) && kana(before)) return false;
  if (hangul(first) && hangul(before)) return false;
  return !(kana(text.charCodeAt(end - 1)) && end < text.length && kana(text.charCodeAt(end)));
}

/** Below this no char is of an unspaced script (hiragana starts there): most gaps between words are passed by it. */
const FIRST_UNSPACED = 0x3040;

/**
 * The forms of scripts without spaces in text[from, to), a gap between two words (or before the first, after the last),
 * each added as a candidate of no words before word `next`. Only a gap as long as the shortest form is read, and a char
 * is looked up only from hiragana on: an English block pays a compare per long gap.
 */
function matchUnspaced(text: string, from: number, to: number, next: number, forms: UnspacedForms, out: Candidates): void {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < FIRST_UNSPACED) continue;
    const list = forms.byFirst.get(c);
    if (list === undefined) continue;
    for (let m = 0; m < list.length; m++) {
      const e = list[m]!;
      const end = k + e.form.length;
      if (end <= to && text.startsWith(e.form, k) && unspacedBounded(text, k, end)) {
        out.add(next, next - 1, k, end, e, AS_WRITTEN);
        k = end - 1;
        break;
      }
    }
  }
}

/** Whether a UTF-16 unit is an Arabic letter (the basic block). */
function arabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}

/**
 * Clitics Arabic writes onto a name ("البيتكوين", "وبيتكوين", "بالبيتكوين", "للإيثريوم"): a conjunction (و، ف), a
 * preposition (ب، ل، ك) and the article (ال; ل with it is لل), each optional, longest first.
 */
const ARABIC_PREFIXES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ل', 'ك']) {
      for (const article of ['', 'ال']) {
        const p = conj + (prep === 'ل' && article ? 'لل' : prep + article);
        if (p) out.add(p);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
})();
/** Letters a name keeps after its clitics are taken off, at least. */
const ARABIC_STEM_MIN = 3;

/**
 * An Arabic word that is a one-word Arabic name with clitics before it ("البيتكوين" is "بيتكوين"): the name's entry, and
 * where the name starts; null for any other word. Only a word starting with one of the clitics' letters gets this far.
 */
function arabicPrefixed(text: string, words: Words, i: number, lexicon: Lexicon): { entry: LexEntry; start: number } | null {
  const start = words.starts[i]!;
  const end = words.ends[i]!;
  for (let k = 0; k < ARABIC_PREFIXES.length; k++) {
    const prefix = ARABIC_PREFIXES[k]!;
    if (end - start - prefix.length < ARABIC_STEM_MIN || !text.startsWith(prefix, start)) continue;
    const stemStart = start + prefix.length;
    if (!arabicLetter(text.charCodeAt(stemStart))) continue;
    const entries = lexicon.firstWords.find(text.slice(stemStart, end))?.entries;
    if (!entries) continue;
    for (let m = 0; m < entries.length; m++) {
      const e = entries[m]!;
      if (!e.ambiguous && e.kind !== 'ticker' && e.words.length === 1 && arabicLetter(e.form.charCodeAt(0))) return { entry: e, start: stemStart };
    }
  }
  return null;
}

/** The first letters of ARABIC_PREFIXES: و ف ب ل ك ا. */
function arabicClitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643 || c === 0x0627;
}

/** Whether a UTF-16 unit is a Cyrillic letter (the basic block). */
function cyrillicLetter(c: number): boolean {
  return c >= 0x0400 && c <= 0x04ff;
}

/**
 * Case endings Russian puts on a noun ending in a hard consonant ("биткоина", "эфириумом", "биткоинов").
 * None is the end of another, so a word has one of them at most, and pays one lookup at most.
 */
const RUSSIAN_ENDINGS: readonly string[] = ['ами', 'ом', 'ов', 'ам', 'ах', 'а', 'у', 'е', 'ы'];
/** Letters a name keeps after its ending is taken off, at least. */
const RUSSIAN_STEM_MIN = 4;

/**
 * A Russian word that is a one-word Cyrillic name with a case ending ("биткоина", "Эфириумом" are "Биткоин",
 * "Эфириум"): the name's entry, for the whole word; null for any other word. Only a certain name is read so: an
 * ambiguous one would need its exact case, which an inflected word never has. A longer word built on the name
 * ("биткоинщик", "эфириумный", "биткоиновый") keeps letters of its own before its ending and is not the name.
 * A word pays one lookup at most, and only a Cyrillic word that is no name as it is gets here.
 */
function russianInflected(text: string, words: Words, i: number, lexicon: Lexicon): LexEntry | null {
  const start = words.starts[i]!;
  const end = words.ends[i]!;
  const lastLetter = lowerCode(text.charCodeAt(end - 1));
  for (let k = 0; k < RUSSIAN_ENDINGS.length; k++) {
    const ending = RUSSIAN_ENDINGS[k]!;
    const stemEnd = end - ending.length;
    if (stemEnd - start < RUSSIAN_STEM_MIN || lastLetter !== ending.charCodeAt(ending.length - 1)) continue;
    if (text.slice(stemEnd, end).toLowerCase() !== ending) continue;
    const entries = lexicon.firstWords.find(text.slice(start, stemEnd).toLowerCase())?.entries;
    if (!entries) return null;
    for (let m = 0; m < entries.length; m++) {
      const e = entries[m]!;
      if (e.ambiguous || e.kind === 'ticker' || e.words.length !== 1 || !cyrillicLetter(e.form.charCodeAt(0))) continue;
      if (e.caseRule === 'any' || (e.caseRule === 'notLower' && !words.writtenLower(i))) return e;
    }
    return null;
  }
  return null;
}

/** Fills `out` with the names found in the block, left to right, none overlapping. */
export function matchAll(text: string, words: Words, lexicon: Lexicon, tickers: boolean, out: Candidates): void {
  out.count = 0;
  const { starts, ends, count: n } = words;
  const { firstWords, unspaced } = lexicon;
  let i = 0;
  /** Where the gap before word i starts: the end of the last word passed. */
  let gapFrom = 0;
  while (i < n) {
    if (unspaced !== null && starts[i]! - gapFrom >= unspaced.minLength) matchUnspaced(text, gapFrom, starts[i]!, i, unspaced, out);
    const first = firstWords.get(words, i);
    if (!first) {
      // "البيتكوين": an Arabic name under its clitics.
      if (arabicClitic(text.charCodeAt(starts[i]!))) {
        const found = arabicPrefixed(text, words, i, lexicon);
        if (found && !insideLink(text, found.start, ends[i]!, found.entry)) out.add(i, i, found.start, ends[i]!, found.entry, AS_WRITTEN);
      } else if (cyrillicLetter(text.charCodeAt(starts[i]!))) {
        // "биткоина", "Эфириумом": a Russian name in one of its cases.
        const entry = russianInflected(text, words, i, lexicon);
        if (entry && !insideLink(text, starts[i]!, ends[i]!, entry)) out.add(i, i, starts[i]!, ends[i]!, entry, AS_WRITTEN);
      }
      gapFrom = ends[i]!;
      i++;
      continue;
    }
    let node: TrieNode = first;
    let best: LexEntry | null = pick(text, words, i, node, tickers);
    let written = held.written;
    let bestLast = i;
    let j = i;
    for (let follow = followsOf(node, lexicon); follow && j + 1 < n; follow = followsOf(node, lexicon)) {
      const ways = follow.get(words, j + 1);
      if (!ways) break;
      const sep = separatorKey(text, ends[j]!, starts[j + 1]!);
      if (sep === null) break;
      const child = wayOn(ways, sep);
      if (!child) break;
      node = child;
      j++;
      const e = pick(text, words, i, node, tickers);
      if (e) {
        best = e;
        written = held.written;
        bestLast = j;
      }
    }
    if (best && !insideLink(text, starts[i]!, ends[bestLast]!, best)) {
      out.add(i, bestLast, starts[i]!, ends[bestLast]!, best, written);
      gapFrom = ends[bestLast]!;
      i = bestLast + 1;
    } else {
      gapFrom = ends[i]!;
      i++;
    }
  }
  if (unspaced !== null && text.length - gapFrom >= unspaced.minLength) matchUnspaced(text, gapFrom, text.length, n, unspaced, out);
}
