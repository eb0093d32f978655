// The tooltip in the page's context, in real Chromium. Over the page's own top layer: a name inside a modal <dialog>
// (a wallet's or a bridge's network picker) or inside an open popover. The card must be drawn above them, take clicks
// and focus (a modal dialog makes everything outside it inert), and Escape must close the card, not the page's
// dialog. And on a page in another language and direction, the card keeps its own.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HOST_TAG,
  launchWithExtension,
  pointOfText,
  showEveryMention,
  tooltipAttributes,
  tooltipBox,
  tooltipStyle,
  waitForMarks,
  waitForShadowText,
  watchPageErrors,
  type ExtensionBrowser,
} from './harness';

let browser: ExtensionBrowser;
const OPEN = (t: string) => t.includes('Settles to') || t.includes('Its own base chain');

beforeAll(async () => {
  browser = await launchWithExtension();
  // Every mention drawn: the names in the dialog and the popover are not the first of their chains on the page.
  await showEveryMention(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url('top-layer.html'));
  await waitForMarks(page, 3);
  await page.bringToFront();
  return page;
}

/** What the page hit-tests at the centre of the open card: our host (the card is on top and not inert) or not. */
async function elementAtCard(page: Page): Promise<string> {
  const box = await tooltipBox(page);
  if (!box) throw new Error('no card open');
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? '', { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

describe('tooltip over the page top layer', () => {
  it('opens above a modal dialog, takes the pointer, and Escape closes only the card', async () => {
    const page = await openPage();
    const errors = watchPageErrors(page);
    await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).showModal());
    const at = await pointOfText(page, 'Arbitrum One');
    await page.mouse.move(at.x, at.y);
    const text = await waitForShadowText(page, OPEN);
    expect(text).toContain('Arbitrum One');
    expect(await elementAtCard(page)).toMatch(new RegExp(`^${HOST_TAG}`));
    // The pointer on the card keeps it open (it is not inert: it gets the pointer's events).
    const box = (await tooltipBox(page))!;
    await page.mouse.move(at.x, box.y + 10, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(600);
    expect(OPEN(await waitForShadowText(page, OPEN))).toBe(true);
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    expect(await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).open)).toBe(true);
    // The card closed, our host went back to its place at the end of the document, out of the page's dialog.
    expect(await page.evaluate((tag) => document.querySelector(`dialog ${tag}`) === null && document.documentElement.lastElementChild!.localName.startsWith(tag), HOST_TAG)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens above an open popover, and a click on the card does not light-dismiss it', async () => {
    const page = await openPage();
    await page.click('#open-pop');
    expect(await page.evaluate(() => document.getElementById('pop')!.matches(':popover-open'))).toBe(true);
    const at = await pointOfText(page, 'OP Mainnet');
    await page.mouse.move(at.x, at.y);
    const text = await waitForShadowText(page, OPEN);
    expect(text).toContain('OP Mainnet');
    expect(await elementAtCard(page)).toMatch(new RegExp(`^${HOST_TAG}`));
    const box = (await tooltipBox(page))!;
    await page.mouse.move(at.x, box.y + box.height - 4, { steps: 4 });
    await page.mouse.click(box.x + 12, box.y + box.height / 2);
    expect(await page.evaluate(() => document.getElementById('pop')!.matches(':popover-open'))).toBe(true);
    await page.close();
  });

  it('speaks and runs in its own language on a right-to-left page in another language', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('rtl-article.html'));
    await waitForMarks(page, 1);
    const at = await pointOfText(page, 'Arbitrum One');
    await page.mouse.move(at.x, at.y);
    await waitForShadowText(page, OPEN);
    const attributes = await tooltipAttributes(page, 'tip');
    expect(attributes.lang).toBe('en');
    expect(attributes['aria-label']).toContain('Arbitrum One');
    // Named by its label, which says what the card is, not by its title alone.
    expect(attributes['aria-labelledby']).toBeUndefined();
    expect((await tooltipStyle(page, 'tip', ['direction'])).direction).toBe('ltr');
    await page.close();
  });
});
