// A slow, obviously-correct matcher to check the compiled one against: for every position, try every form of every
// chain character by character, keep the longest, move on. No trie, no tokenizer.
import type { Chain } from '../../../src/data/types';
import { COMMON_WORDS } from '../../../src/detect/commonWords';
import { LISTED_TICKERS, TICKER_CUES } from '../../../src/detect/cues';

export interface RefMatch {
  start: number;
  end: number;
  chainId: string;
}

interface RefForm {
  form: string;
  chainId: string;
  rule: 'exact' | 'any' | 'notLower';
  preferred: boolean;
  /** The form is also some chain's ticker (one letter tickers aside), now or formerly (TICKER_CUES: "MATIC"). */
  ticker: boolean;
  /** Listed in the chain's `ambiguous` (and not an all-capital form, which is exact like any acronym). */
  ambiguous: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** Scripts written without spaces: their letters bound words ("在Arbitrum上"), restated from tokenize.ts. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc]/u;
const SPACE_CHAR = /\s/u;
const HYPHEN = '-\u2010\u2011';

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch) && !UNSPACED.test(ch);
}

/** Case rules, restated: ambiguous and all-capital forms exactly; forms of everyday words not all lowercase. */
export function refForms(chains: readonly Chain[]): RefForm[] {
  const out: RefForm[] = [];
  const tickers = new Set(chains.map((c) => c.nativeToken?.toLowerCase()).filter((t) => t && t.length > 1));
  for (const c of chains) {
    for (const form of [c.name, ...c.aliases]) {
      const ambiguous = (c.ambiguous ?? []).includes(form);
      const allCaps = form === form.toUpperCase() && /\p{L}/u.test(form);
      const words = form.split(/[^\p{L}\p{N}\p{M}_]+/u).filter(Boolean);
      const everyday = words.every((w) => COMMON_WORDS.has(w.toLowerCase()) || !/\p{L}/u.test(w));
      const rule = ambiguous || allCaps ? 'exact' : everyday ? 'notLower' : 'any';
      const preferred = c.sharedForms?.find((s) => s.form.toLowerCase() === form.toLowerCase())?.preferred ?? true;
      const ticker = tickers.has(form.toLowerCase()) || TICKER_CUES.has(form.toLowerCase());
      out.push({ form, chainId: c.id, rule, preferred, ticker, ambiguous });
    }
  }
  return out;
}

/** Length of text matched by `form` at `at`, or -1. Whitespace in a form matches any run of whitespace. */
function matchAt(text: string, at: number, f: RefForm): number {
  let i = at;
  let j = 0;
  const form = f.form;
  while (j < form.length) {
    const fc = form[j]!;
    if (SPACE_CHAR.test(fc)) {
      if (i >= text.length || !SPACE_CHAR.test(text[i]!)) return -1;
      const runStart = i;
      while (i < text.length && SPACE_CHAR.test(text[i]!)) i++;
      if (i - runStart > 40) return -1;
      while (j < form.length && SPACE_CHAR.test(form[j]!)) j++;
      continue;
    }
    const tc = text[i];
    if (tc === undefined) return -1;
    if (HYPHEN.includes(fc)) {
      if (!HYPHEN.includes(tc)) return -1;
    } else if (f.rule === 'exact' && !f.ambiguous ? tc !== fc : tc.toLowerCase() !== fc.toLowerCase()) return -1;
    i++;
    j++;
  }
  if (isWordChar(text[at - 1]) || isWordChar(text[i])) return -1;
  const written = text.slice(at, i);
  // Ambiguous forms: as written in the data; or one word all in lowercase (a candidate that only evidence keeps); or
  // in capitals inside a line set in capitals.
  // Any run of whitespace stands for a form's space.
  if (f.ambiguous && written.replace(/\s+/gu, ' ') !== form) {
    const oneWord = !/[^\p{L}\p{N}\p{M}_]/u.test(form);
    if (oneWord && written === written.toLowerCase()) return i - at;
    return written === written.toUpperCase() && inCapitalsLine(text, at, i) ? i - at : -1;
  }
  // All in lowercase: only a name of two words or more that ends like a chain's ("gnosis chain") and does not start
  // with "the".
  if (f.rule === 'notLower' && written === written.toLowerCase()) {
    const parts = form.toLowerCase().split(/[^\p{L}\p{N}\p{M}_]+/u).filter(Boolean);
    const endsLikeName = ['chain', 'network', 'protocol', 'mainnet', 'hub', 'blockchain', 'evm', 'zkevm'].includes(parts.at(-1)!);
    if (parts.length < 2 || parts[0] === 'the' || !endsLikeName) return -1;
  }
  const caps = (x: string): number => x.replace(/[^\p{Lu}]/gu, '').length;
  // A ticker, unless every word around is in capitals too.
  if (f.ticker && written !== form && caps(written) > caps(form) && !inCapitalsLine(text, at, i)) return -1;
  return i - at;
}

