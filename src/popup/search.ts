// Directory search and filters: pure, so the popup and its tests share one behaviour.
// A query matches a chain's name, aliases or native-token ticker, case-insensitively, as a prefix or a substring;
// failing that, what the chain is (its facets: kind, layer, stack, the chain it settles to), listed after every chain
// the query names.
import type { Chain, ChainKind, ChainStatus, Layer } from '../data/types';

export interface Filters {
  layer: Layer | null;
  kind: ChainKind | null;
  /** Id of the chain it settles to. */
  parent: string | null;
  status: ChainStatus | null;
}

export const NO_FILTERS: Filters = { layer: null, kind: null, parent: null, status: null };

/** The popup's labels for kinds, layers and statuses, in the reader's language: a chain is found by what the list shows. */
export interface FacetLabels {
  kind: (kind: ChainKind) => string;
  layer: (layer: Layer) => string;
  status?: (status: ChainStatus) => string;
}

/**
 * Words people search a kind by, besides its label: English, as the field writes them (most languages borrow the
 * jargon). An L1's kind is its layer, found by LAYER_WORDS; "Other" has only its label.
 */
const KIND_WORDS: Record<ChainKind, readonly string[]> = {
  l1: [],
  'optimistic-rollup': ['optimistic rollup', 'rollup', 'fraud proof', 'fault proof'],
  'zk-rollup': ['zk rollup', 'zero knowledge rollup', 'validity rollup', 'rollup'],
  validium: ['validium'],
  optimium: ['optimium'],
  sidechain: ['sidechain', 'side chain'],
  'state-channel': ['state channel', 'payment channel'],
  plasma: ['plasma'],
  other: [],
};

const LAYER_WORDS: Record<Layer, readonly string[]> = {
  1: ['L1', 'layer 1'],
  2: ['L2', 'layer 2'],
  3: ['L3', 'layer 3'],
};

/** Words people search a status by ("shut down", "sunset"). An active chain is every other one: no words. */
const STATUS_WORDS: Record<ChainStatus, readonly string[]> = {
  active: [],
  'winding-down': ['winding down', 'wind down', 'sunsetting'],
  'shut-down': ['shut down', 'shutdown', 'sunset', 'discontinued', 'deprecated', 'defunct'],
};

/**
 * Words that describe any chain ("Base mainnet", "Polygon network"): in a query of several words they need not match
 * a form of the chain, so long as another word does.
 */
const ANY_CHAIN_WORDS = new Set(['mainnet', 'chain', 'network', 'blockchain', 'protocol']);

/** Lower case, no accents, punctuation and runs of space folded to one space ("zkSync-Era" → "zksync era"). */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same as normalize, without spaces: "zk sync" and "zksync" meet here. */
function squash(text: string): string {
  return normalize(text).replace(/ /g, '');
}

/** The forms a chain can be found by, the name first. */
export function searchForms(chain: Chain): { form: string; field: 'name' | 'alias' | 'ticker' }[] {
  const forms: { form: string; field: 'name' | 'alias' | 'ticker' }[] = [{ form: chain.name, field: 'name' }];
  for (const alias of chain.aliases) forms.push({ form: alias, field: 'alias' });
  if (chain.nativeToken) forms.push({ form: chain.nativeToken, field: 'ticker' });
  return forms;
}

/**
 * How well one form matches the query; lower is better, null is no match.
 * 0 exact · 1 prefix · 2 a word of the form starts with the query · 3 substring (spaces ignored).
 */
function formScore(form: string, query: string, squashedQuery: string): number | null {
  const f = normalize(form);
  if (!f) return null;
  if (f === query) return 0;
  if (f.startsWith(query)) return 1;
  if (f.split(' ').some((word) => word.startsWith(query)) || f.includes(` ${query}`)) return 2;
  if (f.includes(query) || squash(form).includes(squashedQuery)) return 3;
  return null;
}

const FIELD_PENALTY = { name: 0, alias: 1, ticker: 1 } as const;
/** A query of several words, each in some form of the chain's but no form holding them all ("op eth"). */
const WORD_NAME_SCORE = 8;

