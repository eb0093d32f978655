// The toolbar popup in real Chromium, opened as an extension page for a tab with a fixture loaded:
// this page's chains, directory search, entry, compare, the explainer with its diagrams, quick controls, axe.
import path from 'node:path';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import {
  activeTabId,
  highlights,
  EXTENSION_DIR,
  launchWithExtension,
  ROOT,
  waitForMarks,
  watchPageErrors,
  type ExtensionBrowser,
} from './harness';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const SHOTS = path.join(ROOT, 'docs/screenshots');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

let browser: ExtensionBrowser;
let fixture: Page;
let tabId: number;
let extensionCopy: string;

/** A private copy of the built extension, so a rebuild of dist/ during the run cannot pull files from under it. */
async function copyExtension(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-popup-ext-'));
  for (let attempt = 0; attempt < 5; attempt++) {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.cp(EXTENSION_DIR, dir, { recursive: true });
    const ok = await Promise.all(
      ['manifest.json', 'popup/index.html', 'popup/main.js', 'popup/popup.css', 'content/main.js', 'background/main.js'].map((f) =>
        fs.access(path.join(dir, f)).then(() => true, () => false),
      ),
    );
    if (ok.every(Boolean)) return dir;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`no complete build in ${EXTENSION_DIR}: run "npm run build" first`);
}

async function openPopup(hash = '', tab = tabId): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup/index.html?tab=${tab}${hash}`);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.waitForSelector('[role="tabpanel"]');
  return popup;
}

async function shot(popup: Page, name: string): Promise<void> {
  await fs.mkdir(SHOTS, { recursive: true });
  await popup.screenshot({ path: path.join(SHOTS, `popup-${name}.png`) });
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** axe-core, injected through DevTools: the extension page's CSP (rightly) refuses an inline <script>. */
async function axeViolations(popup: Page): Promise<string[]> {
  await popup.evaluate(await fs.readFile(AXE, 'utf8'));
  const result = await popup.evaluate(
    () => (window as unknown as { axe: { run: (ctx: Document) => Promise<unknown> } }).axe.run(document) as Promise<unknown>,
  );
  return (result as AxeResult).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const panelText = async (popup: Page) => (await popup.getByRole('tabpanel').textContent()) ?? '';

/** The directory's search box: a combobox over the results. */
const searchBox = (popup: Page) => popup.getByRole('combobox', { name: 'Search chains by name, alias or ticker' });

/** What has focus: "#id", else the tag and text ("H2 Optimistic rollup"), else "BODY". */
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.id ? `#${el.id}` : `${el.tagName} ${(el.textContent ?? '').trim()}`;
  });

/** Where a view's section sits in the scrolling view: its top, from the top of <main> (4 px of scroll margin on top). */
const topInMain = (popup: Page, selector: string) =>
  popup.locator(selector).evaluate((el) => el.getBoundingClientRect().top - document.querySelector('main')!.getBoundingClientRect().top);

beforeAll(async () => {
  extensionCopy = await copyExtension();
  // *.example.test resolves to the fixture server, for a page on a long host name.
  browser = await launchWithExtension({ extensionDir: extensionCopy, args: ['--host-resolver-rules=MAP *.example.test 127.0.0.1'] });
  fixture = await browser.context.newPage();
  await fixture.goto(browser.server.url('popup-chains.html'));
  await waitForMarks(fixture, 4);
  await fixture.bringToFront();
  tabId = await activeTabId(browser);
});

afterAll(async () => {
  await browser?.close();
  if (extensionCopy) await fs.rm(extensionCopy, { recursive: true, force: true });
});

