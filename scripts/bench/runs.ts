// One measured page load: a trace from before the request until the work is done, attributed to one script.
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT, mentionsFound, type ExtensionBrowser, type FixtureServer } from '../../tests/e2e/harness';
import { DEFAULT_SETTINGS, cloneSettings } from '../../src/settings/schema';
import { markScripts, type BaselineHost } from './pages';
import { attribute, startTrace, type Attribution, type TraceEvent } from './trace';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const MARK_CAP_MS = Number(process.env.BENCH_MARK_CAP_MS ?? 60_000);
export const SETTLE_MS = 2_000;

export interface PageSpec {
  key: 'article' | 'tables' | 'feed';
  file: string;
  title: string;
  feed: boolean;
}
export const PAGES: PageSpec[] = [
  { key: 'article', file: 'article.html', title: '(a) ~200 KB article', feed: false },
  { key: 'tables', file: 'tables.html', title: '(b) ~3 MB page, ~60,000 text nodes in nested tables and lists', feed: false },
  { key: 'feed', file: 'feed.html', title: '(c) infinite-scroll feed, 2,000 items appended in batches of 50', feed: true },
];

/** BENCH_PAGES=article,feed runs only those pages (for a quick look; the full run measures all three). */
export const SELECTED_PAGES = process.env.BENCH_PAGES ? PAGES.filter((p) => process.env.BENCH_PAGES!.split(',').includes(p.key)) : PAGES;

export interface Heap {
  usedMB: number;
  embedderMB: number;
}
/** The renderer's own counters for the page's whole life: style recalculation and layout, whoever caused them. */
export interface RenderWork {
  recalcStyleMs: number;
  layoutMs: number;
}

export interface OursRun {
  time: Attribution;
  /** Style and layout work on the page; adding ::highlight rules, for one, restyles every element once. */
  render: RenderWork;
  /** Ranges drawn in the page's highlight, and mentions found (past a few thousand, only marks near the viewport are drawn). */
  marks: number;
  found: number;
  heap: Heap;
  wallMs: number;
  /** The raw trace, only when asked for (profiling). */
  events?: TraceEvent[];
}

/**
 * Count every mention, not only the first per chain (the default), so "marks found" is all that was detected;
 * `mentions: 'first'` puts the defaults back.
 */
export async function allMentions(browser: ExtensionBrowser, mentions: 'all' | 'first' = 'all'): Promise<void> {
  await browser.worker.evaluate(async (settings) => {
    await chrome.storage.sync.set({ settings });
  }, { ...cloneSettings(DEFAULT_SETTINGS), mentions });
}

/** One untraced visit first, so the first measured page does not pay for a cold browser (compile caches, workers). */
export async function warmUp(context: BrowserContext, server: FixtureServer): Promise<void> {
  const page = await context.newPage();
  await page.goto(server.url('article.html'));
  await sleep(1_500);
  await page.close();
}
/** Navigates with a trace running from before the request to after `done`; returns the trace's events. */
export async function traced(page: Page, url: string, done: () => Promise<boolean>) {
  await page.goto('about:blank');
  const tracer = await startTrace(page);
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const finished = await done();
  const wallMs = Date.now() - t0;
  if (!finished) {
    // mark.js still running past the cap: stop its script so the trace can close.
    await tracer.client.send('Runtime.terminateExecution').catch(() => undefined);
  }
  const events = await tracer.stop();
  await tracer.client.detach().catch(() => undefined);
  return { events, finished, wallMs };
}

/** Whether a baseline has run, and what it reported (chars read, or matches marked). */
async function baselineState(page: Page, host: BaselineHost): Promise<{ ready: boolean; count: number }> {
  return page.evaluate((h) => {
    if (h === 'page') {
      const w = window as never as { __benchReady?: boolean; __benchCount?: number };
      return { ready: w.__benchReady === true, count: w.__benchCount ?? 0 };
    }
    const html = document.documentElement;
    return { ready: html.hasAttribute('data-bench-ready'), count: Number(html.getAttribute('data-bench-count') ?? 0) };
  }, host);
}

