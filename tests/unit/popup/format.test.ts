import { describe, expect, it } from 'vitest';
import { groupPageChains, isSiteOn, setSiteOn, sourceHref, sourceLabel } from '../../../src/popup/format';
import { defaultSettings } from '../../../src/settings/schema';
import { CHAINS } from './chains';

const byId = (id: string) => CHAINS.find((c) => c.id === id);

describe('page chains', () => {
  it('groups by layer, sums frames, most mentioned first, drops unknown ids', () => {
    const groups = groupPageChains(
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
