import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json';
import { contentScriptFiles, isWebPage, siteOrigins } from '../../../src/tabs/scriptTarget';

describe('scriptTarget: where the popup may start Layerlens', () => {
  it('injects exactly the content script the manifest declares', () => {
    expect(contentScriptFiles(manifest as never)).toEqual(['content/main.js']);
    expect(contentScriptFiles({ manifest_version: 3, name: 'x', version: '1' })).toEqual([]);
  });

  it('tries web pages only, and says when the address is hidden', () => {
    expect(isWebPage('https://example.com/post')).toBe(true);
    expect(isWebPage('http://127.0.0.1:8080/')).toBe(true);
    for (const url of ['chrome://settings/', 'about:blank', 'edge://newtab/', 'file:///tmp/a.html', 'chrome-extension://x/popup.html', 'view-source:https://a.b/']) {
      expect(isWebPage(url)).toBe(false);
    }
    expect(isWebPage(undefined)).toBeUndefined();
    expect(isWebPage('')).toBeUndefined();
  });

  it('asks for no more than activeTab and scripting to do it', () => {
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
    expect(manifest.permissions).not.toContain('tabs');
    expect((manifest as { host_permissions?: unknown }).host_permissions).toBeUndefined();
  });
});

describe('siteOrigins', () => {
  it("asks about the page's own site, whatever its port, path or query", () => {
    expect(siteOrigins('https://news.example.com:8443/a/b?c=d#e')).toEqual(['https://news.example.com/*']);
    expect(siteOrigins('http://127.0.0.1:5173/')).toEqual(['http://127.0.0.1/*']);
  });
});
