// The options header sticks to the top of the page, so whatever the page scrolls into view (a control reached with
// Shift+Tab, a linked section) must land below it. Its height changes with the window width (it wraps) and the text
// size, so it is measured here and handed to the CSS (scroll-padding-top in options.css) as --top-height.

/** Keeps --top-height on the root element equal to the header's height, until `signal` aborts. */
export function reserveRoomForHeader(header: HTMLElement, signal: AbortSignal): void {
  const root = document.documentElement;
  const update = () => root.style.setProperty('--top-height', `${header.offsetHeight}px`);
  const observer = new ResizeObserver(update);
  observer.observe(header);
  update();
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
