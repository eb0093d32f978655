// Directory search and filters: pure, so the popup and its tests share one behaviour.
// A query matches a chain's name, aliases or native-token ticker, case-insensitively, as a prefix or a substring.
import type { Chain, ChainKind, ChainStatus, Layer } from '../data/types';

export interface Filters {
  layer: Layer | null;
  kind: ChainKind | null;
  /** Id of the chain it settles to. */
  parent: string | null;
  status: ChainStatus | null;
}

export const NO_FILTERS: Filters = { layer: null, kind: null, parent: null, status: null };

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
    if (words.every((w) => haystack.some((h) => h.split(' ').some((hw) => hw.startsWith(w)) || h.includes(w)))) return 8;
  }
  return null;
}

/** The alias or ticker a query matched when it did not match the name (to show why a chain is listed), else null. */
export function matchedForm(chain: Chain, rawQuery: string): { form: string; field: 'alias' | 'ticker' } | null {
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
  return best && { form: best.form, field: best.field };
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
 * The chains that match the query and pass the filters, best match first.
 * Equal scores go to the chain with the shortest form the query matches: the query is then more of what it matched,
 * and a family's flagship carries the short name ("arb" is most of Arbitrum One's "Arb1", less of "Arb Nova";
 * "Polygon" is Polygon PoS). Then the default order.
 */
export function searchChains(chains: readonly Chain[], query: string, filters: Filters = NO_FILTERS): Chain[] {
  const scored: { chain: Chain; score: number; shortest: number }[] = [];
  for (const chain of chains) {
    if (!passesFilters(chain, filters)) continue;
    const score = matchScore(chain, query);
    if (score !== null) scored.push({ chain, score, shortest: normalize(query) ? shortestMatchingForm(chain, query) : 0 });
  }
  scored.sort((a, b) => a.score - b.score || a.shortest - b.shortest || compareChains(a.chain, b.chain));
  if (scored.length === 0) return closeMatches(chains, normalize(query), filters);
  return scored.map((s) => s.chain);
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