/** Score of a chain for a query (lower is better), or null when it does not match. */
export function matchScore(chain: Chain, rawQuery: string): number | null {
  const query = normalize(rawQuery);
  if (!query) return 0;
  const squashedQuery = query.replace(/ /g, '');
  let best: number | null = null;
  for (const { form, field } of searchForms(chain)) {
    const s = formScore(form, query, squashedQuery);
    if (s === null) continue;
    const score = s * 2 + FIELD_PENALTY[field];
    if (best === null || score < best) best = score;
  }
  if (best !== null) return best;
  // Several words ("arbitrum nova", "op eth"): each must match some form.
  const words = query.split(' ');
  if (words.length > 1) {
    const haystack = searchForms(chain).map((f) => normalize(f.form));
    const found = (w: string) => haystack.some((h) => h.split(' ').some((hw) => hw.startsWith(w)) || h.includes(w));
    if (words.every(found)) return WORD_NAME_SCORE;
    // "base mainnet": the chain's name, and a word any chain could be called by.
    if (words.some((w) => !ANY_CHAIN_WORDS.has(w)) && words.every((w) => ANY_CHAIN_WORDS.has(w) || found(w))) return WORD_NAME_SCORE + 1;
  }
  return null;
}

/**
 * The alias or ticker a query matched when it did not match the name, or the stack when the chain is listed for its
 * stack alone (to show why a chain is listed: the list shows its layer, kind and parent, not its stack), else null.
 */
export function matchedForm(chain: Chain, rawQuery: string): { form: string; field: 'alias' | 'ticker' | 'stack' } | null {
  const query = normalize(rawQuery);
  if (!query) return null;
  const squashedQuery = query.replace(/ /g, '');
  let best: { form: string; field: 'alias' | 'ticker'; score: number } | null = null;
  for (const { form, field } of searchForms(chain)) {
    const s = formScore(form, query, squashedQuery);
    if (s === null) continue;
    if (field === 'name') {
      if (s <= (best?.score ?? Infinity)) return null;
      continue;
    }
    if (!best || s < best.score) best = { form, field, score: s };
  }
  if (best) return { form: best.form, field: best.field };
  if (chain.stack && matchScore(chain, rawQuery) === null && facetScore([normalize(chain.stack)], query) !== null) {
    return { form: chain.stack, field: 'stack' };
  }
  return null;
}

/** The normalized words each kind and layer is found by, built once per set of labels (the popup passes one). */
interface FacetWords {
  kind: Map<ChainKind, string[]>;
  layer: Map<Layer, string[]>;
  status: Map<ChainStatus, string[]>;
}

const facetWordsCache = new WeakMap<FacetLabels, FacetWords>();
let plainFacetWords: FacetWords | null = null;

function facetWords(labels: FacetLabels | undefined): FacetWords {
  const cached = labels ? facetWordsCache.get(labels) : plainFacetWords;
  if (cached) return cached;
  const words: FacetWords = { kind: new Map(), layer: new Map(), status: new Map() };
  for (const kind of Object.keys(KIND_WORDS) as ChainKind[]) {
    words.kind.set(kind, [...KIND_WORDS[kind], ...(labels ? [labels.kind(kind)] : [])].map(normalize).filter(Boolean));
  }
  for (const layer of [1, 2, 3] as const) {
    words.layer.set(layer, [...LAYER_WORDS[layer], ...(labels ? [labels.layer(layer)] : [])].map(normalize).filter(Boolean));
  }
  for (const status of Object.keys(STATUS_WORDS) as ChainStatus[]) {
    // An active chain's label ("Active") would list every chain: it is the filter's, not the search's.
    const label = labels?.status && status !== 'active' ? [labels.status(status)] : [];
    words.status.set(status, [...STATUS_WORDS[status], ...label].map(normalize).filter(Boolean));
  }
  if (labels) facetWordsCache.set(labels, words);
  else plainFacetWords = words;
  return words;
}

/**
 * A chain's facets as normalized forms: its kind, layer, stack and the name of the chain it settles to (not the
 * parent's aliases: short ones like "Arb One" would bring in every chain on Arbitrum One for "arb").
 */
function facetForms(chain: Chain, words: FacetWords, parentForms: (id: string) => readonly string[]): string[] {
  const forms = [...(words.kind.get(chain.kind) ?? []), ...(words.layer.get(chain.layer) ?? []), ...(words.status.get(chain.status) ?? [])];
  if (chain.stack) forms.push(normalize(chain.stack));
  if (chain.parent) forms.push(...parentForms(chain.parent));
  return forms;
}

/**
 * Shortest query that matches a facet by the start of a word: shorter ones must be whole words ("zk", "L2", "op"),
 * or "arb" would list every chain on Arbitrum One or built with Arbitrum Orbit while the reader types a name.
 */
const FACET_PREFIX_MIN = 4;

/**
 * How well a query matches one normalized facet form; lower is better, null is no match.
 * 0 exact · 1 the form starts with it · 2 a later word starts with it. No substring: "ai" is in "sidechain".
 */
