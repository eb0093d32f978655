// DevTools traces over CDP, and the attribution of a renderer main thread's tasks to a script URL.
import type { CDPSession, Page } from 'playwright-core';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'toplevel',
  '__metadata',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
}

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
  return pid;
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
}

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
        out.push({ ts: p.t, owner: ownerOf(samples[i]!) });
      }
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/** Trace events that enter V8 and name the script they run. */
const JS_ENTRIES = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.callFunction', 'v8.evaluateModule', 'TimerFire', 'FireIdleCallback']);

export interface Attribution {
  /** Main-thread milliseconds attributed to the script. */
  totalMs: number;
  /** Tasks with any of its work, and their attributed durations (ms). */
  tasks: number[];
  longTasks: number;
  longestMs: number;
  /** Whole tasks (ours alone) vs. tasks shared with other scripts (attributed by sample share). */
  sharedTasks: number;
  /** All main-thread task time in the window (ms), for context. */
  threadBusyMs: number;
  pid: number;
}

/**
 * Attributes the page's renderer main-thread tasks to the scripts `isOurs` accepts. A top-level task counts as ours
 * when its trace events name our script (EvaluateScript / FunctionCall / v8.compile url) or its CPU samples have our
 * script on the stack. A task that runs only our JS counts whole (its GC, style and layout work is caused by us);
 * a task shared with other scripts (the page's timer that appended nodes, then our MutationObserver callback in its
 * microtask checkpoint) counts in proportion to our share of its JS samples, or by our entries' own durations when it
 * has too few samples.
 */
export function attribute(events: TraceEvent[], pageUrl: string, isOurs: (url: string) => boolean, longTaskMs = 50): Attribution {
  const pid = rendererOf(events, pageUrl);
  if (pid === null) throw new Error(`no renderer committed ${pageUrl} in the trace`);
  const tid = mainThreadOf(events, pid) ?? pid;
  const slices = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const samples = samplesOf(events, pid, tid, isOurs);
  const tasks: number[] = [];
  let sharedTasks = 0;
  let threadBusy = 0;
  let s = 0;
  for (let i = 0; i < slices.length; ) {
    const task = slices[i]!;
    const end = task.ts + task.dur!;
    threadBusy += task.dur!;
    let oursEntries = 0;
    let oursEntryUs = 0;
    let otherEntries = 0;
    let entryEnd = -1;
    let j = i + 1;
    for (; j < slices.length && slices[j]!.ts < end; j++) {
      const e = slices[j]!;
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
    for (let k = s; k < samples.length && samples[k]!.ts <= end; k++) {
      if (samples[k]!.owner === 'ours') oursSamples++;
      else if (samples[k]!.owner === 'other') otherSamples++;
    }
    i = j;
    if (!oursEntries && !oursSamples) continue;
    let us = task.dur!;
    if (otherEntries || otherSamples) {
      sharedTasks++;
      us = oursSamples + otherSamples >= 3 ? (task.dur! * oursSamples) / (oursSamples + otherSamples) : oursEntryUs;
    }
    tasks.push(us / 1000);
  }
  const longest = tasks.reduce((m, t) => Math.max(m, t), 0);
  return {
    totalMs: tasks.reduce((a, b) => a + b, 0),
    tasks,
    longTasks: tasks.filter((t) => t > longTaskMs).length,
    longestMs: longest,
    sharedTasks,
    threadBusyMs: threadBusy / 1000,
    pid,
  };
}
