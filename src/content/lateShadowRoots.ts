// Web components defined after the page was read attach their shadow roots to elements already read, and nothing a
// MutationObserver sees says so. A content script cannot ask customElements.whenDefined (its isolated world has no
// registry), so the custom elements read without a shadow root are looked at again a few times.

import { afterDelay, whenIdle } from './scheduler';

/** When they are looked at again, after the first read of the page: 1, 3 and 8 s. */
const CHECK_DELAYS_MS = [1000, 2000, 5000];
/** How many are remembered: a page of thousands of them is not worth holding on to. */
const MAX_WAITING = 500;

export class LateShadowRoots {
  private waiting = new Set<Element>();
  private checks = 0;

  /** A custom element the walker met with no shadow root (forgotten, like the rest, after the last look). */
  remember(element: Element): void {
    if (this.checks < CHECK_DELAYS_MS.length && this.waiting.size < MAX_WAITING) this.waiting.add(element);
  }

  /** Looks again at each remembered element, at the next delay when the page is idle; hands over roots found. */
  watch(onFound: (roots: ShadowRoot[]) => void, signal: AbortSignal): void {
    if (!this.waiting.size) return;
    if (this.checks >= CHECK_DELAYS_MS.length) {
      // Done looking: hold no page elements for the rest of the page's life.
      this.waiting.clear();
      return;
    }
    afterDelay(CHECK_DELAYS_MS[this.checks++]!, () => {
      whenIdle(() => {
        const roots: ShadowRoot[] = [];
        for (const host of this.waiting) {
          const root = host.isConnected ? host.shadowRoot : null;
          if (root) roots.push(root);
          if (root || !host.isConnected) this.waiting.delete(host);
        }
        if (roots.length) onFound(roots);
        this.watch(onFound, signal);
      }, signal);
    }, signal);
  }
}
