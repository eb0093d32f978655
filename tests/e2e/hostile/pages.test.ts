// Hostile pages, in real Chromium with the built extension: each fixture under tests/fixtures/pages/hostile
// carries its expectations (an #expect JSON block, or the page's own check of its DOM). Every test asserts
// no page errors (our console errors included), the page's DOM as the page built it (our host aside), the
// right marks, no service-worker errors and no request to anywhere but the fixture origins.
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  anyHostShadowText,
  frameShadowText,
  HOST_TAG,
  launchWithExtension,
  showEveryMention,
  markTexts,
  pageDomWithoutHost,
  pageExpect,
  pointOfText,
  serveNodeModule,
  shadowText,
  waitForMarkTexts,
  waitForShadowText,
  watchExtension,
  watchPageErrors,
  type ExtensionBrowser,
} from '../harness';

let browser: ExtensionBrowser;
let extension: ReturnType<typeof watchExtension>;
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchWithExtension();
  extension = watchExtension(browser);
  await serveNodeModule(browser.context, '**/hostile/vendor/preact.umd.js', 'preact/dist/preact.umd.js');
  await showEveryMention(browser);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  expect(errors).toEqual([]);
  expect(extension.workerErrors).toEqual([]);
  expect(extension.foreignRequests).toEqual([]);
  extension.workerErrors.length = 0;
  extension.foreignRequests.length = 0;
});

const same = (expected: string[]) => (marks: string[]) => JSON.stringify(marks) === JSON.stringify([...expected].sort());

/** Opens a fixture page, watching for errors; resolves at DOMContentLoaded (before our document_idle script). */
async function open(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  errors = watchPageErrors(page);
  await page.goto(browser.server.url(`hostile/${file}`), { waitUntil: 'domcontentloaded' });
  return page;
}

/** The page's DOM without our host, and without the marks (there are none in the DOM: that's the point). */
const dom = (page: Page) => pageDomWithoutHost(page);

/** Hovers the n-th occurrence of `text` and waits for the tooltip of `name`. */
async function hoverAndExplain(page: Page, text: string, name: string, occurrence = 0): Promise<string> {
  // Off any mark, and past the tooltip's close grace (250 ms): see the report on a pending open cancelled by it.
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  const point = await pointOfText(page, text, occurrence);
  await page.mouse.move(point.x, point.y);
  return waitForShadowText(page, (t) => t.includes('What you gain') && t.includes(name));
}

describe('the error watch itself', () => {
  it('sees console errors and uncaught exceptions of an isolated world, where our content script runs', async () => {
    const page = await open('csp.html');
    const client = await page.context().newCDPSession(page);
    const { frameTree } = (await client.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await client.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' })) as { executionContextId: number };
    await client.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: "console.error('[Layerlens] probe'); setTimeout(() => { throw new Error('probe thrown'); }, 0);",
    });
    await client.detach();
    await expect.poll(() => errors.length).toBe(2);
    expect(errors).toEqual(['console: [Layerlens] probe', 'pageerror: probe thrown']);
    errors = [];
    await page.close();
  });
});

describe('a Preact app that hydrates and re-renders under the marks', () => {
  it('no app errors, its DOM is what it rendered, and the marks follow the new text', async () => {
    const page = await open('react-app.html');
    const expected = await pageExpect<{ initial: string[]; final: string[] }>(page);
    await waitForMarkTexts(page, same(expected.initial));
    await page.waitForFunction(() => document.documentElement.dataset.done === '1', null, { timeout: 15_000 });
    // The app checked its own DOM against a fresh render of its final state.
    expect(await page.evaluate(() => document.documentElement.dataset.domOk)).toBe('true');
    await waitForMarkTexts(page, same(expected.final));
    // No stale marks on text the app has replaced.
    expect(await page.evaluate(() => [...(CSS.highlights.get('layerlens-mark') ?? [])].every((r) => r.startContainer.isConnected && r.endContainer.isConnected))).toBe(true);
    // Hovering a name the app rendered late explains it.
    const text = await hoverAndExplain(page, 'zkSync Era', 'zkSync Era');
    expect(text).toContain('Layer 2');
    await page.close();
  });
});

