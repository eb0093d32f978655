// Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the built Firefox
// extension (dist/firefox) installed as a temporary add-on in a fresh, headless profile. It reuses the fixture server
// and constants of the Chromium harness.
//
// How each thing is reached, with no backdoor in the shipped build:
// - Host access: Firefox makes MV3 host permissions opt-in. We pin `extensions.originControls.grantByDefault` to false
//   (so the run does not lean on a default that may change) and pre-seed the profile's `extension-preferences.json` with
//   the origins granted, which is exactly what Firefox stores after the user grants access (about:addons, or the popup's
//   permissions.request). Without it the content script never runs on the fixture pages (`grantHostAccess: false`
//   starts in that state; firefox-host-access.test.ts drives the popup's grant button from there).
// - The extension's moz-extension UUID: pinned by pre-seeding the pref `extensions.webextensions.uuids`.
// - Our closed shadow root: a second, test-only add-on (tests/e2e/firefox-shadow-reader) whose content script uses
//   Firefox's Element.openOrClosedShadowRoot and answers the harness's questions through DOM events. BiDi's own
//   node serialisation (`includeShadowTree: "all"`) leaves closed roots out in Firefox ESR 140, and Firefox lists no
//   content-script realms in script.getRealms.
// - Extension pages (the popup as a page): BiDi refuses to navigate to non-web URLs unless Firefox was started with
//   `--remote-allow-system-access`, the remote agent's flag for tests that drive privileged pages. We pass it and open
//   moz-extension://<uuid>/popup/index.html with browsingContext.navigate; the popup's own `browser.tabs` API then gives
//   the fixture tab's id.
// - Errors: puppeteer's `pageerror`/`console` events come from BiDi's log.entryAdded, which in Firefox also carries the
//   content script's uncaught exceptions and console output (their source realm is the page's context).
// - Network: every pref below turns off a piece of Firefox's own network chatter, and a trap proxy on 127.0.0.1 is
//   set as the HTTP and HTTPS proxy. Loopback never goes through a proxy in Firefox, so the fixture server and the BiDi
//   socket are unaffected; any other connection, by Firefox or by the extension, lands in the trap and is recorded.
//   (The trap is how we found that release builds ignore `services.settings.server` unless MOZ_REMOTE_SETTINGS_DEVTOOLS
//   is set in the environment: Remote Settings kept calling firefox.settings.services.mozilla.com.)
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { HOST_TAG, ROOT, startFixtureServer, textPointInPage, type FixtureServer } from './harness';

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, 'dist/firefox');
/** Fixed so that extension pages have a known address (pre-seeded in `extensions.webextensions.uuids`). */
/** The test-only add-on that reads our closed shadow root for the tests (see askShadowReader). */
const SHADOW_READER_DIR = path.join(ROOT, 'tests/e2e/firefox-shadow-reader');

export const FIREFOX_EXTENSION_UUID = '3f1c6e0a-8b2d-4c7e-9a51-1a7e5c0d4b21';
const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  if (existsSync(DEFAULT_FIREFOX)) return DEFAULT_FIREFOX;
  throw new Error(
    `No Firefox found: set FIREFOX_PATH to a Firefox binary, or install Debian's firefox-esr at ${DEFAULT_FIREFOX} ` +
      '(apt-get install firefox-esr). The Firefox tests do not skip.',
  );
}

/** Quiet Firefox: no updates, telemetry, safe browsing, captive portal or connectivity probes, region lookups, etc. */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.discovery.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'browser.tabs.unloadOnLowMemory': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.webservice.discoverURL': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.predictor.enabled': false,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  // Mozilla's own test profiles point Remote Settings here: a data: URL, so no connection at all.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'services.sync.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.coverage.endpoint.base': '',
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  // Host access is granted through extension-preferences.json below, not by this default.
  'extensions.originControls.grantByDefault': false,
};

