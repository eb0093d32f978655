// Every string a user reads goes through browser.i18n, so a translation is a file, not a code change.
// Sources live in assets/_locales/<lang>/*.json (one fragment per part); build.mjs merges them into messages.json.
import browser from 'webextension-polyfill';

const warned = new Set<string>();

/** The localized message for `key`; falls back to the key itself (and says so once) when it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions);
  } catch {
    // Extension context gone (after an update): show the key rather than throw into the UI.
  }
  if (message) return message;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`[Layerlens] missing message "${key}"`);
  }
  return key;
}

/**
 * The language of the messages the pages show (the "langCode" of the locale file the browser picked), for their
 * lang attribute: the browser's own language may be one Layerlens has no translation for.
 */
export function messagesLanguage(): string {
  try {
    return browser.i18n.getMessage('langCode') || 'en';
  } catch {
    return 'en';
  }
}
