import { describe, expect, it } from 'vitest';
import { chainByName, filterOptions, matchedForm, normalize, NO_FILTERS, searchChains, typoDistance } from '../../../src/popup/search';
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
