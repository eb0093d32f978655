// Compiles the dataset once into a word trie: every surface form (name, alias, ticker) → chain, with its case rule.
// Lookups walk the trie word by word, so the cost per word of text does not depend on how many names there are.

import type { Chain } from '../data/types';
import { COMMON_WORDS } from './commonWords';
import {
  NEGATIVE_AFTER_FORM,
  NEGATIVE_BEFORE_FORM,
  NEGATIVE_BEFORE_LOWERCASE_FORM,
  NEGATIVE_NEAR_FORM,
  NEGATIVE_THE_ALONE_FORMS,
  TICKER_CUES,
} from './cues';
import { splitForm } from './tokenize';
import { hashWord, WordTable } from './wordHash';

export type FormKind = 'name' | 'alias' | 'ticker';

/**
 * exact: every letter as written (ambiguous words like "Base", acronyms like "BSC", tickers);
 * any: any case ("arbitrum", "ARBITRUM");
 * notLower: any case except all-lowercase (forms made of everyday words: "Smart Chain", not "smart chain").
 */
export type CaseRule = 'exact' | 'any' | 'notLower';

/** A data qualifier around an ambiguous form: lowercased words before and after it ("on Base", "Base mainnet"). */
export interface Qualifier {
  before: string[];
  after: string[];
  /** hashWord() of each word of before and after, so a word of text is ruled out without a string compare. */
  beforeHashes: number[];
  afterHashes: number[];
}

export interface LexEntry {
  chainId: string;
  form: string;
  kind: FormKind;
  /** Needs evidence of crypto context (listed in the chain's `ambiguous`). */
  ambiguous: boolean;
  caseRule: CaseRule;
  /** The form's words as written, for exact-case checks. */
  words: string[];
  /** When two chains share the form, the preferred one is tried first. */
  preferred: boolean;
  /** Qualifiers from the dataset that contain this form. */
  qualifiers: Qualifier[];
  /** The form is also a ticker ("xDai"/XDAI, "Celo"/CELO): written in any other case than its own, it is the ticker. */
  tickerLike: boolean;
  /** The form has a lowercase letter ("Base", not "NEAR"): asked of every name found, so worked out once. */
  hasLowercase: boolean;
  /** A one-word form with everyday phrases of its own in cues.ts ("Solana Beach", "polygon mesh"): worth looking for. */
  everydayPhrases: boolean;
}

export interface TrieNode {
  /** Next word, keyed by separator + lowercased word (" one", "-chain", ".0"). */
  next: Map<string, TrieNode> | null;
  /**
   * next again, by the lowercased next word alone, found from its hash: the matcher follows a name with no string made.
   * Built the first time text reaches the node (followsOf), so names that never occur cost nothing past the compile.
   */
  follow: WordTable<Follow[]> | null;
  /** Forms ending here, best first. */
  entries: LexEntry[] | null;
}

/** One way on from a trie node with a given next word: the separator before it ("-" in "Arbitrum-One") and the node. */
export interface Follow {
  sep: string;
  node: TrieNode;
}

/**
 * Forms written in a script without spaces between words ("以太坊", "ビットコイン"): their letters are no word characters
 * (see tokenize.ts), so the word trie cannot hold them. The matcher looks for them in the text between words, by their
 * first character.
 */
export interface UnspacedForms {
  /** First UTF-16 unit of a form → its forms, longest first. */
  byFirst: Map<number, LexEntry[]>;
  /** The length of the shortest: a gap between words shorter than that holds none. */
  minLength: number;
}

export interface Lexicon {
  /** First word of every form, lowercased → trie node, found by a word's hash: most words miss here, and no word needs a string to be found. */
  firstWords: WordTable<TrieNode>;
  /** Forms of scripts without spaces, or null when the dataset has none. */
  unspaced: UnspacedForms | null;
  /** Number of forms compiled (for tests and the benchmark). */
  size: number;
  /** Makes the follow tables built as text reaches them. */
  makeTable: <T>() => WordTable<T>;
}

export interface LexiconOptions {
  /** Lets tests count lookups; production uses plain Maps. */
  makeMap?: () => Map<string, TrieNode>;
  /** Lets tests count the hash lookups too; production uses plain WordTables. */
  makeWordTable?: <T>() => WordTable<T>;
}

const ALL_CAPS = /^[\p{Lu}\p{N}\s.-]+$/u;
/**
 * A form all in letters of the scripts tokenize.ts reads as unspaced (Han, kana with its prolonged-sound mark, Hangul),
 * at least two of them: "以太坊", "イーサリアム".
 */
