// The tooltip on a short viewport, in real Chromium: 200% zoom in an 800x600 window leaves a 400x300 CSS-px
// viewport, too short for the card above or below a name. The card must never cover the name it explains, and must
// still show a few lines of content (the footer must not eat the card).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_TAG, launchWithExtension, waitForMarks, waitForShadowText, type Box, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
const OPEN = (t: string) => t.includes('Settles to') || t.includes('Its own base chain');

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** A 400x300 CSS-px viewport at device scale 2: what 200% zoom in an 800x600 window gives a page. */
async function openZoomed(file: string, minMarks: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 300 });
  const client = await page.context().newCDPSession(page);
  await client.send('Emulation.setDeviceMetricsOverride', { width: 400, height: 300, deviceScaleFactor: 2, mobile: false });
  await page.goto(browser.server.url(file));
  await waitForMarks(page, minMarks);
  return page;
}

/** Scrolls the page so that the first occurrence of `text` is centred at `y`; returns where it is (viewport CSS px). */
async function placeText(page: Page, text: string, y: number): Promise<Box> {
  return page.evaluate(
    ({ needle, y }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(needle);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const before = range.getBoundingClientRect();
        window.scrollBy(0, before.top + before.height / 2 - y);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      throw new Error(`no ${needle}`);
    },
    { needle: text, y },
  );
}

interface CardGeometry {
  card: Box;
  /** Height of the card's scroll area (inside its border) not covered by its footer: what the reader sees of it. */
  contentVisible: number;
  /** Height of the footer showing inside the card's scroll area. */
  footerVisible: number;
  scrollable: boolean;
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** Measures the open card inside our closed shadow root, reached through DevTools (nothing in the build opens it). */
async function cardGeometry(page: Page): Promise<CardGeometry> {
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let shadow: CdpNode | null = null;
    const visit = (node: CdpNode) => {
      if (node.localName === HOST_TAG && node.shadowRoots?.[0]) shadow = node.shadowRoots[0];
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    if (!shadow) throw new Error('no host');
    const { object } = (await client.send('DOM.resolveNode', { nodeId: (shadow as CdpNode).nodeId })) as { object: { objectId: string } };
    const { result } = (await client.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const tip = this.querySelector('.tip');
        const foot = this.querySelector('.foot');
        const box = tip.getBoundingClientRect();
        const top = box.top + tip.clientTop;
        const bottom = top + tip.clientHeight;
        const f = foot.getBoundingClientRect();
        const footerVisible = Math.max(0, Math.min(bottom, f.bottom) - Math.max(top, f.top));
        return JSON.stringify({
          card: { x: box.left, y: box.top, width: box.width, height: box.height },
          contentVisible: tip.clientHeight - footerVisible,
          footerVisible,
          scrollable: tip.scrollHeight > tip.clientHeight,
        });
      }`,
      returnByValue: true,
    })) as { result: { value: string } };
    return JSON.parse(result.value) as CardGeometry;
  } finally {
    await client.detach();
  }
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Opens the card on `name` with its line centred at `y`, and measures both. */
async function hoverAndMeasure(page: Page, name: string, y: number): Promise<{ geometry: CardGeometry; mention: Box }> {
  const mention = await placeText(page, name, y);
  const point = { x: mention.x + mention.width / 2, y: mention.y + mention.height / 2 };
  await page.mouse.move(point.x - 2, point.y);
  await page.mouse.move(point.x, point.y);
  await waitForShadowText(page, (t) => OPEN(t) && t.includes(name), 4000);
  await page.waitForTimeout(200);
  return { geometry: await cardGeometry(page), mention };
}

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await waitForShadowText(page, (t) => !OPEN(t), 2000);
}

function expectClearAndReadable(geometry: CardGeometry, mention: Box, detail: string): void {
  expect(intersects(geometry.card, mention), detail).toBe(false);
  const { card } = geometry;
  expect(card.x, detail).toBeGreaterThanOrEqual(0);
  expect(card.y, detail).toBeGreaterThanOrEqual(0);
  expect(card.x + card.width, detail).toBeLessThanOrEqual(400);
  expect(card.y + card.height, detail).toBeLessThanOrEqual(300);
  // Several lines of the card's content show (a line is about 19 px), and the footer takes no large share.
  expect(geometry.contentVisible, detail).toBeGreaterThanOrEqual(100);
  expect(geometry.footerVisible, detail).toBeLessThanOrEqual(card.height * 0.25);
}

describe('at 200% zoom in an 800x600 window (a 400x300 viewport)', () => {
  for (const name of ['Ethereum', 'Arbitrum One', 'OP Mainnet']) {
    it(`the card on ${name} in the middle of the page does not cover it and shows several lines`, async () => {
      const page = await openZoomed('mid-article.html', 3);
      const { geometry, mention } = await hoverAndMeasure(page, name, 150);
      expectClearAndReadable(geometry, mention, JSON.stringify({ name, geometry, mention }));
      await page.close();
    });
  }

  it('the card never covers the name, wherever on the screen the name is', async () => {
    const page = await openZoomed('mid-article.html', 3);
    for (const y of [20, 60, 100, 130, 170, 200, 240, 280]) {
      const { geometry, mention } = await hoverAndMeasure(page, 'Ethereum', y);
      expectClearAndReadable(geometry, mention, JSON.stringify({ y, geometry, mention }));
      await closeCard(page);
    }
    await page.close();
  });
});
