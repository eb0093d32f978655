// The popup's link to the page: which tab, and what its content script found there (top frame only).
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messages';
import { sendToBackground, sendToTab } from '../messaging';
import { parseTabParam } from './route';

export type PageInfo =
  | { status: 'loading' }
  /** No tab, or no content script in it (browser pages, web stores, tabs opened before install). */
  | { status: 'unavailable' }
  | { status: 'ready'; tabId: number; state: PageState };

const REFRESH_MS = 2000;

/** `?tab=<id>` wins (the popup opened as a page for a given tab); otherwise the active tab of this window. */
async function resolveTabId(): Promise<number | null> {
  const fromUrl = parseTabParam(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readPage(tabId: number | null): Promise<PageInfo> {
  if (tabId === null) return { status: 'unavailable' };
  try {
    const state = await sendToTab(tabId, 'getPageState', {}, 0);
    // The top frame says whether Layerlens is on; every frame's chains are summed by the background.
    if (state.active) {
      const framed = await sendToBackground('getTabChains', { tabId }).catch(() => null);
      if (framed && framed.chains.length >= state.chains.length) state.chains = framed.chains;
    }
    return { status: 'ready', tabId, state };
  } catch {
    // "Receiving end does not exist" and friends: nothing of ours runs there.
    return { status: 'unavailable' };
  }
}

/** The page's state, read when the popup opens and refreshed while it stays open (marking may still be going on). */
export function usePage(): PageInfo {
  const [info, setInfo] = useState<PageInfo>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (tabId: number | null) => {
      const next = await readPage(tabId);
      if (stopped) return;
      setInfo((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      timer = setTimeout(() => void tick(tabId), REFRESH_MS);
    };
    resolveTabId()
      .catch(() => null)
      .then((tabId) => tick(tabId))
      .catch(() => setInfo({ status: 'unavailable' }));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return info;
}

/** Scrolls the page to the next mention of a chain and flashes it; false when there is none (or no page). */
export async function revealMention(tabId: number, chainId: string): Promise<boolean> {
  try {
    // To every frame: only a frame holding that chain answers.
    return (await sendToTab(tabId, 'revealMention', { chainId })).found;
  } catch {
    return false;
  }
}