/** Records every connection Firefox tries to make to a non-loopback host; answers none of them. */
async function startTrapProxy(): Promise<{ port: number; attempts: string[]; close(): Promise<void> }> {
  const attempts: string[] = [];
  const server = http.createServer((req, res) => {
    attempts.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    attempts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The slice of puppeteer's BiDi connection we use for commands puppeteer has no API for. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiRemoteValue {
  type: string;
  value?: unknown;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  server: FixtureServer;
  extensionId: string;
  uuid: string;
  /** Firefox's major version: what the add-on can do differs before 146 and 153 (see src/content/highlighter.ts). */
  majorVersion: number;
  /** Connections to non-loopback hosts that Firefox attempted (should stay empty). */
  externalConnections: string[];
  newPage(): Promise<Page>;
  /** Opens an extension page such as "popup/index.html?tab=3" in a new tab; returns its BiDi context id. */
  openExtensionPage(pathAndQuery: string, page?: Page): Promise<{ page: Page; context: string }>;
  /** Runs `functionDeclaration` in the context's window realm and returns its JSON-able result. */
  call<T>(context: string, functionDeclaration: string, ...args: (string | number)[]): Promise<T>;
  /** Every top-level browsing context (tab) with its current URL, as BiDi sees it. */
  tabs(): Promise<{ context: string; url: string }[]>;
  closeTab(context: string): Promise<void>;
  close(): Promise<void>;
}

/** The BiDi browsing-context id of a puppeteer page. */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

export async function launchFirefoxWithExtension(
  options: {
    extensionDir?: string;
    prefs?: Record<string, unknown>;
    /** false: start as a user who has not granted host access (the content script runs nowhere). */
    grantHostAccess?: boolean;
  } = {},
): Promise<FirefoxExtensionBrowser> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    host_permissions?: string[];
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const extensionId = manifest.browser_specific_settings?.gecko?.id;
  if (!extensionId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  const executablePath = firefoxPath();

  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-firefox-'));
  // What Firefox writes when the user grants the extension its host permissions.
  if (options.grantHostAccess !== false) {
    await fs.writeFile(
      path.join(profile, 'extension-preferences.json'),
      JSON.stringify({ [extensionId]: { permissions: [], origins: manifest.host_permissions ?? [] } }),
    );
  }
  const server = await startFixtureServer();
  const trap = await startTrapProxy();
  let browser: Browser | undefined;
  let majorVersion = NaN;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      // Release builds ignore services.settings.server (Remote Settings) unless this is set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...FIREFOX_PREFS,
        'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: FIREFOX_EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': trap.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': trap.port,
        'network.proxy.allow_hijacking_localhost': false,
        ...options.prefs,
      },
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
    await browser.installExtension(SHADOW_READER_DIR);
    // "firefox/140.12.0esr" or similar.
    const version = await browser.version();
    majorVersion = Number(/(\d+)\./.exec(version)?.[1]);
    if (!Number.isInteger(majorVersion)) throw new Error(`cannot read Firefox's major version from "${version}"`);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await Promise.all([server.close(), trap.close()]);
    await fs.rm(profile, { recursive: true, force: true });
    throw error;
  }
  const connection = connectionOf(browser);
  const live = browser;

  const call = async <T>(context: string, functionDeclaration: string, ...args: (string | number)[]): Promise<T> => {
    const { result } = (await connection.send('script.callFunction', {
      functionDeclaration,
      arguments: args.map((value) => ({ type: typeof value, value })),
      awaitPromise: true,
      target: { context },
      resultOwnership: 'none',
    })) as { result: { type: 'success'; result: BidiRemoteValue } | { type: 'exception'; exceptionDetails: { text: string } } };
    if (result.type === 'exception') throw new Error(`in ${context}: ${result.exceptionDetails.text}`);
    // JSON through a string: BiDi's remote values are verbose for nested objects.
    return result.result.type === 'string' ? (JSON.parse(result.result.value as string) as T) : (undefined as T);
  };

  return {
    browser: live,
    server,
    extensionId,
    uuid: FIREFOX_EXTENSION_UUID,
    majorVersion,
    externalConnections: trap.attempts,
    async newPage() {
      const page = await live.newPage();
      // The BiDi command itself: puppeteer's setViewport also overrides the screen orientation, a command Firefox
      // ESR 140 (Debian's firefox-esr) does not know, and the whole call fails there.
      await connection.send('browsingContext.setViewport', { context: contextOf(page), viewport: { width: 1200, height: 800 } });
      return page;
    },
    async openExtensionPage(pathAndQuery, existing) {
      const page = existing ?? (await live.newPage());
      const context = contextOf(page);
      await connection.send('browsingContext.navigate', {
        context,
        url: `moz-extension://${FIREFOX_EXTENSION_UUID}/${pathAndQuery}`,
        wait: 'complete',
      });
      return { page, context };
    },
    call,
    async tabs() {
      const { result } = (await connection.send('browsingContext.getTree', { maxDepth: 0 })) as {
        result: { contexts: { context: string; url: string }[] };
      };
      return result.contexts.map(({ context, url }) => ({ context, url }));
    },
    async closeTab(context) {
      await connection.send('browsingContext.close', { context });
    },
    async close() {
      await live.close().catch(() => undefined);
      await Promise.all([server.close(), trap.close()]);
      await fs.rm(profile, { recursive: true, force: true });
    },
  };
}

