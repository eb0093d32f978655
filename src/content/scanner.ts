// Reads text under a root, block by block, in slices, and records every mention the detector finds.
import type { DetectContext, MentionSink } from '../detect/types';
import type { MentionIndex, PageMention } from './mentions';
import { piecesFor, segmentAt } from './pieces';
import { runSliced } from './scheduler';
import { BlockReader, type WalkOptions } from './walker';

export interface Detector {
  eachMention(text: string, context: DetectContext, sink: MentionSink): void;
}

/** Longest text handed to the detector at once, so one call stays far below a long task even on a 1 MB text node. */
const WINDOW = 8_000;
/** Overlap between windows, so a name cut by a window edge is still seen whole. */
const OVERLAP = 64;
/** Work between two looks at the clock, in characters read; each block counts STEP_COST more for its DOM work. */
const STEP_CHARS = 4_000;
const STEP_COST = 100;

export interface ScanOptions {
  detector: Detector;
  context: () => DetectContext;
  walk: WalkOptions;
  index: MentionIndex;
  /** Told of each mention as it is recorded, so marks appear slice by slice. */
  onMention?: (mention: PageMention) => void;
  /** Told of each mention that counts only on a crypto page (context.deferCryptoPage): created, not recorded. */
  onDeferred?: (mention: PageMention) => void;
  signal: AbortSignal;
}

/**
 * Scans every block under `root` into `index`; resolves when done (or aborted). `complete` is false when the page
 * removed the part being read while the scan gave it its turn: what followed that part was not read.
 */
export async function scanRoot(root: Node, options: ScanOptions): Promise<{ added: number; chars: number; complete: boolean }> {
  const recorder = new Recorder(options);
  const block = new BlockReader(root, options.walk);
  let chars = 0;
  const steps = (function* () {
    // A page of 60,000 one-line cells would otherwise ask the clock (and the settings) 60,000 times.
    let sinceYield = 0;
    const spent = (length: number): boolean => {
      sinceYield += length + STEP_COST;
      if (sinceYield < STEP_CHARS) return false;
      sinceYield = 0;
      return true;
    };
    let context = options.context();
    while (block.next()) {
      const length = block.text.length;
      chars += length;
      if (length <= WINDOW) {
        // Most blocks fit one window: no window generator for them.
        recorder.read(block, 0, block.text, 0, length, context);
        if (spent(length)) {
          block.pause();
          yield;
          context = options.context();
        }
        continue;
      }
      for (const [offset, text, from, to] of windows(block.text)) {
        recorder.read(block, offset, text, from, to, context);
        if (spent(text.length)) {
          block.pause();
          yield;
          context = options.context();
        }
      }
    }
  })();
  await runSliced(steps, options.signal);
  return { added: recorder.added, chars, complete: !block.lostPlace };
}

/**
 * Records the mentions the detector hands it for one window of one block: each becomes a PageMention on the text
 * node(s) it covers, straight from its offsets. One per scan, pointed at each window in turn.
 */
class Recorder implements MentionSink {
  added = 0;
  private block!: BlockReader;
  private offset = 0;
  private from = 0;
  private to = 0;

  constructor(private readonly options: ScanOptions) {}

  /** Reads one window of `block`'s text: [offset, offset + text.length), owning the mentions that start in [from, to). */
  read(block: BlockReader, offset: number, text: string, from: number, to: number, context: DetectContext): void {
    this.block = block;
    this.offset = offset;
    this.from = from;
    this.to = to;
    this.options.detector.eachMention(text, context, this);
  }

  mention(windowStart: number, windowEnd: number, chainId: string, certain: boolean, ifCryptoPage: boolean): void {
    // A name starting in an overlap belongs to the window that owns that part, and sees it whole.
    if (windowStart < this.from || windowStart >= this.to) return;
    const { block, options } = this;
    const start = this.offset + windowStart;
    const end = this.offset + windowEnd;
    const at = segmentAt(block, start);
    const nodeStart = block.starts[at]!;
    const nodeEnd = at + 1 < block.count ? block.starts[at + 1]! : block.text.length;
    const { index } = options;
    let made: PageMention;
    if (end <= nodeEnd) {
      // Most names sit inside one text node: made straight from its offsets, no piece object or array.
      made = index.createIn(chainId, block.nodes[at]!, start - nodeStart, end - nodeStart, certain);
    } else {
      const pieces = piecesFor(block, start, end);
      if (!pieces.length) return;
      made = index.create(chainId, pieces, certain);
    }
    if (ifCryptoPage) {
      options.onDeferred?.(made);
      return;
    }
    index.hold(made);
    options.onMention?.(made);
    this.added++;
  }
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