/**
 * One load of a page with a baseline script (the floor or the reference), traced and attributed like ours: as a page
 * script in `context` (a browser without extensions), or as the content script of `extension` (baselineExtension).
 */
export async function runBaseline(
  target: { host: 'page'; context: BrowserContext; script: (url: string) => string } | { host: 'extension'; browser: ExtensionBrowser; file: string },
  server: FixtureServer,
  spec: PageSpec,
) {
  const context = target.host === 'page' ? target.context : target.browser.context;
  const page = await context.newPage();
  let scriptUrl: string;
  if (target.host === 'page') {
    scriptUrl = `${server.origin}/__baseline.js`;
    await page.addInitScript({ content: target.script(scriptUrl) });
  } else {
    scriptUrl = `chrome-extension://${target.browser.extensionId}/${target.file}`;
  }
  const url = server.url(spec.file);
  const counters = await renderCounters(page);
  const { events } = await traced(page, url, async () => {
    const end = Date.now() + 120_000;
    while (Date.now() < end) {
      const { ready } = await baselineState(page, target.host);
      const feedDone = !spec.feed || (await page.evaluate(() => (window as never as { __feedDone?: boolean }).__feedDone === true));
      if (ready && feedDone) break;
      await sleep(250);
    }
    await sleep(SETTLE_MS);
    return true;
  });
  const { count } = await baselineState(page, target.host);
  const render = await counters.read();
  const heap = await heapOf(page);
  await page.close();
  return { time: attribute(events, url, (u) => u === scriptUrl, { wholeOnlyIfMostly: true }), render, count, heap };
}

/**
 * A minimal MV3 extension whose one content script (at document_idle, like ours) is `script`: a baseline then runs in
 * an extension's isolated world, as any extension's script must. The DOM costs more there: Blink keeps the main
 * world's wrapper on the node itself and an isolated world's in a map, and the same bare read took 2-4x as long.
 * It has an empty service worker so the harness can find its id.
 */
export async function baselineExtension(dir: string, name: string, file: string, script: string): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `bench ${name}`,
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: [file], run_at: 'document_idle' }],
  };
  await fs.writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await fs.writeFile(path.join(dir, 'worker.js'), '// no work: here so the extension has an id to find\n');
  await fs.writeFile(path.join(dir, file), script);
  return dir;
}

export async function runMark(context: BrowserContext, server: FixtureServer, spec: PageSpec, names: string[], markJs: string) {
  const page = await context.newPage();
  const libUrl = `${server.origin}/__mark.min.js`;
  const runUrl = `${server.origin}/__mark-run.js`;
  for (const content of markScripts(names, markJs, libUrl, runUrl)) await page.addInitScript({ content });
  const url = server.url(spec.file);
  const { events, finished } = await traced(page, url, async () => {
    const ready = page
      .waitForFunction((feed) => (window as never as { __markReady?: boolean }).__markReady && (!feed || (window as never as { __feedDone?: boolean }).__feedDone), spec.feed, { polling: 250, timeout: MARK_CAP_MS + 5_000 })
      .then(() => true, () => false);
    const ok = await Promise.race([ready, sleep(MARK_CAP_MS).then(() => false)]);
    if (ok) await sleep(SETTLE_MS);
    return ok;
  });
  const marks = finished ? await page.evaluate(() => (window as never as { __markCount: number }).__markCount) : null;
  await page.close();
  return { time: attribute(events, url, (u) => u === libUrl || u === runUrl, { wholeOnlyIfMostly: true }), capped: !finished, marks };
}

