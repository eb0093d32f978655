// "Only pages about crypto", on a page that did not look like one yet: a single-page app renders its title and
// headings after load, and changes them on a route change. The page is watched, and looked at again (title,
// description, first headings, the start of its text) at most every two seconds, when it is idle.

import { afterDelay, whenIdle } from './scheduler';

const RECHECK_MS = 2000;

/** Calls `onCrypto` once, when `aboutCrypto()` first says yes after a change to the page; until `signal` aborts. */
export function whenPageTurnsCrypto(
  aboutCrypto: () => boolean | Promise<boolean>,
  onCrypto: () => void,
  signal: AbortSignal,
): void {
  let pending = false;
  const check = async () => {
    if (signal.aborted || !(await aboutCrypto()) || signal.aborted) {
      pending = false;
      return;
    }
    observer.disconnect();
    onCrypto();
  };
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    afterDelay(RECHECK_MS, () => whenIdle(() => void check().catch(() => (pending = false)), signal), signal);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
