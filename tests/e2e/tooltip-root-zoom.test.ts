// The tooltip on a page zoomed on its root element (html { zoom: 2 }), in real Chromium: our host is that element's
// child and inherits its zoom unless it undoes it. The card must be drawn at the viewport's scale and sit by the name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, markBoxInPage, tooltipBox, waitForMarks, waitForShadowText, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('on a page zoomed on its root element', () => {
  for (const name of ['Arbitrum', 'Ethereum']) {
    it(`draws the card for ${name} at the viewport's scale, next to the name and inside the viewport`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(browser.server.url('basic.html'));
      await waitForMarks(page, 1);
      await page.evaluate(() => {
        document.documentElement.style.zoom = '2';
      });
      // The name's own mark: its box, with room below for the underline.
      const mention = (await page.evaluate(markBoxInPage, name))!;
      await page.mouse.move(mention.x + mention.width / 2 - 2, mention.y + mention.height / 2);
      await page.mouse.move(mention.x + mention.width / 2, mention.y + mention.height / 2);
      await waitForShadowText(page, (t) => t.includes('Settles to') || t.includes('Its own base chain'), 4000);
      await page.waitForTimeout(200);
      const card = (await tooltipBox(page))!;
      // Its usual width (at most 340 px), not twice that.
      expect(card.width).toBeLessThanOrEqual(345);
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(1280);
      expect(card.y + Math.min(card.height, 40)).toBeLessThanOrEqual(800);
      // Next to the name: its top or bottom edge within a few pixels of the name's line, horizontally near it.
      const gapBelow = card.y - (mention.y + mention.height);
      const gapAbove = mention.y - (card.y + card.height);
      expect(Math.min(Math.abs(gapBelow), Math.abs(gapAbove))).toBeLessThan(24);
      expect(Math.abs(card.x - mention.x)).toBeLessThan(360);
      await page.close();
    });
  }
});