export async function runOurs(context: BrowserContext, server: FixtureServer, spec: PageSpec, extensionId: string, keepEvents = false): Promise<OursRun> {
  const page = await context.newPage();
  const url = server.url(spec.file);
  const ours = `chrome-extension://${extensionId}/content/main.js`;
  const counters = await renderCounters(page);
  const { events, wallMs } = await traced(page, url, async () => {
    if (spec.feed) await page.waitForFunction(() => (window as never as { __feedDone?: boolean }).__feedDone, undefined, { polling: 250, timeout: 120_000 });
    else await page.waitForLoadState('load');
    // Done when the marks have stopped changing for SETTLE_MS (every scan ends by updating the highlight).
    let last = -1;
    let since = Date.now();
    const end = Date.now() + 120_000;
    while (Date.now() < end) {
      const size = await page.evaluate(() => CSS.highlights.get('layerlens-mark')?.size ?? 0);
      if (size !== last) {
        last = size;
        since = Date.now();
      } else if (size > 0 && Date.now() - since >= SETTLE_MS) break;
      await sleep(250);
    }
    return true;
  });
  const marks = await page.evaluate(() => CSS.highlights.get('layerlens-mark')?.size ?? 0);
  const worker = context.serviceWorkers()[0];
  const found = worker ? await mentionsFound(worker, page) : -1;
  const render = await counters.read();
  const heap = await heapOf(page);
  await page.close();
  return { time: attribute(events, url, (u) => u === ours), render, marks, found, heap, wallMs, ...(keepEvents ? { events } : {}) };
}

/**
 * Starts the renderer's performance counters before a load (Performance.getMetrics): style recalculation and layout
 * time land in the page's own rendering tasks, not in ours, so the trace's attribution does not show what we cause
 * there. `read` gives the totals since the load began.
 */
export async function renderCounters(page: Page): Promise<{ read(): Promise<RenderWork> }> {
  const client = await page.context().newCDPSession(page);
  await client.send('Performance.enable');
  return {
    async read() {
      const { metrics } = (await client.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      await client.detach().catch(() => undefined);
      return { recalcStyleMs: ms('RecalcStyleDuration'), layoutMs: ms('LayoutDuration') };
    },
  };
}

/** The renderer's heap after a full GC: V8's JS heap (every world of the page) and Blink's (DOM, ranges). */
export async function heapOf(page: Page): Promise<Heap> {
  const client = await page.context().newCDPSession(page);
  try {
    await client.send('HeapProfiler.enable');
    await client.send('HeapProfiler.collectGarbage');
    await client.send('HeapProfiler.collectGarbage');
    const usage = (await client.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { usedMB: usage.usedSize / 2 ** 20, embedderMB: (usage.embedderHeapUsedSize ?? 0) / 2 ** 20 };
  } finally {
    await client.detach().catch(() => undefined);
  }
}

/**
 * Without any trace: our walker alone (src/content/walker.ts, bundled into the page's main world) against the bare
 * TreeWalker read, timed with performance.now() — how much of the gap to the floor is the walk itself, and how much
 * tracing adds to a walker that calls a JS filter for every node.
 */
/** Modules of this repository bundled into one minified script to evaluate in a page (`contents`: the entry's source). */
export async function pageBundle(contents: string): Promise<string> {
  const out = await esbuild.build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', minify: true, write: false });
  return out.outputFiles[0]!.text;
}

export async function walkerOnly(context: BrowserContext, server: FixtureServer, spec: PageSpec): Promise<{ floorMs: number; walkerMs: number }> {
  const bundle = await pageBundle("import { collectTextBlocks } from './src/content/walker'; (globalThis as any).__walk = collectTextBlocks;");
  const page = await context.newPage();
  try {
    await page.goto(server.url(spec.file));
    await page.addScriptTag({ content: bundle });
    // A string, not a function: tsx would wrap a function's inner helpers in its own __name().
    const times = (await page.evaluate(`(() => {
      const floor = () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let s = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) s += n.data;
        return s.length;
      };
      const time = (f) => {
        const out = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          f();
          out.push(performance.now() - t0);
        }
        return Math.min(...out);
      };
      return { floor: time(floor), walker: time(() => globalThis.__walk(document.body)) };
    })()`)) as { floor: number; walker: number };
    return { floorMs: times.floor, walkerMs: times.walker };
  } finally {
    await page.close();
  }
}

