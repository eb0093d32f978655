// Service worker (an event page in Firefox): detection for every page's content script, the toolbar badge, the
// "Explain with Layerlens" menu, the keyboard commands, and opening directory entries. It keeps no state of its own:
// the badge lives on each tab, and the detector is made again from the bundle whenever the worker starts.
import browser from 'webextension-polyfill';
import { ancestry, chainById, glossaryById, glossaryIdForKind } from '../data/index';
import { defaultDetector } from '../detect/index';
import { datasetChainFacts } from '../detect/datasetFacts';
import { detectPacked } from '../detect/packedMentions';
import { pageSignal } from '../detect/pageSignal';
import { listen, sendToTab } from '../messaging';
import { loadSettings, saveSettings } from '../settings/storage';
import { t } from '../ui/i18n';
import { MENU_ID, menuTarget, popupTabFor, runCommand } from './commands';
import { startOnTab } from '../tabs/startOnTab';
import { TabChains, markedCount } from './tabChains';

const LOG = '[Layerlens]';
const tabChains = new TabChains(browser.storage.session);

const getURL = (path: string) => browser.runtime.getURL(path);

async function setBadge(tabId: number, distinct: number): Promise<void> {
  const text = distinct > 0 ? String(Math.min(distinct, 99)) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b4be0' });
}

listen({
  getChain: ({ chainId }) => {
    const chain = chainById(chainId) ?? null;
    return {
      chain,
      kindMeaning: chain ? (glossaryById(glossaryIdForKind(chain.kind))?.short ?? null) : null,
      stack: chain ? ancestry(chain.id).map(({ id, name, layer }) => ({ id, name, layer })) : [],
    };
  },
  pageChainsChanged: async ({ chains }, sender) => {
    const tabId = sender.tab?.id;
    // A message without a tab is not from a page.
    if (tabId === undefined) return { ok: true };
    const sum = await tabChains.report(tabId, sender.frameId ?? 0, chains);
    await setBadge(tabId, markedCount(sum));
    return { ok: true };
  },
  // Pure work on what the content script read: nothing is kept, logged or sent anywhere.
  detectTexts: ({ texts, context }) => detectPacked(defaultDetector(), texts, context, datasetChainFacts),
  pageSignal: (input) => ({ crypto: pageSignal(input) }),
  getTabChains: async ({ tabId }) => ({ chains: await tabChains.of(tabId) }),
  openEntry: async ({ chainId }, sender) => {
    await browser.tabs.create(popupTabFor(`#chain=${encodeURIComponent(chainId)}`, sender.tab, getURL));
    return { ok: true };
  },
});

// A new page in a tab: its badge belongs to the old page until the content script reports again.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  void tabChains.forget(tabId);
  browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => void tabChains.forget(tabId));

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuExplain'), contexts: ['selection'] }),
  ).catch((error: unknown) => console.error(`${LOG} context menu`, error));
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  const target = menuTarget(info, tab, getURL);
  if (target) void browser.tabs.create(target);
});

browser.commands.onCommand.addListener((command, tab) => {
  void runCommand(command, tab?.id, {
    isEnabled: async () => (await loadSettings()).enabled,
    setEnabled: (enabled) => saveSettings({ enabled }),
    explainInTab: (tabId) => sendToTab(tabId, 'explainAtSelection', {}),
    runsInTab: (tabId) => sendToTab(tabId, 'getPageState', {}, 0).then(() => true, () => false),
    // The key press lent us the tab (activeTab).
    startInTab: async (tabId) => (await startOnTab(tabId, true)) === 'started',
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }).catch((error: unknown) => console.error(`${LOG} ${command}`, error));
});
