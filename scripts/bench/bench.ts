#!/usr/bin/env -S npx tsx
// `npm run bench`: the content script's cost on three generated pages, in headless Chromium, attributed from DevTools
// traces of each page's renderer main thread; against a bare TreeWalker read (the floor) and mark.js; and again with
// the dataset grown 10×. A benchmark, not a test: it prints figures and budgets and exits 0 whatever the figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, EXTENSION_DIR, ROOT, chromiumPath, launchWithExtension, startFixtureServer, type FixtureServer } from '../../tests/e2e/harness';
import { DEFAULT_SETTINGS, cloneSettings } from '../../src/settings/schema';
import { floorScript, markScripts, writePages } from './pages';
import { attribute, startTrace, type Attribution } from './trace';
import { buildGrownExtension } from './variant';

const MARK_CAP_MS = Number(process.env.BENCH_MARK_CAP_MS ?? 60_000);
const SETTLE_MS = 2_000;
const BUDGET = { longTasks: 0, floorRatio: 4, grownRatio: 1.2, heapMB: 10, contentKB: 150 };

interface PageSpec {
  key: 'article' | 'tables' | 'feed';
  file: string;
  title: string;
  feed: boolean;
}
const PAGES: PageSpec[] = [
  { key: 'article', file: 'article.html', title: '(a) ~200 KB article', feed: false },
  { key: 'tables', file: 'tables.html', title: '(b) ~3 MB page, ~60,000 text nodes in nested tables and lists', feed: false },
  { key: 'feed', file: 'feed.html', title: '(c) infinite-scroll feed, 2,000 items appended in batches of 50', feed: true },
];

