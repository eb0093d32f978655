// The popup's link to the page: which tab, and what its content script found there (top frame only).
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '../messages';
import { sendToBackground, sendToTab } from '../messaging';
import { parseTabParam } from './route';
import { startOnTab, type StartResult } from '../tabs/startOnTab';

export type PageInfo =
  | { status: 'loading' }
  /** Layerlens was just started in a tab that was open before it was installed or updated (see startOnTab). */
  | { status: 'starting' }
  /**
   * No tab, or no content script in it: `closed` when no extension may run there (browser pages, stores); otherwise
   * the tab is hidden from us, or starting Layerlens there did not work.
   */
  | { status: 'unavailable'; closed: boolean }
  | { status: 'ready'; tabId: number; state: PageState };

const REFRESH_MS = 2000;
/** While a content script we just injected loads: ask again soon. */
const STARTING_REFRESH_MS = 250;
/** How long a started content script gets to answer before the popup gives up on it. */
const STARTING_TIMEOUT_MS = 10_000;

/** `?tab=<id>` wins (the popup opened as a page for a given tab); otherwise the active tab of this window. */
async function resolveTabId(): Promise<number | null> {
  const fromUrl = parseTabParam(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readPage(tabId: number | null): Promise<PageInfo> {
  if (tabId === null) return { status: 'unavailable', closed: false };
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
    return { status: 'unavailable', closed: false };
  }
}

/** The page's state, read when the popup opens and refreshed while it stays open (marking may still be going on). */
export function usePage(): PageInfo {
  const [info, setInfo] = useState<PageInfo>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** What starting Layerlens in the tab gave (tried once per popup), and when. */
    let start: StartResult | null = null;
    let startedAt = 0;
    const tick = async (tabId: number | null) => {
      let next = await readPage(tabId);
      if (stopped) return;
      if (next.status === 'unavailable' && tabId !== null) {
        if (start === null) {
          startedAt = Date.now();
          start = await startOnTab(tabId);
          if (stopped) return;
        }
        next =
          start === 'started' && Date.now() - startedAt < STARTING_TIMEOUT_MS
            ? { status: 'starting' }
            : { status: 'unavailable', closed: start === 'closed' };
      }
      setInfo((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
      // One timer at a time, even if a tick started by a grant (below) overlapped this one.
      clearTimeout(timer);
      timer = setTimeout(() => void tick(tabId), next.status === 'starting' ? STARTING_REFRESH_MS : REFRESH_MS);
    };
    let resolved: number | null = null;
    // Host access granted while the popup is open (Firefox asks for it, see HostAccess.tsx): the tab that had no
    // content script can have one now, with no reload.
    const onGranted = () => {
      const tabId = resolved;
      if (stopped || tabId === null || start === 'started') return;
      start = null;
      clearTimeout(timer);
      timer = setTimeout(() => void tick(tabId), 0);
    };
    browser.permissions?.onAdded.addListener(onGranted);
    resolveTabId()
      .catch(() => null)
      .then((tabId) => {
        resolved = tabId;
        return tick(tabId);
      })
      .catch(() => setInfo({ status: 'unavailable', closed: false }));
    return () => {
      stopped = true;
      clearTimeout(timer);
      browser.permissions?.onAdded.removeListener(onGranted);
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
