// A tab that was open before Layerlens was installed, updated or re-enabled has no content script: the browser only
// injects them into pages loaded afterwards. Opening the popup is the user's gesture that lends us that one tab
// (activeTab), so the popup starts Layerlens there itself instead of asking for a reload. Browser pages and extension
// stores stay closed to every extension: executeScript refuses them, and then the popup says so.
import browser from 'webextension-polyfill';
import { contentScriptFiles, isWebPage } from './scriptTarget';

export type StartResult =
  /** The content script is now loading in the tab's top frame: ask it again shortly. */
  | 'started'
  /** No extension may run there (a browser page, a store, a PDF viewer). */
  | 'closed'
  /** The tab is hidden from us (the popup was opened some other way than from the toolbar): no telling which. */
  | 'unknown';

export async function startOnTab(tabId: number): Promise<StartResult> {
  let url: string | undefined;
  try {
    // Without activeTab (or the tabs permission) the tab's address is simply absent.
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return 'unknown';
  }
  const web = isWebPage(url);
  if (web === undefined) return 'unknown';
  if (!web) return 'closed';
  const files = contentScriptFiles(browser.runtime.getManifest());
  if (files.length === 0 || !browser.scripting) return 'unknown';
  try {
    // The top frame only: activeTab covers the page's own origin, not its cross-origin frames.
    await browser.scripting.executeScript({ target: { tabId }, files });
    return 'started';
  } catch {
    // "Cannot access contents of the page" (a store), or the tab went away meanwhile.
    return 'closed';
  }
}
