// The popup's watch over its tab: ask the page what it found, start Layerlens there once if nothing answers (see
// tabs/startOnTab.ts), and ask again on a timer. Apart from Preact and the browser, so its races are tested in Node.
import type { PageState } from '../messages';
import type { StartResult } from '../tabs/startOnTab';

export type PageInfo =
  | { status: 'loading' }
  /** Layerlens was just started in a tab that was open before it was installed or updated. */
  | { status: 'starting' }
  /**
   * No tab, or no content script in it: `closed` when no extension may run there (browser pages, stores),
   * `not-allowed` when the user has not allowed Layerlens on the site; `unknown` when the tab is hidden from us, or
   * starting Layerlens there did not work.
   */
  | { status: 'unavailable'; reason: UnavailableReason }
  | { status: 'ready'; tabId: number; state: PageState };

export type UnavailableReason = 'closed' | 'not-allowed' | 'unknown';

export interface PollerDeps {
  read(tabId: number | null): Promise<PageInfo>;
  start(tabId: number): Promise<StartResult>;
  show(info: PageInfo): void;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
}

export const REFRESH_MS = 2000;
/** While a content script we just started loads: ask again soon. */
export const STARTING_REFRESH_MS = 250;
/** How long a started content script gets to answer before the popup gives up on it. */
export const STARTING_TIMEOUT_MS = 10_000;
/**
 * A site the user has not allowed may still be starting: with Chrome's site access set to "on click", the click that
 * opened the popup lets the browser run our content script there itself. Wait this long for it before saying no.
 */
export const NOT_ALLOWED_GRACE_MS = 3_000;

export class PagePoller {
  private stopped = false;
  private timer: unknown = undefined;
  /** undefined until begun. */
  private tabId: number | null | undefined = undefined;
  /** What starting Layerlens in the tab gave: null before any try (or after a grant), 'pending' while one runs. */
  private start: StartResult | 'pending' | null = null;
  /** When the started script began to load: the start itself may wait long for a slow page to settle. */
  private startedAt = 0;

  constructor(private readonly deps: PollerDeps) {}

  begin(tabId: number | null): Promise<void> {
    this.tabId = tabId;
    return this.tick();
  }

  /** Host access was just granted (Firefox): a tab Layerlens could not start in may take it now. */
  granted(): void {
    if (this.stopped || this.tabId === undefined || this.tabId === null) return;
    if (this.start === 'started' || this.start === 'pending') return;
    this.start = null;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    this.deps.clearTimer(this.timer);
  }

  private async tick(): Promise<void> {
    const tabId = this.tabId ?? null;
    let next = await this.deps.read(tabId);
    if (this.stopped) return;
    if (next.status === 'unavailable' && tabId !== null) {
      if (this.start === 'pending') return; // Another tick is starting it, and goes on from there.
      if (this.start === null) {
        this.start = 'pending';
        const result: StartResult = await this.deps.start(tabId).catch(() => 'unknown' as const);
        this.start = result;
        this.startedAt = this.deps.now();
        if (this.stopped) return;
      }
      const since = this.deps.now() - this.startedAt;
      if (this.start === 'started' && since < STARTING_TIMEOUT_MS) next = { status: 'starting' };
      else if (this.start === 'not-allowed' && since < NOT_ALLOWED_GRACE_MS) next = { status: 'loading' };
      else next = { status: 'unavailable', reason: this.start === 'started' ? 'unknown' : this.start };
    }
    this.deps.show(next);
    this.schedule(next.status === 'starting' || next.status === 'loading' ? STARTING_REFRESH_MS : REFRESH_MS);
  }

  /** One timer at a time, even when a tick a grant started overlapped another. */
  private schedule(ms: number): void {
    this.deps.clearTimer(this.timer);
    this.timer = this.deps.setTimer(() => void this.tick(), ms);
  }
}
