import { describe, expect, it } from 'vitest';
import { chains as DATASET } from '../../../src/data';
import type { ChainKind } from '../../../src/data/types';
import {
  chainByName,
  filterOptions,
  matchedForm,
  normalize,
  NO_FILTERS,
  searchChains,
  typoDistance,
  type FacetLabels,
} from '../../../src/popup/search';
import { chain } from '../chain';
import { CHAINS } from './chains';

const ids = (query: string, filters = NO_FILTERS) => searchChains(CHAINS, query, filters).map((c) => c.id);

describe('directory search', () => {
  it('finds what a mistyped query meant when nothing matches it: one typo, two in a long query', () => {
    expect(ids('arbitrun').slice(0, 2)).toEqual(['arbitrum-one', 'arbitrum-nova']);
    expect(ids('optimsm')).toEqual(['op-mainnet']);
    expect(ids('matci')).toEqual(['polygon-pos']);
    expect(ids('etheruem')[0]).toBe('ethereum');
    // Not a guess at anything: too far from every name, or too short to tell.
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('mxtcx')).toEqual([]);
    expect(ids('abr')).toEqual([]);
    // A query that matches keeps to its matches: "nova" does not bring in near misses ("Xai"…).
    expect(ids('nova')).toEqual(['arbitrum-nova']);
  });

  it('counts typos as letters added, dropped, changed or swapped', () => {
    expect(typoDistance('arbitrun', 'arbitrum')).toBe(1);
    expect(typoDistance('optimsm', 'optimism')).toBe(1);
    expect(typoDistance('bsae', 'base')).toBe(1);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
    expect(typoDistance('kitten', 'sitting', 2)).toBe(2);
    expect(typoDistance('', 'abc')).toBe(3);
  });

  it('finds both Arbitrum chains from "arb", ahead of anything else', () => {
    const found = ids('arb');
    expect(found.slice(0, 2).sort()).toEqual(['arbitrum-nova', 'arbitrum-one']);
  });

  it('breaks a tie for the chain with the shortest matching form: "arb" is Arbitrum One before Arbitrum Nova', () => {
    // Both names start with "arb"; Arbitrum One also answers to "Arb One" and "Arbitrum".
    expect(ids('arb').slice(0, 2)).toEqual(['arbitrum-one', 'arbitrum-nova']);
    expect(ids('arbitrum').slice(0, 2)).toEqual(['arbitrum-one', 'arbitrum-nova']);
    // A substring counts too: "trum" is in Arbitrum One's "Arbitrum".
    expect(ids('trum').slice(0, 2)).toEqual(['arbitrum-one', 'arbitrum-nova']);
  });

  it('is case-insensitive and ignores surrounding space', () => {
    expect(ids('  ARBITRUM ')).toEqual(ids('arbitrum'));
  });

  it('matches a substring inside a name', () => {
    expect(ids('trum')).toEqual(expect.arrayContaining(['arbitrum-one', 'arbitrum-nova']));
    expect(ids('sync')).toContain('zksync-era');
  });

  it('matches aliases', () => {
    expect(ids('optimism')[0]).toBe('op-mainnet');
    expect(ids('matic')).toEqual(['polygon-pos']);
  });

  it('matches tickers', () => {
    expect(ids('pol')[0]).toBe('polygon-pos');
    expect(ids('lrc')).toEqual(['loopring']);
    expect(ids('btc')[0]).toBe('bitcoin');
  });

  it('puts an exact name before prefix and substring matches', () => {
    expect(ids('nova')[0]).toBe('arbitrum-nova');
    expect(ids('ethereum')[0]).toBe('ethereum');
  });

  it('ignores punctuation and spacing differences', () => {
    expect(ids('zk-sync')).toContain('zksync-era');
    expect(ids('zksync era')).toEqual(['zksync-era']);
    expect(normalize('zkSync–Era!')).toBe('zksync era');
  });

  it('matches every word of a several-word query', () => {
    expect(ids('arbitrum nova')[0]).toBe('arbitrum-nova');
    expect(ids('lightning net')).toEqual(['lightning-network']);
  });

  it('finds nothing for text no chain has', () => {
    expect(ids('dogwifhat')).toEqual([]);
  });

  it('lists everything for an empty query, L1s first', () => {
    const all = ids('');
    expect(all).toHaveLength(CHAINS.length);
    expect(all.slice(0, 2)).toEqual(['bitcoin', 'ethereum']);
    expect(all.at(-1)).toBe('xai');
  });
});

