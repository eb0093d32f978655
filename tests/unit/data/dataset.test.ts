import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDataset, checkGlossary } from '../../../src/data/check';
import { ancestry, chainById, chains, childrenOf, glossary, glossaryById, glossaryIdForKind, stageMeaning } from '../../../src/data/index';
import { CHAIN_KINDS, CHAIN_STAGES, type Chain } from '../../../src/data/types';
import { surfaceForms, validateChains } from '../../../src/data/validate';

// The shared reference lives beside the repo (../shared), in CI as here.
const REFERENCE = new URL('../../../../shared/reference/chains-facts.json', import.meta.url);
type RefChain = Pick<Chain, 'id' | 'name' | 'layer' | 'parent' | 'kind' | 'notes'>;
const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as RefChain[];

const EXPLAINER = [
  'bitcoin', 'ethereum', 'solana', 'avalanche', 'cardano',
  'lightning-network', 'polygon-pos', 'arbitrum-one', 'op-mainnet', 'zksync-era',
];

/** Which chains a form resolves to, preferring the chain marked preferred when it is shared. */
function resolve(form: string): string | undefined {
  const f = form.toLowerCase();
  const hits = chains.filter((c) => surfaceForms(c).some((s) => s.toLowerCase() === f));
  if (hits.length <= 1) return hits[0]?.id;
  return hits.find((c) => c.sharedForms?.some((s) => s.form.toLowerCase() === f && s.preferred))?.id;
}

