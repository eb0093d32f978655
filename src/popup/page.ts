// The popup's link to the page: which tab, and what its content script found there (top frame only).
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, sendToTab } from '../messaging';
import { parseTabParam } from './route';
import { startOnTab } from '../tabs/startOnTab';
import { PagePoller, type PageInfo } from './pagePoller';

export type { PageInfo } from './pagePoller';

/** `?tab=<id>` wins (the popup opened as a page for a given tab); otherwise the active tab of this window. */
async function resolveTabId(): Promise<number | null> {
  const fromUrl = parseTabParam(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function readPage(tabId: number | null): Promise<PageInfo> {
  if (tabId === null) return { status: 'unavailable', reason: 'unknown' };
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
    return { status: 'unavailable', reason: 'unknown' };
  }
}

/** The page's state, read when the popup opens and refreshed while it stays open (marking may still be going on). */
export function usePage(): PageInfo {
  const [info, setInfo] = useState<PageInfo>({ status: 'loading' });
  useEffect(() => {
    // The popup proper opens from the toolbar button (or its key), which lends it the tab; opened as a page for a given
    // tab (?tab=), it has no such grant.
    const lent = parseTabParam(location.search) === null;
    const poller = new PagePoller({
      read: readPage,
      start: (tabId) => startOnTab(tabId, lent),
      show: (next) => setInfo((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next)),
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout> | undefined),
    });
    // Host access granted while the popup is open (Firefox asks for it, see HostAccess.tsx): the tab that had no
    // content script can have one now, with no reload.
    const onGranted = () => poller.granted();
    browser.permissions?.onAdded.addListener(onGranted);
    resolveTabId()
      .catch(() => null)
      .then((tabId) => poller.begin(tabId))
      .catch(() => setInfo({ status: 'unavailable', reason: 'unknown' }));
    return () => {
      poller.stop();
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