describe('directory filters', () => {
  it('filters by layer', () => {
    expect(ids('', { ...NO_FILTERS, layer: 3 })).toEqual(['xai']);
    expect(ids('', { ...NO_FILTERS, layer: 1 })).toEqual(['bitcoin', 'ethereum']);
  });

  it('filters by kind', () => {
    expect(ids('', { ...NO_FILTERS, kind: 'zk-rollup' }).sort()).toEqual(['loopring', 'zksync-era']);
  });

  it('filters by parent', () => {
    expect(ids('', { ...NO_FILTERS, parent: 'bitcoin' })).toEqual(['lightning-network']);
    expect(ids('', { ...NO_FILTERS, parent: 'arbitrum-one' })).toEqual(['xai']);
  });

  it('filters by status', () => {
    expect(ids('', { ...NO_FILTERS, status: 'shut-down' })).toEqual(['loopring']);
    expect(ids('', { ...NO_FILTERS, status: 'winding-down' })).toEqual(['aevo']);
  });

  it('combines filters with the query', () => {
    expect(ids('arb', { ...NO_FILTERS, kind: 'optimium' })).toEqual(['arbitrum-nova']);
    expect(ids('arb', { ...NO_FILTERS, layer: 3 })).toEqual([]);
  });

  it('offers only values the dataset has', () => {
    const options = filterOptions(CHAINS);
    expect(options.layers).toEqual([1, 2, 3]);
    expect(options.kinds).not.toContain('plasma');
    expect(options.parents.map((p) => p.name)).toEqual(['Arbitrum One', 'Bitcoin', 'Ethereum']);
    expect(options.statuses).toEqual(['active', 'shut-down', 'winding-down']);
  });
});

describe('chainByName', () => {
  it('resolves names and aliases, case-insensitively', () => {
    expect(chainByName(CHAINS, 'lightning')?.id).toBe('lightning-network');
    expect(chainByName(CHAINS, 'Polygon PoS')?.id).toBe('polygon-pos');
    expect(chainByName(CHAINS, 'optimism')?.id).toBe('op-mainnet');
    expect(chainByName(CHAINS, 'Solana')).toBeUndefined();
  });
});

describe('matchedForm', () => {
  const polygon = CHAINS.find((c) => c.id === 'polygon-pos')!;
  const arbitrum = CHAINS.find((c) => c.id === 'arbitrum-one')!;
  it('names the alias or ticker that matched when the name did not', () => {
    expect(matchedForm(polygon, 'matic')).toEqual({ form: 'Matic', field: 'alias' });
    expect(matchedForm(polygon, 'POL')).toBeNull(); // "Polygon PoS" itself starts with "pol"
    expect(matchedForm(arbitrum, 'eth')).toEqual({ form: 'ETH', field: 'ticker' });
  });
  it('says nothing when the name matches at least as well', () => {
    expect(matchedForm(arbitrum, 'arb')).toBeNull();
    expect(matchedForm(arbitrum, '')).toBeNull();
  });
});

