// The options page in real Chromium: a change is stored at once and restyles an open tab without a reload; a broken
// import lists each bad field and changes nothing; export and reset work. Also writes the README screenshots.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { ROOT, launchWithExtension, pageRulesNaming, waitForMarks, watchPageErrors, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

async function stored(): Promise<Record<string, unknown> | undefined> {
  return browser.worker.evaluate(async () => {
    const got = await chrome.storage.sync.get('settings');
    return got.settings as Record<string, unknown> | undefined;
  });
}

async function setStored(value: unknown): Promise<void> {
  await browser.worker.evaluate(async (v) => chrome.storage.sync.set({ settings: v }), value);
}

async function openOptions(): Promise<Page> {
  const page = await browser.openExtensionPage('options/index.html');
  await page.locator('#enabled').waitFor();
  return page;
}

async function waitForStored(predicate: (s: Record<string, unknown> | undefined) => boolean, timeout = 5_000) {
  const end = Date.now() + timeout;
  let last: Record<string, unknown> | undefined;
  while (Date.now() < end) {
    last = await stored();
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`stored settings never matched; last: ${JSON.stringify(last)}`);
}

/** The CSS our highlighter gave the page for its marks, read from the page. */
async function markCss(page: Page): Promise<string> {
  return (await pageRulesNaming(page, 'layerlens-mark')).join('\n');
}

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('options page', () => {
  it('renders every section without errors', async () => {
    const page = await openOptions();
    const errors = watchPageErrors(page);
    await page.reload();
    await page.locator('#enabled').waitFor();
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(['General', 'What to mark', 'Marks', 'Tooltip', 'Backup']);
    // Every form control has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([type=file]), select, button')]
        .filter((el) => {
          const id = el.id;
          const label = id ? document.querySelector(`label[for="${id}"]`) : null;
          return !label && !el.getAttribute('aria-label') && !el.closest('label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes an axe-core audit in light and dark', async () => {
    const axeSource = await fs.readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
      await page.locator('#enabled').waitFor();
      // Evaluated through DevTools, so the extension page's CSP does not apply to the audit script.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, scheme).toEqual([]);
      await page.close();
    }
  });

  it('keeps the focused control clear of the sticky header when tabbing backwards in a narrow window', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await page.locator('#enabled').waitFor();
    // From the last control up to the first, the way Shift+Tab walks back through the page.
    await page.locator('#reset-settings').focus();
    const hidden: string[] = [];
    let visited = 0;
    let reachedHeader = false;
    for (let i = 0; i < 80 && !reachedHeader; i++) {
      await page.keyboard.press('Shift+Tab');
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const header = document.querySelector('.top')!;
        if (!el || el === document.body || header.contains(el)) return null;
        // Inputs drawn by a sibling (switches, segmented choices) are laid over what draws them: their box is the one seen.
        const rect = el.getBoundingClientRect();
        return { id: el.id || el.tagName, top: rect.top, headerBottom: header.getBoundingClientRect().bottom };
      });
      // Back at the header's search field: every control was visited.
      reachedHeader = !seen;
      if (!seen) continue;
      visited++;
      if (seen.top < seen.headerBottom - 1) hidden.push(`${seen.id}: top ${Math.round(seen.top)} under a header ending at ${Math.round(seen.headerBottom)}`);
    }
    expect(reachedHeader).toBe(true);
    expect(visited).toBeGreaterThan(10);
    expect(hidden).toEqual([]);
    await page.close();
  });

  it('a change is stored at once, shows "Saved", and restyles an open tab without a reload', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(browser.server.url('basic.html'));
    await waitForMarks(tab, 1);
    expect(await markCss(tab)).toContain('underline');

    const page = await openOptions();
    // Chromium paints underlines in highlights: the preview underlines, with no word about a tint (Firefox < 146).
    expect(await page.locator('[data-testid="preview-mark"]').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    expect(await page.locator('label[for="markStyle-underline"] .choice-help').count()).toBe(0);
    await page.locator('label[for="markStyle-background"]').click();
    await expect.poll(() => page.locator('[data-testid="save-status"]').textContent()).toContain('Saved');
    await waitForStored((s) => s?.markStyle === 'background');
    expect(await page.locator('[data-testid="preview-mark"]').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    // The open tab follows without a reload.
    await expect.poll(() => markCss(tab), { timeout: 5_000 }).toContain('background-color');

    // Groups change one field at a time; everything else is kept.
    await page.locator('#layers-l3').uncheck();
    await page.locator('label[for="triggerMode-click"]').click();
    const s = await waitForStored((v) => (v?.trigger as { mode?: string } | undefined)?.mode === 'click');
    expect(s).toMatchObject({ markStyle: 'background', layers: { l1: true, l2: true, l3: false, shutDown: true } });
    await tab.close();
    await page.close();
  });

  it('says when the stored settings come from a newer Layerlens, and changes nothing of them', async () => {
    const future = { ...structuredClone(DEFAULT_SETTINGS), schemaVersion: 99, theme: 'dark', newThing: 1 };
    await setStored(future);
    const page = await openOptions();
    await expect.poll(() => page.getByTestId('settings-future').textContent()).toContain('newer Layerlens');
    await page.locator('label[for="textSize-small"]').click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Not saved');
    // The control goes back to what is stored; storage keeps the newer shape.
    await expect.poll(() => page.locator('#textSize-small').isChecked()).toBe(false);
    expect(await stored()).toEqual(future);
    await page.close();
    await setStored(structuredClone(DEFAULT_SETTINGS));
  });

  it('lists the stored settings that were not valid and went back to their defaults, until dismissed', async () => {
    await setStored({ ...structuredClone(DEFAULT_SETTINGS), theme: 'dark', enabled: 'yes', mentions: 42 });
    // Another page (here the options page itself) repairs them on load; the notice says what was wrong.
    const page = await openOptions();
    const notice = page.getByTestId('settings-repaired');
    await expect.poll(() => notice.textContent()).toContain('enabled');
    expect(await notice.textContent()).toContain('mentions');
    expect(await stored()).toMatchObject({ theme: 'dark', enabled: true, mentions: 'first' });
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('#enabled').waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('settings-repaired').count()).toBe(0);
    await page.close();
    await setStored(structuredClone(DEFAULT_SETTINGS));
  });

  it('follows changes made elsewhere live, and the theme setting themes the page', async () => {
    await setStored(structuredClone(DEFAULT_SETTINGS));
    const page = await openOptions();
    await page.emulateMedia({ colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    // As the popup's pause switch would: another page writes, this one follows without a reload.
    await setStored({ ...structuredClone(DEFAULT_SETTINGS), enabled: false, theme: 'dark' });
    await expect.poll(() => page.locator('#enabled').isChecked()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.locator('label[for="theme-auto"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'auto')).toBe('auto');
    expect(await background()).toBe(light);
    await page.close();
  });

  it('the site rules editor adds, edits and removes rules', async () => {
    const page = await openOptions();
    await page.locator('#rule-new-pattern').fill('https://Example.com/page');
    await page.locator('#rule-new-mode').selectOption('never');
    await page.locator('#rule-new-pattern').press('Enter');
    await waitForStored((s) => isDeepStrictEqual(s?.siteRules, [{ pattern: 'example.com', mode: 'never' }]));

    await page.locator('#rule-new-pattern').fill('not a host');
    await page.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => page.locator('#rule-new-error').textContent()).toContain('example.com');

    await page.locator('#rule-0-pattern').fill('*.example.org');
    await page.locator('#rule-0-pattern').press('Enter');
    await page.locator('#rule-0-mode').selectOption('crypto-only');
    await waitForStored((s) => isDeepStrictEqual(s?.siteRules, [{ pattern: '*.example.org', mode: 'crypto-only' }]));

    await page.getByRole('button', { name: 'Remove the rule for *.example.org' }).click();
    await waitForStored((s) => Array.isArray(s?.siteRules) && s.siteRules.length === 0);

    // A host with letters beyond ASCII: stored as the browser names it, shown as it was typed.
    await page.locator('#rule-new-pattern').fill('Bücher.de');
    await page.locator('#rule-new-pattern').press('Enter');
    await waitForStored((s) => isDeepStrictEqual(s?.siteRules, [{ pattern: 'xn--bcher-kva.de', mode: 'never' }]));
    await expect.poll(() => page.locator('#rule-0-pattern').inputValue()).toBe('bücher.de');
    // Leaving the field unchanged saves nothing new.
    await page.locator('#rule-0-pattern').press('Enter');
    expect(await page.locator('#rule-0-pattern').inputValue()).toBe('bücher.de');
    await page.getByRole('button', { name: 'Remove the rule for bücher.de' }).click();
    await waitForStored((s) => Array.isArray(s?.siteRules) && s.siteRules.length === 0);
    await page.close();
  });

  it('after removing a site rule, focus goes to the rule that took its place, then to the new-rule field', async () => {
    await setStored({
      ...structuredClone(DEFAULT_SETTINGS),
      siteRules: [
        { pattern: 'a.example.com', mode: 'never' },
        { pattern: 'b.example.com', mode: 'crypto-only' },
      ],
    });
    const page = await openOptions();
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.getByRole('button', { name: 'Remove the rule for a.example.com' }).press('Enter');
    await waitForStored((s) => isDeepStrictEqual(s?.siteRules, [{ pattern: 'b.example.com', mode: 'crypto-only' }]));
    await expect.poll(focusedId).toBe('rule-0-pattern');
    expect(await page.locator('#rule-0-pattern').inputValue()).toBe('b.example.com');
    await page.getByRole('button', { name: 'Remove the rule for b.example.com' }).click();
    await waitForStored((s) => Array.isArray(s?.siteRules) && s.siteRules.length === 0);
    await expect.poll(focusedId).toBe('rule-new-pattern');
    await page.close();
  });

  it("declares the language of its messages (English), not the browser's, and lists the keyboard shortcuts", async () => {
    const page = await openOptions();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const list = page.locator('[data-testid="shortcuts"]');
    await expect.poll(() => list.textContent()).toContain('Alt+Shift+K');
    expect(await list.textContent()).toContain('Alt+Shift+L');
    expect(await list.textContent()).toContain('Explain the chain name selected or focused');
    // In the Tooltip section, with where to change them.
    const section = page.locator('section#tooltip');
    expect(await section.locator('[data-testid="shortcuts"]').count()).toBe(1);
    expect(await section.textContent()).toContain('change them at chrome://extensions/shortcuts');
    // The search finds them.
    await page.locator('#search').fill('shortcuts');
    await expect.poll(() => page.locator('h2').allTextContents()).toEqual(['Tooltip']);
    expect(await page.locator('[data-testid="shortcuts"]').count()).toBe(1);
    await page.locator('#search').fill('');
    await page.locator('[data-setting="shortcuts"]').screenshot({ path: path.join(os.tmpdir(), 'layerlens-options-shortcuts.png') });
    await page.close();
  });

  it('the search filters settings', async () => {
    const page = await openOptions();
    await page.locator('#search').fill('delay');
    await expect.poll(() => page.locator('h2').allTextContents()).toEqual(['Tooltip']);
    expect(await page.locator('#hoverDelayMs').count()).toBe(1);
    expect(await page.locator('#enabled').count()).toBe(0);
    await page.locator('#search').fill('zzzz-nothing');
    await expect.poll(() => page.locator('.no-match').textContent()).toContain('zzzz-nothing');
    await page.locator('#search').press('Escape');
    await expect.poll(() => page.locator('h2').count()).toBe(5);
    await page.close();
  });

  it('importing a broken file lists each bad field and changes nothing', async () => {
    const before = { ...structuredClone(DEFAULT_SETTINGS), theme: 'dark', siteRules: [{ pattern: 'keep.me', mode: 'never' }] };
    await setStored(before);
    const page = await openOptions();
    const broken = JSON.stringify({
      schemaVersion: DEFAULT_SETTINGS.schemaVersion,
      theme: 'light',
      markStyle: 'wavy',
      markColor: 'blue',
      trigger: { hoverDelayMs: 5 },
      siteRules: [{ pattern: 'bad host', mode: 'never' }],
      sparkles: true,
    });
    await page.locator('#import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const list = page.locator('[data-testid="import-problems"]');
    await list.waitFor();
    const text = await list.textContent();
    for (const field of ['markStyle', 'markColor', 'trigger.hoverDelayMs', 'siteRules[0].pattern', 'sparkles']) {
      expect(text).toContain(field);
    }
    expect(text).toContain('broken.json');
    expect(await stored()).toEqual(before);
    // The page still shows the stored settings.
    expect(await page.locator('#theme-dark').isChecked()).toBe(true);

    // Not JSON at all.
    await page.locator('#import-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect.poll(() => list.textContent()).toContain('notes.txt');
    expect(await stored()).toEqual(before);
    await page.close();
  });

  it('export writes the stored settings to a file, and importing it back restores them', async () => {
    const settings = { ...structuredClone(DEFAULT_SETTINGS), textSize: 'large', tickers: true, siteRules: [{ pattern: 'a.com', mode: 'crypto-only' }] };
    await setStored(settings);
    const page = await openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-settings').click()]);
    expect(download.suggestedFilename()).toMatch(/^layerlens-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const text = await fs.readFile(file, 'utf8');
    expect(JSON.parse(text)).toEqual(settings);

    await setStored(structuredClone(DEFAULT_SETTINGS));
    await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('.notice').textContent()).toContain('imported');
    expect(await stored()).toEqual(settings);
    expect(await page.locator('#textSize-large').isChecked()).toBe(true);
    await page.close();
  });

  it('reset asks first, then restores the defaults', async () => {
    await setStored({ ...structuredClone(DEFAULT_SETTINGS), theme: 'light', enabled: false });
    const page = await openOptions();
    await page.locator('#reset-settings').click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toMatchObject({ theme: 'light', enabled: false });
    await page.locator('#reset-settings').click();
    await page.locator('#reset-confirm').click();
    await waitForStored((s) => isDeepStrictEqual(s, { ...DEFAULT_SETTINGS }));
    expect(await page.locator('#enabled').isChecked()).toBe(true);
    await page.close();
  });

  it('flags two imported rules for one site under both rows, and keeps both', async () => {
    const siteRules = [
      { pattern: 'www.example.org', mode: 'never' },
      { pattern: 'example.org', mode: 'always' },
    ];
    await setStored({ ...structuredClone(DEFAULT_SETTINGS), siteRules });
    const page = await openOptions();
    const warnings = page.locator('.field-warning');
    // Before: the editor refused to add the second rule, but showed the imported pair with no word on either.
    await expect.poll(() => warnings.count()).toBe(2);
    expect(await warnings.nth(0).textContent()).toContain('There is also a rule for example.org');
    expect(await warnings.nth(1).textContent()).toContain('There is also a rule for www.example.org');
    // Read with the rule's field, as its description.
    const describedBy = await page.locator('#rule-1-pattern').getAttribute('aria-describedby');
    expect(describedBy).toContain('rule-1-warning');
    expect((await stored()) as { siteRules: unknown }).toMatchObject({ siteRules });
    await page.close();
  });

  it('says what a reset or an import did only until something newer happens', async () => {
    await setStored({ ...structuredClone(DEFAULT_SETTINGS), theme: 'light' });
    const page = await openOptions();
    const notices = () => page.locator('.notice').allTextContents();
    await page.locator('#reset-settings').click();
    await page.locator('#reset-confirm').click();
    await expect.poll(notices).toEqual(['Settings reset to defaults.']);
    // Still true after the storage's echo of the same settings.
    await page.waitForTimeout(500);
    expect(await notices()).toEqual(['Settings reset to defaults.']);

    // Before: "Settings reset to defaults." stayed beside "Settings imported.", and beside a failed import's problems.
    const backup = JSON.stringify({ ...structuredClone(DEFAULT_SETTINGS), textSize: 'large' });
    await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(notices).toEqual(['Settings imported.']);
    await page.locator('#import-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.locator('[data-testid="import-problems"]').waitFor();
    expect(await notices()).toEqual([]);

    // A change by hand makes the reset's message out of date too.
    await page.locator('#reset-settings').click();
    await page.locator('#reset-confirm').click();
    await expect.poll(notices).toEqual(['Settings reset to defaults.']);
    await page.locator('#theme-dark').check();
    await expect.poll(notices).toEqual([]);
    await page.close();
  });

  it('screenshots in light and dark', async () => {
    await setStored({
      ...structuredClone(DEFAULT_SETTINGS),
      siteRules: [
        { pattern: 'mail.example.com', mode: 'never' },
        { pattern: '*.news.example.org', mode: 'crypto-only' },
      ],
    });
    const dir = path.join(ROOT, 'docs/screenshots');
    await fs.mkdir(dir, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 960, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
      await page.locator('#enabled').waitFor();
      await page.screenshot({ path: path.join(dir, `options-${scheme}.png`), fullPage: true });
      await page.close();
    }
  });
});
