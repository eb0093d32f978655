// The tooltip as a user meets it, in real Chromium: timing, staying open, closing, the keyboard path,
// placement at every viewport edge, immunity to page CSS, and accessibility (axe-core).
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeTabId,
  frameShadowText,
  highlights,
  launchWithExtension,
  pointOfText,
  shadowText,
  textPointInPage,
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
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(file: string, minMarks = 1): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url(file));
  await waitForMarks(page, minMarks);
  return page;
}

/** The message the "explain-selection" command sends (a headless browser does not dispatch accelerators). */
async function explainCommand(page: Page): Promise<unknown> {
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  return browser.worker.evaluate(
    (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }, { frameId: 0 }),
    tabId,
  );
}

async function hover(page: Page, text: string): Promise<void> {
  const point = await pointOfText(page, text);
  await page.mouse.move(point.x - 2, point.y);
  await page.mouse.move(point.x, point.y);
}

describe('tooltip timing and closing', () => {
  it('opens after the hover delay, not before, and not when the pointer passes by', async () => {
    const page = await openPage('basic.html', 5);
    const errors = watchPageErrors(page);
    // Passing over a name on the way elsewhere opens nothing.
    await hover(page, 'Arbitrum');
    await page.waitForTimeout(80);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(600);
    expect(OPEN(await shadowText(page))).toBe(false);

    await hover(page, 'Arbitrum');
    await page.waitForTimeout(150);
    expect(OPEN(await shadowText(page))).toBe(false);
    await waitForShadowText(page, OPEN, 3000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays open while the pointer moves into the tooltip, and its links can be clicked', async () => {
    const page = await openPage('basic.html', 5);
    await page.bringToFront();
    const pageTab = await activeTabId(browser);
    await hover(page, 'Arbitrum');
    await waitForShadowText(page, OPEN);
    const box = (await tooltipBox(page))!;
    expect(box).not.toBeNull();
    // Travel from the mention into the tooltip in small steps, then rest there.
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 8 });
    await page.waitForTimeout(800);
    expect(OPEN(await shadowText(page))).toBe(true);
    // "Full entry" opens the chain's directory entry in a new tab, tied to the page's tab (?tab=), so that its
    // "On this page" lists the page's chains instead of saying it cannot run there.
    const [entry] = await Promise.all([
      browser.context.waitForEvent('page', { timeout: 10_000 }),
      clickInTooltip(page, 'Full entry'),
    ]);
    await entry.waitForLoadState();
    expect(entry.url()).toContain(`popup/index.html?tab=${pageTab}#chain=arbitrum-one`);
    await entry.getByRole('tab', { name: 'On this page' }).click();
    await expect.poll(async () => (await entry.getByRole('tabpanel').textContent()) ?? '', { timeout: 10_000 }).toContain('Arbitrum One');
    expect(await entry.getByRole('tabpanel').textContent()).not.toContain("can't run");
    await entry.close();
    await page.close();
  });

  it('closes on Escape, on a click outside, and when the pointer leaves', async () => {
    const page = await openPage('basic.html', 5);
    await hover(page, 'Arbitrum');
    await waitForShadowText(page, OPEN);
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);

    await hover(page, 'Arbitrum');
    await waitForShadowText(page, OPEN);
    const box = (await tooltipBox(page))!;
    await page.mouse.click(Math.max(5, box.x - 200), box.y + box.height + 40);
    await waitForShadowText(page, (t) => !OPEN(t), 2000);

    await hover(page, 'Arbitrum');
    await waitForShadowText(page, OPEN);
    await page.mouse.move(1100, 780, { steps: 4 });
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    await page.close();
  });

  it('does not open while the user is selecting text', async () => {
    const page = await openPage('basic.html', 5);
    const start = await pointOfText(page, 'Most activity');
    const point = await pointOfText(page, 'Arbitrum');
    await page.mouse.move(start.x - 30, start.y);
    await page.mouse.down();
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await page.waitForTimeout(700);
    expect(OPEN(await shadowText(page))).toBe(false);
    await page.mouse.up();
    await page.close();
  });

  it('gets out of the way when the name it is open over is selected (a double-click to copy it)', async () => {
    const page = await openPage('basic.html', 5);
    await hover(page, 'Arbitrum');
    expect(await waitForShadowText(page, OPEN)).toContain('Arbitrum');
    const point = await pointOfText(page, 'Arbitrum');
    await page.mouse.dblclick(point.x, point.y);
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe('Arbitrum');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    await page.close();
  });

  it('opens with a field focused (an autofocused search box) and with text selected elsewhere, not over a selected name', async () => {
    const page = await openPage('basic.html', 5);
    // A docs page's search box with autofocus: focus in a field the user is not typing in.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'search';
      document.body.prepend(input);
      input.focus();
    });
    await hover(page, 'Arbitrum');
    expect(await waitForShadowText(page, OPEN)).toContain('Arbitrum');
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    await page.mouse.move(5, 5);
    // Typing in it: the pointer resting on a name opens nothing for a moment after each key.
    await page.keyboard.type('rollups');
    await hover(page, 'Arbitrum');
    await page.waitForTimeout(700);
    expect(OPEN(await shadowText(page))).toBe(false);
    await page.waitForTimeout(1_000);
    await hover(page, 'Arbitrum');
    expect(await waitForShadowText(page, OPEN)).toContain('Arbitrum');
    await page.mouse.move(5, 5);
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    // Typing in a field inside a web component (open and closed shadow roots): the key reaches us retargeted to the
    // component, and it still counts as typing.
    for (const mode of ['open', 'closed'] as const) {
      await page.evaluate((m) => {
        const box = document.createElement('search-box-' + m);
        const input = document.createElement('input');
        box.attachShadow({ mode: m }).append(input);
        document.body.prepend(box);
        input.focus();
      }, mode);
      await page.keyboard.type('rollups');
      await hover(page, 'Arbitrum');
      await page.waitForTimeout(700);
      expect(OPEN(await shadowText(page)), mode).toBe(false);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(1_000);
    }
    // Words selected in another paragraph.
    await page.evaluate(() => {
      const text = document.getElementById('p2')!.firstChild!;
      getSelection()!.setBaseAndExtent(text, 0, text, 7);
    });
    await hover(page, 'Arbitrum');
    expect(await waitForShadowText(page, OPEN)).toContain('Arbitrum');
    await page.mouse.move(5, 5);
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    // The name itself selected (about to be copied): no card over it.
    await page.evaluate(() => {
      const text = document.getElementById('p1')!.firstChild as Text;
      const at = text.data.indexOf('Arbitrum');
      getSelection()!.setBaseAndExtent(text, at - 4, text, at + 12);
    });
    await hover(page, 'Arbitrum');
    await page.waitForTimeout(900);
    expect(OPEN(await shadowText(page))).toBe(false);
    await page.close();
  });
});

