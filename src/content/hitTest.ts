// Which mention is under a point: the caret position at the point, then a check that the point is really
// inside the mention's boxes (a caret snaps to the nearest character even past the end of a line).
import type { MentionId, MentionIndex } from './mentions';

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * `shadowRoots`: the open shadow roots whose text may hold marks. Chromium answers with a caret inside a shadow tree
 * only when its root is listed (otherwise with the host's parent: no mark is ever found there); an engine that
 * takes no options ignores the argument.
 */
function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const pos = shadowRoots.length ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a mention (for boxes and positioning); null if its text has gone. */
export function liveRange(index: MentionIndex, mention: MentionId): Range | null {
  const node = index.nodeOf(mention);
  const last = index.lastPieceOf(mention);
  if (!node.isConnected || !last.node.isConnected) return null;
  if (last.end > last.node.data.length) return null;
  const range = document.createRange();
  range.setStart(node, index.startOf(mention));
  range.setEnd(last.node, last.end);
  return range;
}

export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slop && x <= rect.right + slop && y >= rect.top - slop && y <= rect.bottom + slop) return true;
  }
  return false;
}

/** The mention under a point, or 0. */
export function mentionAtPoint(index: MentionIndex, x: number, y: number, shadowRoots: ShadowRoot[] = []): MentionId {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return 0;
  // The caret may sit just after the last character under the pointer: look at both sides.
  const candidate = index.at(caret.node, caret.offset) || (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : 0);
  if (!candidate) return 0;
  const range = liveRange(index, candidate);
  return range && rangeContainsPoint(range, x, y) ? candidate : 0;
}