interface Heap {
  usedMB: number;
  embedderMB: number;
}
interface OursRun {
  time: Attribution;
  marks: number;
  heap: Heap;
  wallMs: number;
}
interface Result {
  floor?: { time: Attribution; chars: number; heap: Heap };
  mark?: { time: Attribution; capped: boolean; marks: number | null };
  ours?: OursRun;
  grown?: OursRun;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const started = Date.now();
  log('building (node build.mjs)…');
  execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const contentBytes = (await fs.stat(path.join(EXTENSION_DIR, 'content/main.js'))).size;

  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-bench-'));
  const pages = await writePages(path.join(tmp, 'pages'));
  const chains = JSON.parse(await fs.readFile(path.join(ROOT, 'src/data/chains.json'), 'utf8')) as { name: string; aliases: string[] }[];
  const names = [...new Set(chains.flatMap((c) => [c.name, ...c.aliases]))];
  const markJs = await fs.readFile(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  log('building the 10× names copy of the extension…');
  const grown = await buildGrownExtension(ROOT, EXTENSION_DIR, path.join(tmp, 'ext-10x'));
  const server = await startFixtureServer(pages.dir);
  const results: Record<string, Result> = Object.fromEntries(PAGES.map((p) => [p.key, {}]));

  try {
    // Floor and mark.js: a Chromium without the extension, the same binary and flags.
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
    try {
      const context = await plain.newContext({ viewport: { width: 1200, height: 800 } });
      for (const spec of PAGES) {
        results[spec.key]!.floor = await runFloor(context, server, spec);
        log(`${spec.key}: floor ${fmtMs(results[spec.key]!.floor!.time.totalMs)}`);
        results[spec.key]!.mark = await runMark(context, server, spec, names, markJs);
        log(`${spec.key}: mark.js ${results[spec.key]!.mark!.capped ? `> ${MARK_CAP_MS / 1000} s (capped)` : fmtMs(results[spec.key]!.mark!.time.totalMs)}`);
      }
    } finally {
      await plain.close();
    }
    // Ours, with the real dataset, then with the names grown 10×.
    for (const [which, dir] of [['ours', EXTENSION_DIR], ['grown', grown.dir]] as const) {
      const browser = await launchWithExtension({ extensionDir: dir });
      try {
        // Count every mention, not only the first per chain (the default), so "marks found" is what was detected.
        await browser.worker.evaluate(async (settings) => {
          await chrome.storage.sync.set({ settings });
        }, { ...cloneSettings(DEFAULT_SETTINGS), mentions: 'all' as const });
        for (const spec of PAGES) {
          results[spec.key]![which] = await runOurs(browser.context, server, spec, browser.extensionId);
          const r = results[spec.key]![which]!;
          log(`${spec.key}: ${which === 'ours' ? 'ours (1× names)' : 'ours (10× names)'} ${fmtMs(r.time.totalMs)}, ${r.marks} marks`);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  const cores = os.cpus().length;
  const header = [
    `Layerlens benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${cores} cores (${os.cpus()[0]?.model.trim() ?? '?'}), ` +
      `${chromiumVersion()}, Node ${process.version}`,
    `names: ${names.length} names and aliases (${grown.forms.base} forms incl. aliases) · 10× copy: ${grown.forms.grown} forms`,
    `pages: article ${kb(pages.bytes['article.html']!)}, tables ${mb(pages.bytes['tables.html']!)} (${pages.tablesTextNodes.toLocaleString('en')} text nodes), ` +
      `feed ${kb(pages.bytes['feed.js']!)} of items`,
  ];
  const out: string[] = [...header, ''];
  out.push('| figure | budget | result |', '| --- | --- | --- |');
  out.push(`| content script, minified | ≤ ${BUDGET.contentKB} KB | ${kb(contentBytes)} ${passMiss(contentBytes <= BUDGET.contentKB * 1024)} |`);
  out.push(`| content script with 10× names | — | ${kb(grown.contentBytes)} |`, '');
  for (const spec of PAGES) out.push(...table(spec, results[spec.key]!), '');
  out.push(`whole run: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
  await fs.rm(tmp, { recursive: true, force: true });
}

/** Navigates with a trace running from before the request to after `done`; returns the trace's events. */
async function traced(page: Page, url: string, done: () => Promise<boolean>) {
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

async function runFloor(context: BrowserContext, server: FixtureServer, spec: PageSpec) {
  const page = await context.newPage();
  const floorUrl = `${server.origin}/__floor.js`;
  await page.addInitScript({ content: floorScript(floorUrl) });
  const url = server.url(spec.file);
  const { events } = await traced(page, url, async () => {
    await page.waitForFunction((feed) => (window as never as { __floorReady?: boolean }).__floorReady && (!feed || (window as never as { __feedDone?: boolean }).__feedDone), spec.feed, { polling: 250, timeout: 120_000 });
    await sleep(SETTLE_MS);
    return true;
  });
  const chars = await page.evaluate(() => (window as never as { __floorChars: number }).__floorChars);
  const heap = await heapOf(page);
  await page.close();
  return { time: attribute(events, url, (u) => u === floorUrl), chars, heap };
}

async function runMark(context: BrowserContext, server: FixtureServer, spec: PageSpec, names: string[], markJs: string) {
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
  return { time: attribute(events, url, (u) => u === libUrl || u === runUrl), capped: !finished, marks };
}

async function runOurs(context: BrowserContext, server: FixtureServer, spec: PageSpec, extensionId: string): Promise<OursRun> {
  const page = await context.newPage();
  const url = server.url(spec.file);
  const ours = `chrome-extension://${extensionId}/content/main.js`;
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
  const heap = await heapOf(page);
  await page.close();
  return { time: attribute(events, url, (u) => u === ours), marks, heap, wallMs };
}

/** The renderer's heap after a full GC: V8's JS heap (every world of the page) and Blink's (DOM, ranges). */
async function heapOf(page: Page): Promise<Heap> {
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

function table(spec: PageSpec, r: Result): string[] {
  const rows: string[] = [`### ${spec.title}`, '', '| figure | budget | result |', '| --- | --- | --- |'];
  const ours = r.ours;
  const floor = r.floor;
  const mark = r.mark;
  if (!ours || !floor || !mark) return [...rows, '| (run incomplete) | | |'];
  const t = ours.time;
  rows.push(`| our main-thread time (${t.tasks.length} tasks, ${t.sharedTasks} shared with page scripts) | — | ${fmtMs(t.totalMs)} |`);
  rows.push(`| floor: bare TreeWalker read (${floor.chars.toLocaleString('en')} chars) | — | ${fmtMs(floor.time.totalMs)} |`);
  const floorRatio = t.totalMs / floor.time.totalMs;
  rows.push(`| ratio to the floor | ${spec.key === 'tables' ? `≤ ${BUDGET.floorRatio}×` : '—'} | ${ratio(floorRatio)}${spec.key === 'tables' ? ` ${passMiss(floorRatio <= BUDGET.floorRatio)}` : ''} |`);
  rows.push(`| mark.js, same ${mark.marks === null ? '' : `(${mark.marks.toLocaleString('en')} <mark>s)`} | — | ${mark.capped ? `> ${MARK_CAP_MS / 1000} s (stopped)` : fmtMs(mark.time.totalMs)}${mark.time.longestMs ? `, longest task ${fmtMs(mark.time.longestMs)}` : ''} |`);
  rows.push(`| ratio to mark.js | — | ${mark.capped ? `< ${(t.totalMs / MARK_CAP_MS).toFixed(3)}×` : ratio(t.totalMs / mark.time.totalMs)} |`);
  rows.push(`| long tasks of ours (> 50 ms), longest | ${BUDGET.longTasks} | ${t.longTasks}, longest ${fmtMs(t.longestMs)} ${passMiss(t.longTasks <= BUDGET.longTasks)} |`);
  rows.push(`| marks found (every mention: mentions = all) | — | ${ours.marks.toLocaleString('en')} |`);
  const added = ours.heap.usedMB - floor.heap.usedMB;
  rows.push(`| JS heap added (vs the same page without the extension, after GC) | ≤ ${BUDGET.heapMB} MB | ${added.toFixed(1)} MB ${passMiss(added <= BUDGET.heapMB)} |`);
  rows.push(`| Blink heap added (DOM, ranges; for information) | — | ${(ours.heap.embedderMB - floor.heap.embedderMB).toFixed(1)} MB |`);
  const g = r.grown;
  if (g) {
    const gr = g.time.totalMs / t.totalMs;
    rows.push(`| 10× names: our main-thread time | — | ${fmtMs(g.time.totalMs)} (${g.marks.toLocaleString('en')} marks) |`);
    rows.push(`| 10× names: ratio to 1× | ≤ ${BUDGET.grownRatio}× | ${ratio(gr)} ${passMiss(gr <= BUDGET.grownRatio)} |`);
    rows.push(`| 10× names: long tasks, longest | ${BUDGET.longTasks} | ${g.time.longTasks}, longest ${fmtMs(g.time.longestMs)} ${passMiss(g.time.longTasks <= BUDGET.longTasks)} |`);
    const gAdded = g.heap.usedMB - floor.heap.usedMB;
    rows.push(`| 10× names: JS heap added | ≤ ${BUDGET.heapMB} MB | ${gAdded.toFixed(1)} MB ${passMiss(gAdded <= BUDGET.heapMB)} |`);
  }
  return rows;
}

const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);
const ratio = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(2)}×`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;
const passMiss = (ok: boolean) => (ok ? '**PASS**' : '**MISS**');

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium';
  }
}

main().catch((error: unknown) => {
  console.error('[bench] crashed:', error);
  process.exit(1);
});
