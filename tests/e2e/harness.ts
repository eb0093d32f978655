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

export interface LaunchOptions {
  extensionDir?: string;
  /** More Chromium flags, e.g. host-resolver rules for long host names. */
  args?: string[];
  /** The browser's default page zoom (2 = 200%), which extension popups follow; set in the profile before launch. */
  defaultZoom?: number;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-e2e-'));
  if (options.defaultZoom !== undefined) {
    // Chromium keeps zoom as a level: factor = 1.2 ^ level; "x" is the default storage partition.
    const level = Math.log(options.defaultZoom) / Math.log(1.2);
    await fs.mkdir(path.join(userDataDir, 'Default'), { recursive: true });
    await fs.writeFile(path.join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ partition: { default_zoom_level: { x: level } } }));
  }
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(options.args ?? [])],
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

/**
 * Runs in the page (Chromium or Firefox): scrolls the n-th occurrence of `text` into view and returns its centre,
 * or null. `within`: the id of an element whose open shadow root to search instead of the page. Self-contained, so
 * either driver can send it.
 */
export function textPointInPage({ text, occurrence, within }: { text: string; occurrence: number; within?: string }): { x: number; y: number } | null {
  const root = within ? document.getElementById(within)?.shadowRoot : document.body;
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
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
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }
      from = at + 1;
    }
  }
  return null;
}

/** Centre of the n-th occurrence of `text` in the page's text (main world), for the mouse. */
export async function pointOfText(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(textPointInPage, { text, occurrence });
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

/** Marks every mention, not only the first per chain (the default), so each one can be checked. */
export async function showEveryMention(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { schemaVersion: 3, mentions: 'all' } }));
}

/** Every mention the content script holds for `page` (what the popup and badge count, drawn or not), asked as the popup asks. */
export async function mentionsFound(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return -1;
    const reply = (await chrome.tabs.sendMessage(tab.id, { layerlens: 1, name: 'getPageState', payload: {} }, { frameId: 0 })) as
      | { ok: true; value: { chains: { count: number }[] } }
      | undefined;
    return reply?.ok ? reply.value.chains.reduce((sum, c) => sum + c.count, 0) : -1;
  });
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

/** The attributes of the open tooltip's element with `className`, over CDP. */
export async function tooltipAttributes(page: Page, className: string): Promise<Record<string, string>> {
  const hit = await findInShadow(page, className);
  if (!hit) throw new Error(`no .${className} in the tooltip`);
  try {
    const { attributes } = (await hit.client.send('DOM.getAttributes', { nodeId: hit.nodeId })) as { attributes: string[] };
    const out: Record<string, string> = {};
    for (let k = 0; k + 1 < attributes.length; k += 2) out[attributes[k]!] = attributes[k + 1]!;
    return out;
  } finally {
    await hit.client.detach();
  }
}

// ---- Hostile-page suite helpers (tests/e2e/hostile) ----

/** The expectations a fixture page carries in `<script type="application/json" id="expect">`. */
export async function pageExpect<T = Record<string, unknown>>(page: Page | import('playwright-core').Frame): Promise<T> {
  const text = await page.locator('#expect').textContent();
  return JSON.parse(text ?? '{}') as T;
}

/** Our marks' texts in a page or frame, sorted (mark order follows discovery, not the document). */
export async function markTexts(target: Page | import('playwright-core').Frame): Promise<string[]> {
  const texts = await target.evaluate(() => {
    const out: string[] = [];
    for (const range of CSS.highlights.get('layerlens-mark') ?? []) {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      out.push(r.toString());
    }
    return out;
  });
  return texts.sort();
}

/** Polls `markTexts` until `predicate` holds; throws with the last marks seen. */
export async function waitForMarkTexts(
  target: Page | import('playwright-core').Frame,
  predicate: (marks: string[]) => boolean,
  timeout = 15_000,
): Promise<string[]> {
  const end = Date.now() + timeout;
  let marks: string[] = [];
  while (Date.now() < end) {
    marks = await markTexts(target);
    if (predicate(marks)) return marks;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`marks never matched; last ${marks.length}: ${JSON.stringify(marks.slice(0, 40))}`);
}

/**
 * Everything that could mean the extension misbehaved, across a browser: service-worker console errors and
 * requests to anywhere but the fixture origins and chrome-extension://. Call once per browser.
 */
