// A tab that was open before Layerlens was installed or updated has no content script. Opening the popup there
// starts Layerlens in the tab (activeTab + scripting) instead of asking for a reload.
//
// A tab that predates the install cannot be made in a test: these run copies of the built extension whose content
// script does not match the fixture page, so the page opens without one, as such a tab would.
// - The first block clicks the real toolbar button (DevTools' Extensions.triggerAction, which needs
//   --enable-unsafe-extension-debugging): the click's activeTab grant is the only access the popup gets, as for a user.
//   Playwright does not hand that popup out as a page, so its text is read over the browser's DevTools session.
// - The others open the popup as a page for the tab, with host access to the fixture server and "tabs" standing in
//   for what the click's activeTab grants (the tab's address, and leave to run a script in it), so the popup's text
//   can be read too.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeTabId,
  EXTENSION_DIR,
  highlights,
  launchWithExtension,
  pointOfText,
  tooltipBox,
  waitForMarks,
  watchPageErrors,
  type ExtensionBrowser,
} from './harness';


let browser: ExtensionBrowser;
let copy: string;

interface Manifest {
  content_scripts: { matches: string[]; exclude_matches?: string[] }[];
  permissions: string[];
  host_permissions?: string[];
}

/** A copy of the built extension with its manifest edited. */
async function extensionCopy(edit: (manifest: Manifest) => void): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-start-'));
  await fs.cp(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await fs.readFile(file, 'utf8')) as Manifest;
  edit(manifest);
  await fs.writeFile(file, JSON.stringify(manifest));
  return dir;
}

/**
 * The shipped build, but its content script skips one fixture page: the manifest's permissions are untouched, so a
 * click on the toolbar button is the only thing that can start Layerlens there.
 */
const extensionSkipping = (page: string) =>
  extensionCopy((manifest) => {
    for (const script of manifest.content_scripts) script.exclude_matches = [`http://*/*${page}*`];
  });

/** `allowed`: whether the user lets Layerlens run on the fixture's site (host access to it). */
const extensionWithoutAutoInjection = (allowed = true) =>
  extensionCopy((manifest) => {
    for (const script of manifest.content_scripts) script.matches = ['https://*/*'];
    if (allowed) manifest.host_permissions = ['http://127.0.0.1/*'];
    manifest.permissions = [...manifest.permissions, 'tabs'];
  });

const marksOn = async (page: Page) => ((await highlights(page))['layerlens-mark'] ?? []).length;
const panelText = async (popup: Page) => (await popup.getByRole('tabpanel').textContent()) ?? '';

