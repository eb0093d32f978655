// The popup's own history entries, numbered, so a "Back" link steps back only within the popup, never out of it
// (the popup opened in a tab has no earlier entry of ours, and history.back() would do nothing or leave the page).
// The toolbar popup has no Back button: its back links are the way back, so each entry also keeps the view it was
// reached from (to name it: "← Learn") and, while the popup is open, how the reader left it (to show it as it was).
import { parseHash, type Route } from './route';

/** How the reader left an entry: kept in memory while the popup is open, to show it as it was on coming back. */
export interface EntryMemory {
  /** How far the view was scrolled. */
  scrollTop?: number;
  /** Learn's open sections, in their order. */
  openSections?: readonly string[];
}

/** What the popup adds to each entry's history.state. */
interface EntryState {
  layerlensDepth?: unknown;
  /** The hash of the entry before, when that one is the popup's. */
  layerlensFrom?: unknown;
}

let depth: number | null = null;
/** The hash of the entry noted last: the entry a new one is reached from. */
let noted = '';
/** By depth; a new entry at a depth forgets what an earlier one there left. */
const memories = new Map<number, EntryMemory>();

function entryState(): EntryState | null {
  return history.state as EntryState | null;
}

/**
 * Numbers the current entry: as it was numbered when we come back to it, else one past the last seen (a link or
 * pushState just made it; 0 for the entry the popup opened on). Call at start and after every navigation, with
 * `left`, how the reader left the entry noted before (read before the new view renders).
 * True when this is another entry, or this entry at another URL; false when nothing moved (popstate and hashchange
 * both report one step).
 */
export function noteHistoryEntry(left: EntryMemory = {}): boolean {
  const previous = depth;
  const previousHash = noted;
  const known = entryState()?.layerlensDepth;
  if (typeof known === 'number') {
    depth = known;
  } else {
    depth = depth === null ? 0 : depth + 1;
    memories.delete(depth);
    const from = previous === null ? {} : { layerlensFrom: previousHash };
    history.replaceState({ ...(history.state ?? {}), layerlensDepth: depth, ...from }, '');
  }
  noted = location.hash;
  if (depth !== previous && previous !== null) memories.set(previous, { ...memories.get(previous), ...left });
  return depth !== previous || noted !== previousHash;
}

/** True when the entry before this one is one of the popup's own. */
export function canGoBackInPopup(): boolean {
  return (depth ?? 0) > 0;
}

/** The view the reader came to this one from, when that is one of the popup's entries (history.back() returns there). */
export function previousRoute(): Route | null {
  const from = entryState()?.layerlensFrom;
  return canGoBackInPopup() && typeof from === 'string' ? parseHash(from) : null;
}

/** Keeps how the reader leaves the current entry (for views that know more than the scroll: Learn's open sections). */
export function rememberEntry(memory: EntryMemory): void {
  if (depth !== null) memories.set(depth, { ...memories.get(depth), ...memory });
}

/** How the reader left the current entry, when the popup showed it before; undefined for a new entry. */
export function recallEntry(): EntryMemory | undefined {
  return depth === null ? undefined : memories.get(depth);
}
