// DevTools traces over CDP, and the attribution of a renderer main thread's tasks to a script URL.
import type { CDPSession, Page } from 'playwright-core';
import type { TraceEvent } from '../../tests/e2e/harness';

export type { TraceEvent };

/**
 * What the trace records. `RunTask` slices (toplevel, disabled-by-default-devtools.timeline) are the tasks; the V8 CPU
 * profiler's samples (JS stacks with script URLs) say whose they are; FrameCommittedInBrowser names the page's renderer.
 * The devtools.timeline and v8.execute categories would add a FunctionCall event (and, with the disabled-by-default
 * category, an UpdateCounters snapshot) to every native-to-JS call — every TreeWalker filter callback — which made our
 * walker several times slower under the trace than without it (see BENCHMARKS.md). BENCH_TRACE=full records them too
 * (the stack URLs of those events then attribute as well), to compare.
 */
export const LIGHT_CATEGORIES = ['toplevel', '__metadata', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];
export const FULL_CATEGORIES = ['devtools.timeline', 'v8.execute', ...LIGHT_CATEGORIES];
export const TRACE_CATEGORIES = process.env.BENCH_TRACE === 'full' ? FULL_CATEGORIES : LIGHT_CATEGORIES;

export interface Tracer {
  client: CDPSession;
  stop(): Promise<TraceEvent[]>;
}

/** Starts a trace on the page's CDP session (it records every process; we pick the page's renderer later). */
export async function startTrace(page: Page): Promise<Tracer> {
  const client = await page.context().newCDPSession(page);
  await client.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'], recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    client,
    async stop() {
      const complete = new Promise<string>((resolve) => {
        client.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? ''));
      });
      await client.send('Tracing.end');
      const stream = await complete;
      const chunks: string[] = [];
      for (;;) {
        const r = (await client.send('IO.read', { handle: stream, size: 4 << 20 })) as { data: string; eof: boolean; base64Encoded?: boolean };
        chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
        if (r.eof) break;
      }
      await client.send('IO.close', { handle: stream });
      const parsed = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
      return Array.isArray(parsed) ? parsed : parsed.traceEvents;
    },
  };
}

/** The renderer process that committed `url` as a main frame (every process is in the trace). */
export function rendererOf(events: TraceEvent[], url: string): number | null {
  let pid: number | null = null;
  for (const e of events) {
    if (e.name !== 'FrameCommittedInBrowser' && e.name !== 'TracingStartedInBrowser') continue;
    const data = e.args?.data as { url?: string; processId?: number; frames?: { url?: string; processId?: number }[] } | undefined;
    const frames = data?.frames ?? (data ? [data] : []);
    for (const f of frames) if (f.url?.startsWith(url) && typeof f.processId === 'number') pid = f.processId;
  }
  if (pid !== null) return pid;
  // Without the disabled-by-default timeline category: the renderer that parsed the page.
  for (const e of events) {
    const begin = (e.args as { beginData?: { url?: string } } | undefined)?.beginData;
    if (e.name === 'ParseHTML' && begin?.url?.startsWith(url)) return e.pid;
  }
  return null;
}

function mainThreadOf(events: TraceEvent[], pid: number): number | null {
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && (e.args as { name?: string })?.name === 'CrRendererMain') return e.tid;
  }
  return null;
}

type Owner = 'ours' | 'other' | 'none';

interface Sample {
  ts: number;
  owner: Owner;
  /** Microseconds this sample stands for: the gap to the next sample (capped), once sorted. */
  weight: number;
}

/** The profiler also records extra samples at some JS entries (timestamps out of order, tiny gaps): weigh by time. */
const MAX_SAMPLE_GAP_US = 2_000;

/**
 * The JS samples of the V8 CPU profiler on the thread (category disabled-by-default-v8.cpu_profiler): each sample's
 * stack is ours when any frame on it comes from our script (native DOM calls made by our code count as ours), other
 * when it holds some other script, none for (program), (idle), (garbage collector).
 */
