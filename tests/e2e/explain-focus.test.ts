// The explain-selection command (Alt+Shift+K) for a keyboard user: with no selection on a name, it explains the name
// they have focused (a linked "Arbitrum" reached with Tab), not the first name in view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, highlights, launchWithExtension, shadowText, waitForMarks, waitForShadowText, watchPageErrors, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
const OPEN = (t: string) => t.includes('Settles to') || t.includes('Its own base chain');

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** The message the "explain-selection" command sends (a headless browser does not dispatch accelerators). */
async function explainCommand(page: Page): Promise<unknown> {
  await page.bringToFront();
  const tabId = await activeTabId(browser);
  return browser.worker.evaluate(
    (tab) => chrome.tabs.sendMessage(tab, { layerlens: 1, name: 'explainAtSelection', payload: {} }, { frameId: 0 }),
    tabId,
  );
}

/** basic.html where Layerlens is off: nothing to wait for but the page itself. */
async function openBasicUnmarked(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url('basic.html'));
  await page.waitForTimeout(800);
  await page.bringToFront();
  return page;
}

async function openBasic(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.server.url('basic.html'));
  await waitForMarks(page, 5);
  await page.bringToFront();
  return page;
}

describe('explain command on the focused name', () => {
  it('explains the linked name reached with Tab, not the first name in view', async () => {
    const page = await openBasic();
    const errors = watchPageErrors(page);
    // The keyboard user's way there: Tab from the top of the page to the only link, "Arbitrum" (of "Arbitrum One").
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Arbitrum');
    // By default only a chain's first mention is drawn: "Arbitrum" in the first paragraph, not the link's. The user
    // asked about the link's all the same.
    expect((await highlights(page))['layerlens-mark']).not.toContain('Arbitrum One');
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    const text = await waitForShadowText(page, OPEN);
    expect(text).toContain('Arbitrum One');
    expect(text).not.toContain('Its own base chain'); // Ethereum's card, the first name in view
    expect((await highlights(page))['layerlens-active']).toEqual(['Arbitrum One']);
    // Escape gives focus back to the link.
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Arbitrum');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prefers the focused name to a caret left on another name by an earlier click', async () => {
    const page = await openBasic();
    // A click in the first paragraph's "Ethereum" leaves a caret there; then the user Tabs to the link.
    const box = await page.evaluate(() => {
      const text = document.getElementById('p1')!.firstChild as Text;
      const at = text.data.indexOf('Ethereum');
      const range = document.createRange();
      range.setStart(text, at + 2);
      range.setEnd(text, at + 3);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Arbitrum');
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    await waitForShadowText(page, OPEN);
    expect((await highlights(page))['layerlens-active']).toEqual(['Arbitrum One']);
    await page.close();
  });

  it('still explains a selected name first, whatever has focus', async () => {
    const page = await openBasic();
    await page.keyboard.press('Tab');
    await page.evaluate(() => {
      const text = document.getElementById('p2')!.firstChild as Text;
      const at = text.data.indexOf('Lightning');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 5);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    await waitForShadowText(page, OPEN);
    expect((await highlights(page))['layerlens-active']).toEqual(['Lightning Network']);
    await page.close();
  });

  it('explains a name the selection covers, and nothing (no other name in view) for words that name no chain', async () => {
    const page = await openBasic();
    // "the Lightning Network moves" selected whole: its name.
    await page.evaluate(() => {
      const text = document.getElementById('p2')!.firstChild as Text;
      const from = text.data.indexOf('the Lightning');
      getSelection()!.setBaseAndExtent(text, from, text, text.data.indexOf('payments'));
    });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    expect(await waitForShadowText(page, OPEN)).toContain('Lightning');
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    // "different route" selected: no card about Ethereum or Arbitrum instead.
    await page.evaluate(() => {
      const text = document.getElementById('p2')!.firstChild as Text;
      const from = text.data.indexOf('different');
      getSelection()!.setBaseAndExtent(text, from, text, from + 'different route'.length);
    });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: false } });
    // Nothing opened, and the user is told why rather than left with a key that seems dead.
    expect(await waitForShadowText(page, (t) => t.includes('no chain name in the selected text'))).not.toContain('Settles to');
    expect(OPEN(await shadowText(page))).toBe(false);
    await page.close();
  });

  it('explains a name selected in an editor, where nothing is marked, and says why a text field cannot be', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('editors.html'));
    await waitForMarks(page, 1);
    await page.bringToFront();
    // A rich-text editor (contenteditable): the selection is read on its own.
    await page.evaluate(() => {
      const text = document.querySelector('#editor p')!.firstChild as Text;
      const from = text.data.indexOf('Starknet');
      getSelection()!.setBaseAndExtent(text, from, text, from + 'Starknet'.length);
    });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    expect(await waitForShadowText(page, OPEN)).toContain('Starknet');
    // Nothing in the editor was marked or counted for it; the selection is still the user's.
    expect((await highlights(page))['layerlens-mark'] ?? []).not.toContain('Starknet');
    await page.keyboard.press('Escape');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    // Other words in the editor: nothing, and the usual message.
    await page.evaluate(() => {
      const text = document.querySelector('#editor p')!.firstChild as Text;
      getSelection()!.setBaseAndExtent(text, 0, text, 'Draft'.length);
    });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: false } });
    await waitForShadowText(page, (t) => t.includes('no chain name in the selected text'));
    // A textarea holds its text in no text node: no card can sit over it, and the message says so.
    await page.evaluate(() => {
      const area = document.getElementById('ta') as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(0, 'Arbitrum One'.length);
    });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: false } });
    await waitForShadowText(page, (t) => t.includes('does not read inside text fields'));
    await page.close();
  });

  it('says so when there is nothing to explain, or when Layerlens is off on the site', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.server.url('plain.html'));
    await page.waitForFunction(() => CSS.highlights.has('layerlens-mark'), null, { timeout: 10_000 });
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: false } });
    await waitForShadowText(page, (t) => t.includes('no chain name selected, focused or marked in view'));
    await page.close();
    await browser.worker.evaluate(() =>
      chrome.storage.sync.set({ settings: { schemaVersion: 3, siteRules: [{ pattern: '127.0.0.1', mode: 'never' }] } }),
    );
    const off = await openBasicUnmarked();
    expect(await explainCommand(off)).toEqual({ ok: true, value: { opened: false } });
    await waitForShadowText(off, (t) => t.includes('off on this site'));
    await off.close();
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { schemaVersion: 3 } }));
  });

  it('Tab past the card, or Shift+Tab before it, closes it and gives focus back to the name', async () => {
    const page = await openBasic();
    // A footer link at the end of a long page: the focusable element right before our host in document order.
    // In a <footer> of its own: an inline element added straight to <body> would have the page read again, and the
    // marks made anew while the command picks one.
    await page.evaluate(() => {
      const footer = document.createElement('footer');
      footer.style.marginTop = '3000px';
      const link = document.createElement('a');
      link.href = '#top';
      link.textContent = 'Back to top';
      footer.append(link);
      document.body.append(footer);
    });
    await page.waitForTimeout(500);
    await page.keyboard.press('Tab');
    const onLink = () => page.evaluate(() => document.activeElement?.textContent === 'Arbitrum');
    expect(await onLink()).toBe(true);
    const scrollBefore = await page.evaluate(() => scrollY);
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    await waitForShadowText(page, OPEN);
    await page.keyboard.press('Shift+Tab');
    await waitForShadowText(page, (t) => !OPEN(t), 2000);
    expect(await onLink()).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    // Forward through every link of the card, and one more.
    expect(await explainCommand(page)).toEqual({ ok: true, value: { opened: true } });
    await waitForShadowText(page, OPEN);
    let presses = 0;
    while (OPEN(await shadowText(page)) && presses < 20) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeGreaterThan(1);
    expect(presses).toBeLessThan(20);
    expect(await onLink()).toBe(true);
    await page.close();
  });
});