describe('directory search by what a chain is (kind, layer, stack, parent)', () => {
  // Stacks, an L3 and a chain whose name is also a stack word, beside the shared set.
  const FAMILY = [
    chain({ id: 'bitcoin', name: 'Bitcoin', layer: 1, parent: null, kind: 'l1' }),
    chain({ id: 'ethereum', name: 'Ethereum', layer: 1, parent: null, kind: 'l1' }),
    chain({ id: 'arbitrum-one', name: 'Arbitrum One', aliases: ['Arbitrum', 'Arb One'], stack: 'Arbitrum Orbit (Nitro)' }),
    chain({ id: 'op-mainnet', name: 'OP Mainnet', aliases: ['Optimism'], stack: 'OP Stack' }),
    chain({ id: 'base', name: 'Base', stack: 'OP Stack' }),
    chain({ id: 'zksync-era', name: 'ZKsync Era', kind: 'zk-rollup', stack: 'ZK Stack' }),
    chain({ id: 'lens', name: 'Lens', kind: 'validium', stack: 'ZK Stack' }),
    chain({ id: 'polygon-zkevm', name: 'Polygon zkEVM', kind: 'zk-rollup', stack: 'Polygon CDK' }),
    chain({ id: 'polygon-pos', name: 'Polygon PoS', aliases: ['Polygon'], kind: 'sidechain' }),
    chain({ id: 'stacks', name: 'Stacks', parent: 'bitcoin', kind: 'sidechain' }),
    chain({ id: 'lightning-network', name: 'Lightning Network', parent: 'bitcoin', kind: 'state-channel' }),
    chain({ id: 'xai', name: 'Xai', layer: 3, parent: 'arbitrum-one', kind: 'other', stack: 'Arbitrum Orbit (AnyTrust)' }),
    chain({ id: 'degen', name: 'Degen Chain', layer: 3, parent: 'base', kind: 'other', stack: 'Arbitrum Orbit (AnyTrust)' }),
  ];
  const found = (query: string, labels?: FacetLabels) => searchChains(FAMILY, query, NO_FILTERS, labels).map((c) => c.id);
  const sorted = (query: string) => found(query).sort();

  it('finds chains by kind, in the words people use for it', () => {
    expect(sorted('rollup')).toEqual(['arbitrum-one', 'base', 'op-mainnet', 'polygon-zkevm', 'zksync-era']);
    expect(sorted('zk rollup')).toEqual(['polygon-zkevm', 'zksync-era']);
    expect(sorted('ZK-rollups')).toEqual(['polygon-zkevm', 'zksync-era']);
    expect(sorted('optimistic')).toEqual(['arbitrum-one', 'base', 'op-mainnet']);
    expect(sorted('validium')).toEqual(['lens']);
    expect(sorted('side chain')).toEqual(['polygon-pos', 'stacks']);
    expect(sorted('state channels')).toEqual(['lightning-network']);
  });

  it('finds chains by layer', () => {
    const l2 = FAMILY.filter((c) => c.layer === 2).map((c) => c.id).sort();
    expect(sorted('L2')).toEqual(l2);
    expect(sorted('layer 2')).toEqual(l2);
    expect(sorted('layer2')).toEqual(l2);
    expect(sorted('L2s')).toEqual(l2);
    expect(sorted('l3')).toEqual(['degen', 'xai']);
    expect(sorted('Layer 1')).toEqual(['bitcoin', 'ethereum']);
  });

  it('finds chains by stack, written as the stack is named or run together', () => {
    expect(sorted('OP Stack')).toEqual(['base', 'op-mainnet']);
    expect(sorted('opstack')).toEqual(['base', 'op-mainnet']);
    expect(sorted('Arbitrum Orbit')).toEqual(['arbitrum-one', 'degen', 'xai']);
    expect(sorted('anytrust')).toEqual(['degen', 'xai']);
    expect(sorted('ZK Stack')).toEqual(['lens', 'zksync-era']);
    expect(sorted('Polygon CDK')).toEqual(['polygon-zkevm']);
  });

  it('finds chains by the chain they settle to, after that chain itself', () => {
    expect(found('bitcoin')).toEqual(['bitcoin', 'lightning-network', 'stacks']);
    expect(found('base')).toEqual(['base', 'degen']);
    // Arbitrum One by name; then what settles to it or is built with Arbitrum Orbit.
    expect(found('arbitrum')).toEqual(['arbitrum-one', 'degen', 'xai']);
  });

  it('lists a chain the query names before the chains it describes', () => {
    // "Stacks" is a chain and, read as "stack", three stacks.
    expect(found('stacks')[0]).toBe('stacks');
    expect(found('stacks')).toEqual(expect.arrayContaining(['base', 'op-mainnet', 'zksync-era', 'lens']));
    // A name's substring still beats a whole facet word: "polygon" names two chains and is in "Polygon CDK".
    expect(found('polygon').slice(0, 2)).toEqual(['polygon-pos', 'polygon-zkevm']);
    expect(found('Arbitrum One')[0]).toBe('arbitrum-one');
  });

  it('reads a several-word query across names and facets', () => {
    expect(sorted('arbitrum l3')).toEqual(['degen', 'xai']);
    expect(sorted('base l3')).toEqual(['degen']);
    expect(sorted('bitcoin sidechain')).toEqual(['stacks']);
    expect(sorted('zk l2')).toEqual(['lens', 'polygon-zkevm', 'zksync-era']);
  });

  it('needs a whole word, or four letters, before a facet lists a family: "arb" is still a name being typed', () => {
    expect(found('arb')).toEqual(['arbitrum-one']);
    expect(found('ro')).toEqual([]);
    expect(found('opt')).toEqual(['op-mainnet']);
    expect(sorted('op')).toEqual(['base', 'op-mainnet']);
    expect(sorted('zk')).toEqual(['lens', 'polygon-zkevm', 'zksync-era']);
    expect(sorted('roll')).toEqual(sorted('rollup'));
    // No substring inside a facet word: "sidechain" is not a word of the query's.
    expect(found('idechain')).toEqual([]);
  });

  it('keeps the typo tolerance for names, and applies filters', () => {
    expect(found('arbitrun')).toEqual(['arbitrum-one']);
    expect(found('ligthning')).toEqual(['lightning-network']);
    expect(searchChains(FAMILY, 'OP Stack', { ...NO_FILTERS, parent: 'ethereum' }).map((c) => c.id).sort()).toEqual(['base', 'op-mainnet']);
    expect(searchChains(FAMILY, 'Arbitrum Orbit', { ...NO_FILTERS, layer: 3 }).map((c) => c.id).sort()).toEqual(['degen', 'xai']);
  });

  it('matches the kind and layer labels the popup shows, in its language', () => {
    const KIND_FR: Record<ChainKind, string> = {
      l1: 'Chaîne de couche 1',
      'optimistic-rollup': 'Rollup optimiste',
      'zk-rollup': 'Rollup ZK',
      validium: 'Validium',
      optimium: 'Optimium',
      sidechain: 'Chaîne latérale',
      'state-channel': 'Canaux d’état',
      plasma: 'Plasma',
      other: 'Autre',
    };
    const french: FacetLabels = { kind: (k) => KIND_FR[k], layer: (l) => `Couche ${l}` };
    expect(found('chaine laterale')).toEqual([]);
    expect(found('chaîne latérale', french).sort()).toEqual(['polygon-pos', 'stacks']);
    expect(found('rollup optimiste', french).sort()).toEqual(['arbitrum-one', 'base', 'op-mainnet']);
    expect(found('couche 3', french).sort()).toEqual(['degen', 'xai']);
    expect(found('autre', french).sort()).toEqual(['degen', 'xai']);
    // The common (English) words still hold.
    expect(found('L3', french).sort()).toEqual(['degen', 'xai']);
  });

  it('says which stack listed a chain; nothing when a name did', () => {
    const base = FAMILY.find((c) => c.id === 'base')!;
    const op = FAMILY.find((c) => c.id === 'op-mainnet')!;
    expect(matchedForm(base, 'op stack')).toEqual({ form: 'OP Stack', field: 'stack' });
    expect(matchedForm(base, 'OP Stacks')).toEqual({ form: 'OP Stack', field: 'stack' });
    expect(matchedForm(base, 'rollup')).toBeNull();
    expect(matchedForm(op, 'op')).toBeNull();
  });
});

