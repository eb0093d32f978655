// The toolbar popup as Chromium really opens it (chrome.action.openPopup), at 100% and 200% zoom. Chromium sizes a
// popup to its content but caps it at 800 × 600 screen px and at the screen: at 200% that leaves 400 × 300 CSS px
// or less. Whatever it grants, the tabs stay on top, the quick controls at the bottom, and the view scrolls between.
// (An emulated viewport cannot show this: a popup is sized from 25 × 25 up, so a height taken from the viewport
// collapses it, which only a real popup reveals.)
import { describe, expect, it } from 'vitest';
import { launchWithExtension, waitForMarks } from './harness';

interface PopupLayout {
  width: number;
  height: number;
  zoom: number;
  rows: number;
  tabs: { top: number; bottom: number };
  main: { top: number; bottom: number; clientHeight: number; scrollHeight: number };
  quick: { top: number; bottom: number };
  gear: { left: number; right: number; top: number; bottom: number; width: number };
  /** The last chain row, after the view was scrolled to its end. */
  lastRow: { top: number; bottom: number } | null;
}

/** Opens the real popup over a page with chains and measures it from another extension page (getViews). */
async function measurePopup(defaultZoom: number): Promise<PopupLayout> {
  const browser = await launchWithExtension({ defaultZoom });
  try {
    // Any page of ours can reach the popup's window; it must exist before the popup opens and steals focus.
    const observer = await browser.openExtensionPage('popup/index.html#learn');
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('popup-chains.html'));
    await waitForMarks(page, 4);
    await page.bringToFront();
    await browser.worker.evaluate(() => chrome.action.openPopup());
    const measure = () =>
      observer.evaluate(() => {
        const popup = chrome.extension.getViews({ type: 'popup' })[0];
        const doc = popup?.document;
        if (!popup || !doc || doc.querySelectorAll('.row').length === 0) return null;
        const main = doc.querySelector<HTMLElement>('.main')!;
        main.scrollTop = main.scrollHeight;
        const rows = doc.querySelectorAll('.row');
        const box = (el: Element | null) => el?.getBoundingClientRect().toJSON() as DOMRect;
        return {
          width: popup.innerWidth,
          height: popup.innerHeight,
          zoom: popup.devicePixelRatio,
          rows: rows.length,
          tabs: box(doc.querySelector('.tabs')),
          main: { ...box(main), clientHeight: main.clientHeight, scrollHeight: main.scrollHeight },
          quick: box(doc.querySelector('footer.quick')),
          gear: box(doc.querySelector('.options-button')),
          lastRow: box(rows[rows.length - 1]!),
        };
      });
    await expect.poll(measure, { timeout: 15_000 }).not.toBeNull();
    return (await measure())!;
  } finally {
    await browser.close();
  }
}

describe('the real toolbar popup', () => {
  it('at 100% zoom, fills the height Chromium grants, with the quick controls at the bottom', async () => {
    const p = await measurePopup(1);
    expect(p.zoom).toBe(1);
    // Up to 600 tall (less on a short screen), never collapsed to its header and footer.
    expect(p.height).toBeGreaterThanOrEqual(300);
    expect(p.main.clientHeight).toBeGreaterThan(150);
    expect(p.quick.bottom).toBeLessThanOrEqual(p.height + 0.5);
    expect(p.quick.bottom).toBeGreaterThan(p.height - 2);
    expect(p.gear.right).toBeLessThanOrEqual(p.width);
  });

  it('at 200% zoom, keeps the tabs and the quick controls in view and scrolls the view between them', async () => {
    const p = await measurePopup(2);
    expect(p.zoom).toBe(2);
    expect(p.height).toBeLessThanOrEqual(300);
    expect(p.tabs.top).toBeGreaterThanOrEqual(0);
    // Site switch, "Pause everywhere" and the Options gear: all inside the popup.
    expect(p.quick.top).toBeGreaterThanOrEqual(p.main.bottom - 0.5);
    expect(p.quick.bottom).toBeLessThanOrEqual(p.height + 0.5);
    expect(p.gear.bottom).toBeLessThanOrEqual(p.height);
    expect(p.gear.right).toBeLessThanOrEqual(p.width);
    // The view scrolls, and its last chain comes into view above the quick controls.
    expect(p.main.scrollHeight).toBeGreaterThan(p.main.clientHeight);
    expect(p.lastRow!.bottom).toBeLessThanOrEqual(p.quick.top + 0.5);
    expect(p.lastRow!.top).toBeGreaterThanOrEqual(p.main.top);
  });
});
