// Maps a mention's offsets in a block's joined text back to the text nodes it covers.
import type { MentionPiece } from './mentions';

/**
 * A block's text nodes and where each starts in its text (the first `count` of each array): BlockReader's fields, or
 * a TextBlock's segments taken apart.
 */
export interface BlockNodes {
  readonly nodes: readonly Text[];
  readonly starts: ArrayLike<number>;
  readonly count: number;
}

/**
 * Index of the node containing block offset `offset` (starts are sorted). `base` and `count`: where the block's nodes
 * are in arrays that hold several blocks' (a batch's).
 */
export function segmentAt(block: BlockNodes, offset: number, base = 0, count = block.count): number {
  const { starts } = block;
  let lo = base;
  let hi = base + count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function piecesFor(block: BlockNodes, start: number, end: number, base = 0, count = block.count): MentionPiece[] {
  const pieces: MentionPiece[] = [];
  for (let i = segmentAt(block, start, base, count); i < base + count; i++) {
    const node = block.nodes[i]!;
    const nodeStart = block.starts[i]!;
    if (nodeStart >= end) break;
    const from = Math.max(0, start - nodeStart);
    const to = Math.min(node.data.length, end - nodeStart);
    if (to > from) pieces.push({ node, start: from, end: to });
  }
  return pieces;
}