describe('directory search in the bundled dataset, for what a reviewer typed', () => {
  const search = (query: string) => searchChains(DATASET, query);

  it('finds something for every kind, layer and stack word, and only chains it describes', () => {
    const all = (query: string, holds: (c: (typeof DATASET)[number]) => boolean) => {
      const results = search(query);
      expect(results.length, query).toBeGreaterThan(0);
      expect(results.filter((c) => !holds(c)).map((c) => c.name), query).toEqual([]);
      return results;
    };
    all('rollup', (c) => c.kind === 'optimistic-rollup' || c.kind === 'zk-rollup');
    all('zk rollup', (c) => c.kind === 'zk-rollup');
    all('optimistic', (c) => c.kind === 'optimistic-rollup');
    all('sidechain', (c) => c.kind === 'sidechain');
    all('validium', (c) => c.kind === 'validium');
    all('OP Stack', (c) => c.stack?.startsWith('OP Stack') ?? false);
    all('Arbitrum Orbit', (c) => c.stack?.startsWith('Arbitrum Orbit') ?? false);
    // After the ZK Stack chains, word by word: ZK rollups on another stack ("SN Stack", "OP Stack").
    all('ZK Stack', (c) => c.stack === 'ZK Stack' || (c.kind === 'zk-rollup' && /stack/i.test(c.stack ?? '')));
    all('Polygon CDK', (c) => c.stack === 'Polygon CDK');
    for (const query of ['L2', 'layer 2']) {
      // "X Layer" is named by "layer", and is an L2 as well.
      expect(all(query, (c) => c.layer === 2)).toHaveLength(DATASET.filter((c) => c.layer === 2).length);
    }
  });

  it('still shows the chain a query names first', () => {
    expect(search('arbitrum')[0]?.id).toBe('arbitrum-one');
    expect(search('base')[0]?.id).toBe('base');
    expect(search('ethereum')[0]?.id).toBe('ethereum');
    expect(search('stacks')[0]?.id).toBe('stacks');
    expect(search('arb').map((c) => c.id)).toEqual(['arbitrum-one', 'arbitrum-nova']);
  });

  // Found by an outside review: "base mainnet" and "shut down" found nothing; "OP Mainnet" listed six OP Stack chains
  // with a "… Mainnet" alias after it.
  it('finds a chain by its name and a word any chain is called by ("base mainnet", "polygon network")', () => {
    expect(search('base mainnet').map((c) => c.id)).toEqual(['base']);
    expect(search('polygon network')[0]?.id).toBe('polygon-pos');
  });

  it('finds chains by their status, in the words people use and the label the popup shows', () => {
    const shutDown = DATASET.filter((c) => c.status === 'shut-down').map((c) => c.id).sort();
    const windingDown = DATASET.filter((c) => c.status === 'winding-down').map((c) => c.id).sort();
    expect(shutDown.length).toBeGreaterThan(0);
    expect(search('shut down').map((c) => c.id).sort()).toEqual(shutDown);
    expect(search('Shutdown').map((c) => c.id).sort()).toEqual(shutDown);
    if (windingDown.length) expect(search('winding down').map((c) => c.id).sort()).toEqual(windingDown);
    const labels: FacetLabels = { kind: (k) => k, layer: (l) => `L${l}`, status: (st) => (st === 'shut-down' ? 'Eingestellt' : st) };
    expect(searchChains(DATASET, 'eingestellt', NO_FILTERS, labels).map((c) => c.id).sort()).toEqual(shutDown);
  });

  it('lists only the chain a whole name names', () => {
    expect(search('OP Mainnet').map((c) => c.id)).toEqual(['op-mainnet']);
    expect(search('Arbitrum Nova').map((c) => c.id)).toEqual(['arbitrum-nova']);
    // Word by word, when no chain has the whole query for a name.
    expect(search('op stack rollup').length).toBeGreaterThan(1);
  });
});
