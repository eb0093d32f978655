// The core end to end run again in Firefox (Debian's firefox-esr, over WebDriver BiDi): the add-on installs, marks
// chain names on a real page, explains Arbitrum on hover in its closed shadow root, and the popup lists the page's
// chains. How each of these is observed is explained at the top of firefox-harness.ts.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firefoxPointOfText,
  firefoxShadowPoint,
  firefoxShadowText,
  launchFirefoxWithExtension,
  sleep,
  waitForFirefoxMarks,
  waitForFirefoxShadowText,
  watchFirefoxPageErrors,
  type FirefoxExtensionBrowser,
} from './firefox-harness';
import { HOST_TAG, MARK_RGB, ROOT, countColourPixels, markBoxInPage } from './harness';

let firefox: FirefoxExtensionBrowser;

// Firefox suspends an idle event page after 30 s; a short timeout makes the run go through suspensions and wake-ups.
const IDLE_MS = 1000;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
});

/** When the background event page's current incarnation started (its window's performance.timeOrigin). */
async function backgroundStartedAt(): Promise<number> {
  const { page, context } = await firefox.openExtensionPage('options/index.html');
  try {
    return await firefox.call<number>(
      context,
      `async () => JSON.stringify((await browser.runtime.getBackgroundPage()).performance.timeOrigin)`,
    );
  } finally {
    await page.close();
  }
}
/**
 * The id of the tab showing `url`, asked through the extension page `context` (host access makes tab URLs visible
 * without the "tabs" permission).
 */
async function tabIdOf(context: string, url: string): Promise<number> {
  const tabId = await firefox.call<number | null>(
    context,
    `async (url) => JSON.stringify((await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null)`,
    url,
  );
  expect(tabId).toBeTypeOf('number');
  return tabId!;
}

afterAll(async () => {
  await firefox?.close();
});

/**
 * Pixels of the default mark under our mark that reads `text`, from a screenshot decoded in a blank page: its dotted
 * underline, or before Firefox 146 (no text-decoration in highlights) the tint it is drawn as instead, which is the
 * mark colour at alpha 0x2e over the fixture's white page (close to white, hence the narrow tolerance).
 */
async function markColouredPixels(page: Page, text: string): Promise<number> {
  const box = await page.evaluate(markBoxInPage, text);
  if (!box) throw new Error(`no mark reads "${text}"`);
  const png = await page.screenshot({ clip: box, encoding: 'base64' });
  const alpha = 0x2e / 255;
  const tint = MARK_RGB.map((c) => Math.round(255 * (1 - alpha) + c * alpha)) as [number, number, number];
  const [rgb, tolerance] = firefox.majorVersion >= 146 ? [MARK_RGB, 40] : [tint, 8];
  const decoder = await firefox.newPage();
  try {
    return await decoder.evaluate(countColourPixels, [png, rgb, tolerance] as [string, [number, number, number], number]);
  } finally {
    await decoder.close();
  }
}

