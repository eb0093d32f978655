import { describe, expect, it } from 'vitest';
import { TabChains, markedCount, sumFrames, type SessionArea } from '../../../src/background/tabChains';

function memoryArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      // Each write lands a little later, as storage does: overlapping read-modify-writes would lose updates.
      await new Promise((r) => setTimeout(r, 1));
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    remove: async (key) => {
      delete data[key];
    },
  };
}

describe('chains per tab, summed over frames', () => {
  it('sums counts per chain across frames', () => {
    expect(
      sumFrames({ '0': [{ chainId: 'base', count: 2 }], '5': [{ chainId: 'base', count: 1 }, { chainId: 'scroll', count: 4 }] }),
    ).toEqual([
      { chainId: 'base', count: 3 },
      { chainId: 'scroll', count: 4 },
    ]);
  });

  it('keeps a chain unmarked only when every frame left it unmarked; the badge counts the marked ones', () => {
    const sum = sumFrames({
      '0': [{ chainId: 'bitcoin', count: 2, unmarked: true }, { chainId: 'base', count: 1 }, { chainId: 'ethereum', count: 1, unmarked: true }],
      '5': [{ chainId: 'bitcoin', count: 1, unmarked: true }, { chainId: 'ethereum', count: 2 }],
    });
    expect(sum).toEqual([
      { chainId: 'bitcoin', count: 3, unmarked: true },
      { chainId: 'base', count: 1 },
      { chainId: 'ethereum', count: 3 },
    ]);
    expect(markedCount(sum)).toBe(2);
    expect(markedCount([])).toBe(0);
  });

  it('keeps every frame of simultaneous reports, and forgets a tab that navigates', async () => {
    const tabs = new TabChains(memoryArea());
    await Promise.all([
      tabs.report(1, 0, [{ chainId: 'ethereum', count: 1 }]),
      tabs.report(1, 7, [{ chainId: 'cardano', count: 2 }]),
      tabs.report(1, 9, [{ chainId: 'ethereum', count: 3 }]),
    ]);
    expect(await tabs.of(1)).toEqual([
      { chainId: 'ethereum', count: 4 },
      { chainId: 'cardano', count: 2 },
    ]);
    // A frame with nothing left drops out.
    expect(await tabs.report(1, 7, [])).toEqual([{ chainId: 'ethereum', count: 4 }]);
    await tabs.forget(1);
    expect(await tabs.of(1)).toEqual([]);
  });

  it('ignores a corrupt stored value', async () => {
    const area = memoryArea();
    area.data['tab:2'] = 'garbage';
    expect(await new TabChains(area).of(2)).toEqual([]);
    area.data['tab:3'] = { '0': [{ chainId: 'base', count: 1 }], '4': 'x', '5': [{ chainId: 'BAD ID', count: 1 }] };
    expect(await new TabChains(area).of(3)).toEqual([{ chainId: 'base', count: 1 }]);
  });
});