describe('bundled dataset', () => {
  it('validates with no errors, glossary included', () => {
    expect(checkDataset()).toEqual([]);
  });

  it('has at least 90 entries', () => {
    expect(chains.length).toBeGreaterThanOrEqual(90);
  });

  it('covers every chain of the shared reference and agrees on layer, parent and kind', () => {
    expect(reference.length).toBe(70);
    const disagreements: string[] = [];
    for (const r of reference) {
      const c = chainById(r.id);
      if (!c) {
        disagreements.push(`${r.id}: missing`);
        continue;
      }
      for (const field of ['layer', 'parent', 'kind'] as const) {
        if (c[field] !== r[field]) disagreements.push(`${r.id}.${field}: ours ${String(c[field])}, reference ${String(r[field])}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('writes its own summaries and notes instead of copying the reference notes', () => {
    const copied = reference
      .filter((r) => r.notes && [chainById(r.id)?.summary, chainById(r.id)?.notes].includes(r.notes))
      .map((r) => r.id);
    expect(copied).toEqual([]);
  });

  it('keeps status and stage in the closed sets and reflects changed facts', () => {
    for (const c of chains) if (c.stage !== null) expect(CHAIN_STAGES).toContain(c.stage);
    expect(chainById('blast')?.status).toBe('winding-down');
    expect(chainById('kinto')?.status).toBe('shut-down');
    expect(chainById('celo')?.notes).toMatch(/layer 1/);
    expect(chainById('ronin')?.notes).toMatch(/sidechain/);
    expect(chainById('polygon-pos')?.summary).toMatch(/not a rollup/);
  });

  it('never calls a chain secure or trustless in its own words', () => {
    const offenders = chains
      .filter((c) => /\b(secure|trustless)\b/i.test([c.summary, ...c.tradeoffs.gains].join(' ')))
      .map((c) => c.id);
    expect(offenders).toEqual([]);
  });

  it('does not repeat tradeoff items across chains (they must be chain-specific)', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const c of chains) {
      for (const item of [...c.tradeoffs.gains, ...c.tradeoffs.risks]) {
        const prev = seen.get(item);
        if (prev && prev !== c.id) repeats.push(`${c.id} repeats ${prev}: ${item}`);
        seen.set(item, c.id);
      }
    }
    // The same sentence on two chains is boilerplate: each tradeoff must say something about this chain.
    expect(repeats).toEqual([]);
  });
});

describe('the ten systems of the explainer', () => {
  it.each(EXPLAINER)('%s is complete', (id) => {
    const c = chainById(id);
    expect(c, id).toBeDefined();
    if (!c) return;
    expect(c.summary.length).toBeGreaterThan(20);
    expect(c.tradeoffs.gains.length).toBeGreaterThanOrEqual(2);
    expect(c.tradeoffs.risks.length).toBeGreaterThanOrEqual(2);
    expect(c.nativeToken).not.toBeNull();
    expect(c.website).toMatch(/^https:\/\//);
    expect(c.sources.length).toBeGreaterThanOrEqual(1);
    if (c.layer > 1) expect(c.stack ?? c.proofSystem ?? c.da ?? c.kind).toBeTruthy();
  });

  it.each([
    ['Arbitrum', 'arbitrum-one'],
    ['Arb One', 'arbitrum-one'],
    ['Optimism', 'op-mainnet'],
    ['OP Mainnet', 'op-mainnet'],
    ['Polygon', 'polygon-pos'],
    ['Matic', 'polygon-pos'],
    ['Polygon PoS', 'polygon-pos'],
    ['zkSync', 'zksync-era'],
    ['ZKsync', 'zksync-era'],
    ['ZKsync Era', 'zksync-era'],
    ['ZKsync 2.0', 'zksync-era'],
    ['Lightning Network', 'lightning-network'],
    ['Avalanche', 'avalanche'],
    ['Avalanche C-Chain', 'avalanche'],
    ['Base', 'base'],
    ['dYdX', 'dydx-chain'],
    ['Aztec', 'aztec-network'],
    ['Immutable', 'immutable-zkevm'],
  ])('"%s" resolves to %s', (form, id) => {
    expect(resolve(form)).toBe(id);
  });

  it('marks English-word names as ambiguous, with qualifiers', () => {
    for (const [id, form] of [
      ['base', 'Base'], ['op-mainnet', 'Optimism'], ['polygon-pos', 'Polygon'], ['lightning-network', 'Lightning'],
      ['avalanche', 'Avalanche'], ['scroll', 'Scroll'], ['mode', 'Mode'], ['blast', 'Blast'], ['ink', 'Ink'],
      ['lens', 'Lens'], ['abstract', 'Abstract'], ['sonic', 'Sonic'], ['stacks', 'Stacks'], ['liquid-network', 'Liquid'],
      ['degen-chain', 'Degen'], ['gnosis', 'Gnosis'], ['merlin', 'Merlin'], ['bob', 'BOB'], ['ronin', 'Ronin'],
      ['cosmos-hub', 'Cosmos'], ['world-chain', 'World Chain'], ['mantle', 'Mantle'], ['near', 'NEAR'],
    ] as const) {
      const c = chainById(id);
      expect(c?.ambiguous, id).toContain(form);
      expect(c?.qualifiers?.length ?? 0, `${id} qualifiers`).toBeGreaterThan(0);
    }
  });
});

describe('lookups in index.ts', () => {
  it('walks a chain down to its layer 1', () => {
    expect(ancestry('apechain').map((c) => c.id)).toEqual(['apechain', 'arbitrum-one', 'ethereum']);
    expect(ancestry('degen-chain').map((c) => c.id)).toEqual(['degen-chain', 'base', 'ethereum']);
    expect(ancestry('bitcoin').map((c) => c.id)).toEqual(['bitcoin']);
    expect(ancestry('no-such-chain')).toEqual([]);
  });

  it('every ancestry ends at a layer 1 and has one chain per layer', () => {
    for (const c of chains) {
      const stack = ancestry(c.id);
      expect(stack.length, c.id).toBe(c.layer);
      expect(stack.at(-1)?.kind, c.id).toBe('l1');
    }
  });

  it('lists children', () => {
    const btc = childrenOf('bitcoin').map((c) => c.id);
    expect(btc).toEqual(expect.arrayContaining(['lightning-network', 'liquid-network', 'stacks', 'rootstock', 'merlin']));
    expect(childrenOf('ethereum').every((c) => c.layer === 2)).toBe(true);
    expect(chainById('nope')).toBeUndefined();
  });

  it('links every chain kind to a glossary entry and explains every stage', () => {
    for (const kind of CHAIN_KINDS) expect(glossaryById(glossaryIdForKind(kind)), kind).toBeDefined();
    expect(glossaryIdForKind('l1')).toBe('layer-1');
    for (const stage of CHAIN_STAGES) expect(stageMeaning(stage).length).toBeGreaterThan(10);
    expect(stageMeaning(null)).toMatch(/not assessed/);
    for (const id of [
      'layer-1', 'layer-2', 'layer-3', 'rollup', 'optimistic-rollup', 'zk-rollup', 'validium', 'optimium', 'sidechain',
      'state-channel', 'plasma', 'data-availability', 'sequencer', 'fraud-proof', 'validity-proof', 'stage-0', 'stage-1',
      'stage-2', 'trilemma', 'modular-blockchain', 'bridge', 'other',
    ]) {
      expect(glossaryById(id), id).toBeDefined();
    }
    expect(glossary.length).toBeGreaterThanOrEqual(22);
  });

  it('index.ts exposes exactly the validated chains', () => {
    expect(validateChains(chains).chains.length).toBe(chains.length);
  });
});

describe('glossary check', () => {
  it('fails on a missing kind entry, an unknown related id and a duplicate', () => {
    const without = glossary.filter((g) => g.id !== 'optimium');
    expect(checkGlossary(without)).toContain('glossary: chain kind "optimium" has no entry "optimium"');
    const badLink = [...glossary, { id: 'x', term: 'X', short: 'x', long: 'x', related: ['nope'] }];
    expect(checkGlossary(badLink)).toContain('glossary x.related: "nope" is not a glossary id');
    expect(checkGlossary([...glossary, glossary[0]!])).toContain('glossary layer-1.id: duplicate id');
  });
});