const UNSPACED_FORM = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]{2,}$/u;

/** A form of the unspaced scripts (UNSPACED_FORM), which the word trie cannot hold. */
export function unspacedForm(form: string): boolean {
  return UNSPACED_FORM.test(form);
}

/** An entry for an unspaced form: certain, any case (these scripts have none), one "word" that is the whole form. */
export function unspacedEntry(chainId: string, form: string, kind: FormKind, preferred: boolean): LexEntry {
  return {
    chainId,
    form,
    kind,
    ambiguous: false,
    caseRule: 'any',
    words: [form],
    preferred,
    qualifiers: [],
    tickerLike: false,
    hasLowercase: false,
    everydayPhrases: false,
  };
}

/** Adds an unspaced form's entry to `forms`, keeping each first character's list longest first. */
export function addUnspaced(forms: UnspacedForms, entry: LexEntry): void {
  const first = entry.form.charCodeAt(0);
  const list = forms.byFirst.get(first) ?? [];
  if (list.length === 0) forms.byFirst.set(first, list);
  list.push(entry);
  list.sort((a, b) => b.form.length - a.form.length || (a.preferred === b.preferred ? 0 : a.preferred ? -1 : 1));
  forms.minLength = Math.min(forms.minLength, entry.form.length);
}
const HAS_LETTER = /\p{L}/u;

/** Whether a form is one word with everyday phrases of its own (NEGATIVE_AFTER_FORM and the like, in cues.ts). */
export function hasEverydayPhrases(words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const word = words[0]!.toLowerCase();
  return (
    NEGATIVE_AFTER_FORM.has(word) ||
    NEGATIVE_BEFORE_FORM.has(word) ||
    NEGATIVE_BEFORE_LOWERCASE_FORM.has(word) ||
    NEGATIVE_NEAR_FORM.has(word) ||
    NEGATIVE_THE_ALONE_FORMS.has(word)
  );
}

function caseRuleFor(form: string, words: string[], ambiguous: boolean, kind: FormKind): CaseRule {
  // Ambiguous words, tickers and acronyms ("NEAR", "LN", "BSC") mean something else in other cases ("near", "ln x").
  if (ambiguous || kind === 'ticker') return 'exact';
  if (ALL_CAPS.test(form) && HAS_LETTER.test(form)) return 'exact';
  if (words.every((w) => COMMON_WORDS.has(w.toLowerCase()) || !HAS_LETTER.test(w))) return 'notLower';
  return 'any';
}

function qualifiersFor(chain: Chain, form: string): Qualifier[] {
  const formParts = splitForm(form);
  if (!formParts) return [];
  const formLower = formParts.words.map((w) => w.toLowerCase());
  const out: Qualifier[] = [];
  for (const q of chain.qualifiers ?? []) {
    const parts = splitForm(q);
    if (!parts) continue;
    const words = parts.words.map((w) => w.toLowerCase());
    // Find the form inside the qualifier; a qualifier equal to the form is no evidence.
    for (let i = 0; i + formLower.length <= words.length; i++) {
      if (formLower.every((w, k) => words[i + k] === w) && words.length > formLower.length) {
        const before = words.slice(0, i);
        const after = words.slice(i + formLower.length);
        out.push({ before, after, beforeHashes: before.map(hashWord), afterHashes: after.map(hashWord) });
        break;
      }
    }
  }
  return out;
}

function sharedPreferred(chain: Chain, form: string): boolean {
  const shared = chain.sharedForms?.find((s) => s.form.toLowerCase() === form.toLowerCase());
  return shared ? shared.preferred : true;
}

/** Tickers shared by many chains (ETH) belong to the L1 that issues them; one-letter tickers ("S") are skipped. */
function tickerOwners(chains: readonly Chain[]): Map<string, Chain> {
  const owners = new Map<string, Chain>();
  for (const c of chains) {
    const t = c.nativeToken;
    if (!t || t.length < 2 || !/^[A-Z0-9.-]+$/.test(t)) continue;
    const current = owners.get(t);
    if (!current || (current.layer !== 1 && c.layer === 1)) owners.set(t, c);
  }
  return owners;
}

