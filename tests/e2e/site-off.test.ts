// "Not on this site" from the popup: the open tab's marks vanish at once and stay off after a reload;
// turning it back on brings them back. Settings change live, without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, highlights, launchWithExtension, waitForMarks, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

const markCount = async (page: import('playwright-core').Page) => ((await highlights(page))['layerlens-mark'] ?? []).length;

/** Opens the popup for `page`'s tab and turns "On for 127.0.0.1" off, as a user would. */
async function switchSiteOff(page: import('playwright-core').Page) {
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  const popup = await browser.openExtensionPage(`popup/index.html?tab=${tabId}`);
  const site = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
  await expect.poll(() => site.isChecked(), { timeout: 10_000 }).toBe(true);
  await site.uncheck({ force: true });
  return { tabId, popup, site };
}

describe('per-site switch', () => {
  it('turns marks off on this site from the popup, keeps them off after reload, and back on', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    const { popup } = await switchSiteOff(page);

    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(0);
    const rules = await browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')) as { settings?: { siteRules?: unknown } }).settings?.siteRules);
    expect(rules).toEqual([{ pattern: '127.0.0.1', mode: 'never' }]);

    await page.reload();
    await page.waitForTimeout(1500);
    expect(await markCount(page)).toBe(0);
    expect(await page.locator('layerlens-ui').count()).toBe(0);
    // Off means no footprint at all: no highlight entries registered (and no pointer listeners behind them).
    expect(await page.evaluate(() => CSS.highlights.has('layerlens-mark'))).toBe(false);

    await popup.reload();
    const again = popup.getByRole('switch', { name: /127\.0\.0\.1/ });
    await expect.poll(() => again.isChecked(), { timeout: 10_000 }).toBe(false);
    await again.check({ force: true });
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    await popup.close();
    await page.close();
  });

  it('switches off the frames another site shows on a page of a site switched off, and the badge with them', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    // An embedded widget from another origin ("localhost"), with chain names of its own.
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = '800';
      frame.height = '300';
      document.body.append(frame);
    }, `${browser.server.altOrigin}/basic.html`);
    const frameMarks = async () => {
      const frame = page.frames().find((f) => f.url().startsWith(browser.server.altOrigin));
      return frame ? ((await highlights(frame as unknown as import('playwright-core').Page))['layerlens-mark'] ?? []).length : -1;
    };
    await expect.poll(frameMarks, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    const { tabId, popup, site } = await switchSiteOff(page);
    // Before: the page's marks went, and the widget kept its own, and the badge still counted them.
    await expect.poll(() => markCount(page), { timeout: 10_000 }).toBe(0);
    await expect.poll(frameMarks, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => browser.worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).toBe('');

    // Back on: the widget is marked again.
    await site.check({ force: true });
    await expect.poll(frameMarks, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    await popup.close();
    await page.close();
  });
});
