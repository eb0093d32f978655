// The extension's keyboard shortcuts as the browser has them now (a user may have changed or cleared them), and
// where the browser lets a user change them. browser.commands needs no permission.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** The command that opens a tooltip from the keyboard (manifest.json "commands"). */
export const EXPLAIN_COMMAND = 'explain-selection';

export interface Shortcut {
  /** The command's name in manifest.json, e.g. "explain-selection". */
  name: string;
  description: string;
  /** The keys as the browser writes them ("Alt+Shift+K"); '' when none is set. */
  keys: string;
}

/** The manifest's commands with their current keys; none when the browser will not say. */
export async function readShortcuts(): Promise<Shortcut[]> {
  try {
    const commands = await browser.commands.getAll();
    return commands.flatMap((c) =>
      // The toolbar button's own entry (_execute_action) is the browser's, not one of ours.
      c.name && !c.name.startsWith('_') ? [{ name: c.name, description: c.description ?? '', keys: c.shortcut ?? '' }] : [],
    );
  } catch {
    return [];
  }
}

/** The shortcuts, read once; null until the browser answers. */
export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    let live = true;
    void readShortcuts().then((found) => live && setShortcuts(found));
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}

/** Where a user changes the shortcuts: Firefox has them in its add-ons manager, Chrome on a page of their own. */
export function shortcutSettingsPlace(extensionUrl: string): string {
  return extensionUrl.startsWith('moz-extension:') ? 'about:addons' : 'chrome://extensions/shortcuts';
}

/** The same, for this browser. */
export function thisBrowsersShortcutSettings(): string {
  try {
    return shortcutSettingsPlace(browser.runtime.getURL('/'));
  } catch {
    return shortcutSettingsPlace('');
  }
}

/** Opens the browser's shortcut settings: Firefox (137+) has a call for it; Chrome lets an extension open its page. */
export async function openShortcutSettings(): Promise<void> {
  try {
    if (typeof browser.commands.openShortcutSettings === 'function') browser.commands.openShortcutSettings();
    else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  } catch (error) {
    console.warn('[Layerlens] could not open the shortcut settings', error);
  }
}