function facetFormScore(form: string, query: string): number | null {
  if (form === query) return 0;
  const partial = query.length >= FACET_PREFIX_MIN;
  const endsWord = (at: number) => at + query.length === form.length || form[at + query.length] === ' ';
  if (form.startsWith(query) && (partial || endsWord(0))) return 1;
  for (let at = form.indexOf(` ${query}`); at >= 0; at = form.indexOf(` ${query}`, at + 1)) {
    if (partial || endsWord(at + 1)) return 2;
  }
  // Written without its spaces: "layer2", "zkrollup", "opstack".
  if (partial && form.replace(/ /g, '').startsWith(query.replace(/ /g, ''))) return 1;
  return null;
}

/** The query with each word's plural "s" dropped ("L2s", "rollups", "sidechains"), as another way to read it. */
function singular(query: string): string {
  return query
    .split(' ')
    .map((word) => (word.length > 1 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}

/** Scores below every name match: a chain the query names comes before the chains it describes. */
const FACET_SCORE = 10;
/** Each word of the query matched a name or a facet, none all of it ("arbitrum l3", "bitcoin sidechain"). */
const WORDS_SCORE = 20;

/** Score of a chain for a query by its facets (FACET_SCORE and up), or null when none matches. */
function facetScore(forms: readonly string[], query: string): number | null {
  const readings = [...new Set([query, singular(query)])];
  let best: number | null = null;
  for (const form of forms) {
    for (const reading of readings) {
      const s = facetFormScore(form, reading);
      if (s !== null && (best === null || s < best)) best = s;
    }
  }
  return best === null ? null : FACET_SCORE + best;
}

/**
 * True when every word of a several-word query starts a word of a name form or matches a facet form. Not inside a
 * name's word, as matchScore allows: "op stack" is not Sophon on a ZK Stack.
 */
function everyWordMatches(chain: Chain, facets: readonly string[], query: string): boolean {
  const words = query.split(' ');
  if (words.length < 2) return false;
  const nameWords = searchForms(chain).flatMap((f) => normalize(f.form).split(' '));
  return words.every((word) =>
    [...new Set([word, singular(word)])].some(
      (w) => nameWords.some((nw) => nw.startsWith(w)) || facets.some((f) => facetFormScore(f, w) !== null),
    ),
  );
}

export function passesFilters(chain: Chain, filters: Filters): boolean {
  return (
    (filters.layer === null || chain.layer === filters.layer) &&
    (filters.kind === null || chain.kind === filters.kind) &&
    (filters.parent === null || chain.parent === filters.parent) &&
    (filters.status === null || chain.status === filters.status)
  );
}

/** Default order without a query: by layer, active before the rest, then by name. */
export function compareChains(a: Chain, b: Chain): number {
  return (
    a.layer - b.layer ||
    Number(a.status !== 'active') - Number(b.status !== 'active') ||
    a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })
  );
}

/**
 * Length of the shortest form of a chain that the query matches (Infinity when none does, as for a query that only
 * matches word by word).
 */
function shortestMatchingForm(chain: Chain, rawQuery: string): number {
  const query = normalize(rawQuery);
  const squashedQuery = query.replace(/ /g, '');
  let shortest = Infinity;
  for (const { form } of searchForms(chain)) {
    if (formScore(form, query, squashedQuery) !== null) shortest = Math.min(shortest, normalize(form).length);
  }
  return shortest;
}

/**
 * The chains that match the query and pass the filters, best match first: those it names, then those it describes
 * (by kind, layer, stack or parent; `labels` are the kind and layer labels the popup shows).
 * Equal name scores go to the chain with the shortest form the query matches: the query is then more of what it matched,
 * and a family's flagship carries the short name ("arb" is most of Arbitrum One's "Arb1", less of "Arb Nova";
 * "Polygon" is Polygon PoS). Then the default order.
 */
