// Runs long work in slices that give the page its main thread back: no task of ours over a few milliseconds.

/** Time we allow ourselves per slice; well under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 8;

type YieldingScheduler = { yield?: () => Promise<void> };

/** Gives the main thread back to the page (input, rendering, its own scripts) before we go on. */
export function yieldToPage(): Promise<void> {
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

/** Runs `callback` when the page is idle (or after `timeout` ms at the latest). */
export function whenIdle(callback: () => void, signal: AbortSignal, timeout = 1000): void {
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (ric) {
    const handle = ric(() => !signal.aborted && callback(), { timeout });
    signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
  } else {
    const handle = setTimeout(() => !signal.aborted && callback(), 50);
    signal.addEventListener('abort', () => clearTimeout(handle), { once: true });
  }
}