export function watchExtension(browser: ExtensionBrowser): { workerErrors: string[]; foreignRequests: string[] } {
  const workerErrors: string[] = [];
  const foreignRequests: string[] = [];
  const allowed = [browser.server.origin, browser.server.altOrigin, `chrome-extension://${browser.extensionId}`];
  browser.worker.on('console', (message) => {
    if (message.type() === 'error') workerErrors.push(message.text());
  });
  // Uncaught errors with no page are the service worker's (a page's own go to watchPageErrors).
  browser.context.on('weberror', (error) => {
    if (!error.page()) workerErrors.push(`weberror: ${error.error().message}`);
  });
  browser.context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url === 'about:blank' || url.startsWith('about:srcdoc')) return;
    if (!allowed.some((origin) => url === origin || url.startsWith(`${origin}/`))) foreignRequests.push(url);
  });
  return { workerErrors, foreignRequests };
}

/** Serves a file from node_modules at `urlGlob` for every page of the context (e.g. Preact's UMD build). */
export async function serveNodeModule(context: BrowserContext, urlGlob: string, modulePath: string): Promise<void> {
  const file = path.join(ROOT, 'node_modules', modulePath);
  await context.route(urlGlob, (route) => route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' }));
}

/** The text inside our host's closed shadow root in one frame (same- or cross-origin), over DevTools with pierce. */
export async function frameShadowText(page: Page, frame: import('playwright-core').Frame): Promise<string> {
  let client: import('playwright-core').CDPSession;
  let pick: (root: CdpNode) => CdpNode | undefined;
  try {
    // An out-of-process (cross-site) frame has its own DevTools target.
    client = await page.context().newCDPSession(frame);
    pick = (root) => root;
  } catch {
    // A same-process frame: reach its document from the page's.
    client = await page.context().newCDPSession(page);
    const frameUrl = frame.url();
    pick = (root) => {
      let found: CdpNode | undefined;
      const visit = (node: CdpNode) => {
        if (found) return;
        if (node.contentDocument && (node.contentDocument as CdpNode & { documentURL?: string }).documentURL === frameUrl) found = node.contentDocument;
        for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
        if (node.contentDocument) visit(node.contentDocument);
      };
      visit(root);
      return found;
    };
  }
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const doc = pick(root);
    if (!doc) return '';
    const texts: string[] = [];
    const collect = (node: CdpNode, inHost: boolean) => {
      if (inHost && node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
      if (node.localName === 'style' || node.localName === 'iframe') return;
      const host = inHost || node.localName === HOST_TAG;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(child, host);
    };
    collect(doc, false);
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await client.detach();
  }
}

export interface TraceTask {
  /** Task duration, ms. */
  ms: number;
  /** Time inside calls into scripts whose URL contains the marker (outermost calls only), ms. */
  oursMs: number;
  /** URLs of the scripts that ran in the task. */
  urls: string[];
}

export interface TraceSummary {
  /** Main-thread tasks over 50 ms (the definition of a long task), in any renderer. */
  longTasks: TraceTask[];
  /** The longest single call into a script whose URL contains the marker, ms. */
  longestCallOfOurs: number;
  /** Its trace event and function name, e.g. "FunctionCall runSliced". */
  longestCallName: string;
  /** How many calls into such scripts the trace attributed (0 means attribution saw nothing of ours). */
  callsOfOurs: number;
  /** Every task's share of our time, longest first (the top few), for reports. */
  busiestOfOurs: TraceTask[];
}

/** One event of a DevTools trace (the hostile suite and the benchmark read the same format). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & {
    name?: string;
    data?: Record<string, unknown> & { url?: string; functionName?: string; stackTrace?: { url: string }[] };
  };
}

/**
 * Records a DevTools timeline trace (as the Performance panel does) around `run`, and attributes main-thread
 * tasks to scripts by URL: FunctionCall / EvaluateScript / TimerFire... events carry the URL of the script
 * that ran. `marker` picks our script, e.g. `chrome-extension://<id>/content/main.js`.
 */
export async function traceTasks(page: Page, marker: string, run: () => Promise<void>): Promise<TraceSummary> {
  const client = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  client.on('Tracing.dataCollected', (payload) => {
    events.push(...(payload.value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
  await client.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'],
    },
  });
  try {
    await run();
  } finally {
    await client.send('Tracing.end');
    await complete;
    await client.detach();
  }
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || e.ph !== 'X') continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  const tasks: TraceTask[] = [];
  let longestCallOfOurs = 0;
  let longestCallName = '';
  let callsOfOurs = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    const runTasks = list.filter((e) => e.name === 'RunTask');
    const calls = list.filter((e) => e.name !== 'RunTask' && urlOf(e));
    let c = 0;
    for (const task of runTasks) {
      const end = task.ts + (task.dur ?? 0);
      while (c < calls.length && calls[c]!.ts < task.ts) c++;
      const urls = new Set<string>();
      let oursMs = 0;
      let outerEnd = -1;
      for (let i = c; i < calls.length && calls[i]!.ts <= end; i++) {
        const call = calls[i]!;
        const url = urlOf(call);
        urls.add(url);
        if (!url.includes(marker)) continue;
        const ms = (call.dur ?? 0) / 1000;
        if (call.ts >= outerEnd) {
          oursMs += ms;
          callsOfOurs++;
          outerEnd = call.ts + (call.dur ?? 0);
        }
        if (ms > longestCallOfOurs) {
          longestCallOfOurs = ms;
          longestCallName = `${call.name} ${call.args?.data?.functionName ?? ''}`.trim();
        }
      }
      tasks.push({ ms: (task.dur ?? 0) / 1000, oursMs, urls: [...urls] });
    }
  }
  return {
    longTasks: tasks.filter((t) => t.ms > 50),
    longestCallOfOurs,
    longestCallName,
    callsOfOurs,
    busiestOfOurs: tasks.filter((t) => t.oursMs > 0).sort((a, b) => b.oursMs - a.oursMs).slice(0, 5),
  };
}