export function searchChains(
  chains: readonly Chain[],
  query: string,
  filters: Filters = NO_FILTERS,
  labels?: FacetLabels,
): Chain[] {
  const normalized = normalize(query);
  const words = facetWords(labels);
  // A parent's name, normalized once per search: most chains settle to one of a few.
  const byId = new Map(chains.map((c) => [c.id, c]));
  const parentForms = new Map<string, string[]>();
  const formsOfParent = (id: string): readonly string[] => {
    let forms = parentForms.get(id);
    if (!forms) {
      const parent = byId.get(id);
      forms = parent ? [normalize(parent.name)] : [];
      parentForms.set(id, forms);
    }
    return forms;
  };

  const scored: { chain: Chain; score: number; shortest: number }[] = [];
  for (const chain of chains) {
    if (!passesFilters(chain, filters)) continue;
    const score = matchScore(chain, query);
    if (score !== null) {
      scored.push({ chain, score, shortest: normalized ? shortestMatchingForm(chain, query) : 0 });
      continue;
    }
    const facets = facetForms(chain, words, formsOfParent);
    const byFacet = facetScore(facets, normalized) ?? (everyWordMatches(chain, facets, normalized) ? WORDS_SCORE : null);
    // Listed for what it is, not for a name: in the default order among its equals.
    if (byFacet !== null) scored.push({ chain, score: byFacet, shortest: 0 });
  }
  scored.sort((a, b) => a.score - b.score || a.shortest - b.shortest || compareChains(a.chain, b.chain));
  if (scored.length === 0) return closeMatches(chains, normalized, filters);
  // A query that is a chain's whole name ("OP Mainnet") is that chain: not also every chain it matches word by word
  // ("Fantom Opera Mainnet", an OP Stack chain with a "… Mainnet" alias). What it describes stays (the L3s on it).
  const exact = scored[0]!.score === 0 && normalized.includes(' ');
  const wordByWord = (score: number) => (score >= WORD_NAME_SCORE && score < FACET_SCORE) || score >= WORDS_SCORE;
  return (exact ? scored.filter((s) => !wordByWord(s.score)) : scored).map((s) => s.chain);
}

/** Shortest query that is looked up with typos allowed: shorter ones are too close to too many names. */
const FUZZY_MIN = 4;

/**
 * When nothing matches, the chains a mistyped query most likely meant ("arbitrun", "optimsm", "polgon"): those with a
 * form whose start, or one of whose words, is one typo away (two for queries of seven characters or more), closest
 * first.
 */
function closeMatches(chains: readonly Chain[], query: string, filters: Filters): Chain[] {
  if (query.length < FUZZY_MIN) return [];
  const allowed = query.length >= 7 ? 2 : 1;
  const close: { chain: Chain; distance: number; shortest: number }[] = [];
  for (const chain of chains) {
    if (!passesFilters(chain, filters)) continue;
    let best = allowed + 1;
    // As for plain matches, a tie goes to the chain whose close form is shortest ("arbitrun": Arbitrum One's
    // "Arbitrum" before Arbitrum Nova's name).
    let shortest = Infinity;
    for (const { form } of searchForms(chain)) {
      const f = normalize(form);
      for (const candidate of [f, ...f.split(' ')]) {
        // The form's start as long as the query, give or take a letter: "arbitrun" against "arbitrum one" reads "arbitrum".
        for (let len = query.length - 1; len <= query.length + 1; len++) {
          if (len < 1 || len > candidate.length) continue;
          const d = typoDistance(query, candidate.slice(0, len), best + 1);
          if (d < best || (d === best && d <= allowed && f.length < shortest)) {
            best = d;
            shortest = f.length;
          }
        }
      }
    }
    if (best <= allowed) close.push({ chain, distance: best, shortest });
  }
  close.sort((a, b) => a.distance - b.distance || a.shortest - b.shortest || compareChains(a.chain, b.chain));
  return close.map((c) => c.chain);
}

/**
 * Edits between two short strings: a letter added, dropped or changed, or two neighbours swapped (optimal string
 * alignment). Returns `cap` as soon as the distance cannot come under it.
 */
export function typoDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin >= cap) return cap;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, cap);
}

/** The values each filter can take in this dataset, so the popup never offers an empty choice. */
export function filterOptions(chains: readonly Chain[]): {
  layers: Layer[];
  kinds: ChainKind[];
  parents: { id: string; name: string }[];
  statuses: ChainStatus[];
} {
  const layers = new Set<Layer>();
  const kinds = new Set<ChainKind>();
  const parents = new Set<string>();
  const statuses = new Set<ChainStatus>();
  const byId = new Map(chains.map((c) => [c.id, c]));
  for (const c of chains) {
    layers.add(c.layer);
    kinds.add(c.kind);
    if (c.parent) parents.add(c.parent);
    statuses.add(c.status);
  }
  return {
    layers: [...layers].sort(),
    kinds: [...kinds].sort(),
    parents: [...parents]
      .map((id) => ({ id, name: byId.get(id)?.name ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    statuses: [...statuses].sort(),
  };
}

/** The chain a written name refers to: exact name first, then exact alias (case-insensitive). */
export function chainByName(chains: readonly Chain[], name: string): Chain | undefined {
  const n = normalize(name);
  return chains.find((c) => normalize(c.name) === n) ?? chains.find((c) => c.aliases.some((a) => normalize(a) === n));
}