async function openPopupFor(tab: number): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup/index.html?tab=${tab}`);
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

beforeAll(async () => {
  copy = await extensionWithoutAutoInjection();
  browser = await launchWithExtension({ extensionDir: copy });
});

afterAll(async () => {
  await browser?.close();
  if (copy) await fs.rm(copy, { recursive: true, force: true });
});

describe('the toolbar button, clicked on a tab that has no content script', () => {
  let clicked: ExtensionBrowser;
  let clickedCopy: string;
  beforeAll(async () => {
    clickedCopy = await extensionSkipping('popup-chains.html');
    clicked = await launchWithExtension({ extensionDir: clickedCopy, args: ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(async () => {
    await clicked?.close();
    if (clickedCopy) await fs.rm(clickedCopy, { recursive: true, force: true });
  });

  /** Clicks the toolbar button on the tab showing `url`; returns the popup's text once it has `expected` in it. */
  async function clickAndReadPopup(url: string, expected: string): Promise<string> {
    const cdp = await clicked.context.browser()!.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
        targetInfos: { targetId: string; url: string }[];
      };
      const tab = targetInfos.find((t) => t.url.startsWith(url));
      expect(tab).toBeDefined();
      const popups = async () => {
        const { targetInfos: all } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
        return all.filter((t) => t.url.startsWith(`chrome-extension://${clicked.extensionId}/popup/`)).map((t) => t.targetId);
      };
      // A popup of an earlier click may still be closing: the one this click opens is a new target.
      const before = new Set(await popups());
      await cdp.send('Extensions.triggerAction' as never, { id: clicked.extensionId, targetId: tab!.targetId } as never);
      // The popup is a target Playwright does not hand out as a page: talk to it through the browser session.
      let popupTarget: string | undefined;
      await expect
        .poll(async () => (popupTarget = (await popups()).find((id) => !before.has(id))), { timeout: 10_000 })
        .toBeDefined();
      const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popupTarget!, flatten: false } as never)) as {
        sessionId: string;
      };
      let next = 0;
      const waiting = new Map<number, (text: string) => void>();
      cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (reply.id !== undefined) waiting.get(reply.id)?.(String(reply.result?.result?.value ?? ''));
      });
      // Each ask gives up after a second (a popup that closes never answers), so the poll below keeps its deadline.
      const text = () =>
        new Promise<string>((resolve) => {
          const id = ++next;
          waiting.set(id, resolve);
          setTimeout(() => resolve(''), 1000);
          const expression = `document.querySelector('[role="tabpanel"]')?.textContent ?? ''`;
          const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
          cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never).catch(() => resolve(''));
        });
      let last = '';
      await expect.poll(async () => (last = await text()), { timeout: 15_000 }).toContain(expected);
      await cdp.send('Target.closeTarget', { targetId: popupTarget! } as never).catch(() => undefined);
      return last;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  it('on a browser page, the popup says such pages are closed to extensions', async () => {
    const settings = await clicked.context.newPage();
    await settings.goto('chrome://version');
    await settings.bringToFront();
    const text = await clickAndReadPopup('chrome://version', "can't run on this page");
    expect(text).toContain('Browser pages');
    expect(text).not.toMatch(/reload/i);
    await settings.close();
  });

  it('opens the popup, which starts Layerlens there with the access the click lends it', async () => {
    const page = await clicked.context.newPage();
    const pageErrors = watchPageErrors(page);
    await page.goto(clicked.server.url('popup-chains.html'));
    await page.bringToFront();
    await page.waitForTimeout(1500);
    expect(await marksOn(page)).toBe(0);

    const popupText = await clickAndReadPopup(clicked.server.url('popup-chains.html'), 'Arbitrum Nova');
    expect(popupText).toContain('6 chains on 127.0.0.1');
    const marks = await waitForMarks(page, 4, 15_000);
    expect(marks).toEqual(expect.arrayContaining(['Arbitrum One', 'Ethereum']));
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('starting Layerlens in a tab that has none', () => {
  it('runs the content script from the popup, and the page and the popup show what it found', async () => {
    const page = await browser.context.newPage();
    const pageErrors = watchPageErrors(page);
    await page.goto(browser.server.url('popup-chains.html'));
    await page.bringToFront();
    const tab = await activeTabId(browser);
    // No content script here: nothing is marked, and nothing answers.
    await page.waitForTimeout(1500);
    expect(await marksOn(page)).toBe(0);

    const popup = await openPopupFor(tab);
    const errors = watchPageErrors(popup);
    await expect.poll(() => panelText(popup), { timeout: 15_000 }).toContain('Arbitrum Nova');
    expect(await panelText(popup)).not.toContain("can't run on this page");
    await waitForMarks(page, 4);

    // Opening the popup again finds the copy it started: it answers, and starts nothing.
    const marks = await marksOn(page);
    const again = await openPopupFor(tab);
    await expect.poll(() => panelText(again), { timeout: 10_000 }).toContain('Arbitrum Nova');

    // A copy started while one runs (a popup or a key press that found it still loading) leaves the frame to it:
    // hovering a name opens one tooltip, from one host.
    await browser.worker.evaluate(async (tabId) => {
      for (let k = 0; k < 2; k++) await chrome.scripting.executeScript({ target: { tabId }, files: ['content/main.js'] });
    }, tab);
    await page.waitForTimeout(1500);
    expect(await marksOn(page)).toBe(marks);
    await page.bringToFront();
    const point = await pointOfText(page, 'Arbitrum');
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipBox(page), { timeout: 5_000 }).not.toBeNull();
    await page.waitForTimeout(500);
    const hosts = () => page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('layerlens-ui')).length);
    expect(await hosts()).toBe(1);

    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await again.close();
    await popup.close();
    await page.close();
  });

  it('says plainly that browser pages are closed to extensions, with no advice to reload', async () => {
    const settings = await browser.context.newPage();
    await settings.goto('chrome://version');
    await settings.bringToFront();
    const popup = await openPopupFor(await activeTabId(browser));
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain("can't run on this page");
    const text = await panelText(popup);
    expect(text).toContain('Browser pages');
    expect(text).not.toMatch(/reload/i);
    await popup.close();
    await settings.close();
  });
});

describe('a site the user has not allowed', () => {
  let denied: ExtensionBrowser;
  let deniedCopy: string;
  beforeAll(async () => {
    // The tab's address is visible ("tabs", as activeTab makes it), but the site is not among those Layerlens may
    // read: Firefox's opt-in host access not granted, or Chrome's site access narrowed.
    deniedCopy = await extensionWithoutAutoInjection(false);
    denied = await launchWithExtension({ extensionDir: deniedCopy });
  });
  afterAll(async () => {
    await denied?.close();
    if (deniedCopy) await fs.rm(deniedCopy, { recursive: true, force: true });
  });

  it('starts nothing there, and says why instead of advising a reload', async () => {
    const page = await denied.context.newPage();
    await page.goto(denied.server.url('popup-chains.html'));
    await page.bringToFront();
    const tab = await activeTabId(denied);
    const popup = await denied.openExtensionPage(`popup/index.html?tab=${tab}`);
    await expect.poll(() => panelText(popup), { timeout: 10_000 }).toContain("isn't allowed on this site");
    expect(await panelText(popup)).not.toMatch(/reload/i);
    await page.waitForTimeout(1000);
    expect(await marksOn(page)).toBe(0);
    await popup.close();
    await page.close();
  });
});
