// Pure checks behind startOnTab.ts, apart from the browser APIs so Node can test them.
import type { Manifest } from 'webextension-polyfill';

/** The files the manifest injects into pages: the one content script, read from the manifest so they cannot drift. */
export function contentScriptFiles(manifest: Manifest.WebExtensionManifest): string[] {
  const scripts = manifest.content_scripts ?? [];
  return [...new Set(scripts.flatMap((s) => s.js ?? []))];
}

/** Only web pages: content scripts match http and https alone. */
export function isWebPage(url: string | undefined): boolean | undefined {
  if (url === undefined || url === '') return undefined;
  return /^https?:\/\//i.test(url);
}

/** The patterns that ask whether the user lets Layerlens run on the site of `url` ("https://example.com/*"). */
export function siteOrigins(url: string): string[] {
  const { protocol, hostname } = new URL(url);
  return [`${protocol}//${hostname}/*`];
}
