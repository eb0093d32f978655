// Node micro-benchmark of the pure detector on the benchmark's pages, old against new in one run:
//   npx tsx scripts/bench/detect.ts [git-ref-of-old-detector] [--runs N] [--sliced] [--crypto]
// For bytes allocated per run: node --expose-gc --max-semi-space-size=512 --import tsx scripts/bench/detect.ts
// (a young generation that large is not collected during a run, so the heap grows by what the run allocates).
// The old detector is src/detect as of that ref (default: the last commit before the fast scan), copied from git into a
// temporary folder next to a link to today's src/data, so both read the same dataset. Every block's mentions are compared
// too: a faster detector that finds anything else is a bug, not a speed-up. Both are bundled and minified by esbuild as
// the extension is: tsx's own module wrappers (a getter per imported function) would otherwise dominate the profile.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chains } from '../../src/data/index';
import type { Chain } from '../../src/data/types';
import type { Detector } from '../../src/detect/detector';
import { MOVE_VERBS, NEGATIVE_NEXT, STRONG_CUES, WEAK_CUES } from '../../src/detect/cues';
import type { DetectContext } from '../../src/detect/types';
import { articlePage, rng, tablesPage } from './pages';
import { growChains } from './variant';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 10;
/** --sliced: hand over slices of the page's HTML string, as the bench did at first (slower for both, the old more). */
const SLICED = args.includes('--sliced');
const OLD_REF = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'f90f622';
/** --crypto: read the pages as crypto pages, as the content script reads the 3 MB page (its title and headings say so). */
const CONTEXT: DetectContext = args.includes('--crypto')
  ? { sensitivity: 'balanced', cryptoPage: true }
  : { sensitivity: 'balanced', cryptoPage: false, deferCryptoPage: true };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * A string of its own, not a slice of the page's HTML: text from the DOM is not a slice of one big string, and a slice
 * would cost every charCodeAt an indirection the page does not pay.
 */
const own = (s: string): string => (SLICED ? s : (JSON.parse(JSON.stringify(s)) as string));

/** The page's text nodes, as the content script would hand them over (tags split blocks; entities decoded). */
function blocks(html: string): string[] {
  const body = html.slice(html.indexOf('<body'));
  return body
    .split(/<[^>]*>/)
    .map((s) => own(s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)))
    .filter((s) => s.trim() !== '');
}

/** The paragraphs of the article: one block each, inline tags dropped, as the walker joins them. */
function paragraphs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(p|h[1-6])>([\s\S]*?)<\/\1>/g)) out.push(own(m[2]!.replace(/<[^>]*>/g, '')));
  return out;
}

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlens-bench-detect-'));

