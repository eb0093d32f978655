// The service worker in real Chromium: the toolbar badge counts the distinct chains on the active tab and is
// cleared when the tab navigates; malformed messages get an error reply, not a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, launchWithExtension, waitForMarks, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

async function badgeText(tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function badgeWhen(tabId: number, predicate: (text: string) => boolean): Promise<string> {
  const end = Date.now() + 10_000;
  let text = '';
  while (Date.now() < end) {
    text = await badgeText(tabId);
    if (predicate(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge never matched; last ${JSON.stringify(text)}`);
}

describe('badge', () => {
  it('shows the number of distinct chains on the page, and clears on navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    // basic.html names 10 distinct chains: Ethereum, Arbitrum One, Bitcoin, Lightning Network, OP Mainnet,
    // zkSync Era, Solana, Cardano, Polygon PoS, Avalanche C-Chain.
    expect(await badgeWhen(tabId, (t) => t !== '')).toBe('10');
    await page.goto(browser.server.url('plain.html'));
    expect(await badgeWhen(tabId, (t) => t === '')).toBe('');
    await page.close();
  });

  it('keeps its count through a single-page app’s route change (history.pushState)', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    expect(await badgeWhen(tabId, (t) => t !== '')).toBe('10');
    // Chromium clears the badge for the route change (a navigation to it); the page, and its names, stay.
    await page.evaluate(() => history.pushState({}, '', '?route=2'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await badgeWhen(tabId, (t) => t !== '')).toBe('10');
    // replaceState too (some sites call it on every scroll).
    await page.evaluate(() => history.replaceState({}, '', '?route=3'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await badgeWhen(tabId, (t) => t !== '')).toBe('10');
    await page.close();
  });
});

describe('frames', () => {
  it('counts the chains of every frame in the badge and the popup, and "show me where" reaches into a frame', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('hostile/frames.html'));
    await waitForMarks(page, 2);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    // Top: Arbitrum One, Ethereum; each of two frames (same- and cross-origin): Cardano, Polygon zkEVM.
    expect(await badgeWhen(tabId, (t) => t === '4')).toBe('4');
    const popup = await browser.openExtensionPage(`popup/index.html?tab=${tabId}`);
    const panel = popup.getByRole('tabpanel');
    await expect.poll(async () => (await panel.textContent()) ?? '', { timeout: 10_000 }).toContain('Cardano');
    const text = (await panel.textContent()) ?? '';
    for (const name of ['Arbitrum One', 'Ethereum', 'Cardano', 'Polygon zkEVM']) expect(text).toContain(name);
    const found = await popup.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'revealMention', payload: { chainId: 'cardano' } }),
      tabId,
    );
    expect(found).toEqual({ ok: true, value: { found: true } });
    await popup.close();
    await page.close();
  });

  it('reads frames made from markup (srcdoc, about:blank filled by the page), under the page’s own site rules', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('frames-srcdoc.html'));
    await waitForMarks(page, 2);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    const marksIn = (id: string) =>
      page.frameLocator(`#${id}`).locator('p').evaluate(() => [...(CSS.highlights.get('layerlens-mark') ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }));
    await expect.poll(() => marksIn('srcdoc'), { timeout: 10_000 }).toEqual(['Polygon zkEVM', 'Linea']);
    await expect.poll(() => marksIn('blank'), { timeout: 10_000 }).toEqual(['Starknet', 'Ethereum']);
    // Top: Arbitrum One, Ethereum; frames: Polygon zkEVM, Linea, Starknet.
    expect(await badgeWhen(tabId, (t) => t === '5')).toBe('5');
    // Off for this site: the frames made from its markup go quiet with it.
    const host = new URL(page.url()).hostname;
    await browser.worker.evaluate(
      (h) => chrome.storage.sync.set({ settings: { schemaVersion: 3, siteRules: [{ pattern: h, mode: 'never' }] } }),
      host,
    );
    await expect.poll(() => marksIn('srcdoc'), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => marksIn('blank'), { timeout: 10_000 }).toEqual([]);
    expect(await badgeWhen(tabId, (t) => t === '')).toBe('');
    await browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    await page.close();
  });

  it('drops a removed frame’s chains from the badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('hostile/frames.html'));
    await waitForMarks(page, 2);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    expect(await badgeWhen(tabId, (t) => t === '4')).toBe('4');
    // Both frames hold the same two chains: removing one leaves them counted by the other, removing both drops them.
    await page.evaluate(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
    expect(await badgeWhen(tabId, (t) => t === '2')).toBe('2');
    await page.close();
  });
});

describe('messages', () => {
  it('answers malformed or unknown messages with an error reply and keeps working', async () => {
    // Sent from an extension page, the way any part of Layerlens talks to the worker.
    const popup = await browser.openExtensionPage('popup/index.html');
    const results = await popup.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m).catch((e: Error) => ({ thrown: e.message }));
      return {
        unknown: await send({ layerlens: 1, name: 'dropTables', payload: {} }),
        badPayload: await send({ layerlens: 1, name: 'getChain', payload: { chainId: 42 } }),
        badId: await send({ layerlens: 1, name: 'getChain', payload: { chainId: '../../etc' } }),
        good: await send({ layerlens: 1, name: 'getChain', payload: { chainId: 'arbitrum-one' } }),
      };
    });
    expect(results.unknown).toEqual({ ok: false, error: expect.stringContaining('unknown message') });
    expect(results.badPayload).toEqual({ ok: false, error: 'malformed payload for getChain' });
    expect(results.badId).toEqual({ ok: false, error: 'malformed payload for getChain' });
    expect((results.good as { ok: boolean; value: { chain: { name: string } } }).value.chain.name).toBe('Arbitrum One');
    await popup.close();
  });
});