/** What the shadow-reader add-on answers: whether a host with a shadow root exists, its text, and a box's centre. */
interface ShadowAnswer {
  found: boolean;
  text: string;
  box: { x: number; y: number } | null;
}

/**
 * Asks the test-only shadow-reader add-on (tests/e2e/firefox-shadow-reader) about our host's closed shadow root, from
 * the page's main world: it dispatches the question as a CustomEvent, and the add-on's content script answers with
 * another during the same dispatch.
 */
async function askShadowReader(browser: FirefoxExtensionBrowser, page: Page, selector = ''): Promise<ShadowAnswer> {
  const answer = await browser.call<ShadowAnswer | undefined>(
    contextOf(page),
    `(tag, selector) => {
      let answer;
      const listen = (event) => { answer = event.detail; };
      document.addEventListener('layerlens-test:shadow-answer', listen);
      document.dispatchEvent(new CustomEvent('layerlens-test:shadow', { detail: JSON.stringify({ tag, selector }) }));
      document.removeEventListener('layerlens-test:shadow-answer', listen);
      return answer;
    }`,
    HOST_TAG,
    selector,
  );
  if (!answer) throw new Error('the shadow-reader add-on did not answer (is it installed?)');
  return answer;
}

/** The text inside our host's closed shadow root (style sheets left out); '' when there is no host. */
export async function firefoxShadowText(browser: FirefoxExtensionBrowser, page: Page): Promise<string> {
  return (await askShadowReader(browser, page)).text;
}

/** Centre of the first element matching `selector` inside our host's closed shadow root, for the mouse. */
export async function firefoxShadowPoint(browser: FirefoxExtensionBrowser, page: Page, selector: string): Promise<{ x: number; y: number }> {
  const answer = await askShadowReader(browser, page, selector);
  if (!answer.found) throw new Error(`no ${HOST_TAG} with a shadow root on the page`);
  if (!answer.box) throw new Error(`no ${JSON.stringify(selector)} in our shadow root`);
  return answer.box;
}

export async function waitForFirefoxShadowText(
  browser: FirefoxExtensionBrowser,
  page: Page,
  predicate: (text: string) => boolean,
  timeout = 10_000,
): Promise<string> {
  const end = Date.now() + timeout;
  let text = '';
  while (Date.now() < end) {
    text = await firefoxShadowText(browser, page);
    if (predicate(text)) return text;
    await sleep(100);
  }
  throw new Error(`shadow text never matched; last: ${JSON.stringify(text.slice(0, 500))}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The texts of our mark highlight, read from the page's own `CSS.highlights` (main world). */
export async function markTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('layerlens-mark');
    return [...(highlight ?? [])].map((range) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      return r.toString();
    });
  });
}

export async function waitForFirefoxMarks(page: Page, min = 1, timeout = 10_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let marks: string[] = [];
  while (Date.now() < end) {
    marks = await markTexts(page);
    if (marks.length >= min) return marks;
    await sleep(100);
  }
  throw new Error(`expected ≥ ${min} marks, saw ${marks.length}: ${JSON.stringify(marks)}`);
}

/** Centre of the n-th occurrence of `text` in the page's text, in viewport coordinates, for the mouse. */
export async function firefoxPointOfText(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(textPointInPage, { text, occurrence });
  if (!point) throw new Error(`text ${JSON.stringify(text)} (#${occurrence}) not found on the page`);
  return point;
}

/** Uncaught errors and console errors/warnings of a page, including those of our content script in it. */
export function watchFirefoxPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warn') errors.push(`console.${type}: ${message.text()}`);
  });
  return errors;
}
