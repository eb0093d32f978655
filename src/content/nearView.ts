// Which marks to draw on a page with thousands of them: those near what the user sees.
// Chromium re-validates every range of every highlight on each highlight change (~12 µs a range, plus a walk of
// the page for paint): with 50,000 marks drawn, opening a tooltip froze the bench's 3 MB page for ~0.6 s. Past a
// few thousand marks, only zones of marks near the viewport are drawn, and far ones are undrawn as the user scrolls.
// Pure: the page's geometry comes in through `extentOf`, so the plan is testable in Node.

/**
 * Up to this many shown marks, all are drawn: each highlight change stays cheap (~6 ms of re-validation) and nothing
 * depends on scrolling. At 2,000, a feed that appended items cost the page a second of rendering in all.
 */
export const DRAW_ALL_UP_TO = 500;
/** Marks judged together, by the extent of their first, middle and last mention; larger zones past this many zones. */
export const ZONE_SIZE = 48;
const MAX_ZONES = 500;

export interface Extent {
  top: number;
  bottom: number;
}

export interface View {
  height: number;
}

export type Verdict = 'draw' | 'undraw' | 'keep';

/**
 * Decides each zone of `shown` (in the order they were shown, which is document order within one scan):
 * drawn when it reaches within one viewport of the visible area, undrawn when it is more than three away,
 * left as it is in between (so a small scroll back and forth does not redraw). A zone whose extent is unknown
 * (its nodes are gone or not laid out) is drawn: a missing mark is worse than a spare one.
 */
export function planZones<T>(
  shown: readonly T[],
  extentOf: (item: T) => Extent | null,
  view: View,
  zoneSize?: number,
): { zone: readonly T[]; verdict: Verdict }[] {
  return Array.from(zoneVerdicts(shown, extentOf, view, zoneSize), ({ from, to, verdict }) => ({ zone: shown.slice(from, to), verdict }));
}

/**
 * Zones judged together first. A group wholly far from the view is undrawn on three reads instead of three per zone:
 * on a page of 50,000 marks a plan read 1,500 positions, nearly all of them far off, after every scroll.
 */
export const GROUP_ZONES = 8;

/**
 * planZones one zone at a time, so a caller can give the page its thread back between zones. A zone is
 * `shown[from..to)`, told by its bounds rather than copied out (50,000 marks were 200 KB of copies per plan).
 */
export function* zoneVerdicts<T>(
  shown: readonly T[],
  extentOf: (item: T) => Extent | null,
  view: View,
  zoneSize = Math.max(ZONE_SIZE, Math.ceil(shown.length / MAX_ZONES)),
  groupZones = GROUP_ZONES,
): Generator<{ from: number; to: number; verdict: Verdict }> {
  // Each zone costs three geometry reads: on a page with 50,000 marks, 500 zones of 100 rather than 1,042 of 48.
  const h = view.height;
  const groupSize = zoneSize * groupZones;
  for (let g = 0; g < shown.length; g += groupSize) {
    const groupEnd = Math.min(shown.length, g + groupSize);
    // A group of one or two zones is judged zone by zone: the group's reads would not save any.
    const far = groupEnd - g > 2 * zoneSize && isFarGroup(shown, g, groupEnd, extentOf, h);
    for (let i = g; i < groupEnd; i += zoneSize) {
      const to = Math.min(groupEnd, i + zoneSize);
      yield { from: i, to, verdict: far ? 'undraw' : verdictOf(shown, i, to, extentOf, h) };
    }
  }
}

/**
 * Whether every item of `shown[from..to)` is beyond the undraw distance. Read: its first and middle item and the
 * first item after it (its own last, at the end of the list). In order down the page, they span the run in ordinary
 * flow, as a zone's first, middle and last span the zone; out of order (columns, reordered layout), or with a
 * position unknown, the group is not judged whole and each zone is read.
 */
function isFarGroup<T>(shown: readonly T[], from: number, to: number, extentOf: (item: T) => Extent | null, h: number): boolean {
  const first = extentOf(shown[from]!);
  if (!first) return false;
  const middle = extentOf(shown[from + ((to - from) >> 1)]!);
  if (!middle || middle.top < first.top) return false;
  const after = extentOf(shown[to < shown.length ? to : to - 1]!);
  if (!after || after.top < middle.top) return false;
  const bottom = Math.max(first.bottom, middle.bottom, after.bottom);
  return bottom < -3 * h || first.top > 4 * h;
}

function verdictOf<T>(shown: readonly T[], from: number, to: number, extentOf: (item: T) => Extent | null, h: number): Verdict {
  let top = Infinity;
  let bottom = -Infinity;
  // A zone is a run of the document: its first, middle and last mention bound it in ordinary flow; the middle one
  // catches most layouts that reorder (columns, flex order).
  const middle = from + ((to - from) >> 1);
  const last = to - 1;
  // Each read once: a zone of one or two has no separate middle.
  for (const k of middle === from ? [from] : middle === last ? [from, last] : [from, middle, last]) {
    const e = extentOf(shown[k]!);
    if (!e) return 'draw';
    top = Math.min(top, e.top);
    bottom = Math.max(bottom, e.bottom);
  }
  if (bottom >= -h && top <= 2 * h) return 'draw';
  if (bottom < -3 * h || top > 4 * h) return 'undraw';
  return 'keep';
}

/** The places of the far zones in a plan's list, as runs merged in order (zones come in order, so runs stay sorted). */
export class FarRuns {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  add(from: number, to: number): void {
    const last = this.ends.length - 1;
    if (last >= 0 && this.ends[last] === from) this.ends[last] = to;
    else {
      this.starts.push(from);
      this.ends.push(to);
    }
  }

  /** Whether place k lies in one of the runs. */
  has(k: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (k < this.starts[mid]!) hi = mid - 1;
      else if (k >= this.ends[mid]!) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