function samplesOf(events: TraceEvent[], pid: number, tid: number, isOurs: (url: string) => boolean): Sample[] {
  const profiles = new Map<string, { start: number; nodes: Map<number, { url: string; parent?: number }>; owner: Map<number, Owner>; t: number }>();
  const out: Sample[] = [];
  for (const e of events) {
    if (e.pid !== pid) continue;
    const id = (e as unknown as { id?: string }).id ?? '';
    const data = e.args?.data as
      | { startTime?: number; cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    if (e.name === 'Profile') {
      if (e.tid !== tid) continue;
      const start = data?.startTime ?? e.ts;
      profiles.set(id, { start, nodes: new Map(), owner: new Map(), t: start });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(id);
      if (!p || !data) continue;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { url: n.callFrame.url ?? '', parent: n.parent });
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      const ownerOf = (nodeId: number): Owner => {
        const known = p.owner.get(nodeId);
        if (known) return known;
        let owner: Owner = 'none';
        for (let n = p.nodes.get(nodeId); n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent)) {
          if (n.url && isOurs(n.url)) {
            owner = 'ours';
            break;
          }
          if (n.url) owner = 'other';
        }
        p.owner.set(nodeId, owner);
        return owner;
      };
      for (let i = 0; i < samples.length; i++) {
        p.t += deltas[i] ?? 0;
        out.push({ ts: p.t, owner: ownerOf(samples[i]!), weight: 0 });
      }
    }
  }
  out.sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < out.length; i++) out[i]!.weight = Math.min(MAX_SAMPLE_GAP_US, (out[i + 1]?.ts ?? out[i]!.ts) - out[i]!.ts);
  return out;
}

/** Trace events that enter V8 and name the script they run. */
const JS_ENTRIES = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.callFunction', 'v8.evaluateModule', 'TimerFire', 'FireIdleCallback']);

export interface TaskShare {
  /** Start (trace µs) and whole duration (ms) of the top-level task. */
  ts: number;
  durMs: number;
  /** The part attributed to the script: wall-clock ms, and the renderer thread's CPU ms (immune to other processes). */
  ms: number;
  cpuMs: number;
  shared: boolean;
}

export interface Attribution {
  /** Main-thread milliseconds attributed to the script: wall clock, and thread CPU time. */
  totalMs: number;
  cpuMs: number;
  /** Long tasks judged by CPU time instead of wall clock (a busy machine stretches wall clock, not CPU time). */
  longTasksCpu: number;
  /** Every task with any of its work. */
  tasks: TaskShare[];
  longTasks: number;
  longestMs: number;
  /** Tasks shared with other scripts or with the parser (attributed in part). */
  sharedTasks: number;
  /** Every task of the thread, whoever's (the page's parsing, layout and rendering too): CPU ms, and the longest by wall clock. */
  threadCpuMs: number;
  threadLongestMs: number;
  pid: number;
  tid: number;
}

/**
 * Attributes the page's renderer main-thread tasks to the scripts `isOurs` accepts. A top-level task counts as ours
 * when its trace events name our script (EvaluateScript / FunctionCall / TimerFire… url) or its CPU samples have our
 * script on the stack (a promise continuation after scheduler.yield() shows only as RunMicrotasks: the samples name
 * it). A task that runs our JS and no other script's counts whole: its compile, GC and scheduling work is caused by
 * us. A task shared with other scripts (the page's timer that appended nodes, then our MutationObserver callback in
 * its microtask checkpoint), or with the HTML parser when the trace shows it, counts in part: the larger of our JS
 * entries' own durations and our share of its sampled time. A task too short to be sampled and naming no script is
 * missed (sub-millisecond).
 */
export interface AttributeOptions {
  longTaskMs?: number;
  /**
   * For the baselines (floor, reference, mark.js), whose scripts poll from timers while the page parses: a task counts
   * whole only when the script's samples are at least half of its sampled time, so a poll timer that happens to share
   * its task with a GC or a style pass does not lend that work to the baseline (it made the floor swing by up to
   * 16 ms). A read task keeps its own GC. Our content script's tasks are counted by the rule above.
   */
  wholeOnlyIfMostly?: boolean;
}