/** Clicks a link or button in the tooltip by its text, at its box (CDP gives the box; the mouse clicks it). */
async function clickInTooltip(page: Page, label: string): Promise<void> {
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node_ };
    let target: Node_ | null = null;
    const visit = (node: Node_) => {
      if (target) return;
      if ((node.localName === 'a' || node.localName === 'button') && textOf(node).trim() === label) target = node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    if (!target) throw new Error(`no "${label}" in the tooltip`);
    const { model } = (await client.send('DOM.getBoxModel', { nodeId: (target as Node_).nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 3 });
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await client.detach();
  }
}

interface Node_ {
  nodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: Node_[];
  shadowRoots?: Node_[];
}

function textOf(node: Node_): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

describe('in an open shadow root', () => {
  it('hovering a name inside it opens the tooltip', async () => {
    const page = await openPage('shadow-hover.html', 2);
    const point = (await page.evaluate(textPointInPage, { text: 'Arbitrum', occurrence: 0, within: 'host' }))!;
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    // Before: the caret was asked for without naming the shadow root, and Chromium answered with the host's parent.
    const text = await waitForShadowText(page, OPEN, 3000);
    expect(text).toContain('Arbitrum One');
    await page.close();
  });
});

describe('keyboard', () => {
  it('the explain command opens the tooltip at the selection, takes focus, and Escape gives focus back', async () => {
    const page = await openPage('basic.html', 5);
    await page.bringToFront();
    const tabId = await activeTabId(browser);
    // Select "Lightning Network" the way a keyboard user would, then run the command.
    await page.evaluate(() => {
      const p = document.getElementById('p2')!;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('Lightning');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 3);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      (document.getElementById('p2') as HTMLElement).tabIndex = -1;
      (document.getElementById('p2') as HTMLElement).focus();
    });
    // The same message the "explain-selection" command sends (commands themselves are browser accelerators,
    // which a headless browser does not dispatch).
    const reply = await browser.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }),
      tabId,
    );
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    const text = await waitForShadowText(page, OPEN);
    expect(text).toContain('Lightning Network');
    // Focus is in our UI (the host, seen from the page), with a dialog role and a name.
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('layerlens-ui');
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    await client.detach();
    expect(nodes.some((n) => n.role?.value === 'dialog' && /Lightning Network/.test(n.name?.value ?? ''))).toBe(true);

    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p2');

    // Tabbing out of it (here back before it) closes it: it does not stay open over the page focus went back to.
    const again = await browser.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }),
      tabId,
    );
    expect(again).toEqual({ ok: true, value: { opened: true } });
    await waitForShadowText(page, OPEN);
    await page.keyboard.press('Shift+Tab');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('layerlens-ui');

    // With no selection on a name, the command steps through the marks in view.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    const first = await browser.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }),
      tabId,
    );
    expect(first).toEqual({ ok: true, value: { opened: true } });
    const a = await waitForShadowText(page, OPEN);
    await browser.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }),
      tabId,
    );
    const b = await waitForShadowText(page, (t) => OPEN(t) && t !== a);
    expect(b).not.toBe(a);
    await page.close();
  });

  it('opens one tooltip per key press on a page with frames: the frame the user is in', async () => {
    const page = await openPage('hostile/frames.html', 2);
    await page.bringToFront();
    await page.waitForTimeout(800);
    const tabId = await activeTabId(browser);
    await page.mouse.click(5, 5); // the user is in the top document
    const reply = await browser.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }),
      tabId,
    );
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    await waitForShadowText(page, OPEN);
    await page.waitForTimeout(300);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(2);
    for (const frame of frames) expect(await frameShadowText(page, frame)).toBe('');

    // Now the user clicks into the same-origin frame: the command opens there, and only there.
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    const same = page.frame({ url: /frame-inner\.html$/ })!;
    const box = (await page.locator('#same').boundingBox())!;
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await expect.poll(() => same.evaluate(() => document.hasFocus()), { timeout: 5000 }).toBe(true);
    const inFrame = await browser.worker.evaluate(
      (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }),
      tabId,
    );
    expect(inFrame).toEqual({ ok: true, value: { opened: true } });
    await expect.poll(() => frameShadowText(page, same), { timeout: 5000 }).toMatch(/Cardano|Polygon zkEVM/);
    expect(OPEN(await shadowText(page))).toBe(false);
    await page.close();
  });

  it('gives focus back to the page after the command was pressed twice (stepping to the next mark) and Escape', async () => {
    const page = await openPage('tooltip-text-changes.html', 3);
    await page.focus('#field');
    await explainCommand(page);
    const first = await waitForShadowText(page, OPEN);
    // Focus is now in our tooltip: the second press must not take our own host for the place to go back to.
    await explainCommand(page);
    await waitForShadowText(page, (t) => OPEN(t) && t !== first);
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
    await page.close();
  });

  it('declares both keyboard commands with default shortcuts', async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName['explain-selection']).toBeTruthy();
    expect(byName['toggle-layerlens']).toBeTruthy();
  });
});

