// Accuracy of the detector on the labelled corpus (tests/fixtures/corpus/*.jsonl): precision, recall and F1 overall
// and per kind of text, with every miss listed. Run with `npm run eval`; the unit test reuses evaluate().

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findMentions } from '../src/detect/index';
import type { DetectContext, Mention, Sensitivity } from '../src/detect/types';

export interface LabelledMention {
  text: string;
  chain: string;
  /** UTF-16 offsets into the paragraph text. */
  start: number;
  end: number;
}

export interface CorpusItem {
  id: string;
  /** news, docs, forum, social (crypto writing) or geometry, weather, ui… (everyday writing). */
  kind: string;
  /** Whether the paragraph sits on a crypto page (what pageSignal would say about the page around it). */
  page: 'crypto' | 'general';
  text: string;
  mentions: LabelledMention[];
  /** The corpus file it came from, without ".jsonl" (set by loadCorpus). */
  file?: string;
}

export interface Miss {
  id: string;
  kind: string;
  type: 'false-positive' | 'false-negative';
  text: string;
  chain: string;
  context: string;
}

export interface Score {
  paragraphs: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  overall: Score;
  /** Crypto writing (news, docs, forum, social, tables) against everyday writing using the same words. */
  byGroup: Map<string, Score>;
  byKind: Map<string, Score>;
  /** By corpus file: the sets written later (holdouts, reviews) read apart from the rest. */
  byFile: Map<string, Score>;
  misses: Miss[];
  paragraphs: number;
}

export const CORPUS_DIR = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));

export function loadCorpus(dir: string = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, n) => {
      if (line.trim() === '') return;
      const item = { ...(JSON.parse(line) as CorpusItem), file: file.replace(/\.jsonl$/, '') };
      for (const m of item.mentions) {
        if (item.text.slice(m.start, m.end) !== m.text) throw new Error(`${file}:${n + 1}: offsets of "${m.text}" are wrong`);
      }
      items.push(item);
    });
  }
  return items;
}

function score(paragraphs: number, tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { paragraphs, tp, fp, fn, precision, recall, f1 };
}

function snippet(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 40);
  const b = Math.min(text.length, end + 40);
  return `${a > 0 ? '…' : ''}${text.slice(a, start)}[${text.slice(start, end)}]${text.slice(end, b)}${b < text.length ? '…' : ''}`;
}

type Find = (text: string, context: DetectContext) => readonly Mention[];

const CRYPTO_KINDS = new Set(['news', 'docs', 'forum', 'social', 'table', 'review-crypto']);

function groupOf(kind: string): string {
  return CRYPTO_KINDS.has(kind) ? 'crypto writing' : 'everyday writing';
}

/** A found mention counts only with the exact span and the right chain. */
export function evaluate(items: readonly CorpusItem[], sensitivity: Sensitivity = 'balanced', find: Find = findMentions): Evaluation {
  const counts = new Map<string, { n: number; tp: number; fp: number; fn: number }>();
  const files = new Map<string, { n: number; tp: number; fp: number; fn: number }>();
  const misses: Miss[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    const found = find(item.text, { sensitivity, cryptoPage: item.page === 'crypto' });
    const expected = new Set(item.mentions.map((m) => `${m.start}:${m.end}:${m.chain}`));
    const got = new Set(found.map((m) => `${m.start}:${m.end}:${m.chainId}`));
    const c = counts.get(item.kind) ?? { n: 0, tp: 0, fp: 0, fn: 0 };
    const before = { ...c };
    c.n++;
    for (const m of found) {
      if (expected.has(`${m.start}:${m.end}:${m.chainId}`)) {
        c.tp++;
        tp++;
      } else {
        c.fp++;
        fp++;
        const text = item.text.slice(m.start, m.end);
        misses.push({ id: item.id, kind: item.kind, type: 'false-positive', text, chain: m.chainId, context: snippet(item.text, m.start, m.end) });
      }
    }
    for (const m of item.mentions) {
      if (got.has(`${m.start}:${m.end}:${m.chain}`)) continue;
      c.fn++;
      fn++;
      misses.push({ id: item.id, kind: item.kind, type: 'false-negative', text: m.text, chain: m.chain, context: snippet(item.text, m.start, m.end) });
    }
    counts.set(item.kind, c);
    const f = files.get(item.file ?? '') ?? { n: 0, tp: 0, fp: 0, fn: 0 };
    f.n++;
    f.tp += c.tp - before.tp;
    f.fp += c.fp - before.fp;
    f.fn += c.fn - before.fn;
    files.set(item.file ?? '', f);
  }
  const byKind = new Map([...counts].map(([k, v]) => [k, score(v.n, v.tp, v.fp, v.fn)] as const));
  const groups = new Map<string, { n: number; tp: number; fp: number; fn: number }>();
  for (const [k, v] of counts) {
    const g = groups.get(groupOf(k)) ?? { n: 0, tp: 0, fp: 0, fn: 0 };
    g.n += v.n;
    g.tp += v.tp;
    g.fp += v.fp;
    g.fn += v.fn;
    groups.set(groupOf(k), g);
  }
  const byGroup = new Map([...groups].map(([k, v]) => [k, score(v.n, v.tp, v.fp, v.fn)] as const));
  const byFile = new Map([...files].map(([k, v]) => [k, score(v.n, v.tp, v.fp, v.fn)] as const));
  return { overall: score(items.length, tp, fp, fn), byGroup, byKind, byFile, misses, paragraphs: items.length };
}

/** Text with no chain in it has no precision or recall to speak of: only its false positives count ("—"). */
function row(label: string, s: Score): string {
  const none = s.tp + s.fn === 0;
  const f = (x: number): string => (none ? '  —  ' : x.toFixed(3));
  return `${label.padEnd(18)} ${String(s.paragraphs).padStart(5)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}   ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
}

function main(): void {
  const arg = process.argv.find((a) => a.startsWith('--sensitivity='));
  const sensitivity = (arg?.split('=')[1] ?? 'balanced') as Sensitivity;
  const items = loadCorpus();
  const ev = evaluate(items, sensitivity);
  const lines = [
    `Layerlens detection accuracy — ${ev.paragraphs} paragraphs, sensitivity ${sensitivity}`,
    '',
    `${'kind'.padEnd(18)} paras  prec.  recall F1        TP   FP   FN`,
    row('OVERALL', ev.overall),
    ...[...ev.byGroup].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => row(k, s)),
    '',
    ...[...ev.byKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => row(k, s)),
    '',
    `${'file'.padEnd(18)} paras  prec.  recall F1        TP   FP   FN`,
    ...[...ev.byFile].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => row(k, s)),
    '',
    ev.misses.length === 0 ? 'No misses.' : `Misses (${ev.misses.length}):`,
    ...ev.misses.map((m) => `  ${m.type === 'false-positive' ? 'FP' : 'FN'} ${m.id.padEnd(18)} ${m.chain.padEnd(16)} ${m.context}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
