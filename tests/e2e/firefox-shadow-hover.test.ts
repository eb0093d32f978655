// Hovering a name inside an open shadow root, in Firefox: the hit-test now names the shadow roots it read when it
// asks for the caret (Chromium needs that, see caretAt in src/content/hitTest.ts); Firefox must open the tooltip too.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { textPointInPage } from './harness';
import { firefoxShadowText, launchFirefoxWithExtension, sleep, waitForFirefoxMarks, waitForFirefoxShadowText, type FirefoxExtensionBrowser } from './firefox-harness';

let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
});

it('hovering a name inside an open shadow root opens the tooltip', async () => {
  const page = await firefox.newPage();
  await page.goto(firefox.server.url('shadow-hover.html'));
  // Before 153 Firefox cannot style marks in a shadow tree, so it does not read them (and nothing there is hoverable).
  const reads = firefox.majorVersion >= 153;
  await waitForFirefoxMarks(page, reads ? 2 : 1);
  const point = (await page.evaluate(textPointInPage, { text: 'Arbitrum', occurrence: 0, within: 'host' }))!;
  await page.mouse.move(point.x - 2, point.y);
  await page.mouse.move(point.x, point.y);
  if (reads) {
    const text = await waitForFirefoxShadowText(firefox, page, (t) => t.includes('Settles to'), 3000);
    expect(text).toContain('Arbitrum One');
  } else {
    await sleep(1500);
    expect(await firefoxShadowText(firefox, page)).not.toContain('Settles to');
  }
  await page.close();
});