describe('editors and form fields', () => {
  it('a rich text editor with its own key handling: typing, caret, selection and undo are the editor\'s; nothing marked inside', async () => {
    const page = await open('editor.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    const before = await dom(page);
    await waitForMarkTexts(page, same(expected.marks));
    await page.focus('#rich');
    await page.waitForTimeout(50);
    await page.keyboard.type(' and Arbitrum One on Ethereum');
    const model = () => page.evaluate(() => ({ ...(window as unknown as { richEditor: { text: string; caret: number } }).richEditor, undo: undefined }));
    const selection = () =>
      page.evaluate(() => {
        const s = document.getSelection()!;
        return { node: s.anchorNode?.parentElement?.id, offset: s.anchorOffset, collapsed: s.isCollapsed };
      });
    expect(await model()).toMatchObject({ text: 'Draft about Starknet and Arbitrum One on Ethereum', caret: 49 });
    expect(await selection()).toEqual({ node: 'rich', offset: 49, collapsed: true });
    // Let a rescan happen, then keep editing: the caret is still where the editor put it.
    await page.waitForTimeout(700);
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    expect((await model()).text).toBe('Draft about Starknet and Arbitrum OneX on Ethereum');
    expect(await selection()).toEqual({ node: 'rich', offset: 38, collapsed: true });
    // The editor's own undo (one step per key).
    for (let i = 0; i < 1 + 29; i++) await page.keyboard.press('Control+z');
    expect((await model()).text).toBe('Draft about Starknet');
    // Select all inside the editor: the selection API reads the editor's text, nothing of ours.
    await page.keyboard.press('Control+a');
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe('Draft about Starknet');
    await page.waitForTimeout(700);
    expect(await markTexts(page)).toEqual([...expected.marks].sort());
    // The page's DOM is what the editor made it (its text is back to the original).
    expect(await dom(page)).toBe(before);
    await page.close();
  });

  it('native contenteditable, textarea and input: typed text, caret position and native undo are untouched', async () => {
    const page = await open('editor.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    await waitForMarkTexts(page, same(expected.marks));

    await page.click('#native p');
    await page.keyboard.press('End');
    await page.keyboard.type(' and Solana');
    expect(await page.locator('#native').innerText()).toBe('Notes on Cardano and Solana');
    const caret = await page.evaluate(() => {
      const s = document.getSelection()!;
      return { data: (s.anchorNode as Text).data, offset: s.anchorOffset };
    });
    expect(caret.offset).toBe(caret.data.length);
    await page.waitForTimeout(700);
    await page.keyboard.press('Control+z');
    expect(await page.locator('#native').innerText()).toBe('Notes on Cardano');

    for (const selector of ['#ta', '#in']) {
      const original = await page.inputValue(selector);
      await page.click(selector);
      await page.keyboard.press('End');
      await page.keyboard.type(' then Starknet');
      await page.waitForTimeout(400);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.type('!');
      expect(await page.inputValue(selector)).toBe(`${original} then Starkn!et`);
      expect(await page.$eval(selector, (el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([original.length + 13, original.length + 13]);
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+z');
      expect(await page.inputValue(selector)).toBe(original);
    }
    await page.waitForTimeout(700);
    expect(await markTexts(page)).toEqual([...expected.marks].sort());
    await page.close();
  });
});

describe('SVG and frames', () => {
  it('no marks in SVG text; marks in same- and cross-origin frames, with a tooltip inside each frame', async () => {
    const page = await open('frames.html');
    const expected = await pageExpect<{ top: string[]; frame: string[] }>(page);
    await waitForMarkTexts(page, same(expected.top));
    const frames = async () => {
      const out: Frame[] = [];
      for (const id of ['same', 'cross']) {
        const frame = await (await page.$(`#${id}`))!.contentFrame();
        if (frame) out.push(frame);
      }
      return out;
    };
    await expect.poll(async () => (await frames()).length, { timeout: 10_000 }).toBe(2);
    const [sameFrame, crossFrame] = await frames();
    const topBefore = await dom(page);
    const frameDom = (frame: Frame) => frame.evaluate((tag) => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const host of clone.querySelectorAll(tag)) host.remove();
      return clone.outerHTML;
    }, HOST_TAG);
    const framesBefore = [await frameDom(sameFrame!), await frameDom(crossFrame!)];
    expect(new URL(sameFrame!.url()).origin).toBe(browser.server.origin);
    expect(new URL(crossFrame!.url()).origin).toBe(browser.server.altOrigin);
    for (const frame of [sameFrame!, crossFrame!]) await waitForMarkTexts(frame, same(expected.frame));

    // A tooltip in each frame: hover the name where the frame shows it on the page.
    for (const frame of [sameFrame!, crossFrame!]) {
      await page.mouse.move(5, 5);
      const box = (await (await frame.frameElement()).boundingBox())!;
      const inFrame = await frame.evaluate(() => {
        const text = document.getElementById('inner')!.firstChild as Text;
        const at = text.data.indexOf('Cardano');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 7);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(box.x + inFrame.x, box.y + inFrame.y);
      await expect.poll(() => frameShadowText(page, frame), { timeout: 10_000 }).toContain('Cardano');
      expect(await frameShadowText(page, frame)).toContain('Layer 1');
      await page.mouse.move(5, 5);
    }
    // The top page's host is not involved in the frames' tooltips; every document is as its page built it.
    expect(await page.locator(HOST_TAG).count()).toBe(0);
    expect(await dom(page)).toBe(topBefore);
    expect([await frameDom(sameFrame!), await frameDom(crossFrame!)]).toEqual(framesBefore);
    await page.close();
  });
});

describe('open shadow DOM web components', () => {
  it('marks text inside open roots, slotted and nested; follows shadow changes; never touches a closed root', async () => {
    const page = await open('webcomponents.html');
    const expected = await pageExpect<{ initial: string[]; final: string[]; never: string[] }>(page);
    await waitForMarkTexts(page, same(expected.initial));
    await page.waitForFunction(() => document.documentElement.dataset.done === '1');
    const marks = await waitForMarkTexts(page, same(expected.final));
    for (const name of expected.never) expect(marks).not.toContain(name);
    // Every shadow root kept exactly what the components put there.
    const shadows = await page.evaluate(() => [
      document.getElementById('card')!.shadowRoot!.innerHTML,
      document.getElementById('outer')!.shadowRoot!.innerHTML,
      (document.getElementById('outer')!.shadowRoot!.querySelector('inner-box') as Element).shadowRoot!.innerHTML,
    ]);
    expect(shadows).toEqual([
      '<h3><slot name="title"></slot></h3><p id="body">Settles to Ethereum; Solana does not.</p>',
      '<div>Nested component: <inner-box></inner-box></div>',
      '<p>Deep inside: Cardano is a layer 1.</p>',
    ]);
    await page.close();
  });
});

describe('a strict CSP (no inline scripts or styles)', () => {
  it('marks, and the tooltip opens and is styled, with no CSP violation', async () => {
    const page = await open('csp.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    const before = await dom(page);
    await waitForMarkTexts(page, same(expected.marks));
    const text = await hoverAndExplain(page, 'Arbitrum', 'Arbitrum One');
    expect(text).toContain('Layer 2');
    // Our styles reached the tooltip (constructed sheets are not subject to style-src): it has a real box.
    const hasBox = await page.evaluate(() => !!document.querySelector('layerlens-ui'));
    expect(hasBox).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    // Our ::highlight rules are in place.
    expect(await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('layerlens-mark'))))).toBe(true);
    expect(await dom(page)).toBe(before);
    await page.close();
  });
});

describe('RTL, emoji, combining marks, zero-width characters', () => {
  it('marks exactly the names as written, with ranges on whole characters', async () => {
    const page = await open('unicode.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    const before = await dom(page);
    await waitForMarkTexts(page, same(expected.marks));
    const broken = await page.evaluate(() => {
      const bad: string[] = [];
      const low = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!) && /[\uD800-\uDBFF]/.test(s[i - 1]!);
      for (const r of CSS.highlights.get('layerlens-mark') ?? []) {
        const a = (r.startContainer as Text).data;
        const b = (r.endContainer as Text).data;
        if (low(a, r.startOffset) || low(b, r.endOffset) || /^[\u0300-\u036f]/.test(b.slice(r.endOffset))) bad.push(a);
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (!live.getClientRects().length) bad.push(`no box: ${live.toString()}`);
      }
      return bad;
    });
    expect(broken).toEqual([]);
    // A name in a right-to-left paragraph is explained too.
    const text = await hoverAndExplain(page, 'Arbitrum One', 'Arbitrum One');
    expect(text).toContain('Layer 2');
    expect(await dom(page)).toBe(before);
    await page.close();
  });
});

describe('a page that fights our host element and the highlight registry', () => {
  it('attaching our host (first tooltip) is not a page change: no rescan, the marks are the same ranges', async () => {
    const page = await open('host-abuse.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    await waitForMarkTexts(page, same(expected.marks));
    await page.waitForTimeout(500);
    await page.evaluate(() => ((window as unknown as { kept: unknown[] }).kept = [...(CSS.highlights.get('layerlens-mark') ?? [])]));
    await hoverAndExplain(page, 'Arbitrum', 'Arbitrum One');
    // Past the observer's batching (idle, 300 ms at most) and a scan.
    await page.waitForTimeout(1000);
    const unchanged = await page.evaluate(() => {
      const kept = (window as unknown as { kept: unknown[] }).kept;
      const now = [...(CSS.highlights.get('layerlens-mark') ?? [])];
      return now.length === kept.length && now.every((r) => kept.includes(r));
    });
    expect(unchanged).toBe(true);
    await page.close();
  });


  it('host removed or moved after a tooltip opened, CSS.highlights cleared, adoptedStyleSheets replaced: all recovered', async () => {
    const page = await open('host-abuse.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    const before = await dom(page);
    await waitForMarkTexts(page, same(expected.marks));
    await hoverAndExplain(page, 'Arbitrum', 'Arbitrum One');

    // Removed while open: the next hover puts one host back.
    expect(await page.evaluate(() => (window as unknown as { hostile: { removeHost(): number } }).hostile.removeHost())).toBe(1);
    expect(await shadowText(page)).toBe('');
    await hoverAndExplain(page, 'Starknet', 'Starknet');
    expect(await page.locator(HOST_TAG).count()).toBe(1);

    // Moved into the page's own container: it still works from there, and is not duplicated.
    await page.evaluate(() => (window as unknown as { hostile: { moveHost(): boolean } }).hostile.moveHost());
    await hoverAndExplain(page, 'Arbitrum', 'Arbitrum One');
    expect(await page.locator(HOST_TAG).count()).toBe(1);

    // Registry wiped: the marks come back (at the latest on the next tooltip or page change).
    await page.evaluate(() => (window as unknown as { hostile: { clearHighlights(): void } }).hostile.clearHighlights());
    expect(await markTexts(page)).toEqual([]);
    await hoverAndExplain(page, 'Ethereum', 'Ethereum');
    await waitForMarkTexts(page, same(expected.marks));

    // Our ::highlight rules thrown out with the page's sheets: back, too.
    await page.evaluate(() => (window as unknown as { hostile: { dropSheets(): void } }).hostile.dropSheets());
    await hoverAndExplain(page, 'Starknet', 'Starknet');
    await expect.poll(() => page.evaluate(() => (window as unknown as { hostile: { ourSheet(): boolean } }).hostile.ourSheet()), { timeout: 5_000 }).toBe(true);

    // The page's own DOM, our host aside, is still what it built.
    expect(await dom(page)).toBe(before);
    await page.close();
  });
});

describe('moving between marks, and a host taken away under an open tooltip', () => {
  it('from an open tooltip, across blank space to another mark within the close grace: the other opens', async () => {
    const page = await open('host-abuse.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    await waitForMarkTexts(page, same(expected.marks));
    const a = await pointOfText(page, 'Arbitrum');
    await page.mouse.move(a.x, a.y);
    await waitForShadowText(page, (t) => t.includes('Arbitrum One'));
    await page.mouse.move(a.x, 5); // blank space
    await page.waitForTimeout(100); // inside the 250 ms close grace
    const e = await pointOfText(page, 'Ethereum');
    await page.mouse.move(e.x, e.y);
    await waitForShadowText(page, (t) => t.includes('What you gain') && t.includes('Ethereum') && !t.includes('Arbitrum One'), 4000);
    await page.close();
  });

  it('host removed while its tooltip is open: moving on the same mark brings it back', async () => {
    const page = await open('host-abuse.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    await waitForMarkTexts(page, same(expected.marks));
    const p = await pointOfText(page, 'Arbitrum');
    await page.mouse.move(p.x, p.y);
    await waitForShadowText(page, (t) => t.includes('Arbitrum One'));
    await page.evaluate(() => (window as unknown as { hostile: { removeHost(): number } }).hostile.removeHost());
    for (let i = 1; i <= 5; i++) {
      await page.mouse.move(p.x + i, p.y);
      await page.waitForTimeout(100);
    }
    await waitForShadowText(page, (t) => t.includes('Arbitrum One'), 3000);
    expect(await page.locator(HOST_TAG).count()).toBe(1);
    await page.close();
  });
});

describe('a page that defines our host\'s tag name as its own custom element first', () => {
  it('its constructor never gets our host: we use an unguessable name instead, and mark and explain as usual', async () => {
    const page = await open('predefined-host.html');
    const expected = await pageExpect<{ marks: string[] }>(page);
    const withoutOurs = () =>
      page.evaluate(() => {
        const clone = document.documentElement.cloneNode(true) as HTMLElement;
        for (const el of [...clone.querySelectorAll('*')]) if (el.localName.startsWith('layerlens-ui-')) el.remove();
        return clone.outerHTML;
      });
    const before = await withoutOurs();
    await waitForMarkTexts(page, same(expected.marks));
    await page.mouse.move(5, 5);
    const point = await pointOfText(page, 'Arbitrum');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => anyHostShadowText(page), { timeout: 10_000 }).toContain('What you gain');
    const hosts = await page.evaluate(() => [...document.documentElement.children].map((e) => e.localName).filter((n) => n.startsWith('layerlens-ui')));
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toMatch(/^layerlens-ui-[0-9a-f]{12}$/);
    // The page's element was never connected: it never held our UI.
    expect(await page.evaluate(() => (window as unknown as { squatter: { connected: number } }).squatter.connected)).toBe(0);
    expect(await withoutOurs()).toBe(before);
    await page.close();
  });
});

describe('a page that patches globals before we run', () => {
  /** The page's poison switch, flipped over DevTools (Playwright's own helpers would trip on the poisoned globals). */
  async function poison(page: Page, on: boolean): Promise<void> {
    const client = await page.context().newCDPSession(page);
    await client.send('Runtime.evaluate', { expression: `window.poison = ${on}` });
    await client.detach();
  }

  it('marks and explains: our isolated world never sees the page\'s Array, JSON, MutationObserver, timers or DOM patches', async () => {
    const page = await open('patched.html');
    await poison(page, false);
    const expected = await pageExpect<{ marks: string[] }>(page);
    const before = await dom(page);
    await poison(page, true);
    // Let our script run its whole first scan against the poisoned page.
    await page.waitForTimeout(1500);
    await poison(page, false);
    await waitForMarkTexts(page, same(expected.marks));
    const point = await pointOfText(page, 'Starknet');
    await poison(page, true);
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(1200);
    await poison(page, false);
    const text = await waitForShadowText(page, (t) => t.includes('Settles to') && t.includes('Starknet'));
    expect(text).toContain('Layer 2');
    expect(await dom(page)).toBe(before);
    expect(await page.locator(HOST_TAG).count()).toBe(1);
    await page.close();
  });
});

describe('a single-page app that navigates with history.pushState', () => {
  it('marks follow each route, Back included, with no stale ranges', async () => {
    const page = await open('spa.html');
    const expected = await pageExpect<Record<'home' | 'chains' | 'about', string[]>>(page);
    await waitForMarkTexts(page, same(expected.home));
    await page.click('#to-chains');
    expect(new URL(page.url()).search).toBe('?page=chains');
    await waitForMarkTexts(page, same(expected.chains));
    expect(await page.evaluate(() => (window as unknown as { spaCheck(): boolean }).spaCheck())).toBe(true);
    const text = await hoverAndExplain(page, 'Cardano', 'Cardano');
    expect(text).toContain('Layer 1');
    await page.click('#to-about');
    await waitForMarkTexts(page, same(expected.about));
    await page.goBack();
    await waitForMarkTexts(page, same(expected.chains));
    await page.goBack();
    await waitForMarkTexts(page, same(expected.home));
    const stale = await page.evaluate(() => [...(CSS.highlights.get('layerlens-mark') ?? [])].filter((r) => !r.startContainer.isConnected).length);
    expect(stale).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { spaCheck(): boolean }).spaCheck())).toBe(true);
    await page.close();
  });
});