export function attribute(events: TraceEvent[], pageUrl: string, isOurs: (url: string) => boolean, options: AttributeOptions = {}): Attribution {
  const { longTaskMs = 50, wholeOnlyIfMostly = false } = options;
  const pid = rendererOf(events, pageUrl);
  if (pid === null) throw new Error(`no renderer committed ${pageUrl} in the trace`);
  const tid = mainThreadOf(events, pid) ?? pid;
  const slices = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const samples = samplesOf(events, pid, tid, isOurs);
  const tasks: TaskShare[] = [];
  let threadCpuUs = 0;
  let threadLongestUs = 0;
  let s = 0;
  for (let i = 0; i < slices.length; ) {
    const task = slices[i]!;
    const end = task.ts + task.dur!;
    let oursEntries = 0;
    let oursEntryUs = 0;
    let otherEntries = 0;
    let parses = false;
    let entryEnd = -1;
    let j = i + 1;
    for (; j < slices.length && slices[j]!.ts < end; j++) {
      const e = slices[j]!;
      if (e.name === 'ParseHTML') parses = true;
      if (!JS_ENTRIES.has(e.name)) continue;
      const url = (e.args?.data as { url?: string } | undefined)?.url ?? '';
      if (!url) continue;
      if (isOurs(url)) {
        oursEntries++;
        // Outermost entries only, so nested callbacks are not counted twice.
        if (e.ts >= entryEnd) {
          oursEntryUs += e.dur!;
          entryEnd = e.ts + e.dur!;
        }
      } else otherEntries++;
    }
    while (s < samples.length && samples[s]!.ts < task.ts) s++;
    let oursSamples = 0;
    let otherSamples = 0;
    let allSamples = 0;
    let oursWeight = 0;
    let allWeight = 0;
    for (let k = s; k < samples.length && samples[k]!.ts <= end; k++) {
      const sample = samples[k]!;
      allSamples++;
      allWeight += sample.weight;
      if (sample.owner === 'ours') {
        oursSamples++;
        oursWeight += sample.weight;
      } else if (sample.owner === 'other') otherSamples++;
    }
    i = j;
    threadCpuUs += (task as { tdur?: number }).tdur ?? task.dur!;
    threadLongestUs = Math.max(threadLongestUs, task.dur!);
    if (!oursEntries && !oursSamples) continue;
    const sampled = allSamples >= 3 && allWeight > 0;
    const oursShare = sampled ? oursWeight / allWeight : 0;
    const shared = otherEntries > 0 || otherSamples > 0 || parses;
    let share = 1;
    const mostly = allWeight > 0 && oursWeight / allWeight >= 0.5;
    if (shared || (wholeOnlyIfMostly && !mostly)) share = Math.min(1, Math.max(oursEntryUs / task.dur!, oursShare));
    const cpu = (task as { tdur?: number }).tdur ?? task.dur!;
    tasks.push({ ts: task.ts, durMs: task.dur! / 1000, ms: (task.dur! * share) / 1000, cpuMs: (cpu * share) / 1000, shared });
  }
  const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
  return {
    totalMs: tasks.reduce((a, t) => a + t.ms, 0),
    cpuMs: tasks.reduce((a, t) => a + t.cpuMs, 0),
    longTasksCpu: tasks.filter((t) => t.cpuMs > longTaskMs).length,
    tasks,
    longTasks: tasks.filter((t) => t.ms > longTaskMs).length,
    longestMs: longest,
    sharedTasks: tasks.filter((t) => t.shared).length,
    threadCpuMs: threadCpuUs / 1000,
    threadLongestMs: threadLongestUs / 1000,
    pid,
    tid,
  };
}

export interface HotFunction {
  name: string;
  selfMs: number;
  totalMs: number;
}

/**
 * Where the samples inside the given windows went, by function (self and inclusive), for a readable (unminified)
 * build: the profiling helper uses it to name hot spots.
 */
export function hotFunctions(events: TraceEvent[], pid: number, tid: number, windows: { ts: number; durMs: number }[], top = 25): HotFunction[] {
  type Node = { name: string; parent?: number };
  const profiles = new Map<string, { nodes: Map<number, Node>; t: number }>();
  const samples: { ts: number; node: Node | undefined; nodes: Map<number, Node> }[] = [];
  for (const e of events) {
    if (e.pid !== pid) continue;
    const id = (e as unknown as { id?: string }).id ?? '';
    const data = e.args?.data as
      | { startTime?: number; cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { functionName?: string; url?: string; lineNumber?: number } }[]; samples?: number[] }; timeDeltas?: number[] }
      | undefined;
    if (e.name === 'Profile' && e.tid === tid) profiles.set(id, { nodes: new Map(), t: data?.startTime ?? e.ts });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(id);
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) {
      const cf = n.callFrame;
      const file = (cf.url ?? '').split('/').pop() ?? '';
      p.nodes.set(n.id, { name: `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${(cf.lineNumber ?? 0) + 1}` : ''}`, parent: n.parent });
    }
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      p.t += deltas[i] ?? 0;
      samples.push({ ts: p.t, node: p.nodes.get(ids[i]!), nodes: p.nodes });
    }
  }
  samples.sort((a, b) => a.ts - b.ts);
  const sorted = [...windows].sort((a, b) => a.ts - b.ts);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let w = 0;
  for (let i = 0; i < samples.length; i++) {
    const { ts, node, nodes } = samples[i]!;
    while (w < sorted.length && sorted[w]!.ts + sorted[w]!.durMs * 1000 < ts) w++;
    const win = sorted[w];
    if (!win || ts < win.ts || !node) continue;
    const weight = Math.min(MAX_SAMPLE_GAP_US, (samples[i + 1]?.ts ?? ts) - ts) / 1000;
    self.set(node.name, (self.get(node.name) ?? 0) + weight);
    const seen = new Set<string>();
    for (let n: Node | undefined = node; n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      if (seen.has(n.name)) continue;
      seen.add(n.name);
      total.set(n.name, (total.get(n.name) ?? 0) + weight);
    }
  }
  return [...total]
    .map(([name, t]) => ({ name, totalMs: t, selfMs: self.get(name) ?? 0 }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
}
