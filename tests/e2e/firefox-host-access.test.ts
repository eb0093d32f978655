// Firefox's opt-in host access for Manifest V3, end to end in firefox-esr: before the user grants it our content
// script runs nowhere and the popup asks; one click on its button grants it, and the popup then starts Layerlens in
// the open page, which is marked with no reload.
//
// Firefox shows its own permission doorhanger for permissions.request, which lives in the browser chrome and is out
// of reach of WebDriver BiDi. The pref `extensions.webextOptionalPermissionPrompts: false` (the one Mozilla's own
// extension tests use) makes Firefox accept the request without that doorhanger; the request itself still has to come
// from a real click (user activation), which the mouse click over BiDi provides.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_EXTENSION_DIR,
  launchFirefoxWithExtension,
  markTexts,
  sleep,
  waitForFirefoxMarks,
  watchFirefoxPageErrors,
  type FirefoxExtensionBrowser,
} from './firefox-harness';

let firefox: FirefoxExtensionBrowser;

/** English UI text from the built extension, so copy edits don't break the test. */
function message(key: string): string {
  const messages = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, '_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key} in the build`);
  return entry.message;
}

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({
    grantHostAccess: false,
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
});
afterAll(async () => {
  await firefox?.close();
});

describe('Firefox host access (opt-in for MV3)', () => {
  it('marks nothing until access is granted, asks in the popup, and marks after the grant', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('basic.html'));
    await sleep(1500);
    expect(await markTexts(page)).toEqual([]);

    // The popup as a page for the fixture tab. Without host access the tab's address is hidden, so the tab is found
    // as the newest one besides the popup's own.
    const { page: popup, context } = await firefox.openExtensionPage('popup/index.html');
    const popupErrors = watchFirefoxPageErrors(popup);
    const tabId = await firefox.call<number>(
      context,
      `async () => { const own = (await browser.tabs.getCurrent()).id;
        return JSON.stringify(Math.max(...(await browser.tabs.query({})).map((t) => t.id).filter((id) => id !== own))); }`,
    );
    await firefox.openExtensionPage(`popup/index.html?tab=${tabId}`, popup);
    const notice = () => firefox.call<string | null>(context, `() => JSON.stringify(document.querySelector('.host-access')?.textContent ?? null)`);
    await expect.poll(notice, { timeout: 10_000 }).toContain(message('popupHostAccessTitle'));
    expect(await notice()).toContain(message('popupHostAccessButton'));
    const granted = () =>
      firefox.call<boolean>(context, `async () => JSON.stringify(await browser.permissions.contains({ origins: ['http://*/*', 'https://*/*'] }))`);
    expect(await granted()).toBe(false);

    // A real click (user activation) asks; Firefox grants without its doorhanger (see above).
    // The button's centre comes from the extension page's own realm: puppeteer's locators don't reach a page that
    // BiDi navigated to moz-extension:// behind its back (they time out in Firefox ESR 140).
    const button = await firefox.call<{ x: number; y: number }>(
      context,
      `() => { const r = document.querySelector('.host-access-button').getBoundingClientRect();
        return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 }); }`,
    );
    await popup.mouse.click(button.x, button.y);
    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    await expect.poll(notice, { timeout: 10_000 }).toBeNull();

    // Firefox starts content scripts only on a page's next load, so the popup starts Layerlens in the open tab
    // itself: no reload.
    const marks = await waitForFirefoxMarks(page, 5);
    expect(marks).toEqual(expect.arrayContaining(['Ethereum', 'Arbitrum', 'Bitcoin']));
    const listed = () => firefox.call<string>(context, `() => JSON.stringify(document.querySelector('[role="tabpanel"]')?.textContent ?? '')`);
    await expect.poll(listed, { timeout: 10_000 }).toContain('Arbitrum One');
    expect(errors).toEqual([]);
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('made no connection to any host but 127.0.0.1', () => {
    expect(firefox.externalConnections).toEqual([]);
  });
});
