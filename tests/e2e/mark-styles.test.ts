// How marks reach the screen in real Chromium: our ::highlight rules are added only once there is something to mark
// (adding them makes the page restyle every element once), and the rules we add do draw, in the page's own DOM and in
// an open shadow root. Pixels are read from a screenshot, decoded by the browser in a blank page of its own.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MARK_RGB,
  countColourPixels,
  countDifferentPixels,
  launchWithExtension,
  markBoxInPage,
  pageRulesNaming,
  pointOfText,
  showEveryMention,
  tooltipStyle,
  waitForMarks,
  waitForShadowText,
  watchPageErrors,
  type ExtensionBrowser,
} from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await showEveryMention(browser);
});
afterAll(async () => {
  await browser?.close();
});

type Box = NonNullable<ReturnType<typeof markBoxInPage>>;

async function markBox(page: Page, text: string): Promise<Box> {
  const box = await page.evaluate(markBoxInPage, text);
  if (!box) throw new Error(`no mark reads "${text}"`);
  return box;
}

/** The box of `text` inside the element `selector` (unmarked words, as a control). */
async function textBox(page: Page, selector: string, text: string): Promise<Box> {
  return page.evaluate(
    ([sel, wanted]) => {
      const node = document.querySelector(sel!)!.firstChild as Text;
      const at = node.data.indexOf(wanted!);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted!.length);
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height + 6 };
    },
    [selector, text],
  );
}

/** How many pixels differ between two screenshots of the same box. */
async function differentPixels(a: Buffer, b: Buffer): Promise<number> {
  const decoder = await browser.context.newPage();
  try {
    return await decoder.evaluate(countDifferentPixels, [a.toString('base64'), b.toString('base64')] as [string, string]);
  } finally {
    await decoder.close();
  }
}

/** How many pixels of the box are the default mark colour (give or take anti-aliasing). */
async function markColouredPixels(page: Page, box: Box): Promise<number> {
  const png = await page.screenshot({ clip: box });
  const decoder = await browser.context.newPage();
  try {
    return await decoder.evaluate(countColourPixels, [png.toString('base64'), MARK_RGB] as [string, [number, number, number]]);
  } finally {
    await decoder.close();
  }
}