describe('popup', () => {
  it('opened in a tab: the contents columns line up, and the footer stays inside the rounded card', async () => {
    const popup = await browser.openExtensionPage('popup/index.html#learn');
    await popup.setViewportSize({ width: 900, height: 700 });
    await popup.locator('.toc li').first().waitFor();
    const tops = await popup.locator('.toc li').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
    const half = Math.ceil(tops.length / 2);
    expect(tops.slice(half)[0]).toBe(tops[0]);
    // The footer's background is clipped to the card's corners.
    expect(await popup.locator('.app').evaluate((app) => [getComputedStyle(app).overflow, getComputedStyle(app).borderRadius])).toEqual(['hidden', '13px']);
    await popup.close();
  });

  it('opened in a narrow tab (a phone-sized window, 400% zoom): nothing is cut off, and the footer is in view', async () => {
    const popup = await browser.openExtensionPage('popup/index.html#learn');
    await popup.locator('.toc li').first().waitFor();
    await expect.poll(() => popup.evaluate(() => document.documentElement.hasAttribute('data-in-tab'))).toBe(true);
    for (const size of [
      { width: 320, height: 480 },
      { width: 480, height: 320 },
    ]) {
      await popup.setViewportSize(size);
      // Before: the body kept the popup's 400 × 600, so the right of the tabs, the gear and the footer were out of reach.
      const layout = await popup.evaluate(() => {
        const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          tabsRight: Math.max(...[...document.querySelectorAll('[role=tab]')].map((tab) => tab.getBoundingClientRect().right)),
          footerBottom: rect('.quick').bottom,
        };
      });
      expect(layout.scrollWidth, `${size.width} × ${size.height}`).toBeLessThanOrEqual(size.width);
      expect(layout.tabsRight).toBeLessThanOrEqual(size.width);
      expect(layout.footerBottom).toBeLessThanOrEqual(size.height);
    }
    await popup.close();
  });

  it('on a page that is not about crypto, offers to mark every page of the site, and the page is marked', async () => {
    const saved = await browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? { schemaVersion: 3 }), defaultSiteMode: 'crypto-only', siteRules: [] } });
    });
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('travel-notes.html'));
    await page.bringToFront();
    const tab = await activeTabId(browser);
    const popup = await openPopup('', tab);
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain("isn't about crypto");
    // Before: the notice said to go to the options, as text, and offered nothing.
    await popup.getByRole('button', { name: 'Mark every page on 127.0.0.1' }).click();
    await expect.poll(() => highlights(page).then((h) => h['layerlens-mark'] ?? []), { timeout: 10_000 }).toEqual(['Bitcoin']);
    const rules = await browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { siteRules: unknown }).siteRules);
    expect(rules).toEqual([{ pattern: '127.0.0.1', mode: 'always' }]);
    await popup.close();
    await page.close();
    await browser.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), saved);
    await fixture.bringToFront();
  });

  it("the site switch brings back the site's own rule (only pages about crypto) when switched on again", async () => {
    const saved = await browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    await browser.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings ?? { schemaVersion: 3 }), siteRules: [{ pattern: '127.0.0.1', mode: 'crypto-only' }] } });
    });
    const popup = await openPopup();
    const site = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
    const rules = () => browser.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { siteRules: unknown }).siteRules);
    await expect.poll(() => site.isChecked(), { timeout: 10_000 }).toBe(true);
    await site.uncheck({ force: true });
    await expect.poll(rules).toEqual([{ pattern: '127.0.0.1', mode: 'never' }]);
    // Closed and opened again, as people do.
    await popup.close();
    const again = await openPopup();
    const switchAgain = again.getByRole('switch', { name: /127\.0\.0\.1/ });
    await expect.poll(() => switchAgain.isChecked(), { timeout: 10_000 }).toBe(false);
    await switchAgain.check({ force: true });
    // Before: the rule was deleted, and the site fell back to marking every page.
    await expect.poll(rules).toEqual([{ pattern: '127.0.0.1', mode: 'crypto-only' }]);
    await again.close();
    await browser.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), saved);
  });

  it("lists this page's chains grouped by layer, and reveals a mention on request", async () => {
    const popup = await openPopup();
    const errors = watchPageErrors(popup);
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Arbitrum Nova');
    const text = await panelText(popup);
    for (const name of ['Ethereum', 'Bitcoin', 'Arbitrum One', 'OP Mainnet', 'Lightning Network']) expect(text).toContain(name);
    // Grouped: Layer 1 before Layer 2, each chain in its layer's group.
    const groups = await popup.locator('.layer-group').evaluateAll((els) =>
      els.map((el) => ({ title: el.querySelector('h2')?.textContent ?? '', names: [...el.querySelectorAll('.row-name')].map((n) => n.textContent) })),
    );
    expect(groups.map((g) => g.title)).toEqual([expect.stringContaining('Layer 1'), expect.stringContaining('Layer 2')]);
    expect(groups[0]!.names).toEqual(expect.arrayContaining(['Ethereum', 'Bitcoin']));
    expect(groups[1]!.names).toEqual(expect.arrayContaining(['Arbitrum One', 'Arbitrum Nova', 'OP Mainnet']));
    // Screen readers hear each group's name once ("Layer 1", not "Layer 1 Layer 1").
    expect(await popup.getByRole('heading', { name: 'Layer 1', exact: true }).count()).toBe(1);
    expect(await popup.getByRole('heading', { name: 'Layer 2', exact: true }).count()).toBe(1);
    // Counts are shown, and read as "1 mention", "3 mentions".
    expect(await popup.locator('.row .count').first().textContent()).toMatch(/^\d+$/);
    expect(await popup.getByRole('button', { name: 'Bitcoin 1 mention', exact: true }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: /^Ethereum \d+ mentions$/ }).count()).toBe(1);
    await shot(popup, 'page');

    // Bitcoin is far below the fold: choosing it scrolls the page there.
    expect(await fixture.evaluate(() => window.scrollY)).toBe(0);
    await popup.getByRole('button', { name: /Bitcoin/ }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('Bitcoin');
    await expect.poll(() => fixture.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(500);

    expect(await axeViolations(popup)).toEqual([]);
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('says so plainly when the tab has no content script, and when a page has no chains', async () => {
    const unreachable = await openPopup('', 999_999);
    await expect.poll(() => panelText(unreachable)).toContain("can't run on this page");
    await shot(unreachable, 'unavailable');
    expect(await axeViolations(unreachable)).toEqual([]);
    await unreachable.close();

    // A browser page: Layerlens can never run there, so a reload is no advice for it.
    const settings = await browser.context.newPage();
    await settings.goto('chrome://version');
    await settings.bringToFront();
    const browserPage = await openPopup('', await activeTabId(browser));
    await expect.poll(() => panelText(browserPage)).toContain('Browser pages');
    expect(await panelText(browserPage)).not.toContain('Reload the page to try again');
    await browserPage.close();
    await settings.close();

    const plain = await browser.context.newPage();
    await plain.goto(browser.server.url('plain.html'));
    await plain.bringToFront();
    const plainTab = await activeTabId(browser);
    const popup = await openPopup('', plainTab);
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toMatch(/No chain names here|isn't about crypto/);
    await shot(popup, 'empty');
    await popup.close();
    await plain.close();
    await fixture.bringToFront();
  });

  it('switches tabs with the arrow keys', async () => {
    const popup = await openPopup();
    await popup.getByRole('tab', { name: 'On this page' }).focus();
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.getByRole('tab', { name: 'Learn' }).getAttribute('aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Learn');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.getByRole('tab', { name: 'Directory' }).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('Home');
    await expect.poll(() => popup.getByRole('tab', { name: 'On this page' }).getAttribute('aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => popup.getByRole('tab', { name: 'Directory' }).getAttribute('aria-selected')).toBe('true');
    await popup.close();
  });

  it('finds Arbitrum One and Arbitrum Nova from "arb", and filters', async () => {
    const popup = await openPopup('#directory');
    await searchBox(popup).fill('arb');
    const names = () => popup.locator('.result-name').allTextContents();
    await expect.poll(names).toEqual(expect.arrayContaining(['Arbitrum One', 'Arbitrum Nova']));
    expect((await names()).slice(0, 2).sort()).toEqual(['Arbitrum Nova', 'Arbitrum One']);
    await shot(popup, 'directory');
    expect(await axeViolations(popup)).toEqual([]);

    // A ticker and an alias.
    await searchBox(popup).fill('matic');
    await expect.poll(names).toEqual(['Polygon PoS (as “Matic”)']);
    // Enter opens the best match.
    await searchBox(popup).press('Enter');
    await expect.poll(() => popup.locator('#entry-title').textContent()).toBe('Polygon PoS');
    await popup.goBack();
    // Filters: layer 3 only.
    await searchBox(popup).fill('');
    await popup.getByLabel('Layer', { exact: true }).selectOption('3');
    await expect.poll(async () => (await names()).length).toBeGreaterThan(0);
    const badges = await popup.locator('.result .badge [aria-hidden="true"]').allTextContents();
    expect(new Set(badges)).toEqual(new Set(['L3']));
    await popup.close();
  });

  it('ranks Arbitrum One first for "arb", marks the result Enter opens, and moves it with the arrow keys', async () => {
    const popup = await openPopup('#directory');
    const box = searchBox(popup);
    await box.fill('arb');
    await expect.poll(() => popup.locator('.result-name').allTextContents()).toEqual(['Arbitrum One', 'Arbitrum Nova']);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe('dir-results');
    const activeOption = async () => {
      const id = await box.getAttribute('aria-activedescendant');
      const selected = await popup.getByRole('listbox').getByRole('option', { selected: true }).getAttribute('id');
      expect(selected).toBe(id);
      return id;
    };
    expect(await activeOption()).toBe('result-arbitrum-one');
    // It shows: the active result is tinted and carries the Enter key, the other is plain.
    const look = (id: string) =>
      popup.locator(`#${id}`).evaluate((el) => ({
        background: getComputedStyle(el).backgroundColor,
        enterKey: !!el.querySelector('.result-enter') && getComputedStyle(el.querySelector('.result-enter')!).display !== 'none',
      }));
    const one = await look('result-arbitrum-one');
    const nova = await look('result-arbitrum-nova');
    expect(one.enterKey).toBe(true);
    expect(nova.enterKey).toBe(false);
    expect(one.background).not.toBe(nova.background);
    await popup.screenshot({ path: path.join(os.tmpdir(), 'layerlens-popup-search-active.png') });
    expect(await axeViolations(popup)).toEqual([]);

    await box.press('ArrowDown');
    expect(await activeOption()).toBe('result-arbitrum-nova');
    await box.press('ArrowDown');
    expect(await activeOption()).toBe('result-arbitrum-nova');
    await box.press('ArrowUp');
    expect(await activeOption()).toBe('result-arbitrum-one');
    await box.press('ArrowDown');
    // A new query starts again from its best match.
    await box.fill('arbitrum');
    await expect.poll(activeOption).toBe('result-arbitrum-one');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => popup.locator('#entry-title').textContent()).toBe('Arbitrum Nova');
    await popup.close();
  });

  it("moves focus to the new view's heading when the view changes, and leaves it on a tab the user chose", async () => {
    const popup = await openPopup('#directory');
    await popup.locator('#dir-search').fill('arbitrum one');
    await popup.locator('#dir-search').press('Enter');
    await expect.poll(() => popup.locator('#entry-title').textContent()).toBe('Arbitrum One');
    await expect.poll(() => focused(popup)).toBe('#entry-title');
    // The heading takes focus for screen readers; it draws no focus ring.
    expect(await popup.locator('#entry-title').evaluate((el) => getComputedStyle(el).boxShadow)).toBe('none');
    // "← Directory" with the keyboard: back in the search box, the query kept.
    await popup.getByRole('link', { name: '← Directory' }).press('Enter');
    await expect.poll(() => focused(popup)).toBe('#dir-search');
    expect(await popup.locator('#dir-search').inputValue()).toBe('arbitrum one');
    // Opening a result with the mouse, then the compare view.
    await popup.locator('#dir-search').fill('arb');
    await popup.locator('.result', { hasText: 'Arbitrum Nova' }).click();
    await expect.poll(() => focused(popup)).toBe('#entry-title');
    await popup.getByRole('link', { name: 'Compare', exact: true }).press('Enter');
    await expect.poll(() => focused(popup)).toBe('H2 Compare two chains');
    await popup.close();

    // "Details" in this page's list.
    const page = await openPopup();
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Arbitrum One');
    await page.getByRole('link', { name: 'Details about Arbitrum One' }).press('Enter');
    await expect.poll(() => page.locator('#entry-title').textContent()).toBe('Arbitrum One');
    await expect.poll(() => focused(page)).toBe('#entry-title');
    // A tab the user picks keeps the focus.
    await page.getByRole('tab', { name: 'Learn' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Learn' }).getAttribute('aria-selected')).toBe('true');
    expect(await focused(page)).toBe('#tab-learn');
    await page.close();
  });

  it('a Learn contents link opens, scrolls to and focuses its section, every time it is used', async () => {
    const popup = await openPopup('#learn');
    const link = popup.locator('.toc a', { hasText: 'How a rollup works' });
    const toggle = popup.locator('#sec-rollups-title');
    await link.press('Enter');
    await expect.poll(() => focused(popup)).toBe('#sec-rollups-title');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => topInMain(popup, '#sec-rollups')).toBeLessThan(6);
    expect(await topInMain(popup, '#sec-rollups')).toBeGreaterThan(-2);
    await popup.screenshot({ path: path.join(os.tmpdir(), 'layerlens-popup-toc-enter.png') });

    // Collapsed and scrolled away, the same link (same hash) opens it again.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await popup.locator('main').evaluate((el) => el.scrollTo(0, 0));
    await popup.locator('#toc-title').focus();
    await link.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focused(popup)).toBe('#sec-rollups-title');
    await expect.poll(() => topInMain(popup, '#sec-rollups')).toBeLessThan(6);
    expect(popup.url()).toContain('#learn=rollups');
    await popup.close();
  });

  it("a glossary entry's back link returns to where the reader came from", async () => {
    // From a chain's entry, by its kind.
    const popup = await openPopup('#chain=arbitrum-one');
    await popup.locator('.fact a[href^="#term="]').click();
    await expect.poll(() => popup.url()).toContain('#term=');
    const back = popup.locator('.glossary .back');
    expect(await back.textContent()).toBe('← Back');
    await back.click();
    await expect.poll(() => popup.locator('#entry-title').textContent()).toBe('Arbitrum One');
    expect(popup.url()).toContain('#chain=arbitrum-one');
    await expect.poll(() => focused(popup)).toBe('#entry-title');

    // From a Learn section: back to that section, open, in view, its title focused.
    await popup.getByRole('tab', { name: 'Learn' }).click();
    await popup.locator('.toc a', { hasText: 'How a rollup works' }).click();
    await popup.locator('#sec-rollups a.term-link').first().click();
    await expect.poll(() => popup.locator('.glossary .entry-title').count()).toBe(1);
    await expect.poll(() => focused(popup)).toMatch(/^H2 /);
    await popup.locator('.glossary .back').press('Enter');
    await expect.poll(() => popup.url()).toContain('#learn=rollups');
    await expect.poll(() => popup.locator('#sec-rollups-title').getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focused(popup)).toBe('#sec-rollups-title');
    await expect.poll(() => topInMain(popup, '#sec-rollups')).toBeLessThan(6);
    await popup.close();

    // Opened straight on a term, there is nowhere to go back to in the popup: the link goes to Learn.
    const direct = await openPopup('#term=sidechain');
    expect(await direct.locator('.glossary .back').textContent()).toBe('← Learn');
    await direct.locator('.glossary .back').click();
    await expect.poll(() => direct.url()).toContain('#learn=beyond');
    await direct.close();
  });

  it("declares the language of its messages (English), not the browser's, and shows the tooltip's shortcut", async () => {
    const popup = await openPopup();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    const hint = popup.locator('.shortcut-hint');
    await expect.poll(() => hint.textContent(), { timeout: 10_000 }).toContain('Alt+Shift+K explains a selected name.');
    await popup.screenshot({ path: path.join(os.tmpdir(), 'layerlens-popup-shortcut.png') });
    // One line, whose button says where the keys are changed and goes there.
    expect(await hint.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight))).toBeLessThan(1.5);
    const change = hint.getByRole('button', { name: 'Change keys' });
    expect(await change.getAttribute('title')).toContain('change them at chrome://extensions/shortcuts');
    const [settings] = await Promise.all([browser.context.waitForEvent('page'), change.click()]);
    await expect.poll(() => settings.url()).toBe('chrome://extensions/shortcuts');
    await settings.close();
    await popup.close();
  });

  it('opens a deep-linked search (the context menu) and an entry with everything the dataset knows', async () => {
    const popup = await openPopup('#search=Arbitrum%20Nova');
    expect(await searchBox(popup).inputValue()).toBe('Arbitrum Nova');
    await popup.locator('.result', { hasText: 'Arbitrum Nova' }).click();
    await expect.poll(() => popup.locator('#entry-title').textContent()).toBe('Arbitrum Nova');
    const text = await panelText(popup);
    for (const label of ['Where it sits', 'Kind', 'Settles to', 'Stage', 'Data availability', 'Proofs', 'Native token', 'Chain ID', 'Sources', 'What you gain', 'What you trust'])
      expect(text).toContain(label);
    expect(await popup.locator('.layer-path li').allTextContents()).toEqual([expect.stringContaining('Arbitrum Nova'), expect.stringContaining('Ethereum')]);
    expect(popup.url()).toContain('#chain=arbitrum-nova');
    await shot(popup, 'entry');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    // Opened in a full tab (context menu, tooltip's "open entry"): the same column, centred.
    const inTab = await browser.openExtensionPage('popup/index.html#search=arb');
    await inTab.setViewportSize({ width: 1000, height: 700 });
    await expect.poll(() => inTab.locator('.result-name').allTextContents()).toEqual(expect.arrayContaining(['Arbitrum One']));
    const box = await inTab.locator('.app').boundingBox();
    expect(box && Math.abs(box.x + box.width / 2 - 500)).toBeLessThan(2);
    // Wider than the popup and as tall as the window, not a popup-sized box in an empty tab.
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.y + box!.height).toBeGreaterThan(640);
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    await fs.mkdir(SHOTS, { recursive: true });
    await inTab.screenshot({ path: path.join(SHOTS, 'popup-in-tab.png') });
    await inTab.close();

    const l3 = await openPopup('#chain=xai');
    expect(await l3.locator('.layer-path li').count()).toBe(3);
    await l3.close();

    const gone = await openPopup('#chain=loopring');
    expect(await gone.locator('.warning').textContent()).toContain('shut down');
    await shot(gone, 'entry-shut-down');
    await gone.close();
  });

  it('compares two chains side by side', async () => {
    const popup = await openPopup('#compare=arbitrum-one,arbitrum-nova');
    const heads = await popup.locator('.compare-table thead th').allTextContents();
    expect(heads).toEqual([expect.stringContaining('Arbitrum One'), expect.stringContaining('Arbitrum Nova')]);
    const rows = await popup.locator('.compare-table tbody th').allTextContents();
    expect(rows).toEqual(['Layer', 'Settles to', 'Kind', 'Stage', 'Data availability', 'Proofs', 'What you gain', 'What you trust, what can go wrong']);
    const kinds = await popup.locator('.compare-table tbody tr').nth(2).locator('td').allTextContents();
    expect(kinds).toEqual(['Optimistic rollup', 'Optimium']);
    await shot(popup, 'compare');
    expect(await axeViolations(popup)).toEqual([]);
    // Changing a side changes the link.
    await popup.getByLabel('Second chain').selectOption('op-mainnet');
    await expect.poll(() => popup.url()).toContain('#compare=arbitrum-one,op-mainnet');
    // Neither side offers the chain on the other: a chain against itself compares nothing.
    const offered = (label: string) => popup.getByLabel(label).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(await offered('Second chain')).not.toContain('arbitrum-one');
    expect(await offered('First chain')).not.toContain('op-mainnet');
    expect(await offered('First chain')).toContain('arbitrum-nova');
    await popup.close();
  });

  it('renders every explainer section with its diagrams, chain names linked to the directory', async () => {
    const popup = await openPopup('#learn');
    const missing: string[] = [];
    popup.on('console', (m) => {
      if (m.text().includes('missing message')) missing.push(m.text());
    });
    await popup.getByRole('button', { name: 'Expand all' }).click();
    const titles = await popup.locator('.section-toggle').allTextContents();
    expect(titles).toEqual([
      'What is a layer 1?',
      'Layer 1s you will meet',
      'Limits and the trilemma',
      'What is a layer 2?',
      'Layer 2s you will meet',
      'The highway and its service roads',
      'How a rollup works',
      'Which is better?',
      'Where it is going',
      'Beyond the basics',
    ]);
    expect(await popup.locator('.section-body:not([hidden])').count()).toBe(titles.length);
    const diagrams = await popup.getByRole('img').evaluateAll((els) =>
      els.map((el) => ({ name: el.querySelector('title')?.textContent, visible: (el as SVGElement).getBoundingClientRect().height > 50 })),
    );
    expect(diagrams).toEqual(
      expect.arrayContaining([
        { name: 'The layer stack', visible: true },
        { name: 'The highway and its service roads', visible: true },
        { name: 'A rollup batching transactions', visible: true },
      ]),
    );
    const text = await panelText(popup);
    for (const phrase of ['trilemma', 'service roads', 'sidechain', 'Stage 0', 'data availability', 'bridge', 'Layer 3s', 'Modular designs'])
      expect(text).toContain(phrase);
    // Every example chain links to its entry.
    const links = await popup.locator('a.chain-link').evaluateAll((els) => els.map((a) => [a.textContent, a.getAttribute('href')]));
    for (const [name, id] of [
      ['Bitcoin', 'bitcoin'],
      ['Ethereum', 'ethereum'],
      ['Solana', 'solana'],
      ['Avalanche', 'avalanche'],
      ['Cardano', 'cardano'],
      ['Lightning', 'lightning-network'],
      ['Polygon', 'polygon-pos'],
      ['Arbitrum One', 'arbitrum-one'],
      ['Optimism', 'op-mainnet'],
      ['zkSync', 'zksync-era'],
    ])
      expect(links).toContainEqual([name, `#chain=${id}`]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Collapse all' }).click();
    await popup.waitForTimeout(300);
    await shot(popup, 'explainer');
    await popup.getByRole('link', { name: 'What is a layer 2?' }).click();
    await popup.waitForTimeout(300);
    await shot(popup, 'explainer-layer-2');

    // A chain link opens its entry; a term link its glossary entry.
    await popup.getByRole('link', { name: 'Layer 2s you will meet' }).click();
    await popup.locator('a.chain-link', { hasText: 'Lightning' }).first().click();
    await expect.poll(() => popup.locator('#entry-title').textContent()).toBe('Lightning Network');
    await popup.goBack();
    await popup.locator('a.term-link', { hasText: 'sidechain' }).first().click();
    await expect.poll(() => popup.locator('.glossary .entry-title').textContent()).toBe('Sidechain');
    await shot(popup, 'glossary');
    expect(missing).toEqual([]);
    await popup.close();
  });

  it('fits a 400 × 300 popup (200% zoom): tabs on top, quick controls in view, the view scrolling between', async () => {
    // Chrome caps a popup at 800 × 600 screen px: at 200% zoom that is 400 × 300 CSS px (tests/e2e/popup-size.test.ts
    // opens the real popup; this checks the layout at that size in every view).
    for (const hash of ['', '#chain=arbitrum-one', '#learn', '#directory']) {
      const popup = await openPopup(hash);
      await popup.setViewportSize({ width: 400, height: 300 });
      if (hash === '') await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Arbitrum One');
      const inView = async (selector: string) => {
        const box = (await popup.locator(selector).boundingBox())!;
        return box.y >= 0 && box.y + box.height <= 300 + 0.5 && box.x >= 0 && box.x + box.width <= 400 + 0.5;
      };
      for (const control of ['#quick-site + .switch-track', '#quick-pause + .switch-track', '.options-button', '[role="tablist"]'])
        expect(await inView(control), `${hash || 'page'}: ${control}`).toBe(true);
      // The view scrolls to its end without moving the header or the quick controls.
      const main = popup.locator('main');
      await main.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      expect(await main.evaluate((el) => el.scrollTop), hash).toBeGreaterThan(0);
      expect(await inView('[role="tablist"]')).toBe(true);
      expect(await inView('.options-button')).toBe(true);
      if (hash === '') await shot(popup, 'zoom-200');
      await popup.close();
    }
  });

  it('keeps a long host readable and the Options button whole', async () => {
    const port = new URL(browser.server.origin).port;
    const host = 'documentation.research.some-long-publisher-name.example.test';
    const page = await browser.context.newPage();
    await page.goto(`http://${host}:${port}/popup-chains.html`);
    await waitForMarks(page, 4);
    await page.bringToFront();
    const popup = await openPopup('', await activeTabId(browser));
    const site = popup.getByRole('switch', { name: `On for ${host}` });
    await expect.poll(() => site.isChecked(), { timeout: 10_000 }).toBe(true);
    // The whole label shows (it wraps rather than ending in "…"), inside the popup.
    const label = popup.locator('label[for="quick-site"] .switch-label');
    expect(await label.textContent()).toBe(`On for ${host}`);
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth && getComputedStyle(el).textOverflow !== 'ellipsis')).toBe(true);
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(400);
    // The gear keeps its 30 × 28 box.
    const gear = (await popup.locator('.options-button').boundingBox())!;
    expect([gear.width, gear.height]).toEqual([30, 28]);
    expect(gear.x + gear.width).toBeLessThanOrEqual(400);
    const footer = (await popup.locator('footer.quick').boundingBox())!;
    expect(footer.y + footer.height).toBeLessThanOrEqual(600 + 0.5);
    await shot(popup, 'long-host');
    await popup.close();
    await page.close();
    await fixture.bringToFront();
  });

  it('passes axe in dark mode too, in every view', async () => {
    for (const [hash, name] of [
      ['#learn=highway', 'explainer-dark'],
      ['', 'page-dark'],
      ['#chain=loopring', 'entry-dark'],
      ['#compare=arbitrum-one,arbitrum-nova', 'compare-dark'],
      ['#search=arb', 'directory-dark'],
    ] as const) {
      const popup = await openPopup(hash);
      await popup.emulateMedia({ colorScheme: 'dark' });
      if (hash === '') await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Arbitrum One');
      await popup.waitForTimeout(300);
      await shot(popup, name);
      expect(await axeViolations(popup), name).toEqual([]);
      await popup.close();
    }
    // axe checks the contrast of text in view: scroll an entry's tradeoff headings into view first.
    const entry = await openPopup('#chain=arbitrum-one');
    await entry.emulateMedia({ colorScheme: 'dark' });
    for (const heading of ['#entry-gains', '#entry-risks']) {
      await entry.locator(heading).scrollIntoViewIfNeeded();
      await entry.waitForTimeout(100);
      expect(await axeViolations(entry), heading).toEqual([]);
    }
    await shot(entry, 'entry-tradeoffs-dark');
    await entry.close();
  });

  it('follows the theme setting, as the tooltip and the options page do, and the system when it is auto', async () => {
    const setTheme = (theme: string) =>
      browser.worker.evaluate(
        async ([t, defaults]) => {
          const { settings } = await chrome.storage.sync.get('settings');
          await chrome.storage.sync.set({ settings: { ...((settings as object | undefined) ?? defaults), theme: t } });
        },
        [theme, structuredClone(DEFAULT_SETTINGS)] as const,
      );
    const background = (popup: Page) => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    try {
      await setTheme('dark');
      const popup = await openPopup('#learn');
      await popup.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => background(popup)).toBe('rgb(21, 21, 28)');
      // Changed while open: it follows at once.
      await setTheme('light');
      await expect.poll(() => background(popup)).toBe('rgb(255, 255, 255)');
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await background(popup)).toBe('rgb(255, 255, 255)');
      await setTheme('auto');
      await expect.poll(() => background(popup)).toBe('rgb(21, 21, 28)');
      await popup.close();
    } finally {
      await setTheme('auto');
    }
  });

  it('turns Layerlens off for this site and back on, and pauses everywhere', async () => {
    const popup = await openPopup();
    const site = popup.getByRole('switch', { name: /On for 127\.0\.0\.1/ });
    await expect.poll(() => site.isChecked(), { timeout: 10_000 }).toBe(true);
    await site.uncheck({ force: true });
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Layerlens is off on 127.0.0.1');
    await shot(popup, 'site-off');
    await site.check({ force: true });
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Arbitrum One');

    const pause = popup.getByRole('switch', { name: 'Pause everywhere' });
    await pause.check({ force: true });
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Layerlens is paused');
    await pause.uncheck({ force: true });
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain('Arbitrum One');
    await popup.close();
  });
});
