// Build-time check of everything bundled from src/data. build.mjs calls checkDataset() and stops on any message;
// the same function backs the unit tests, so the build and CI can never disagree about what is valid.
import data from './chains.json';
import { glossary, glossaryIdForKind } from './glossary';
import { CHAIN_KINDS, type GlossaryEntry } from './types';
import { validateChains } from './validate';

/** Glossary problems: duplicate or empty entries, links to unknown ids, chain kinds with nothing to link to. */
export function checkGlossary(entries: readonly GlossaryEntry[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const g of entries) {
    if (ids.has(g.id)) errors.push(`glossary ${g.id}.id: duplicate id`);
    ids.add(g.id);
    for (const field of ['term', 'short', 'long'] as const) {
      if (!g[field].trim()) errors.push(`glossary ${g.id}.${field}: must not be empty`);
    }
  }
  for (const g of entries) {
    for (const r of g.related ?? []) {
      if (!ids.has(r)) errors.push(`glossary ${g.id}.related: "${r}" is not a glossary id`);
    }
  }
  for (const kind of CHAIN_KINDS) {
    const id = glossaryIdForKind(kind);
    if (!ids.has(id)) errors.push(`glossary: chain kind "${kind}" has no entry "${id}"`);
  }
  return errors;
}

/** Every problem in the bundled dataset and glossary; empty means the build may go on. */
export function checkDataset(): string[] {
  return [...validateChains(data).errors, ...checkGlossary(glossary)];
}
