// @vitest-environment jsdom
// The popup's own history (src/popup/history.ts) over jsdom's real session history: which entry is which, the view
// each was reached from, and how the reader left it, as the popup's hashchange and popstate handlers note them.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type History = typeof import('../../../src/popup/history');

/** A fresh module (its numbering starts again) on a fresh entry at `hash`, as the popup opening there. */
async function openPopupAt(hash: string): Promise<History> {
  vi.resetModules();
  history.pushState(null, '', `/popup/index.html${hash}`);
  const popupHistory = await import('../../../src/popup/history');
  expect(popupHistory.noteHistoryEntry()).toBe(true);
  return popupHistory;
}

/** Resolves once both events of one step have come, noting the entry at each as the popup does. */
function step(popupHistory: History, move: () => void, left: { scrollTop: number }) {
  const moved: boolean[] = [];
  return new Promise<boolean[]>((resolve) => {
    const onEvent = () => {
      moved.push(popupHistory.noteHistoryEntry(left));
      if (moved.length === 2) {
        removeEventListener('popstate', onEvent);
        removeEventListener('hashchange', onEvent);
        resolve(moved);
      }
    };
    addEventListener('popstate', onEvent);
    addEventListener('hashchange', onEvent);
    move();
  });
}

const follow = (h: History, hash: string, scrollTop = 0) => step(h, () => (location.hash = hash), { scrollTop });
const goBack = (h: History, scrollTop = 0) => step(h, () => history.back(), { scrollTop });

beforeEach(() => {
  history.replaceState(null, '', '/');
});

describe('popup history', () => {
  it('knows the view an entry was reached from, only when that view is the popup’s', async () => {
    const h = await openPopupAt('#learn=l2-examples');
    expect(h.canGoBackInPopup()).toBe(false);
    expect(h.previousRoute()).toBeNull();

    await follow(h, '#chain=arbitrum-one');
    expect(h.canGoBackInPopup()).toBe(true);
    expect(h.previousRoute()).toEqual({ tab: 'learn', section: 'l2-examples' });

    await follow(h, '#term=optimistic-rollup');
    expect(h.previousRoute()).toEqual({ tab: 'directory', search: '', chain: 'arbitrum-one' });

    // Back on the chain: still reached from Learn (the entry before it), not from the term.
    await goBack(h);
    expect(location.hash).toBe('#chain=arbitrum-one');
    expect(h.previousRoute()).toEqual({ tab: 'learn', section: 'l2-examples' });
  });

  it('reads the view reached from as it was left: a search typed in place (replaceState) counts', async () => {
    const h = await openPopupAt('#directory');
    history.replaceState(history.state, '', '#search=zk%20rollup');
    h.noteHistoryEntry();
    await follow(h, '#chain=zksync-era');
    expect(h.previousRoute()).toEqual({ tab: 'directory', search: 'zk rollup' });
  });

  it('keeps how the reader left an entry, for coming back to it, and only for that entry', async () => {
    const h = await openPopupAt('#learn');
    h.rememberEntry({ openSections: ['layer-2', 'l2-examples'] });
    expect(h.recallEntry()).toEqual({ openSections: ['layer-2', 'l2-examples'] });

    // Leaving Learn scrolled down to a chain link: a new entry knows nothing yet.
    expect(await follow(h, '#chain=arbitrum-one', 1234)).toEqual([true, false]);
    expect(h.recallEntry()).toBeUndefined();

    // Back: Learn as it was left. The second event of the step is the same entry, and must not overwrite it with
    // the scroll of the view then on screen.
    expect(await goBack(h, 40)).toEqual([true, false]);
    expect(location.hash).toBe('#learn');
    expect(h.recallEntry()).toEqual({ scrollTop: 1234, openSections: ['layer-2', 'l2-examples'] });

    // A new entry where the chain's was forgets what the chain's left (scrolled 40).
    await follow(h, '#chain=base');
    expect(h.recallEntry()).toBeUndefined();
    await goBack(h);
    expect(h.recallEntry()?.scrollTop).toBe(0);
  });
});
