// What the keyboard commands and the context-menu item do, apart from the browser APIs that deliver them,
// so each path is testable in Node.
import { popupPath } from '../popup/route';
import { entryUrlForSelection } from './selection';

export const MENU_ID = 'layerlens-explain';

export interface CommandDeps {
  isEnabled: () => Promise<boolean>;
  setEnabled: (enabled: boolean) => Promise<unknown>;
  explainInTab: (tabId: number) => Promise<unknown>;
  /** Whether our content script answers in the tab's top frame. */
  runsInTab: (tabId: number) => Promise<boolean>;
  /** Starts our content script in a tab that has none (see tabs/startOnTab.ts); true when it was started. */
  startInTab: (tabId: number) => Promise<boolean>;
  wait: (ms: number) => Promise<void>;
}

/** How often, and how long, to ask again a content script the command has just started (it loads its settings first). */
const STARTED_RETRY_MS = 200;
const STARTED_RETRIES = 25;

/** Runs a keyboard command; resolves when its effect is done. Unknown commands do nothing. */
export async function runCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  if (command === 'toggle-layerlens') {
    await deps.setEnabled(!(await deps.isEnabled()));
  } else if (command === 'explain-selection' && tabId !== undefined) {
    if (await deps.explainInTab(tabId).then(() => true, () => false)) return;
    // No answer. Often one is right: the frame the user is in has no content script (a cross-origin frame), and
    // the others keep quiet. But with none in the top frame, this is a browser page (nothing to explain) or a tab
    // opened before the install: the key press lends us the tab (activeTab), so start Layerlens there and ask again
    // once it answers; the selection is still there.
    if (await deps.runsInTab(tabId).catch(() => true)) return;
    if (!(await deps.startInTab(tabId).catch(() => false))) return;
    for (let attempt = 0; attempt < STARTED_RETRIES; attempt++) {
      await deps.wait(STARTED_RETRY_MS);
      if (await deps.explainInTab(tabId).then(() => true, () => false)) return;
    }
  }
}

/** The tab a popup page was asked from (a page's tab; none for a keyboard shortcut on a browser page). */
export interface SourceTab {
  id?: number | undefined;
  index?: number | undefined;
}

/** What tabs.create needs to open the popup page at `hash` next to the tab it came from, and for that tab. */
export function popupTabFor(hash: string, from: SourceTab | undefined, getURL: (path: string) => string): { url: string; index?: number } {
  const url = getURL(popupPath(hash, from?.id));
  return from?.index === undefined ? { url } : { url, index: from.index + 1 };
}

/** The tab to open for "Explain with Layerlens" on a selection, next to the tab it came from; null when not ours. */
export function menuTarget(
  info: { menuItemId: string | number; selectionText?: string | undefined },
  from: SourceTab | undefined,
  getURL: (path: string) => string,
): { url: string; index?: number } | null {
  if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return null;
  return popupTabFor(entryUrlForSelection(info.selectionText), from, getURL);
}
