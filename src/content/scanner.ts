// Reads text under a root, block by block, in slices, and records every mention the detector finds.
import type { DetectContext, Mention } from '../detect/types';
import type { MentionIndex, PageMention } from './mentions';
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
  /** Told of each mention as it is recorded, so marks appear slice by slice. */
  onMention?: (mention: PageMention) => void;
  signal: AbortSignal;
}

/** Scans every block under `root` into `index`; resolves when done (or aborted). */
export async function scanRoot(root: Node, options: ScanOptions): Promise<{ added: number; chars: number }> {
  let added = 0;
  let chars = 0;
  const steps = (function* () {
    for (const block of iterateTextBlocks(root, options.walk)) {
      chars += block.text.length;
      for (const [offset, text, from, to] of windows(block.text)) {
        added += record(block, offset, text, from, to, options);
        yield;
      }
    }
  })();
  await runSliced(steps, options.signal);
  return { added, chars };
}

function record(block: TextBlock, offset: number, text: string, from: number, to: number, options: ScanOptions): number {
  const mentions = options.detector.findMentions(text, options.context());
  let added = 0;
  for (const mention of mentions) {
    // A name starting in an overlap belongs to the window that owns that part, and sees it whole.
    if (mention.start < from || mention.start >= to) continue;
    const pieces = piecesFor(block.nodes, offset + mention.start, offset + mention.end);
    if (!pieces.length) continue;
    const recorded = options.index.add(mention.chainId, pieces, mention.certain);
    options.onMention?.(recorded);
    added++;
  }
  return added;
}

/**
 * Splits long text into windows, cut at whitespace where possible. Each window owns the mentions that start in
 * its part [from, to) (offsets within the window) and also shows the detector OVERLAP characters on either side
 * of that part, so a name starting in it is seen whole, and a cut inside a word is never taken for a word
 * boundary. (Before: the next window began exactly at the previous one's owned end, so with no space to cut at,
 * "xxxSolana." cut before the S gave a false "Solana" at the start of the next window; found by
 * tests/unit/fuzz/windows.fuzz.test.ts.)
 * Yields [offset, text, from, to]; the owned parts tile the whole text.
 */
export function* windows(text: string): Generator<[number, string, number, number]> {
  if (text.length <= WINDOW) {
    yield [0, text, 0, text.length];
    return;
  }
  const span = WINDOW - 2 * OVERLAP;
  let own = 0;
  while (own < text.length) {
    let ownEnd = Math.min(text.length, own + span);
    if (ownEnd < text.length) {
      const space = text.lastIndexOf(' ', ownEnd);
      if (space > own + span / 2) ownEnd = space;
    }
    const start = Math.max(0, own - OVERLAP);
    const end = Math.min(text.length, ownEnd + OVERLAP);
    yield [start, text.slice(start, end), own - start, ownEnd - start];
    own = ownEnd;
  }
}
