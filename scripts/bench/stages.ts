#!/usr/bin/env -S npx tsx
// Where our time on a bench page goes, stage by stage, measured as a content script meets the page: in an isolated
// world, once, on a freshly loaded page (a second run over the same nodes reuses their wrappers and the engine's
// optimized code, and is 2-3x faster). Each stage runs on its own fresh page; the stages take turns, so every one sees
// the same minutes of a shared machine. No trace, so no tracing overhead; medians of --runs loads.
//
//   npx tsx scripts/bench/stages.ts [article|tables] [--runs N] [--crypto]
//
// Stages (each includes the ones above it):
//   floor     the bench's floor: a SHOW_TEXT TreeWalker, every text node's data concatenated
//   walk      our BlockReader: the same text as blocks, skipping what the scanner skips, open shadow roots included
//   detect    walk + the detector on every block (balanced, as on a page not yet known to be about crypto)
//   record    detect + every mention made into a PageMention and held in a MentionIndex, as the scanner does
// and, on the same pages, the detector alone over the blocks' texts read beforehand: once on a fresh page ("cold"),
// and again right after ("warm"): the difference is the engine warming up (tiering up to optimized code).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath, startFixtureServer, type FixtureServer } from '../../tests/e2e/harness';
import { writePages } from './pages';
import { PAGES, pageBundle, type PageSpec } from './runs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const key = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'tables';

/**
 * The context of a first read: balanced, the page not yet known to be about crypto; with --crypto, known to be, as the
 * content script knows the 3 MB page from its title and headings before reading it.
 */
const CONTEXT = args.includes('--crypto')
  ? `{ sensitivity: 'balanced', cryptoPage: true }`
  : `{ sensitivity: 'balanced', cryptoPage: false, deferCryptoPage: true }`;

/** Each stage: an expression evaluated once in the isolated world, returning [ms, what it found]. */
const STAGES: Record<string, string> = {
  floor: `(() => {
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let s = '';
    for (let n = w.nextNode(); n; n = w.nextNode()) s += n.data;
    return [performance.now() - t0, s.length];
  })()`,
  walk: `(() => {
    const t0 = performance.now();
    const r = new __stages.BlockReader(document.body, {});
    let blocks = 0;
    while (r.next()) blocks++;
    return [performance.now() - t0, blocks];
  })()`,
  detect: `(() => {
    const t0 = performance.now();
    const r = new __stages.BlockReader(document.body, {});
    const context = ${CONTEXT};
    let found = 0;
    const sink = { mention() { found++; } };
    while (r.next()) __stages.detector.eachMention(r.text, context, sink);
    return [performance.now() - t0, found];
  })()`,
  record: `(() => {
    const t0 = performance.now();
    const r = new __stages.BlockReader(document.body, {});
    const context = ${CONTEXT};
    const index = new __stages.MentionIndex();
    let found = 0;
    const sink = {
      mention(start, end, chainId, certain) {
        let k = 0;
        while (k + 1 < r.count && r.starts[k + 1] <= start) k++;
        index.hold(index.createIn(chainId, r.nodes[k], start - r.starts[k], end - r.starts[k], certain));
        found++;
      },
    };
    while (r.next()) __stages.detector.eachMention(r.text, context, sink);
    return [performance.now() - t0, found];
  })()`,
  'detector cold': `(() => {
    const texts = [];
    const r = new __stages.BlockReader(document.body, {});
    while (r.next()) texts.push(r.text);
    const context = ${CONTEXT};
    let found = 0;
    const sink = { mention() { found++; } };
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) __stages.detector.eachMention(texts[i], context, sink);
    const cold = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < texts.length; i++) __stages.detector.eachMention(texts[i], context, sink);
    globalThis.__stagesWarm = performance.now() - t1;
    return [cold, found / 2];
  })()`,
};

/** The walker, the mention index and the detector over the bundled dataset, as globals of the isolated world. */
const STAGES_BUNDLE = `import { BlockReader } from './src/content/walker';
  import { MentionIndex } from './src/content/mentions';
  import { defaultDetector } from './src/detect/index';
  (globalThis as any).__stages = { BlockReader, MentionIndex, detector: defaultDetector() };`;

/** One stage on a freshly loaded page, in an isolated world of its own (as a content script runs). */
async function runStage(browser: Browser, server: FixtureServer, spec: PageSpec, code: string, stage: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url(spec.file));
    const cdp = await context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'stages' });
    const evaluate = async (expression: string) => {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`${stage}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value as unknown;
    };
    await evaluate(code);
    // The page settles (its own load work done) before the measured read.
    await page.waitForTimeout(300);
    const [ms, found] = (await evaluate(STAGES[stage]!)) as [number, number];
    const warm = stage === 'detector cold' ? ((await evaluate('globalThis.__stagesWarm')) as number) : undefined;
    return { ms, found, warm };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(): Promise<void> {
  const spec = PAGES.find((p) => p.key === key && !p.feed);
  if (!spec) throw new Error(`unknown page ${key}: article or tables`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-stages-'));
  const pages = await writePages(path.join(tmp, 'pages'));
  const server = await startFixtureServer(pages.dir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const code = await pageBundle(STAGES_BUNDLE);
    const times: Record<string, number[]> = {};
    const warm: number[] = [];
    const found: Record<string, number> = {};
    for (let run = 0; run < RUNS; run++) {
      for (const stage of Object.keys(STAGES)) {
        const r = await runStage(browser, server, spec, code, stage);
        (times[stage] ??= []).push(r.ms);
        found[stage] = r.found;
        if (r.warm !== undefined) warm.push(r.warm);
      }
    }
    const floor = median(times.floor!);
    console.log(`${spec.key}: each stage once on a fresh page, isolated world, untraced; median of ${RUNS} loads (all loads in brackets)`);
    const row = (name: string, xs: number[], what: string) =>
      console.log(`  ${name.padEnd(15)} ${median(xs).toFixed(1).padStart(7)} ms  ${(median(xs) / floor).toFixed(2).padStart(5)}x floor  ${what}  (${xs.map((x) => x.toFixed(0)).join(', ')})`);
    row('floor', times.floor!, `${found.floor} chars`);
    row('walk', times.walk!, `${found.walk} blocks`);
    row('detect', times.detect!, `${found.detect} mentions`);
    row('record', times.record!, `${found.record} mentions held`);
    row('detector cold', times['detector cold']!, 'the detector alone, first pass');
    row('detector warm', warm, 'the same texts again, right after');
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
