// The lexicon packed into plain JSON at build time (build.mjs), and unpacked in the page one first word at a time.
// The content script starts in every frame of every page: compiling every form there cost each frame time that grew
// with the dataset. Unpacked lazily, a frame pays a JSON.parse, then only for the names its text reaches.

import { addUnspaced, unspacedEntry, type CaseRule, type FormKind, type LexEntry, type Lexicon, type TrieNode, type UnspacedForms } from './lexicon';
import { splitForm } from './tokenize';
import { hashWord, WordTable, type PackedWordTable } from './wordHash';

/** Forms ending at a node (best first, 0 for none) and the ways on, keyed by separator + lowercased word (0: none). */
export type PackedNode = [entries: PackedEntry[] | 0, next: [key: string, node: PackedNode][] | 0];

/**
 * A LexEntry: its chain (an index into PackedLexicon.chains: an id is written once, not with every form), form, kind,
 * flag bits, case rule, qualifiers as [before, after] (0: none). Its words are the form's.
 */
export type PackedEntry = [
  chain: number,
  form: string,
  kind: number,
  flags: number,
  caseRule: number,
  qualifiers: [before: string[], after: string[]][] | 0,
];

export interface PackedLexicon {
  /** Bumped whenever the layout changes: a content script never reads a layout it was not built for. */
  format: typeof PACK_FORMAT;
  size: number;
  /** The chain ids the entries name by index. */
  chains: string[];
  /**
   * The first words, each with its subtree as a JSON string of its own: parsing the lexicon makes only strings, and a
   * subtree's objects are made when text first reaches its word (parsing every subtree up front cost the bench
   * article 5 ms with the 10× dataset).
   */
  firstWords: PackedWordTable<string>;
  /** The forms of scripts without spaces ("以太坊"), which no word starts (0: none). A handful: each names its chain. */
  unspaced: PackedUnspaced[] | 0;
}

/** An unspaced form (always certain, of any case): its chain's id, the form, its kind, whether preferred (1) or not (0). */
export type PackedUnspaced = [chainId: string, form: string, kind: number, preferred: number];

export const PACK_FORMAT = 5;

const KINDS: readonly FormKind[] = ['name', 'alias', 'ticker'];
const CASE_RULES: readonly CaseRule[] = ['exact', 'any', 'notLower'];
const AMBIGUOUS = 1;
const PREFERRED = 2;
const TICKER_LIKE = 4;
const EVERYDAY_PHRASES = 8;

function packEntry(e: LexEntry, chains: Map<string, number>): PackedEntry {
  const flags =
    (e.ambiguous ? AMBIGUOUS : 0) |
    (e.preferred ? PREFERRED : 0) |
    (e.tickerLike ? TICKER_LIKE : 0) |
    (e.everydayPhrases ? EVERYDAY_PHRASES : 0);
  const qualifiers = e.qualifiers.length ? e.qualifiers.map((q): [string[], string[]] => [q.before, q.after]) : 0;
  let chain = chains.get(e.chainId);
  if (chain === undefined) chains.set(e.chainId, (chain = chains.size));
  return [chain, e.form, KINDS.indexOf(e.kind), flags, CASE_RULES.indexOf(e.caseRule), qualifiers];
}

function packNode(node: TrieNode, chains: Map<string, number>): PackedNode {
  const entries = node.entries?.length ? node.entries.map((e) => packEntry(e, chains)) : 0;
  const next = node.next?.size
    ? [...node.next].map(([key, child]): [string, PackedNode] => [key, packNode(child, chains)])
    : 0;
  return [entries, next];
}

/** The compiled lexicon as JSON-ready data (build time). */
export function packLexicon(lexicon: Lexicon): PackedLexicon {
  const chains = new Map<string, number>();
  const firstWords = lexicon.firstWords.pack((node) => JSON.stringify(packNode(node, chains)));
  const unspaced = lexicon.unspaced
    ? [...lexicon.unspaced.byFirst.values()].flat().map((e): PackedUnspaced => [e.chainId, e.form, KINDS.indexOf(e.kind), e.preferred ? 1 : 0])
    : 0;
  return { format: PACK_FORMAT, size: lexicon.size, chains: [...chains.keys()], firstWords, unspaced };
}

function unpackUnspaced(packed: readonly PackedUnspaced[]): UnspacedForms {
  const forms: UnspacedForms = { byFirst: new Map(), minLength: Infinity };
  for (const [chainId, form, kind, preferred] of packed) addUnspaced(forms, unspacedEntry(chainId, form, KINDS[kind]!, preferred === 1));
  return forms;
}

function unpackEntry(p: PackedEntry, chains: readonly string[]): LexEntry {
  const [chain, form, kind, flags, caseRule, qualifiers] = p;
  const chainId = chains[chain];
  if (chainId === undefined) throw new Error(`packed lexicon: "${form}" names chain ${chain}, of ${chains.length}`);
  // The compile split this same form into these same words.
  const words = splitForm(form)?.words;
  if (!words) throw new Error(`packed lexicon: "${form}" has no words`);
  return {
    chainId,
    form,
    kind: KINDS[kind]!,
    ambiguous: (flags & AMBIGUOUS) !== 0,
    caseRule: CASE_RULES[caseRule]!,
    words,
    preferred: (flags & PREFERRED) !== 0,
    qualifiers: qualifiers
      ? qualifiers.map(([before, after]) => ({ before, after, beforeHashes: before.map(hashWord), afterHashes: after.map(hashWord) }))
      : [],
    tickerLike: (flags & TICKER_LIKE) !== 0,
    hasLowercase: form !== form.toUpperCase(),
    everydayPhrases: (flags & EVERYDAY_PHRASES) !== 0,
  };
}

/** A first word's whole subtree (a few nodes: the forms that start with it), made when text first reaches it. */
function unpackNode(p: PackedNode, chains: readonly string[]): TrieNode {
  const [entries, next] = p;
  return {
    next: next ? new Map(next.map(([key, child]) => [key, unpackNode(child, chains)])) : null,
    follow: null,
    entries: entries ? entries.map((e) => unpackEntry(e, chains)) : null,
  };
}

/** The lexicon packLexicon made, ready to match; its trie nodes are made as text first reaches them. */
export function unpackLexicon(packed: PackedLexicon): Lexicon {
  if (packed.format !== PACK_FORMAT) throw new Error(`packed lexicon: format ${String(packed.format)}, expected ${PACK_FORMAT}`);
  return {
    firstWords: WordTable.unpack(packed.firstWords, (json: string) => unpackNode(JSON.parse(json) as PackedNode, packed.chains)),
    unspaced: packed.unspaced ? unpackUnspaced(packed.unspaced) : null,
    size: packed.size,
    makeTable: <T>() => new WordTable<T>(),
  };
}
