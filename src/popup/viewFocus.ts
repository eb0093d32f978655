// Where focus goes when the popup shows another view. Without this it falls to <body> with the link or box that
// was used, and a screen reader announces nothing. A view marks its starting point (its heading, with tabIndex -1,
// or the directory's search box) with a data-view-focus attribute.

/** Focuses the new view's marked element, else the selected tab; focus the user put outside the view stays. */
export function focusNewView(main: HTMLElement): void {
  const current = document.activeElement;
  // A tab or a quick control: the user moved focus there (selecting a tab changes the view too).
  if (current && current !== document.body && current.isConnected && !main.contains(current)) return;
  const target =
    main.querySelector<HTMLElement>('[data-view-focus]') ?? document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
  target?.focus({ preventScroll: true });
}
