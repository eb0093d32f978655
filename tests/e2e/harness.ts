// Real-browser harness: Debian's Chromium driven by playwright-core, with the built extension loaded unpacked,
// fixture pages served from 127.0.0.1, and our closed shadow root read through the DevTools protocol
// (DOM.getDocument with pierce), never through a backdoor in the shipped build.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, 'dist/chrome');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures/pages');
export const DEMO_DIR = path.join(ROOT, 'assets/demo');
export const HOST_TAG = 'layerlens-ui';

/** The flags this machine needs (no sandbox as root, no GPU, no network chatter). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH to a Chromium binary, or install Debian\'s chromium at /usr/bin/chromium ' +
      '(apt-get install chromium). The real-browser tests do not skip.',
  );
}

export interface FixtureServer {
  origin: string;
  /** A second origin on the same server (127.0.0.2 is not routable everywhere; "localhost" is another origin). */
  altOrigin: string;
  url(file: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves tests/fixtures/pages; `<name>.headers.json` beside a page adds response headers (e.g. a CSP). */
export async function startFixtureServer(dir = FIXTURES_DIR): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      // The bundled demo page (assets/demo) is served too, as /demo/.
      const base = pathname.startsWith('/demo/') ? DEMO_DIR : dir;
      const rel = pathname.startsWith('/demo/') ? pathname.slice('/demo/'.length) : pathname;
      const file = path.join(base, path.normalize(rel).replace(/^([/\\])+/, ''));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await fs.readFile(file);
        const headers: Record<string, string> = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
        const extra = `${file.replace(/\.[^.]+$/, '')}.headers.json`;
        if (existsSync(extra)) Object.assign(headers, JSON.parse(await fs.readFile(extra, 'utf8')));
        res.writeHead(200, headers).end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    altOrigin: `http://localhost:${port}`,
    url: (file) => `${origin}/${file}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: FixtureServer;
  /** Opens an extension page such as "popup/index.html?tab=3". */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { extensionDir?: string } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-e2e-'));
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    server,
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      await fs.rm(userDataDir, { recursive: true, force: true });
    },
  };
}

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  attributes?: string[];
}

/** The text inside our host's (closed) shadow root, read through DevTools with pierce; '' when there is none. */
export async function shadowText(page: Page): Promise<string> {
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const find = (node: CdpNode) => {
      if (node.localName === HOST_TAG) hosts.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) find(child);
    };
    find(root);
    const texts: string[] = [];
    const collect = (node: CdpNode) => {
      if (node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
      if (node.localName === 'style') return;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child);
    };
    for (const host of hosts) for (const shadow of host.shadowRoots ?? []) collect(shadow);
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await client.detach();
  }
}

/** Waits until `predicate(shadowText)` holds, polling; returns the last text. */
export async function waitForShadowText(page: Page, predicate: (text: string) => boolean, timeout = 10_000): Promise<string> {
  const end = Date.now() + timeout;
  let text = '';
  while (Date.now() < end) {
    text = await shadowText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`shadow text never matched; last: ${JSON.stringify(text.slice(0, 500))}`);
}

/** The page's DOM outside our host element, serialised, for before/after comparison. */
export async function pageDomWithoutHost(page: Page): Promise<string> {
  return page.evaluate((tag) => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll(tag)) host.remove();
    return clone.outerHTML;
  }, HOST_TAG);
}

/** Names of the highlights registered on the page, with their range counts and texts (main world). */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((range) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        return r.toString();
      });
    });
    return out;
  });
}

/** Waits until our mark highlight holds at least `min` ranges; returns their texts. */
export async function waitForMarks(page: Page, min = 1, timeout = 10_000): Promise<string[]> {
  const end = Date.now() + timeout;
  let marks: string[] = [];
  while (Date.now() < end) {
    marks = (await highlights(page))['layerlens-mark'] ?? [];
    if (marks.length >= min) return marks;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ≥ ${min} marks, saw ${marks.length}: ${JSON.stringify(marks)}`);
}

/** Centre of the n-th occurrence of `text` in the page's text (main world), for the mouse. */
export async function pointOfText(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let from = 0;
        for (;;) {
          const at = node.data.indexOf(text, from);
          if (at === -1) break;
          if (seen++ === occurrence) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + text.length);
            node.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          from = at + 1;
        }
      }
      return null;
    },
    { text, occurrence },
  );
  if (!point) throw new Error(`text ${JSON.stringify(text)} (#${occurrence}) not found on the page`);
  return point;
}

/** Collects uncaught page errors and console errors, to assert a page stays unbroken. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The browser's id of the active tab (bring its page to the front first), read in the service worker. */
export async function activeTabId(browser: ExtensionBrowser): Promise<number> {
  const id = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** Finds the first node in our shadow root whose class list contains `className`, over CDP (pierce). */
async function findInShadow(page: Page, className: string): Promise<{ client: import('playwright-core').CDPSession; nodeId: number } | null> {
  const client = await page.context().newCDPSession(page);
  const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  let found: CdpNode | null = null;
  const visit = (node: CdpNode, inHost: boolean) => {
    if (found) return;
    const attrs = node.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1];
    if (inHost && attrs.includes('class') && cls?.split(/\s+/).includes(className)) {
      found = node;
      return;
    }
    const nowInHost = inHost || node.localName === HOST_TAG;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child, nowInHost);
  };
  visit(root, false);
  if (!found) {
    await client.detach();
    return null;
  }
  return { client, nodeId: (found as CdpNode).nodeId };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The border box of the open tooltip (CSS pixels, viewport coordinates), or null when none is open. */
export async function tooltipBox(page: Page): Promise<Box | null> {
  const hit = await findInShadow(page, 'tip');
  if (!hit) return null;
  try {
    const { model } = (await hit.client.send('DOM.getBoxModel', { nodeId: hit.nodeId })) as { model: { border: number[] } };
    const xs = [model.border[0]!, model.border[2]!, model.border[4]!, model.border[6]!];
    const ys = [model.border[1]!, model.border[3]!, model.border[5]!, model.border[7]!];
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  } finally {
    await hit.client.detach();
  }
}

/** Computed style values of the open tooltip's element with `className`, over CDP. */
export async function tooltipStyle(page: Page, className: string, properties: string[]): Promise<Record<string, string>> {
  const hit = await findInShadow(page, className);
  if (!hit) throw new Error(`no .${className} in the tooltip`);
  try {
    await hit.client.send('DOM.enable');
    await hit.client.send('CSS.enable');
    const { computedStyle } = (await hit.client.send('CSS.getComputedStyleForNode', { nodeId: hit.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return Object.fromEntries(computedStyle.filter((p) => properties.includes(p.name)).map((p) => [p.name, p.value]));
  } finally {
    await hit.client.detach();
  }
}
