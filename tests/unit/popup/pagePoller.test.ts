import { describe, expect, it } from 'vitest';
import {
  NOT_ALLOWED_GRACE_MS,
  PagePoller,
  REFRESH_MS,
  STARTING_REFRESH_MS,
  STARTING_TIMEOUT_MS,
  type PageInfo,
  type PollerDeps,
} from '../../../src/popup/pagePoller';
import type { StartResult } from '../../../src/tabs/startOnTab';

const READY: PageInfo = { status: 'ready', tabId: 7, state: { active: true, host: 'a.example', chains: [] } as never };
const NONE: PageInfo = { status: 'unavailable', reason: 'unknown' };

/** A hand-driven clock, timers and a start whose promise the test settles. */
function harness(read: () => PageInfo) {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextTimer = 1;
  const shown: PageInfo[] = [];
  const starts: { tabId: number; settle: (r: StartResult) => void }[] = [];
  const deps: PollerDeps = {
    read: async () => read(),
    start: (tabId) => new Promise<StartResult>((settle) => starts.push({ tabId, settle })),
    show: (info) => shown.push(info),
    now: () => now,
    setTimer: (run, ms) => {
      const id = nextTimer++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  };
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Moves the clock on and runs the timers that are due, one at a time. */
  const advance = async (ms: number) => {
    now += ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= now).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      due[1].run();
      await flush();
    }
    await flush();
  };
  return { deps, shown, starts, timers, flush, advance, setNow: (t: number) => (now = t) };
}

/** A poller begun on tab 7, its first read done and its start asked for (when nothing answered). */
async function begun(read: () => PageInfo) {
  const h = harness(read);
  const poller = new PagePoller(h.deps);
  const first = poller.begin(7);
  await h.flush();
  return { h, poller, first };
}

describe('PagePoller', () => {
  it('shows what the page found and asks again every two seconds', async () => {
    const h = harness(() => READY);
    const poller = new PagePoller(h.deps);
    await poller.begin(7);
    expect(h.shown).toEqual([READY]);
    expect([...h.timers.values()].map((t) => t.at)).toEqual([REFRESH_MS]);
    expect(h.starts).toEqual([]);
  });

  it('starts Layerlens once in a tab where nothing answers, shows "starting", then what it found', async () => {
    let answer: PageInfo = NONE;
    const { h, first } = await begun(() => answer);
    expect(h.starts.map((s) => s.tabId)).toEqual([7]);
    h.starts[0]!.settle('started');
    await first;
    expect(h.shown.at(-1)).toEqual({ status: 'starting' });
    expect([...h.timers.values()][0]!.at).toBe(STARTING_REFRESH_MS);
    await h.advance(STARTING_REFRESH_MS);
    expect(h.starts).toHaveLength(1);
    answer = READY;
    await h.advance(STARTING_REFRESH_MS);
    expect(h.shown.at(-1)).toEqual(READY);
  });

  it('counts the ten seconds from when the script was started, not from when starting began', async () => {
    const { h, first } = await begun(() => NONE);
    // executeScript waits for a slow page to settle: 12 s here.
    h.setNow(12_000);
    h.starts[0]!.settle('started');
    await first;
    expect(h.shown.at(-1)).toEqual({ status: 'starting' });
    await h.advance(STARTING_TIMEOUT_MS);
    expect(h.shown.at(-1)).toEqual(NONE);
  });

  it('says a page is closed to extensions when the start says so, and does not try again', async () => {
    const { h, first } = await begun(() => NONE);
    h.starts[0]!.settle('closed');
    await first;
    expect(h.shown.at(-1)).toEqual({ status: 'unavailable', reason: 'closed' });
    await h.advance(REFRESH_MS * 3);
    expect(h.starts).toHaveLength(1);
    expect(h.shown.at(-1)).toEqual({ status: 'unavailable', reason: 'closed' });
  });

  it('on a site the user has not allowed, waits a moment (Chrome may start it on the click), then says so', async () => {
    const { h, first } = await begun(() => NONE);
    h.starts[0]!.settle('not-allowed');
    await first;
    expect(h.shown.at(-1)).toEqual({ status: 'loading' });
    await h.advance(NOT_ALLOWED_GRACE_MS);
    expect(h.shown.at(-1)).toEqual({ status: 'unavailable', reason: 'not-allowed' });
    expect(h.starts).toHaveLength(1);
  });

  it('shows the page as soon as the browser started Layerlens there itself', async () => {
    let answer: PageInfo = NONE;
    const { h, first } = await begun(() => answer);
    h.starts[0]!.settle('not-allowed');
    await first;
    answer = READY;
    await h.advance(STARTING_REFRESH_MS);
    expect(h.shown.at(-1)).toEqual(READY);
    expect(h.shown.some((i) => i.status === 'unavailable')).toBe(false);
  });

  it('a grant while a start is under way does not start a second one', async () => {
    const { h, poller, first } = await begun(() => NONE);
    poller.granted();
    await h.advance(0);
    expect(h.starts).toHaveLength(1);
    h.starts[0]!.settle('started');
    await first;
    expect(h.timers.size).toBe(1);
  });

  it('a grant after a start that could not see the tab tries again, with one timer left running', async () => {
    const { h, poller, first } = await begun(() => NONE);
    h.starts[0]!.settle('unknown');
    await first;
    poller.granted();
    await h.advance(0);
    expect(h.starts).toHaveLength(2);
    h.starts[1]!.settle('started');
    await h.flush();
    await h.flush();
    expect(h.shown.at(-1)).toEqual({ status: 'starting' });
    expect(h.timers.size).toBe(1);
  });

  it('stops for good: no timer, no start, nothing shown after the popup closes', async () => {
    const { h, poller, first } = await begun(() => NONE);
    poller.stop();
    h.starts[0]!.settle('started');
    await first;
    expect(h.shown).toEqual([]);
    expect(h.timers.size).toBe(0);
    poller.granted();
    await h.advance(REFRESH_MS);
    expect(h.starts).toHaveLength(1);
  });

  it('never starts anything without a tab', async () => {
    const h = harness(() => NONE);
    const poller = new PagePoller(h.deps);
    await poller.begin(null);
    poller.granted();
    await h.advance(REFRESH_MS);
    expect(h.starts).toEqual([]);
    expect(h.shown.at(-1)).toEqual(NONE);
  });
});