describe('when the page changes under an open tooltip', () => {
  it('closes when its text is rewritten in place, its active highlight with it, and gives focus back', async () => {
    const page = await openPage('tooltip-text-changes.html', 3);
    await page.focus('#field');
    await explainCommand(page);
    await waitForShadowText(page, (t) => OPEN(t) && t.includes('Arbitrum One'));
    expect((await highlights(page))['layerlens-active']).toEqual(['Arbitrum One']);
    // The page rewrites the paragraph's text node: the mention is gone, its offsets now cover other words.
    await page.evaluate(() => {
      (document.getElementById('a')!.firstChild as Text).data = 'Prices: XYZ token went up 5% today on most exchanges.';
    });
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    expect((await highlights(page))['layerlens-active'] ?? []).toEqual([]);
    // Focus was in the tooltip: it goes back where it came from, not to the page's body.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field');
    await page.close();
  });

  it('opens and stays open over a name whose paragraph keeps changing elsewhere (a live price)', async () => {
    const page = await openPage('live-price.html', 2);
    // The page's own world keeps the name's mark, to tell later whether it was made anew.
    const found = await page.evaluate(() => {
      const text = document.getElementById('live')!.firstChild;
      const mark = [...CSS.highlights.get('layerlens-mark')!].find((r) => r.startContainer === text && r.startOffset === 0);
      (window as unknown as { before?: AbstractRange }).before = mark;
      return mark !== undefined;
    });
    expect(found).toBe(true);
    // The price ticks four times a second: hovering the name still opens its card, and it stays open.
    await hover(page, 'Arbitrum One');
    expect(await waitForShadowText(page, OPEN, 4000)).toContain('Arbitrum One');
    await page.waitForTimeout(1500);
    expect(OPEN(await shadowText(page))).toBe(true);
    expect((await highlights(page))['layerlens-active']).toEqual(['Arbitrum One']);
    // The name's mark is the same one it was before the ticks: read again, found where it was, kept.
    const kept = await page.evaluate(() => CSS.highlights.get('layerlens-mark')!.has((window as unknown as { before: AbstractRange }).before));
    expect(kept).toBe(true);
    await page.mouse.move(5, 5);
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    // The explain command too: a card, not a promise of one.
    await page.evaluate(() => {
      const text = document.getElementById('live')!.firstChild as Text;
      getSelection()!.setBaseAndExtent(text, 0, text, 12);
    });
    await explainCommand(page);
    expect(await waitForShadowText(page, OPEN, 4000)).toContain('Arbitrum One');
    await page.waitForTimeout(1000);
    expect(OPEN(await shadowText(page))).toBe(true);
    await page.close();
  });

  it('stays open over a name whose list the page rebuilds from scratch, and follows it into the new text', async () => {
    const page = await openPage('rerender-feed.html', 2);
    await hover(page, 'Arbitrum One');
    expect(await waitForShadowText(page, OPEN, 4000)).toContain('Arbitrum One');
    // Five rebuilds of the list with the pointer resting on the name: the card never closes.
    for (let k = 0; k < 10; k++) {
      await page.waitForTimeout(200);
      expect(OPEN(await shadowText(page)), `after ${(k + 1) * 200} ms`).toBe(true);
    }
    // Its active highlight is on the name in the list as it is now.
    expect((await highlights(page))['layerlens-active']).toEqual(['Arbitrum One']);
    // The name goes for good: the card goes with it.
    await page.evaluate(() => {
      const id = window.setInterval(() => undefined, 1000);
      for (let k = 0; k <= id; k++) window.clearInterval(k);
      document.getElementById('feed')!.innerHTML = '<li>No activity.</li>';
    });
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    await page.close();
  });

  it('closes when its paragraph is removed', async () => {
    const page = await openPage('tooltip-text-changes.html', 3);
    await page.focus('#field');
    await explainCommand(page);
    await waitForShadowText(page, (t) => OPEN(t) && t.includes('Arbitrum One'));
    await page.evaluate(() => document.getElementById('a')!.remove());
    await waitForShadowText(page, (t) => !OPEN(t), 3000);
    expect((await highlights(page))['layerlens-active'] ?? []).toEqual([]);
    await page.close();
  });
});

