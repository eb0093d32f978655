// The first slice end to end, in real Chromium: marks on a real page, a tooltip on hover, the popup's list,
// and a page DOM left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  pageDomWithoutHost,
  pointOfText,
  shadowText,
  waitForMarks,
  waitForShadowText,
  watchPageErrors,
  activeTabId,
  type ExtensionBrowser,
} from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('foundation slice', () => {
  it('loads as an extension with a service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('marks chain names without touching the page DOM, and hovering Arbitrum explains it', async () => {
    const page = await browser.context.newPage();
    const errors = watchPageErrors(page);
    // The DOM as the page built it, before our content script runs (it runs at document_idle).
    await page.goto(browser.server.url('basic.html'), { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    const marks = await waitForMarks(page, 5);
    expect(marks).toEqual(expect.arrayContaining(['Arbitrum', 'Lightning Network', 'Ethereum', 'Bitcoin']));
    // "<a>Arbitrum</a> One" is one mention across an inline element.
    const all = await page.evaluate(() => [...(CSS.highlights.get('layerlens-mark') ?? [])].length);
    expect(all).toBeGreaterThanOrEqual(5);

    expect(await pageDomWithoutHost(page)).toBe(before);

    // Hover: nothing before the delay, the tooltip after it.
    const point = await pointOfText(page, 'Arbitrum');
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(120);
    expect(await shadowText(page)).not.toContain('Settles to');
    const text = await waitForShadowText(page, (t) => t.includes('Settles to'));
    expect(text).toContain('Arbitrum One');
    expect(text).toContain('Layer 2');
    expect(text).toContain('Settles to Ethereum');
    // The kind and the glossary's line on it (which the background sends with the chain).
    expect(text).toContain('Optimistic rollup');
    expect(text).toContain('assumed correct unless someone proves them wrong');
    expect(text).toMatch(/What you gain/);
    expect(text).toMatch(/What you trust/);

    // Escape closes it.
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !t.includes('Settles to'));
    // After all that, the page's own DOM is still exactly what it built; our one host element is all we added.
    expect(await pageDomWithoutHost(page)).toBe(before);
    expect(await page.locator('layerlens-ui').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the chains of a tab in the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    expect(tabId).toBeTypeOf('number');
    const popup = await browser.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const list = popup.getByRole('tabpanel');
    await expect.poll(async () => list.textContent(), { timeout: 10_000 }).toContain('Arbitrum One');
    const text = (await list.textContent()) ?? '';
    for (const name of ['Ethereum', 'Bitcoin', 'Lightning Network', 'OP Mainnet', 'Solana', 'Cardano']) {
      expect(text).toContain(name);
    }
    await popup.close();
    await page.close();
  });

  it('leaves a page with no chain names alone: no host element, no marks', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('plain.html'));
    await page.waitForTimeout(1500);
    expect(await page.locator('layerlens-ui').count()).toBe(0);
    const marks = await page.evaluate(() => CSS.highlights.get('layerlens-mark')?.size ?? 0);
    expect(marks).toBe(0);
    await page.close();
  });
});
