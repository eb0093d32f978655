// Maps a mention's offsets in a block's joined text back to the text nodes it covers.
import type { MentionPiece } from './mentions';
import type { TextSegment } from './walker';

/** Index of the segment containing block offset `offset` (segments are sorted by start). */
export function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function piecesFor(segments: TextSegment[], start: number, end: number): MentionPiece[] {
  const pieces: MentionPiece[] = [];
  for (let i = segmentAt(segments, start); i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.start >= end) break;
    const length = segment.node.data.length;
    const from = Math.max(0, start - segment.start);
    const to = Math.min(length, end - segment.start);
    if (to > from) pieces.push({ node: segment.node, start: from, end: to });
  }
  return pieces;
}
