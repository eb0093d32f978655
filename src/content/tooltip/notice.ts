// A short message of ours on the page, for a key press that found nothing to do: the explain command pressed where
// no name is selected or in view, or on a site where Layerlens is off. Silence there looked like a broken key.
import { messagesLanguage } from '../../ui/i18n';
import type { UiHost } from '../host';

/** How long a notice stays (a status message: read at a glance, gone without a click). */
const NOTICE_MS = 3_500;

/** The notice showing in each host, so a second key press replaces it rather than stack another. */
const showing = new WeakMap<UiHost, { element: HTMLElement; timer: number }>();

/** Shows `text` at the top of the viewport for a few seconds, announced politely to screen readers. */
export function showNotice(host: UiHost, text: string): void {
  host.ensureAttached();
  const previous = showing.get(host);
  if (previous) {
    clearTimeout(previous.timer);
    previous.element.remove();
  }
  const element = document.createElement('div');
  element.className = 'notice';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.lang = messagesLanguage();
  // Text, never markup: the message may carry a site's name.
  element.textContent = text;
  host.root.append(element);
  const timer = window.setTimeout(() => {
    element.remove();
    if (showing.get(host)?.element === element) showing.delete(host);
  }, NOTICE_MS);
  showing.set(host, { element, timer });
}