describe('placement', () => {
  it('keeps the tooltip wholly inside the viewport for a mention at every edge and corner', async () => {
    const page = await openPage('edges.html', 8);
    const viewport = page.viewportSize()!;
    for (const name of ['Ethereum', 'Bitcoin', 'Solana', 'Cardano', 'Starknet', 'Linea', 'Arbitrum One', 'OP Mainnet', 'Arbitrum Nova']) {
      await page.mouse.move(600, 400);
      await page.keyboard.press('Escape');
      await waitForShadowText(page, (t) => !OPEN(t), 2000);
      if (name === 'Arbitrum Nova') await page.evaluate(() => (document.getElementById('scroller')!.scrollTop = 180));
      await hover(page, name);
      await waitForShadowText(page, (t) => OPEN(t) && t.includes(name), 4000);
      await page.waitForTimeout(100);
      const box = (await tooltipBox(page))!;
      expect(box, name).not.toBeNull();
      expect(box.x, `${name} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} right`).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
    }
    await page.close();
  });

  it('stays inside the viewport at 50% and 300% zoom', async () => {
    for (const zoom of [0.5, 3]) {
      const page = await openPage('edges.html', 8);
      const client = await page.context().newCDPSession(page);
      // Browser zoom changes the device scale factor of the page, like Ctrl +/−.
      await client.send('Emulation.setDeviceMetricsOverride', { width: 1200, height: 800, deviceScaleFactor: zoom, mobile: false });
      await page.evaluate((z) => ((document.body.style as CSSStyleDeclaration & { zoom: string }).zoom = String(z)), zoom);
      await hover(page, 'OP Mainnet');
      await waitForShadowText(page, (t) => OPEN(t) && t.includes('OP Mainnet'), 4000);
      await page.waitForTimeout(100);
      const box = (await tooltipBox(page))!;
      const viewport = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await client.detach();
      await page.close();
    }
  });

  it('opens below or above a name mid-page, never beside it over the line being read', async () => {
    const page = await openPage('mid-article.html', 3);
    await page.setViewportSize({ width: 1280, height: 720 });
    await hover(page, 'Arbitrum One');
    await waitForShadowText(page, (t) => OPEN(t) && t.includes('Arbitrum One'));
    await page.waitForTimeout(150);
    const box = (await tooltipBox(page))!;
    // Where the name is now (hovering may have scrolled it into view).
    const mention = await page.evaluate(() => {
      const text = document.getElementById('text')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('Arbitrum One'));
      range.setEnd(text, text.data.indexOf('Arbitrum One') + 'Arbitrum One'.length);
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const clearOfLine = box.y >= mention.bottom || box.y + box.height <= mention.top;
    expect(clearOfLine, JSON.stringify({ box, mention })).toBe(true);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await page.close();
  });

  it('closes when its mention scrolls out of view', async () => {
    const page = await openPage('edges.html', 8);
    await page.evaluate(() => (document.getElementById('scroller')!.scrollTop = 180));
    await hover(page, 'Arbitrum Nova');
    await waitForShadowText(page, (t) => OPEN(t) && t.includes('Arbitrum Nova'));
    await page.evaluate(() => (document.getElementById('scroller')!.scrollTop = 0));
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    await page.close();
  });
});

describe('isolation from the page', () => {
  it('looks the same on a page whose CSS styles *, div and span aggressively', async () => {
    const looks: Record<string, unknown>[] = [];
    for (const file of ['basic.html', 'hostile-css.html']) {
      const page = await openPage(file, 2);
      await hover(page, 'Arbitrum');
      await waitForShadowText(page, OPEN);
      await page.waitForTimeout(150);
      const box = (await tooltipBox(page))!;
      looks.push({
        width: box.width,
        height: box.height,
        name: await tooltipStyle(page, 'name', ['font-size', 'font-family', 'color', 'text-transform', 'letter-spacing']),
        tip: await tooltipStyle(page, 'tip', ['background-color', 'line-height', 'display', 'opacity']),
      });
      await page.close();
    }
    expect(looks[1]).toEqual(looks[0]);
  });
});

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core on the open tooltip. The tooltip is in a closed shadow root, which axe (a page script) cannot
 * enter; DevTools can, so the test hands axe that root by defining `shadowRoot` on the host's main-world wrapper.
 * Nothing in the shipped extension opens the root.
 */
async function axeTooltip(page: Page): Promise<{ id: string; nodes: number }[]> {
  await page.addScriptTag({ path: AXE });
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node_ & { backendNodeId: number } };
    let host: (Node_ & { shadowRoots?: Node_[] }) | null = null;
    const visit = (node: Node_) => {
      if (node.localName === 'layerlens-ui') host = node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
    };
    visit(root);
    if (!host) throw new Error('no host');
    const shadow = (host as Node_).shadowRoots![0]!;
    const { object: shadowObject } = (await client.send('DOM.resolveNode', { nodeId: shadow.nodeId })) as { object: { objectId: string } };
    const { result } = (await client.send('Runtime.callFunctionOn', {
      objectId: shadowObject.objectId,
      functionDeclaration: `async function () {
        const shadow = this;
        Object.defineProperty(shadow.host, 'shadowRoot', { get: () => shadow });
        const tip = shadow.querySelector('.tip');
        const results = await axe.run({ include: [{ fromShadowDom: ['layerlens-ui', '.tip'] }] }, { resultTypes: ['violations'] });
        return JSON.stringify({ found: !!tip, violations: results.violations.map((v) => ({ id: v.id, nodes: v.nodes.length, html: v.nodes.map((n) => n.html).join(' | ') })) });
      }`,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: string } };
    const parsed = JSON.parse(result.value) as { found: boolean; violations: { id: string; nodes: number; html: string }[] };
    expect(parsed.found).toBe(true);
    return parsed.violations;
  } finally {
    await client.detach();
  }
}

