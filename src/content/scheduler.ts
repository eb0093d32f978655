// Runs long work in slices that give the page its main thread back: no task of ours over a few milliseconds.

/** Time we allow ourselves per slice; well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

type YieldingScheduler = { yield?: () => Promise<void> };

let turnsGiven = 0;

/**
 * How many times our work has given the page its turn. Sliced work reads it before and after a step: when it has not
 * moved, the page has not run in between, and nothing it might have changed needs checking.
 */
export function pageTurns(): number {
  return turnsGiven;
}

/** Gives the main thread back to the page (input, rendering, its own scripts) before we go on. */
export function yieldToPage(): Promise<void> {
  turnsGiven++;
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Drives `steps` (each step a small unit of work) until done, yielding whenever the slice budget is spent.
 * Stops quietly when `signal` aborts.
 */
export async function runSliced(steps: Iterator<unknown>, signal: AbortSignal, budgetMs = SLICE_BUDGET_MS): Promise<void> {
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return;
    if (steps.next().done) return;
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/**
 * Runs `callback` when the page is idle (or after `timeout` ms at the latest). Its abort listener goes when it runs:
 * a watcher that asks again and again must not pile listeners onto the session's signal.
 */
export function whenIdle(callback: () => void, signal: AbortSignal, timeout = 1000): void {
  if (signal.aborted) return;
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  const run = () => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) callback();
  };
  const handle: number = ric ? ric(run, { timeout }) : (setTimeout(run, 50) as unknown as number);
  const cancel = () => (ric ? cancelIdleCallback(handle) : clearTimeout(handle));
  signal.addEventListener('abort', cancel, { once: true });
}

/** Runs `callback` after `ms`, unless `signal` aborts first; like whenIdle, it leaves no listener behind. */
export function afterDelay(ms: number, callback: () => void, signal: AbortSignal): () => void {
  if (signal.aborted) return () => undefined;
  const cancel = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  };
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', cancel);
    if (!signal.aborted) callback();
  }, ms);
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}