describe('Firefox (firefox-esr over WebDriver BiDi)', () => {
  it('installs the built add-on as a temporary add-on', () => {
    expect(firefox.extensionId).toBe('layerlens@layerlens.app');
  });

  it('marks chain names, leaves the page DOM alone, and hovering Arbitrum explains it', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('basic.html'), { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    // Marks, read from the page's own CSS.highlights: the registry the content script fills through its Xray view.
    const marks = await waitForFirefoxMarks(page, 5);
    expect(marks).toEqual(expect.arrayContaining(['Ethereum', 'Arbitrum', 'Bitcoin', 'Lightning Network']));
    // The ::highlight() rules reached the page: from 153 a constructed sheet adopted from the content script; before
    // that, content scripts have no adoptedStyleSheets (bug 1751346) and the rules are a <style> in our host element.
    const rules = await page.evaluate(
      (tag) => ({
        adopted: [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
        inHost: [...document.querySelectorAll(`${tag} > style`)].map((style) => style.textContent ?? '').join('\n'),
        hosts: document.querySelectorAll(tag).length,
      }),
      HOST_TAG,
    );
    const adopts = firefox.majorVersion >= 153;
    const ruleText = adopts ? rules.adopted : rules.inHost;
    expect(adopts ? rules.inHost : rules.adopted).toBe('');
    expect(ruleText).toContain('::highlight(layerlens-mark)');
    // Firefox has no highlight inheritance: a rule on the root alone would mark nothing, so ours select every element.
    expect(ruleText).not.toContain(':root::highlight');
    // Highlights paint underlines from 146; before that the default underline look is drawn as a tint.
    if (firefox.majorVersion < 146) expect(ruleText).not.toContain('text-decoration');
    // And the marks show: the mark colour under "Ethereum" in a screenshot.
    expect(await markColouredPixels(page, 'Ethereum')).toBeGreaterThan(10);
    // With an adopted sheet, no host element until a tooltip opens; with the <style>, the one host holds it.
    expect(rules.hosts).toBe(adopts ? 0 : 1);

    // Hover: nothing before the delay, the tooltip after it.
    const point = await firefoxPointOfText(page, 'Arbitrum');
    await page.mouse.move(point.x, point.y);
    await sleep(120);
    expect(await firefoxShadowText(firefox, page)).not.toContain('Settles to');
    const text = await waitForFirefoxShadowText(firefox, page, (t) => t.includes('Settles to'));
    expect(text).toContain('Arbitrum One');
    expect(text).toContain('Layer 2');
    expect(text).toContain('Settles to Ethereum');
    expect(text).toMatch(/What you gain/);
    expect(text).toMatch(/What you trust/);

    // The host is closed to the page: no shadowRoot from page script.
    expect(await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot ?? null, HOST_TAG)).toBeNull();

    // Escape closes it.
    await page.keyboard.press('Escape');
    await waitForFirefoxShadowText(firefox, page, (t) => !t.includes('Settles to'));

    // The page's DOM outside our one host element is what the page built.
    const after = await page.evaluate((tag) => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const host of clone.querySelectorAll(tag)) host.remove();
      return clone.outerHTML;
    }, HOST_TAG);
    expect(after).toBe(before);
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the chain's directory entry from the tooltip (through the background)", async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('basic.html'));
    await waitForFirefoxMarks(page, 5);
    const point = await firefoxPointOfText(page, 'Arbitrum');
    await page.mouse.move(point.x, point.y);
    await waitForFirefoxShadowText(firefox, page, (t) => t.includes('Full entry'));
    const button = await firefoxShadowPoint(firefox, page, 'button.link');
    await page.mouse.move(button.x, button.y);
    await page.mouse.down();
    await page.mouse.up();
    // Tied to the page's tab (?tab=<id>), so the entry tab's "On this page" reads that page.
    const entryUrl = new RegExp(`^moz-extension://${firefox.uuid}/popup/index\\.html\\?tab=\\d+#chain=arbitrum-one$`);
    await expect
      .poll(async () => (await firefox.tabs()).some((tab) => entryUrl.test(tab.url)), { timeout: 10_000 })
      .toBe(true);
    const entry = (await firefox.tabs()).find((tab) => entryUrl.test(tab.url))!;
    await expect
      .poll(() => firefox.call<string>(entry.context, `() => JSON.stringify(document.body.textContent ?? '')`), { timeout: 10_000 })
      .toContain('Arbitrum One');
    await firefox.closeTab(entry.context);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the chains of the tab in the popup', async () => {
    const page = await firefox.newPage();
    const url = firefox.server.url('basic.html');
    await page.goto(url);
    await waitForFirefoxMarks(page, 5);

    // The fixture tab's id, from the extension's own tabs API (host access makes tab URLs visible without "tabs").
    const { page: popup, context } = await firefox.openExtensionPage('popup/index.html');
    const popupErrors = watchFirefoxPageErrors(popup);
    const tabId = await tabIdOf(context, url);

    await firefox.openExtensionPage(`popup/index.html?tab=${tabId}`, popup);
    const panelText = () => firefox.call<string>(context, `() => JSON.stringify(document.querySelector('[role=tabpanel]')?.textContent ?? '')`);
    await expect.poll(panelText, { timeout: 10_000 }).toContain('Arbitrum One');
    const text = await panelText();
    for (const name of ['Ethereum', 'Bitcoin', 'Lightning Network', 'OP Mainnet', 'Solana', 'Cardano']) {
      expect(text).toContain(name);
    }
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows the number of chains in the badge and keeps it through a single-page app’s route change', async () => {
    const page = await firefox.newPage();
    const url = firefox.server.url('basic.html');
    await page.goto(url);
    await waitForFirefoxMarks(page, 5);
    const { page: options, context } = await firefox.openExtensionPage('options/index.html');
    const tabId = await tabIdOf(context, url);
    const badge = () =>
      firefox.call<string>(context, `async (tabId) => JSON.stringify(await browser.action.getBadgeText({ tabId: Number(tabId) }))`, tabId);
    await expect.poll(badge, { timeout: 10_000 }).toBe('10');
    // A route change (history.pushState) keeps the document and what it found; the badge must say so too. (Firefox
    // 153 does not clear the badge for it, as Chromium does; the content script's re-report covers both.)
    await page.evaluate(() => history.pushState({}, '', '?route=2'));
    await sleep(1500);
    await expect.poll(badge, { timeout: 5_000 }).toBe('10');
    await options.close();
    await page.close();
  });

  it('draws marks inside an open shadow root where it can style them, and makes none where it cannot', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('dynamic.html'));
    const inShadow = () =>
      page.evaluate(() => [...(CSS.highlights.get('layerlens-mark') ?? [])].filter((r) => r.startContainer.getRootNode() instanceof ShadowRoot).length);
    if (firefox.majorVersion >= 153) {
      // Our sheet is adopted into the shadow root (Firefox has no highlight inheritance). The web component's text
      // turns into "Linea is a zk rollup" after load; its mark is in the shadow tree.
      await expect.poll(inShadow, { timeout: 10_000 }).toBeGreaterThan(0);
      await sleep(300);
      expect(await markColouredPixels(page, 'Linea')).toBeGreaterThan(10);
    } else {
      // Before 153 nothing of ours can style a shadow tree, and an invisible mark that still answers a hover would be
      // a trap: the shadow tree is not read. The light DOM of the same page is marked as usual.
      await waitForFirefoxMarks(page, 1);
      await page.waitForFunction(() => document.getElementById('host-el')?.shadowRoot?.textContent?.includes('Linea'), { timeout: 10_000 });
      await sleep(1500);
      expect(await inShadow()).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('options tell the truth about underlines: a Firefox that cannot draw them says so and previews the tint', async () => {
    const { page, context } = await firefox.openExtensionPage('options/index.html');
    const errors = watchFirefoxPageErrors(page);
    const read = () =>
      firefox.call<{ help: string; decoration: string; background: string } | null>(
        context,
        `() => {
          const choice = document.querySelector('#markStyle-underline')?.closest('label');
          const mark = document.querySelector('[data-testid=preview-mark]');
          if (!choice || !mark) return JSON.stringify(null);
          const style = getComputedStyle(mark);
          return JSON.stringify({
            help: choice.querySelector('.choice-help')?.textContent ?? '',
            decoration: style.textDecorationLine,
            background: style.backgroundColor,
          });
        }`,
      );
    await expect.poll(read, { timeout: 10_000 }).not.toBeNull();
    const shown = (await read())!;
    if (firefox.majorVersion >= 146) {
      expect(shown.help).toBe('');
      expect(shown.decoration).toBe('underline');
    } else {
      expect(shown.help).toContain('Firefox 146');
      expect(shown.decoration).toBe('none');
      expect(shown.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
    await firefox.call(context, `() => { document.querySelector('#markStyle-underline').scrollIntoView({ block: 'center' }); }`);
    // For a person to look at (it depends on the Firefox version, so it is not one of the README's screenshots).
    await fs.mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', `firefox-${firefox.majorVersion}-options.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves a page with no chain names alone: no host element, no marks', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('plain.html'));
    await sleep(1500);
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG)).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.get('layerlens-mark')?.size ?? 0)).toBe(0);
    // Nothing to draw, so no ::highlight rules either (adding them restyles every element of the page).
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clears what an earlier copy left (Firefox destroys it on an update), through its Xray wrappers', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('leftovers.html'));
    await waitForFirefoxMarks(page, 1);
    expect(await page.evaluate((tag) => document.querySelectorAll(tag).length, HOST_TAG)).toBe(0);
    const sheets = await page.evaluate(() => document.adoptedStyleSheets.map((s) => Array.from(s.cssRules, (r) => r.cssText).join(' ')));
    expect(sheets.some((css) => css.includes('rgb(255, 0, 0)'))).toBe(false);
    expect(sheets.some((css) => css.includes('margin'))).toBe(true);
    // Before: reading the registry's names threw ("Xray wrapping of iterators not supported") and nothing was marked.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains the selected name on the explain-selection command', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    const url = firefox.server.url('basic.html');
    await page.goto(url);
    await waitForFirefoxMarks(page, 5);
    await page.evaluate(() => {
      const text = document.querySelector('#p2')?.firstChild;
      if (!text) throw new Error('no #p2 text');
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Bitcoin'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    // Commands are browser accelerators that synthesized keys don't reach (in Chromium either): send the message
    // the background sends for Alt+Shift+K, from an extension page.
    const { page: sender, context } = await firefox.openExtensionPage('options/index.html');
    const reply = await firefox.call<{ ok: boolean; value?: { opened: boolean } }>(
      context,
      `async (url) => {
        const tab = (await browser.tabs.query({})).find((t) => t.url === url);
        return JSON.stringify(await browser.tabs.sendMessage(tab.id, { layerlens: 1, name: 'explainAtSelection', payload: {} }));
      }`,
      url,
    );
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    const text = await waitForFirefoxShadowText(firefox, page, (t) => t.includes('Layer 1'));
    expect(text).toContain('Bitcoin');
    await sender.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('wakes the suspended event page to explain a name', async () => {
    const page = await firefox.newPage();
    const errors = watchFirefoxPageErrors(page);
    await page.goto(firefox.server.url('basic.html'));
    await waitForFirefoxMarks(page, 5);
    const startedAt = await backgroundStartedAt();
    // Idle for several timeouts: Firefox unloads the background page.
    await sleep(IDLE_MS * 4);
    // A chain no tooltip has loaded yet in this page: its data comes from the background (getChain).
    const point = await firefoxPointOfText(page, 'Bitcoin');
    await page.mouse.move(point.x, point.y);
    const text = await waitForFirefoxShadowText(firefox, page, (t) => t.includes('Layer 1'));
    expect(text).toContain('Bitcoin');
    // The background that answered is a new incarnation: the old one had been suspended, the message woke it.
    expect(await backgroundStartedAt()).toBeGreaterThan(startedAt + IDLE_MS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('made no connection to any host but 127.0.0.1', () => {
    expect(firefox.externalConnections).toEqual([]);
  });
});