describe('trigger modes', () => {
  async function withSettings(settings: Record<string, unknown>) {
    await browser.worker.evaluate(async (s) => {
      await chrome.storage.sync.set({ settings: { schemaVersion: 3, ...s } });
    }, settings);
  }

  it('hold-key: hovering alone opens nothing; holding the key over a name opens at once', async () => {
    await withSettings({ trigger: { mode: 'hold-key', hoverDelayMs: 300, holdKey: 'Shift' } });
    const page = await openPage('basic.html', 5);
    await hover(page, 'Arbitrum');
    await page.waitForTimeout(700);
    expect(OPEN(await shadowText(page))).toBe(false);
    await page.keyboard.down('Shift');
    await waitForShadowText(page, OPEN, 2000);
    await page.keyboard.up('Shift');
    await page.close();
  });

  it('click: opens on a click on the name, not on hover', async () => {
    await withSettings({ trigger: { mode: 'click', hoverDelayMs: 300, holdKey: 'Alt' } });
    const page = await openPage('basic.html', 5);
    await hover(page, 'Ethereum');
    await page.waitForTimeout(700);
    expect(OPEN(await shadowText(page))).toBe(false);
    const point = await pointOfText(page, 'Ethereum');
    await page.mouse.click(point.x, point.y);
    const text = await waitForShadowText(page, OPEN, 2000);
    expect(text).toContain('Ethereum');
    await page.close();
  });

  it('touch: a tap on a name opens it, a tap elsewhere closes it; in a link, a second tap follows it', async () => {
    await withSettings({ mentions: 'all' });
    const page = await openPage('basic.html', 5);
    const client = await page.context().newCDPSession(page);
    await client.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const tap = async (x: number, y: number) => {
      await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const point = await pointOfText(page, 'Bitcoin');
    await tap(point.x, point.y);
    const text = await waitForShadowText(page, OPEN, 2000);
    expect(text).toContain('Bitcoin');
    await tap(20, 780);
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    // A name inside a link: the first tap explains it and stays on the page; a tap again, the card open, follows it.
    await page.evaluate(() => document.querySelector('#p3 a')!.setAttribute('href', '#followed'));
    const inLink = await page.evaluate(() => {
      const box = document.querySelector('#p3 a')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await tap(inLink.x, inLink.y);
    expect(await waitForShadowText(page, OPEN, 2000)).toContain('Arbitrum');
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hash).toBe('');
    await tap(inLink.x, inLink.y);
    await expect.poll(() => new URL(page.url()).hash, { timeout: 2000 }).toBe('#followed');
    await client.detach();
    await page.close();
  });

  it('a longer hover delay from settings is honoured', async () => {
    await withSettings({ trigger: { mode: 'hover', hoverDelayMs: 1200, holdKey: 'Alt' } });
    const page = await openPage('basic.html', 5);
    await hover(page, 'Arbitrum');
    await page.waitForTimeout(700);
    expect(OPEN(await shadowText(page))).toBe(false);
    await waitForShadowText(page, OPEN, 3000);
    await page.close();
    await browser.worker.evaluate(() => chrome.storage.sync.clear());
  });
});

describe('on a realistic page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows the page's ${scheme} theme (screenshot for the README)`, async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(browser.server.url('demo/index.html'));
      await waitForMarks(page, 10);
      await hover(page, 'Scroll');
      await waitForShadowText(page, (t) => OPEN(t) && t.includes('Scroll'));
      await page.waitForTimeout(250);
      const background = await tooltipStyle(page, 'tip', ['background-color']);
      // Auto theme: a dark page gets a dark card, a light page a light one.
      const [r, g, b] = background['background-color']!.match(/\d+/g)!.map(Number) as [number, number, number];
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      expect(scheme === 'dark' ? luminance < 0.3 : luminance > 0.8).toBe(true);
      const box = (await tooltipBox(page))!;
      await page.screenshot({
        path: `docs/screenshots/tooltip-${scheme}.png`,
        clip: { x: Math.max(0, box.x - 380), y: Math.max(0, box.y - 140), width: Math.min(1200, box.width + 560), height: Math.min(800 - Math.max(0, box.y - 140), box.height + 180) },
      });
      await page.close();
    });
  }
});

it.each(['dark-wrapper.html', 'dark-wrapper.html?oklch'])('automatic theme: a dark card on a dark app whose body is transparent (%s)', async (file) => {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(browser.server.url(file));
  await waitForMarks(page, 2);
  await hover(page, 'Arbitrum One');
  await waitForShadowText(page, (t) => OPEN(t) && t.includes('Arbitrum One'));
  const background = await tooltipStyle(page, 'tip', ['background-color']);
  const [r, g, b] = background['background-color']!.match(/\d+/g)!.map(Number) as [number, number, number];
  expect((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255).toBeLessThan(0.3);
  await page.close();
});

describe('color scheme', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`a ${theme} card has a ${theme} color-scheme (its scrollbar matches it), whatever the system's, the page's untouched`, async () => {
      await browser.worker.evaluate(async (t) => {
        await chrome.storage.sync.set({ settings: { schemaVersion: 3, theme: t } });
      }, theme);
      const page = await browser.context.newPage();
      // The system prefers the other scheme: the card follows its own theme, not that.
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      await page.goto(browser.server.url('basic.html'));
      await waitForMarks(page, 5);
      await hover(page, 'Arbitrum');
      await waitForShadowText(page, OPEN);
      expect(await tooltipStyle(page, 'tip', ['color-scheme'])).toEqual({ 'color-scheme': theme });
      // Set inside our shadow root only: the page's own scheme is what it was.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('normal');
      await page.close();
      await browser.worker.evaluate(() => chrome.storage.sync.clear());
    });
  }
});

describe('accessibility', () => {
  it('honours reduced motion and forced colours', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
    await page.goto(browser.server.url('basic.html'));
    await waitForMarks(page, 5);
    await hover(page, 'Arbitrum');
    await waitForShadowText(page, OPEN);
    const tip = await tooltipStyle(page, 'tip', ['transition-duration', 'forced-color-adjust']);
    expect(tip['transition-duration']).toBe('0s');
    // The layer badge keeps its colour (it carries meaning); the rest follows the user's system colours.
    expect((await tooltipStyle(page, 'badge', ['forced-color-adjust']))['forced-color-adjust']).toBe('none');
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`axe-core finds no violations in the open tooltip (${theme})`, async () => {
      await browser.worker.evaluate(async (t) => {
        await chrome.storage.sync.set({ settings: { schemaVersion: 3, theme: t } });
      }, theme);
      const page = await openPage('basic.html', 5);
      await hover(page, 'Arbitrum');
      await waitForShadowText(page, OPEN);
      const violations = await axeTooltip(page);
      expect(violations).toEqual([]);
      await page.close();
      await browser.worker.evaluate(() => chrome.storage.sync.clear());
    });
  }
});