/**
 * Restated: of the two words before and after [start, end), those of two or more characters that have letters with a
 * case have no lowercase letter, and there are at least two of them.
 */
function inCapitalsLine(text: string, start: number, end: number): boolean {
  const words = [...text.matchAll(/(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30fc])[\p{L}\p{N}\p{M}_])+/gu)].map((m) => ({ s: m.index, e: m.index + m[0].length, w: m[0] }));
  const first = words.findIndex((w) => w.s === start);
  const last = words.findIndex((w) => w.e === end);
  if (first < 0 || last < 0) return false;
  if (words.slice(first, last + 1).some((w) => w.w !== w.w.toUpperCase() || w.w === w.w.toLowerCase())) return false;
  // The two words each side, within the name's own sentence: a gap with . ! ? … a newline or an emoji ends it.
  const breaks = (a: { e: number }, b: { s: number }): boolean => /[.!?…\n]|\p{Extended_Pictographic}/u.test(text.slice(a.e, b.s));
  const before = [];
  for (let k = first - 1; k >= 0 && k >= first - 2 && !breaks(words[k]!, words[k + 1]!); k--) before.push(words[k]!);
  const after = [];
  for (let k = last + 1; k < words.length && k <= last + 2 && !breaks(words[k - 1]!, words[k]!); k++) after.push(words[k]!);
  const near = [...before, ...after].filter((w) => w.e - w.s >= 2 && w.w.toLowerCase() !== w.w.toUpperCase());
  // Tickers ("BTC -2%, ETH -3%") are capitals in any line: they do not count towards one.
  return near.every((w) => w.w === w.w.toUpperCase()) && near.filter((w) => !LISTED_TICKERS.has(w.w.toLowerCase())).length >= 2;
}

/**
 * A mention of an ambiguous form, or of a form made of everyday words, written all in lowercase: disambiguation's to
 * keep or drop, whatever the mode.
 */
export function lowercaseAmbiguous(written: string, forms: readonly RefForm[]): boolean {
  const lower = written.replace(/\s+/gu, ' ');
  return (
    written === written.toLowerCase() &&
    forms.some((f) => (f.ambiguous || f.rule === 'notLower') && f.form.toLowerCase() === lower)
  );
}

/** Restated link rule: a name in a whitespace-free chunk with a scheme, an @ or a domain is an identifier. */
const TLD = /[\p{L}\p{N}-]\.(com|org|io|xyz|net|network|app|dev|fi|finance|gg|co|tech|money|exchange|so|build|foundation|ai|eth|sh|info|me|to|link|zone|cc|ly)(?![\p{L}\p{N}])/iu;

function inLink(text: string, start: number, end: number, form: string): boolean {
  let a = start;
  while (a > 0 && !SPACE_CHAR.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !SPACE_CHAR.test(text[b]!)) b++;
  const chunk = text.slice(a, b);
  if (chunk.includes('@') || /[a-z][a-z0-9+.-]*:\/\/|www\./i.test(chunk)) return true;
  return TLD.test(chunk) && !form.includes('.');
}

export function referenceMatch(text: string, forms: readonly RefForm[]): RefMatch[] {
  const out: RefMatch[] = [];
  let at = 0;
  while (at < text.length) {
    let best: { len: number; f: RefForm } | null = null;
    if (!isWordChar(text[at - 1]) && isWordChar(text[at])) {
      for (const f of forms) {
        const len = matchAt(text, at, f);
        if (len <= 0) continue;
        const better =
          !best || len > best.len || (len === best.len && rank(f) < rank(best.f));
        if (better) best = { len, f };
      }
    }
    if (best && inLink(text, at, at + best.len, best.f.form)) best = null;
    if (best) {
      // A lowercase candidate takes its place in the text like any other, and disambiguation decides on it.
      if (!lowercaseAmbiguous(text.slice(at, at + best.len), forms)) out.push({ start: at, end: at + best.len, chainId: best.f.chainId });
      at += best.len;
    } else at++;
  }
  return out;
}

function rank(f: RefForm): number {
  return (f.rule === 'exact' ? 0 : 2) + (f.preferred ? 0 : 1);
}
