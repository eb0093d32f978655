// A factory for small hand-made chains in unit tests: independent of the bundled dataset, which grows and changes.
import type { Chain } from '../../src/data/types';

export function chain(partial: Partial<Chain> & Pick<Chain, 'id' | 'name'>): Chain {
  return {
    aliases: [],
    layer: 2,
    parent: 'ethereum',
    kind: 'optimistic-rollup',
    stack: null,
    da: null,
    proofSystem: null,
    stage: null,
    nativeToken: null,
    chainId: null,
    launched: null,
    website: null,
    status: 'active',
    summary: 'A test chain.',
    tradeoffs: { gains: [], risks: [] },
    sources: ['https://example.com'],
    asOf: '2026-11-01',
    ...partial,
  };
}
