// The popup's own history entries, numbered, so a "Back" link steps back only within the popup, never out of it
// (the popup opened in a tab has no earlier entry of ours, and history.back() would do nothing or leave the page).

let depth: number | null = null;

function depthOf(state: unknown): number | null {
  const value = (state as { layerlensDepth?: unknown } | null)?.layerlensDepth;
  return typeof value === 'number' ? value : null;
}

/**
 * Numbers the current entry: as it was numbered when we come back to it, else one past the last seen (a link or
 * pushState just made it; 0 for the entry the popup opened on). Call at start and after every navigation.
 */
export function noteHistoryEntry(): void {
  const known = depthOf(history.state);
  if (known !== null) {
    depth = known;
    return;
  }
  depth = depth === null ? 0 : depth + 1;
  const state = (history.state ?? {}) as Record<string, unknown>;
  history.replaceState({ ...state, layerlensDepth: depth }, '');
}

/** True when the entry before this one is one of the popup's own. */
export function canGoBackInPopup(): boolean {
  return (depth ?? 0) > 0;
}
