// The content script's timers and watchers must leave nothing behind on the session's signal or in memory: a page
// that changes for hours, or holds hundreds of components, must not grow what we keep.
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LateShadowRoots } from '../../../src/content/lateShadowRoots';
import { afterDelay, whenIdle } from '../../../src/content/scheduler';

/** An AbortSignal that counts the abort listeners still attached. */
function countingSignal() {
  const controller = new AbortController();
  const { signal } = controller;
  let attached = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
    attached++;
    add(type, listener, options);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
    attached--;
    remove(type, listener, options);
  }) as typeof signal.removeEventListener;
  return { controller, signal, attached: () => attached };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('afterDelay and whenIdle', () => {
  it('run once and take their abort listener with them', () => {
    const { signal, attached } = countingSignal();
    let runs = 0;
    for (let i = 0; i < 100; i++) {
      afterDelay(10, () => runs++, signal);
      whenIdle(() => runs++, signal);
    }
    vi.advanceTimersByTime(100);
    expect(runs).toBe(200);
    expect(attached()).toBe(0);
  });

  it('do not run after an abort', () => {
    const { controller, signal } = countingSignal();
    let runs = 0;
    afterDelay(10, () => runs++, signal);
    whenIdle(() => runs++, signal);
    controller.abort();
    vi.advanceTimersByTime(100);
    expect(runs).toBe(0);
  });
});

describe('LateShadowRoots', () => {
  it('hands over a shadow root attached later, then forgets every element after its last look', () => {
    const { document } = new JSDOM('<!doctype html><body><x-late></x-late><x-never></x-never></body>').window;
    const late = new LateShadowRoots();
    const [lateHost, neverHost] = [document.querySelector('x-late')!, document.querySelector('x-never')!];
    late.remember(lateHost);
    late.remember(neverHost);
    const found: ShadowRoot[] = [];
    const { signal, attached } = countingSignal();
    late.watch((roots) => found.push(...roots), signal);
    const root = lateHost.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(1000 + 100);
    expect(found).toEqual([root]);
    vi.advanceTimersByTime(2000 + 100 + 5000 + 100);
    // Done looking: nothing held, nothing taken in any more, no listener left.
    const held = () => (late as unknown as { waiting: Set<Element> }).waiting.size;
    expect(held()).toBe(0);
    late.remember(neverHost);
    expect(held()).toBe(0);
    expect(attached()).toBe(0);
  });
});
