// A page with thousands of marks: every mention is found and counted, but only those near what the user sees are
// drawn (each highlight change makes Chromium re-validate every range, so 50,000 drawn marks froze big pages on
// every hover). Scrolling the page or a scroller inside it draws what comes near, and far marks are let go.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAW_ALL_UP_TO } from '../../src/content/nearView';
import { launchWithExtension, showEveryMention, mentionsFound, pointOfText, waitForShadowText, watchPageErrors, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await showEveryMention(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** In the page: drawn ranges, and the on-screen entries (in the window and, for the scroller's, in its box) not fully drawn. */
function drawState(): { drawn: number; onScreen: number; undrawnOnScreen: string[]; topDrawn: boolean } {
  const perNode = new Map<Node, number>();
  for (const range of CSS.highlights.get('layerlens-mark') ?? []) perNode.set(range.startContainer, (perNode.get(range.startContainer) ?? 0) + 1);
  const scroller = document.getElementById('scroller')!.getBoundingClientRect();
  const undrawnOnScreen: string[] = [];
  let onScreen = 0;
  for (const p of document.querySelectorAll<HTMLElement>('#ledger p, #scroller p')) {
    const r = p.getBoundingClientRect();
    const inScroller = p.parentElement!.id === 'scroller';
    const top = inScroller ? Math.max(0, scroller.top) : 0;
    const bottom = inScroller ? Math.min(innerHeight, scroller.bottom) : innerHeight;
    if (r.bottom <= top || r.top >= bottom) continue;
    onScreen++;
    if (perNode.get(p.firstChild!) !== 2) undrawnOnScreen.push(p.id);
  }
  return { drawn: CSS.highlights.get('layerlens-mark')?.size ?? 0, onScreen, undrawnOnScreen, topDrawn: perNode.has(document.getElementById('e0')!.firstChild!) };
}

async function settled(page: Page, check: (s: ReturnType<typeof drawState>) => boolean, timeout = 10_000) {
  const end = Date.now() + timeout;
  let state = await page.evaluate(drawState);
  while (Date.now() < end && !check(state)) {
    await page.waitForTimeout(100);
    state = await page.evaluate(drawState);
  }
  return state;
}

describe('thousands of marks', () => {
  it('finds them all, draws those near the viewport, and follows scrolling of the page and of a scroller', async () => {
    const page = await browser.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(browser.server.url('many-marks.html'));
    const expected = await page.evaluate(() => (window as unknown as { manyExpect: { found: number } }).manyExpect.found);
    expect(expected).toBeGreaterThan(DRAW_ALL_UP_TO);
    await expect.poll(() => mentionsFound(browser.worker, page), { timeout: 20_000 }).toBe(expected);

    // At the top: what is on screen is drawn, and far fewer than all are.
    let state = await settled(page, (s) => s.onScreen > 0 && s.undrawnOnScreen.length === 0);
    expect(state.undrawnOnScreen).toEqual([]);
    expect(state.topDrawn).toBe(true);
    expect(state.drawn).toBeGreaterThan(0);
    expect(state.drawn).toBeLessThan(expected / 4);

    // Far down the page: the entries there are drawn, the first ones let go.
    await page.evaluate(() => document.getElementById('e2200')!.scrollIntoView({ block: 'center' }));
    state = await settled(page, (s) => s.undrawnOnScreen.length === 0 && !s.topDrawn);
    expect(state.undrawnOnScreen).toEqual([]);
    expect(state.topDrawn).toBe(false);
    expect(state.drawn).toBeLessThan(expected / 4);

    // A scroller inside the page: scrolled to its end, its last entries are drawn too.
    await page.evaluate(() => document.getElementById('scroller')!.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => {
      const scroller = document.getElementById('scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    state = await settled(page, (s) => s.undrawnOnScreen.length === 0);
    expect(state.undrawnOnScreen).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('s199')!.getBoundingClientRect().top < innerHeight)).toBe(true);

    // A mark drawn after scrolling opens its tooltip like any other.
    const point = await pointOfText(page, 'Arbitrum One', 2150);
    await page.mouse.move(point.x, point.y);
    expect(await waitForShadowText(page, (text) => text.includes('Arbitrum One'))).toContain('Layer 2');
    expect(errors).toEqual([]);
    await page.close();
  });
});