describe('mark styles', () => {
  it('a page with nothing to mark gets no stylesheet from us; the rules arrive with its first mark', async () => {
    const page = await browser.context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(browser.server.url('plain.html'));
    // Our (empty) highlights are registered: Layerlens is on here and has read the page.
    await page.waitForFunction(() => CSS.highlights.has('layerlens-mark'), null, { timeout: 10_000 });
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => CSS.highlights.get('layerlens-mark')!.size)).toBe(0);
    expect(await pageRulesNaming(page, 'layerlens-')).toEqual([]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later the walkers bridged their savings to Arbitrum One.';
      document.body.append(p);
    });
    expect(await waitForMarks(page, 1)).toEqual(['Arbitrum One']);
    const rules = await pageRulesNaming(page, 'layerlens-');
    // Chromium carries the root's highlight style to every element: the root form spares the page part of the restyle.
    expect(rules.some((r) => r.startsWith(':root::highlight(layerlens-mark)'))).toBe(true);
    expect(rules.some((r) => r.startsWith('::highlight('))).toBe(false);
    expect(await markColouredPixels(page, await markBox(page, 'Arbitrum One'))).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks show on screen in the page and in an open shadow root; unmarked words do not', async () => {
    const page = await browser.context.newPage();
    const errors = watchPageErrors(page);
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(browser.server.url('dynamic.html'));
    await page.waitForFunction(() => document.documentElement.dataset.done === '1', null, { timeout: 10_000 });
    await expect
      .poll(async () => page.evaluate(() => CSS.highlights.get('layerlens-mark')?.size ?? 0), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(5);
    // Linea is the name in the web component's shadow root.
    await page.waitForFunction(() => {
      for (const range of CSS.highlights.get('layerlens-mark') ?? []) if (range.startContainer.getRootNode() instanceof ShadowRoot) return true;
      return false;
    });
    await page.waitForTimeout(300);
    expect(await markColouredPixels(page, await markBox(page, 'Ethereum'))).toBeGreaterThan(10);
    expect(await markColouredPixels(page, await markBox(page, 'Linea'))).toBeGreaterThan(10);
    expect(await markColouredPixels(page, await textBox(page, 'h1', 'Live feed'))).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in forced colours (high contrast), a mark in the soft background look does not look like selected text', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { schemaVersion: 3, mentions: 'all', markStyle: 'background' } }));
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await page.mouse.move(1, 1);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForTimeout(300);
    const box = await markBox(page, 'Arbitrum One');
    const marked = await page.screenshot({ clip: box });
    // The same words in an unstyled highlight of the page's own instead: Chromium paints any custom highlight in the
    // system's Highlight colours there, just as it paints selected text.
    await page.evaluate((wanted) => {
      const marks = CSS.highlights.get('layerlens-mark')!;
      for (const range of marks) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== wanted) continue;
        marks.delete(range);
        CSS.highlights.set('plain', new Highlight(range));
        return;
      }
    }, 'Arbitrum One');
    await page.waitForTimeout(300);
    const plain = await page.screenshot({ clip: box });
    // A dotted line under the mark: tens of pixels, where the two fills differ by none.
    expect(await differentPixels(marked, plain)).toBeGreaterThan(20);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.close();
    await showEveryMention(browser);
  });

  it('"no mark" paints nothing, even in forced colours, and a hovered name still opens its card', async () => {
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { schemaVersion: 3, mentions: 'all', markStyle: 'none' } }));
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    const point = await pointOfText(page, 'Arbitrum');
    // The card opens over the name: it was found and is held, only not drawn.
    const end = Date.now() + 10_000;
    let opened = '';
    while (!opened.includes('Settles to') && Date.now() < end) {
      await page.mouse.move(point.x - 2, point.y);
      await page.mouse.move(point.x, point.y);
      opened = await waitForShadowText(page, (t) => t.includes('Settles to'), 1500).catch(() => '');
    }
    expect(opened).toContain('Arbitrum');
    await page.mouse.move(1, 1);
    await waitForShadowText(page, (t) => !t.includes('Settles to'), 3000);
    expect(await page.evaluate(() => CSS.highlights.has('layerlens-mark'))).toBe(false);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForTimeout(300);
    const box = await textBox(page, '#p1', 'Arbitrum');
    const shown = await page.screenshot({ clip: box });
    // The same words with no highlight of ours registered at all.
    await page.evaluate(() => CSS.highlights.clear());
    await page.waitForTimeout(300);
    expect(await differentPixels(shown, await page.screenshot({ clip: box }))).toBe(0);
    await page.emulateMedia({ forcedColors: 'none' });
    await page.close();
    await showEveryMention(browser);
  });

  it('comes back by itself after the page clears every highlight once (its own search starting afresh)', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
      CSS.highlights.set('page-search', new Highlight());
    });
    // Nothing else happens on the page: no hover, no scroll, no change to its text.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('layerlens-mark')?.size ?? 0), { timeout: 3000 }).toBeGreaterThanOrEqual(5);
    await page.waitForTimeout(300);
    expect(await markColouredPixels(page, await markBox(page, 'Ethereum'))).toBeGreaterThan(10);
    // The page's own highlight is left alone.
    expect(await page.evaluate(() => CSS.highlights.has('page-search'))).toBe(true);
    await page.close();
  });

  it('marks and an open card stay off paper: printed (print media), no mark colour and no card', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await page.waitForTimeout(300);
    const box = await markBox(page, 'Arbitrum');
    expect(await markColouredPixels(page, box)).toBeGreaterThan(10);
    // A card left open when the user prints.
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await waitForShadowText(page, (t) => t.includes('Settles to'));
    expect((await tooltipStyle(page, 'tip', ['display'])).display).not.toBe('none');
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    expect(await markColouredPixels(page, box)).toBe(0);
    expect((await tooltipStyle(page, 'tip', ['display'])).display).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
