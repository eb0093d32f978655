import { describe, expect, it } from 'vitest';
import { layersToMark, listPageChains, isSiteOn, ownSiteMode, readRulesBeforeOff, setSiteOn, sourceHref, sourceLabel } from '../../../src/popup/format';
import { defaultSettings } from '../../../src/settings/schema';
import { CHAINS } from './chains';

const byId = (id: string) => CHAINS.find((c) => c.id === id);

describe('page chains', () => {
  it('groups by layer, sums frames, most mentioned first, drops unknown ids', () => {
    const { groups, unmarked } = listPageChains(
      [
        { chainId: 'op-mainnet', count: 1 },
        { chainId: 'arbitrum-one', count: 2 },
        { chainId: 'arbitrum-one', count: 3 },
        { chainId: 'bitcoin', count: 1 },
        { chainId: 'not-a-chain', count: 9 },
        { chainId: 'xai', count: 0 },
      ],
      byId,
    );
    expect(groups.map((g) => [g.layer, g.items.map((i) => `${i.chain.id}:${i.count}`)])).toEqual([
      [1, ['bitcoin:1']],
      [2, ['arbitrum-one:5', 'op-mainnet:1']],
    ]);
    expect(unmarked).toEqual([]);
  });

  it('lists apart the chains the layer settings leave unmarked, L1 first, and a chain marked in one frame is marked', () => {
    const { groups, unmarked } = listPageChains(
      [
        { chainId: 'arbitrum-one', count: 2 },
        { chainId: 'ethereum', count: 1, unmarked: true },
        { chainId: 'bitcoin', count: 3, unmarked: true },
        { chainId: 'xai', count: 4, unmarked: true },
        // Two frames disagreeing while settings change: the one that marks it wins.
        { chainId: 'op-mainnet', count: 1, unmarked: true },
        { chainId: 'op-mainnet', count: 1 },
      ],
      byId,
    );
    expect(groups.map((g) => [g.layer, g.items.map((i) => `${i.chain.id}:${i.count}`)])).toEqual([[2, ['arbitrum-one:2', 'op-mainnet:2']]]);
    expect(unmarked.map((i) => `${i.chain.id}:${i.count}`)).toEqual(['bitcoin:3', 'ethereum:1', 'xai:4']);
  });

  it('turns on exactly the layers that leave the unmarked chains out', () => {
    const items = (ids: string[]) => ids.map((id) => ({ chain: byId(id)!, count: 1 }));
    expect(layersToMark(items(['bitcoin', 'ethereum']))).toEqual({ l1: true });
    expect(layersToMark(items(['xai']))).toEqual({ l3: true });
    const shut = CHAINS.find((c) => c.status === 'shut-down' && c.layer === 2)!;
    expect(layersToMark([{ chain: shut, count: 1 }])).toEqual({ l2: true, shutDown: true });
    expect(layersToMark([])).toEqual({});
  });
});

describe('site switch', () => {
  it('turns a site off and on again', () => {
    const off = setSiteOn(defaultSettings(), 'www.example.com', false);
    expect(off.siteRules).toEqual([{ pattern: 'example.com', mode: 'never' }]);
    expect(isSiteOn(off, 'www.example.com')).toBe(false);
    const on = setSiteOn(off, 'www.example.com', true);
    expect(on.siteRules).toEqual([]);
    expect(isSiteOn(on, 'www.example.com')).toBe(true);
  });

  it('beats a wider "never" rule with an "always" rule for this host', () => {
    const s = { ...defaultSettings(), siteRules: [{ pattern: '*.example.com', mode: 'never' as const }] };
    expect(isSiteOn(s, 'docs.example.com')).toBe(false);
    const on = setSiteOn(s, 'docs.example.com', true);
    expect(isSiteOn(on, 'docs.example.com')).toBe(true);
    expect(isSiteOn(on, 'blog.example.com')).toBe(false);
  });

  it('comes back on with the host\'s own rule from before it was switched off', () => {
    const s = { ...defaultSettings(), siteRules: [{ pattern: 'example.com', mode: 'crypto-only' as const }] };
    expect(ownSiteMode(s, 'www.example.com')).toBe('crypto-only');
    const off = setSiteOn(s, 'www.example.com', false);
    expect(off.siteRules).toEqual([{ pattern: 'example.com', mode: 'never' }]);
    expect(setSiteOn(off, 'www.example.com', true, 'crypto-only').siteRules).toEqual([{ pattern: 'example.com', mode: 'crypto-only' }]);
    // With nothing remembered, on is the default for sites without a rule.
    expect(setSiteOn(off, 'www.example.com', true).siteRules).toEqual([]);
    expect(ownSiteMode(defaultSettings(), 'example.com')).toBeNull();
  });

  it('reads what session storage remembers of those rules, dropping anything else', () => {
    expect(readRulesBeforeOff({ 'example.com': 'crypto-only', 'a.org': 'always', 'b.org': 'never', 'bad host': 'always', 'www.c.org': 'always', d: 5 })).toEqual({
      'example.com': 'crypto-only',
      'a.org': 'always',
    });
    for (const junk of [null, 'x', [1], 42]) expect(readRulesBeforeOff(junk)).toEqual({});
  });

  it('ignores the global pause (that is the other switch)', () => {
    expect(isSiteOn({ ...defaultSettings(), enabled: false }, 'example.com')).toBe(true);
  });
});

describe('sources', () => {
  it('links https and github sources, and nothing else', () => {
    expect(sourceHref('https://l2beat.com/scaling/projects/arbitrum')).toBe('https://l2beat.com/scaling/projects/arbitrum');
    expect(sourceHref('github:l2beat/l2beat@abc1234:packages/config/src/arbitrum.ts')).toBe(
      'https://github.com/l2beat/l2beat/blob/abc1234/packages/config/src/arbitrum.ts',
    );
    expect(sourceHref('javascript:alert(1)')).toBeNull();
    expect(sourceHref('http://insecure.example')).toBeNull();
    expect(sourceLabel('https://l2beat.com/scaling/')).toBe('l2beat.com/scaling');
    expect(sourceLabel('github:l2beat/l2beat@abc:a.ts')).toBe('l2beat/l2beat: a.ts');
  });
});
