// Reads text under a root, block by block, in slices, and records every mention the detector finds.
import type { DetectContext, Mention } from '../detect/types';
import type { MentionIndex } from './mentions';
import { piecesFor } from './pieces';
import { runSliced } from './scheduler';
import { iterateTextBlocks, type TextBlock, type WalkOptions } from './walker';

export interface Detector {
  findMentions(text: string, context: DetectContext): Mention[];
}

/** Longest text handed to the detector at once, so one call stays far below a long task even on a 1 MB text node. */
const WINDOW = 8_000;
/** Overlap between windows, so a name cut by a window edge is still seen whole. */
const OVERLAP = 64;

export interface ScanOptions {
  detector: Detector;
  context: () => DetectContext;
  walk: WalkOptions;
  index: MentionIndex;
  signal: AbortSignal;
}

/** Scans every block under `root` into `index`; resolves when done (or aborted). */
export async function scanRoot(root: Node, options: ScanOptions): Promise<{ added: number; chars: number }> {
  let added = 0;
  let chars = 0;
  const steps = (function* () {
    for (const block of iterateTextBlocks(root, options.walk)) {
      chars += block.text.length;
      for (const [offset, text, owned] of windows(block.text)) {
        added += record(block, offset, text, owned, options);
        yield;
      }
    }
  })();
  await runSliced(steps, options.signal);
  return { added, chars };
}

function record(block: TextBlock, offset: number, text: string, owned: number, options: ScanOptions): number {
  const mentions = options.detector.findMentions(text, options.context());
  let added = 0;
  for (const mention of mentions) {
    // A name starting in the overlap belongs to the next window, which sees it whole.
    if (mention.start >= owned) continue;
    const pieces = piecesFor(block.nodes, offset + mention.start, offset + mention.end);
    if (!pieces.length) continue;
    options.index.add(mention.chainId, pieces, mention.certain);
    added++;
  }
  return added;
}

/**
 * Splits long text into windows that overlap a little, cut at whitespace where possible.
 * Yields [offset, text, owned]: the window owns mentions starting before `owned` (its length less the overlap).
 */
export function* windows(text: string): Generator<[number, string, number]> {
  if (text.length <= WINDOW) {
    yield [0, text, text.length];
    return;
  }
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + WINDOW / 2) end = space;
    }
    const last = end >= text.length;
    yield [start, text.slice(start, end), last ? end - start : end - start - OVERLAP];
    if (last) return;
    start = end - OVERLAP;
  }
}
