// Content-script entry. Checks the browser can draw marks, loads settings, and runs one PageSession per page
// lifetime. Nothing here throws into the page: failures are logged once under [Layerlens] and the part stops.
import browser from 'webextension-polyfill';
import type { ChainDetails, PageChain } from '../messages';
import { listen, sendToBackground } from '../messaging';
import { loadSettings, onSettingsChanged } from '../settings/storage';
import type { Settings } from '../settings/schema';
import { paintsDecorations } from '../ui/engine';
import { reachesShadowTrees, ruleScopeFor } from './highlighter';
import { createHost, type UiHost } from './host';
import { claimFrame } from './claimFrame';
import { clearLeftovers } from './leftovers';
import { afterDelay } from './scheduler';
import { siteModeHere } from './pageHost';
import { PageSession } from './session';
import { TOOLTIP_CSS } from './tooltip/styles';

const LOG = '[Layerlens]';
/** After a same-document navigation, long enough for the background to have cleared the tab's badge first. */
const SAME_DOCUMENT_REPORT_DELAY_MS = 500;

function contextAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/** Keyboard focus is in this document itself, not in a frame inside it (the top document when nothing has focus). */
function userIsHere(): boolean {
  const active = document.activeElement;
  if (active && (active.localName === 'iframe' || active.localName === 'frame')) return false;
  return window === window.top || document.hasFocus();
}

async function run(controller: AbortController): Promise<void> {
  const { signal } = controller;
  let settings: Settings = await loadSettings();
  if (signal.aborted) return;
  const host: UiHost = createHost(TOOLTIP_CSS);
  signal.addEventListener('abort', () => host.destroy(), { once: true });

  const chainCache = new Map<string, Promise<ChainDetails>>();
  let lastReported = '';
  let lastChains: PageChain[] = [];
  const reportChains = (chains: PageChain[]) => {
    const key = JSON.stringify(chains);
    if (key === lastReported) return;
    lastReported = key;
    lastChains = chains;
    reportedChains = chains.length > 0;
    sendToBackground('pageChainsChanged', { chains }).catch(() => {
      if (!contextAlive()) controller.abort();
    });
  };
  // A single-page app's route change (history.pushState) is a navigation to the browser: the tab's badge is cleared
  // and the background forgets the tab's frames, while this document, and what it found, stays. Report again once
  // that has happened.
  // Only when the address changed (a state-only update clears nothing), and once things are quiet: some sites call
  // replaceState on every scroll.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let cancelReport: (() => void) | null = null;
  let address = location.href;
  navigation?.addEventListener(
    'currententrychange',
    () => {
      if (location.href === address) return;
      address = location.href;
      cancelReport?.();
      cancelReport = afterDelay(
        SAME_DOCUMENT_REPORT_DELAY_MS,
        () => {
          cancelReport = null;
          if (!lastChains.length) return;
          lastReported = '';
          reportChains(lastChains);
        },
        signal,
      );
    },
    { signal },
  );

  const ruleScope = ruleScopeFor(browser.runtime.getURL(''));
  const session = new PageSession({
    host,
    ruleScope,
    decorations: paintsDecorations(navigator.userAgent),
    readShadowRoots: reachesShadowTrees(ruleScope, document),
    settings: () => settings,
    openEntry: (chainId) => void sendToBackground('openEntry', { chainId }).catch(() => undefined),
    loadChain: (chainId) => {
      const cached = chainCache.get(chainId);
      if (cached) return cached;
      const loading = sendToBackground('getChain', { chainId });
      chainCache.set(chainId, loading);
      loading.catch(() => chainCache.delete(chainId));
      return loading;
    },
    reportChains,
    signal,
  });

  listen(
    {
      getPageState: () => session.state(),
      revealMention: ({ chainId }) => ({ found: session.reveal(chainId) }),
      explainAtSelection: async () => ({ opened: await session.explainAtSelection() }),
    },
    signal,
    // Messages to a tab reach every frame, and the first answer wins: the keyboard command is answered only by the
    // frame the user is in (one key press, one tooltip), "show me where" only by a frame that has that chain.
    (name, payload) => {
      if (name === 'explainAtSelection') return userIsHere();
      if (name === 'revealMention') return session.has((payload as { chainId: string }).chainId);
      return true;
    },
  );

  onSettingsChanged((next) => {
    const previous = settings;
    settings = next;
    // Turned on or off for this page (pause, a site rule, the default mode): start a fresh session rather than
    // patch the old one. A rule for another site changes nothing here.
    if (previous.enabled !== next.enabled || siteModeHere(previous) !== siteModeHere(next)) {
      restart(controller);
      return;
    }
    if (session.state().active) session.applySettings(previous);
  }, signal);

  await session.start();
  // Off here: keep answering the popup; the host was never attached.
  if (!session.state().active) reportChains([]);
}

let current: AbortController | null = null;
/** Whether this frame last told the background it has chains: a frame that goes away must then take them back. */
let reportedChains = false;

function restart(previous: AbortController | null): void {
  previous?.abort();
  const controller = new AbortController();
  current = controller;
  run(controller).catch((error: unknown) => {
    console.error(`${LOG} stopped on this page:`, error);
    controller.abort();
  });
}

function boot(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    console.info(`${LOG} this browser has no CSS Custom Highlight API, so Layerlens will not mark names here.`);
    return;
  }
  // This copy holds the frame while its context stands and it runs: one that stopped on an error lets a new one in.
  if (!claimFrame(() => contextAlive() && current !== null && !current.signal.aborted)) return;
  // An earlier copy that Firefox destroyed on an update could not take its card, rules and marks with it.
  try {
    const left = clearLeftovers(document, CSS.highlights);
    if (left.hosts || left.sheets) console.info(`${LOG} cleared what an earlier copy left on this page`, left);
  } catch (error) {
    console.warn(`${LOG} could not clear what an earlier copy left on this page`, error);
  }
  restart(null);
  // Leaving the page (or entering the back/forward cache): tear everything down; come back on pageshow.
  window.addEventListener('pagehide', () => {
    // A removed iframe, or a page left for another: its chains leave the tab's badge and popup list with it.
    if (reportedChains && contextAlive()) sendToBackground('pageChainsChanged', { chains: [] }).catch(() => undefined);
    reportedChains = false;
    current?.abort();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && contextAlive()) restart(current);
  });
  // After an extension update this copy of the script is orphaned: stop it so it doesn't fight the new one.
  const check = window.setInterval(() => {
    if (!contextAlive()) {
      current?.abort();
      clearInterval(check);
    }
  }, 5000);
}

boot();