export function compileLexicon(chains: readonly Chain[], options: LexiconOptions = {}): Lexicon {
  const makeMap = options.makeMap ?? (() => new Map<string, TrieNode>());
  const root = makeMap();
  const owners = tickerOwners(chains);
  const tickers = new Set([...owners.keys()].map((t) => t.toLowerCase()));
  let size = 0;
  let unspaced: UnspacedForms | null = null;

  const add = (chain: Chain, form: string, kind: FormKind): void => {
    const parts = splitForm(form);
    if (!parts) {
      // "以太坊", "ビットコイン": a certain name of a script without spaces (an ambiguous one would need evidence the
      // words around cannot give here, so the dataset has none).
      if (kind === 'ticker' || !unspacedForm(form) || (chain.ambiguous ?? []).includes(form)) return;
      unspaced ??= { byFirst: new Map(), minLength: Infinity };
      if (unspaced.byFirst.get(form.charCodeAt(0))?.some((e) => e.chainId === chain.id && e.form === form)) return;
      addUnspaced(unspaced, unspacedEntry(chain.id, form, kind, sharedPreferred(chain, form)));
      size++;
      return;
    }
    const ambiguous = kind !== 'ticker' && (chain.ambiguous ?? []).includes(form);
    const entry: LexEntry = {
      chainId: chain.id,
      form,
      kind,
      ambiguous,
      caseRule: caseRuleFor(form, parts.words, ambiguous, kind),
      words: parts.words,
      preferred: sharedPreferred(chain, form),
      qualifiers: ambiguous ? qualifiersFor(chain, form) : [],
      // A name that is also a token's ticker, now or before ("MATIC", renamed POL), is a ticker when written as one.
      tickerLike: kind !== 'ticker' && (tickers.has(form.toLowerCase()) || TICKER_CUES.has(form.toLowerCase())),
      hasLowercase: form !== form.toUpperCase(),
      everydayPhrases: hasEverydayPhrases(parts.words),
    };
    let map = root;
    let node: TrieNode | undefined;
    for (let i = 0; i < parts.words.length; i++) {
      const key = (i === 0 ? '' : parts.seps[i - 1]!) + parts.words[i]!.toLowerCase();
      node = map.get(key);
      if (!node) {
        node = { next: null, follow: null, entries: null };
        map.set(key, node);
      }
      if (i < parts.words.length - 1) map = node.next ??= makeMap();
    }
    if (!node) return;
    const list = (node.entries ??= []);
    if (list.some((e) => e.chainId === chain.id && e.form === form)) return;
    list.push(entry);
    // Exact-case entries first (they are the more specific reading), then the preferred owner of a shared form.
    list.sort((a, b) => rank(a) - rank(b));
    size++;
  };

  for (const chain of chains) {
    add(chain, chain.name, 'name');
    for (const alias of chain.aliases) add(chain, alias, 'alias');
    // Ambiguous forms are forms too, even if the dataset lists them only under `ambiguous`.
    for (const form of chain.ambiguous ?? []) add(chain, form, 'alias');
  }
  for (const [ticker, chain] of owners) add(chain, ticker, 'ticker');
  // A chain's name or alias that was its ticker ("Matic": MATIC, renamed POL) is marked as one when tickers are on.
  for (const chain of chains) {
    for (const form of [chain.name, ...chain.aliases]) {
      const ticker = form.toUpperCase();
      if (TICKER_CUES.has(form.toLowerCase()) && !owners.has(ticker)) add(chain, ticker, 'ticker');
    }
  }

  const makeTable = options.makeWordTable ?? (<T>() => new WordTable<T>());
  const firstWords = makeTable<TrieNode>();
  for (const [key, node] of root) firstWords.set(key, node);
  return { firstWords, unspaced, size, makeTable };
}

/**
 * The node's follow table, filled from `next` the first time it is asked for (each key of next is one separator
 * char, then the word); null for a node no form goes on from.
 */
export function followsOf(node: TrieNode, lexicon: Lexicon): WordTable<Follow[]> | null {
  if (node.follow || !node.next) return node.follow;
  const follow = (node.follow = lexicon.makeTable<Follow[]>());
  for (const [key, child] of node.next) {
    const word = key.slice(1);
    const ways = follow.find(word) ?? [];
    if (ways.length === 0) follow.set(word, ways);
    ways.push({ sep: key.charAt(0), node: child });
  }
  return follow;
}

function rank(e: LexEntry): number {
  return (e.caseRule === 'exact' ? 0 : 2) + (e.preferred ? 0 : 1) + (e.kind === 'ticker' ? 4 : 0);
}
