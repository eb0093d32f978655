// What the keyboard commands and the context-menu item do, apart from the browser APIs that deliver them,
// so each path is testable in Node.
import { popupPath } from '../popup/route';
import { entryUrlForSelection } from './selection';

export const MENU_ID = 'layerlens-explain';

export interface CommandDeps {
  isEnabled: () => Promise<boolean>;
  setEnabled: (enabled: boolean) => Promise<unknown>;
  explainInTab: (tabId: number) => Promise<unknown>;
}

/** Runs a keyboard command; resolves when its effect is done. Unknown commands do nothing. */
export async function runCommand(command: string, tabId: number | undefined, deps: CommandDeps): Promise<void> {
  if (command === 'toggle-layerlens') {
    await deps.setEnabled(!(await deps.isEnabled()));
  } else if (command === 'explain-selection' && tabId !== undefined) {
    // A tab without our content script (a browser page) has nothing to explain.
    await deps.explainInTab(tabId).catch(() => undefined);
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
