// The popup's ask for host access. Chrome grants it with the install, so Firefox's opt-in state is simulated by
// answering the permissions API in the popup page; the test checks what a Firefox user would see and do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe('host access notice', () => {
  it('is hidden when access is granted (Chrome)', async () => {
    const popup = await browser.openExtensionPage('popup/index.html');
    await popup.waitForSelector('[role="tablist"]');
    await popup.waitForTimeout(300);
    expect(await popup.locator('.host-access').count()).toBe(0);
    await popup.close();
  });

  it('asks for exactly the content-script origins when access is missing, and goes away once granted', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      let granted = false;
      const asked: unknown[] = [];
      (window as unknown as { __asked: unknown[] }).__asked = asked;
      chrome.permissions.contains = (async () => granted) as typeof chrome.permissions.contains;
      chrome.permissions.request = (async (p: unknown) => {
        asked.push(p);
        granted = true;
        return true;
      }) as typeof chrome.permissions.request;
    });
    await page.goto(`chrome-extension://${browser.extensionId}/popup/index.html`);
    const notice = page.locator('.host-access');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toContain('Allow Layerlens to read pages');
    await page.setViewportSize({ width: 400, height: 600 });
    await page.screenshot({ path: 'docs/screenshots/popup-host-access.png' });
    await page.getByRole('button', { name: 'Allow on all websites' }).click();
    await notice.waitFor({ state: 'detached', timeout: 5000 });
    const asked = await page.evaluate(() => (window as unknown as { __asked: unknown[] }).__asked);
    expect(asked).toEqual([{ origins: ['http://*/*', 'https://*/*'] }]);
    await page.close();
  });
});
