// A tab that was open before Layerlens was installed or updated has no content script: Chrome injects them only into
// pages loaded afterwards (Firefox only once host access is granted, on the next load). Opening the popup, or pressing
// one of our keys, is the user's gesture that lends us that one tab (activeTab), so we start Layerlens there instead
// of asking for a reload. Browser pages and extension stores stay closed to every extension: executeScript refuses
// them, and the caller says so. Sites the user has not allowed (Firefox's opt-in host access, Chrome's site access
// set to "on click" or to some sites) are left alone: activeTab would open them, but the user said no.
import browser from 'webextension-polyfill';
import { contentScriptFiles, isWebPage, siteOrigins } from './scriptTarget';

export type StartResult =
  /** The content script is now loading in the tab's top frame: ask it again shortly. */
  | 'started'
  /** No extension may run there (a browser page, a store, a PDF viewer). */
  | 'closed'
  /** The user has not allowed Layerlens on this site (Firefox's opt-in access, Chrome's narrowed site access). */
  | 'not-allowed'
  /**
   * Not tried, or it did not work for a reason we cannot tell: the tab is hidden from us (the popup was opened some
   * other way than from the toolbar), or the tab moved on meanwhile.
   */
  | 'unknown';

async function urlOf(tabId: number): Promise<string | undefined> {
  // Without activeTab (or host access) the tab's address is simply absent.
  return (await browser.tabs.get(tabId)).url;
}

/**
 * `lent`: the user's gesture has just lent us this tab (the toolbar button, a keyboard command). activeTab then shows
 * us the address of any page an extension may touch, so a hidden one means a page closed to extensions (Chrome grants
 * nothing on its own pages). Otherwise (the popup opened as a page for some tab) a hidden address tells nothing.
 */
export async function startOnTab(tabId: number, lent: boolean): Promise<StartResult> {
  let url: string | undefined;
  try {
    url = await urlOf(tabId);
  } catch {
    return 'unknown';
  }
  const web = isWebPage(url);
  if (web === undefined) return lent ? 'closed' : 'unknown';
  if (!web) return 'closed';
  const files = contentScriptFiles(browser.runtime.getManifest());
  if (files.length === 0 || !browser.scripting) return 'unknown';
  const allowed = await browser.permissions.contains({ origins: siteOrigins(url!) }).catch(() => false);
  if (!allowed) return 'not-allowed';
  try {
    // The top frame only: activeTab covers the page's own origin, not its cross-origin frames.
    await browser.scripting.executeScript({ target: { tabId }, files });
    return 'started';
  } catch {
    // "Cannot access contents of the page" (a store, a viewer), or the tab went to another page meanwhile, which
    // takes the grant with it: that one is no page closed to us.
    const now = await urlOf(tabId).catch(() => undefined);
    return now === url ? 'closed' : 'unknown';
  }
}
