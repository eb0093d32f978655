// Runtime lookups over the bundled dataset, for the background and the popup (the content script bundles none of it:
// see build.mjs noDatasetInContent). No validation here (build.mjs runs src/data/check.ts before bundling).
import type { Chain } from './types';
import data from './chains.json';

export { glossary, glossaryById, glossaryIdForKind, stageMeaning } from './glossary';

/** Every chain, in dataset order. Validated at build time, so the cast is checked there, not here. */
export const chains: readonly Chain[] = data as unknown as Chain[];

const byId = new Map<string, Chain>(chains.map((c) => [c.id, c]));

export function chainById(id: string): Chain | undefined {
  return byId.get(id);
}

/** Chains that settle directly to `id` (its L2s, or an L2's L3s). */
export function childrenOf(id: string): Chain[] {
  return chains.filter((c) => c.parent === id);
}

/**
 * The chain, then its parent, and so on down to its L1: what the layer-stack diagram draws.
 * Empty for an unknown id; stops on a cycle rather than looping (validation forbids cycles anyway).
 */
export function ancestry(id: string): Chain[] {
  const out: Chain[] = [];
  let cur = byId.get(id);
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = cur.parent === null ? undefined : byId.get(cur.parent);
  }
  return out;
}