/** src/detect/detector.ts under `root`, bundled like the extension's content script, with today's chain list. */
async function bundled(root: string, name: string, chainList: readonly Chain[] = chains): Promise<Detector> {
  const outfile = path.join(TMP, `${name}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'detect', 'detector.ts')],
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  const mod = (await import(pathToFileURL(outfile).href)) as typeof import('../../src/detect/detector');
  return mod.createDetector(chainList);
}

/** The detector as of a git ref: its src/detect copied out of git next to a link to today's src/data. */
function checkout(ref: string): string {
  const root = path.join(TMP, 'old');
  const dir = path.join(root, 'src', 'detect');
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.resolve('src/data'), path.join(root, 'src', 'data'));
  const files = execFileSync('git', ['ls-tree', '--name-only', `${ref}:src/detect`], { encoding: 'utf8' }).split('\n');
  for (const f of files.filter((f) => f.endsWith('.ts'))) {
    fs.writeFileSync(path.join(dir, f), execFileSync('git', ['show', `${ref}:src/detect/${f}`]));
  }
  return root;
}

interface Result {
  ms: number;
  /** Each block's mentions as JSON: kept as strings, since keeping the objects makes V8 pretenure their allocation
   *  sites and slows every later run (the content script drops them, so that is not what the page sees). */
  mentions: string[];
  found: number;
  heapKb: number;
}

/**
 * Times each detector over all texts, taking turns run by run: the machine is shared, and a load that comes and goes
 * then slows both alike. Median of the runs, after warm-up.
 */
function race(detectors: readonly Detector[], texts: readonly string[]): Result[] {
  const found = detectors.map(() => 0);
  const mentions = detectors.map((d, k) =>
    texts.map((t) => {
      const m = d.findMentions(t, CONTEXT);
      found[k]! += m.length;
      return JSON.stringify(m);
    }),
  );
  for (let w = 0; w < 3; w++) for (const d of detectors) for (const t of texts) d.findMentions(t, CONTEXT);
  const gc = (globalThis as { gc?: () => void }).gc;
  const times = detectors.map((): number[] => []);
  const heap = detectors.map(() => 0);
  for (let r = 0; r < RUNS; r++) {
    detectors.forEach((d, k) => {
      gc?.();
      const before = process.memoryUsage().heapUsed;
      const t0 = performance.now();
      for (const t of texts) d.findMentions(t, CONTEXT);
      times[k]!.push(performance.now() - t0);
      heap[k]! += process.memoryUsage().heapUsed - before;
    });
  }
  return detectors.map((_, k) => {
    const sorted = times[k]!.sort((a, b) => a - b);
    return { ms: sorted[Math.floor(sorted.length / 2)]!, mentions: mentions[k]!, found: found[k]!, heapKb: heap[k]! / RUNS / 1024 };
  });
}

function differences(a: readonly string[], b: readonly string[], texts: readonly string[]): number {
  let diff = 0;
  for (let i = 0; i < texts.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff++ < 5) console.log(`  differs: ${JSON.stringify(texts[i]!.slice(0, 120))}\n    old ${a[i]}\n    new ${b[i]}`);
  }
  return diff;
}

/** Random texts of the dataset's names in any case, cue words and awkward characters, to compare old and new on. */
function randomTexts(count: number): string[] {
  const r = rng(7);
  const names = chains.flatMap((c) => [c.name, ...c.aliases, ...(c.ambiguous ?? []), ...(c.qualifiers ?? [])]);
  const cues = [...STRONG_CUES, ...WEAK_CUES, ...MOVE_VERBS, ...NEGATIVE_NEXT, 'to', 'on', 'the', 'layer', '2', "'s"];
  const odd = ['é', 'İ', 'ß', 'Σ', 'Привет', '日本', '𝐀', '🚀', 'e\u0301', '\u00ad', '\u200b', 'K', 'www.x.io/', '@', '42'];
  const seps = [' ', ' ', ' ', '. ', ', ', '-', '\u00a0', '\n', "'", '’', '(', ') ', ': ', '/'];
  const pick = (list: readonly string[]) => list[Math.floor(r() * list.length)]!;
  const cased = (s: string) => {
    const x = r();
    return x < 0.6 ? s : x < 0.75 ? s.toLowerCase() : x < 0.85 ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1);
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let n = Math.floor(r() * 40); n > 0; n--) {
      const x = r();
      parts.push(cased(x < 0.35 ? pick(names) : x < 0.85 ? pick(cues) : pick(odd)), pick(seps));
    }
    out.push(parts.join(''));
  }
  return out;
}

const CONTEXTS: DetectContext[] = (['strict', 'balanced', 'everywhere'] as const).flatMap((sensitivity) =>
  [false, true].flatMap((cryptoPage) => [false, true].map((tickers) => ({ sensitivity, cryptoPage, tickers, deferCryptoPage: !cryptoPage }))),
);

const pages: [string, string[]][] = [
  ['tables (text nodes)', blocks(tablesPage().html)],
  ['article (paragraphs)', paragraphs(articlePage())],
];
const old = await bundled(checkout(OLD_REF), 'old');
const now = await bundled(path.resolve('.'), 'new');
console.log(`old = src/detect at ${OLD_REF}; median of ${RUNS} runs each, taking turns, after 3 warm-ups${'gc' in globalThis ? '; heap delta after gc' : ''}`);
for (const [name, texts] of pages) {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`\n${name}: ${texts.length} blocks, ${(chars / 1e6).toFixed(2)} M chars`);
  const [oldResult, newResult] = race([old, now], texts) as [Result, Result];
  const results: [string, Result][] = [
    ['old', oldResult],
    ['new', newResult],
  ];
  for (const [label, r] of results) {
    const heap = 'gc' in globalThis ? `  heap +${(r.heapKb / 1024).toFixed(1)} MB/run` : '';
    console.log(`  ${label}  ${r.ms.toFixed(1).padStart(7)} ms/run  ${((r.ms * 1e6) / chars).toFixed(1).padStart(6)} ns/char  ${r.found} mentions${heap}`);
  }
  const diff = differences(results[0]![1].mentions, results[1]![1].mentions, texts);
  console.log(`  speed-up ×${(results[0]![1].ms / results[1]![1].ms).toFixed(2)}; blocks whose mentions differ: ${diff}`);
  if (diff > 0) process.exitCode = 1;
}

// Cost per word must not grow with the names: the same page with the dataset grown 10× (as the Chromium bench does).
// growChains works on the dataset's JSON shape, which Chain is.
type ChainJson = Parameters<typeof growChains>[0];
const grown = await bundled(path.resolve('.'), 'grown', growChains(chains as unknown as ChainJson) as unknown as Chain[]);
const [one, ten] = race([now, grown], pages[0]![1]) as [Result, Result];
console.log(`\n10× names, tables page: ${one.ms.toFixed(1)} → ${ten.ms.toFixed(1)} ms/run (×${(ten.ms / one.ms).toFixed(2)})`);

const random = randomTexts(20_000);
let randomDiff = 0;
let randomFound = 0;
for (const context of CONTEXTS) {
  const found = (d: Detector) =>
    random.map((t) => {
      const m = d.findMentions(t, context);
      randomFound += m.length;
      return JSON.stringify(m);
    });
  randomDiff += differences(found(old), found(now), random);
}
console.log(
  `\nrandom texts: ${random.length} × ${CONTEXTS.length} contexts, ${randomFound / 2} mentions each; results that differ: ${randomDiff}`,
);
if (randomDiff > 0) process.exitCode = 1;
fs.rmSync(TMP, { recursive: true, force: true });