/**
 * Text in the closed shadow root of our host, whatever its exact tag: `layerlens-ui`, or `layerlens-ui-<random>`
 * on a page that defined `layerlens-ui` itself (src/content/host.ts).
 */
export async function anyHostShadowText(page: Page): Promise<string> {
  const client = await page.context().newCDPSession(page);
  try {
    const { root } = (await client.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const texts: string[] = [];
    const isHost = (node: CdpNode) => node.localName === HOST_TAG || !!node.localName?.startsWith(`${HOST_TAG}-`);
    const collect = (node: CdpNode, inHost: boolean) => {
      if (inHost && node.nodeType === 3 && node.nodeValue) texts.push(node.nodeValue);
      if (node.localName === 'style') return;
      const host = inHost || isHost(node);
      for (const child of [...(host && !inHost ? node.shadowRoots ?? [] : []), ...(inHost ? [...(node.shadowRoots ?? []), ...(node.children ?? [])] : node.children ?? [])]) collect(child, host);
    };
    collect(root, false);
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await client.detach();
  }
}

/**
 * Counts the pixels of a PNG (base64) within anti-aliasing distance (`tolerance` per channel) of the colour `rgb`. Runs in a browser page (pass it
 * to page.evaluate, in a blank page of its own): the browser decodes the screenshot, so no image library is needed.
 */
export async function countColourPixels([base64, rgb, tolerance = 40]: [string, [number, number, number], number?]): Promise<number> {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(image, 0, 0);
  const { data } = g.getImageData(0, 0, image.width, image.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    const near = (k: number) => Math.abs(data[i + k]! - rgb[k]!) < tolerance;
    if (near(0) && near(1) && near(2)) n++;
  }
  return n;
}

/** How many pixels of two same-sized PNG screenshots differ in some channel by `tolerance` or more. Runs in a page. */
export async function countDifferentPixels([a, b, tolerance = 40]: [string, string, number?]): Promise<number> {
  const pixels = async (base64: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(image, 0, 0);
    return g.getImageData(0, 0, image.width, image.height).data;
  };
  const [one, two] = [await pixels(a), await pixels(b)];
  if (one.length !== two.length) return Math.max(one.length, two.length) / 4;
  let n = 0;
  for (let i = 0; i < one.length; i += 4) {
    if ([0, 1, 2].some((k) => Math.abs(one[i + k]! - two[i + k]!) >= tolerance)) n++;
  }
  return n;
}

/**
 * The on-screen box of our first mark that reads `wanted` (in the page or an open shadow root), with room below it
 * for the underline; null when no mark reads that. Runs in the page (pass it to page.evaluate).
 */
export function markBoxInPage(wanted: string): { x: number; y: number; width: number; height: number } | null {
  for (const range of CSS.highlights.get('layerlens-mark') ?? []) {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    if (live.toString() !== wanted) continue;
    const r = live.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height + 6 };
  }
  return null;
}

/** The page's CSS rules (adopted sheets and <style> elements, ours in our host included) whose text holds `name`. */
export async function pageRulesNaming(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (wanted) =>
      [...document.adoptedStyleSheets, ...[...document.querySelectorAll('style')].map((s) => s.sheet!).filter(Boolean)]
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .filter((text) => text.includes(wanted)),
    name,
  );
}

/** The default mark colour (#6d5dfc) as RGB. */
export const MARK_RGB: [number, number, number] = [0x6d, 0x5d, 0xfc];
