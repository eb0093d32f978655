// Reads text under a root, block by block, in slices, and records every mention the detector finds in it.
// The page's thread only reads: the texts go to the detector in batches (in the extension, to the background, off the
// page's thread: see remoteDetector.ts), and each answer is recorded on the text nodes it was read from.
import { MAX_TEXTS, PACKED_BIAS, PACKED_CERTAIN, PACKED_IF_CRYPTO_PAGE, checkedMentions } from '../detect/packedMentions';
import type { DetectContext } from '../detect/types';
import type { KnownChains } from './knownChains';
import type { MentionId, MentionIndex, MentionPiece } from './mentions';
import { piecesFor, segmentAt } from './pieces';
import { pageTurns, runSliced } from './scheduler';
import { BlockReader, type WalkOptions } from './walker';

/** Detects a batch of texts: the answer is PackedMentions (checked when unpacked: it may cross from another process). */
export interface BatchDetector {
  detect(texts: string[], context: DetectContext): Promise<unknown>;
}

/** Longest text handed to the detector at once, so one call stays far below a long task even on a 1 MB text node. */
const WINDOW = 8_000;
/** Overlap between windows, so a name cut by a window edge is still seen whole. */
const OVERLAP = 64;
/** Work between two looks at the clock, in characters read; each block counts STEP_COST more for its DOM work. */
const STEP_CHARS = 4_000;
const STEP_COST = 100;
/**
 * Characters in the first batch sent to the detector; each next batch may hold twice as many, up to the last. The
 * first marks come after a small batch, and a 3 MB page costs a dozen messages, not hundreds (each has a fixed cost).
 */
const FIRST_BATCH_CHARS = 8_000;
const MAX_BATCH_CHARS = 256_000;

export interface ScanOptions {
  detector: BatchDetector;
  context: () => DetectContext;
  walk: WalkOptions;
  index: MentionIndex;
  /** Told the facts of every chain an answer names, before its mentions are recorded. */
  chains?: KnownChains;
  /** Told of each mention as it is recorded, so marks appear batch by batch. */
  onMention?: (mention: MentionId) => void;
  /** Told of each mention that counts only on a crypto page (context.deferCryptoPage): created, not recorded. */
  onDeferred?: (mention: MentionId) => void;
  /**
   * A count of the page's changes (its mutation observer's). When it moved while a batch was away, each mention of the
   * answer is checked against the text it was read from before it is recorded: the page may have changed that text.
   */
  changes?: () => number;
  signal: AbortSignal;
  /**
   * A mention held from before that stands exactly where this one was found (the same text node, offsets and chain):
   * the scan keeps it instead of making a new one (see PageSession.rescan). 0 when there is none.
   */
  reuse?: (node: Text, start: number, end: number, chain: number) => MentionId;
  /** Time the scan keeps the thread before it gives the page its turn (runSliced's budget by default). */
  sliceMs?: number;
}

/**
 * Scans every block under `root` into `index`; resolves when done and every mention is recorded (or aborted).
 * `complete` is false when the page removed the part being read while the scan gave it its turn: what followed that
 * part was not read.
 */
export async function scanRoot(root: Node, options: ScanOptions): Promise<{ added: number; chars: number; complete: boolean }> {
  const { added, chars, unfinished } = await scanRoots([root], options);
  return { added, chars, complete: unfinished.length === 0 };
}

/**
 * Scans several roots (the parts of the page that changed) as one scan: their texts share batches, so a feed that
 * appends fifty items costs the page one message to the detector, not fifty. `unfinished`: the roots whose reading
 * lost its place (see scanRoot).
 */
export async function scanRoots(roots: readonly Node[], options: ScanOptions): Promise<{ added: number; chars: number; unfinished: Node[] }> {
  const sender = new BatchSender(options);
  const unfinished: Node[] = [];
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
    // After a step in which runSliced gave the page its turn, the reader checks its place (see BlockReader.pause)
    // and the settings are read again. Most steps end without a turn: nothing the page could change to check.
    const afterTurn = (block: BlockReader): DetectContext => {
      block.pause();
      return options.context();
    };
    for (const root of roots) {
      const block = new BlockReader(root, options.walk);
      while (block.next()) {
        const length = block.text.length;
        chars += length;
        if (length <= WINDOW) {
          // Most blocks fit one window: no window generator for them.
          sender.add(block, 0, block.text, 0, length, context);
          if (spent(length)) {
            const turns = pageTurns();
            yield;
            if (pageTurns() !== turns) context = afterTurn(block);
          }
          continue;
        }
        for (const [offset, text, from, to] of windows(block.text)) {
          sender.add(block, offset, text, from, to, context);
          if (spent(text.length)) {
            const turns = pageTurns();
            yield;
            if (pageTurns() !== turns) context = afterTurn(block);
          }
        }
      }
      if (block.lostPlace) unfinished.push(root);
    }
  })();
  await runSliced(steps, options.signal, options.sliceMs);
  sender.send();
  await sender.done();
  return { added: sender.added, chars, unfinished };
}

/**
 * Texts read and not yet answered: each text is one block (or one window of a long block), with what maps its
 * offsets back to the page: the block's nodes and where each starts, flat for the whole batch (a table page has
 * 60,000 blocks, so per text only the index of its first node is kept; a window's place is kept aside).
 */
class Batch {
  readonly texts: string[] = [];
  chars = 0;
  /** The batch's nodes: the first `count` of `nodes` and `starts`. */
  count = 0;
  // Sized for the batch up front (see BatchSender.sizeNext), so filling them makes no garbage: a 3 MB page's
  // arrays, grown entry by entry, were a quarter of what the scan allocated, and the page's collector ran for it.
  readonly nodes: Text[];
  starts: Int32Array;
  /** Per text: its block's first node in `nodes`. A whole block's nodes run to the next text's first node. */
  firstNode: Int32Array;
  /** The texts that are windows of a long block (few), by index. */
  readonly windows = new Map<number, WindowPlace>();

  constructor(
    readonly context: DetectContext,
    /** The page's change count when the first text was read. */
    readonly changes: number,
    size: { texts: number; nodes: number },
  ) {
    this.nodes = new Array<Text>(size.nodes);
    this.starts = new Int32Array(size.nodes);
    this.firstNode = new Int32Array(size.texts);
  }

  add(block: BlockReader, offset: number, text: string, from: number, to: number): void {
    const t = this.texts.length;
    if (t === this.firstNode.length) this.firstNode = grown(this.firstNode);
    // A block's windows come one after another, the first at offset 0: its nodes are added once.
    if (offset === 0 || !t) {
      this.firstNode[t] = this.count;
      const n = block.count;
      if (this.count + n > this.starts.length) this.starts = grown(this.starts, this.count + n);
      for (let k = 0; k < n; k++) {
        this.nodes[this.count] = block.nodes[k]!;
        this.starts[this.count] = block.starts[k]!;
        this.count++;
      }
    } else {
      this.firstNode[t] = this.firstNode[t - 1]!;
    }
    if (text.length !== block.text.length) {
      this.windows.set(t, { offset, from, to, blockLength: block.text.length, nodeCount: block.count });
    }
    this.texts.push(text);
    this.chars += text.length;
  }
}

/** A copy of `array` with room for at least `least` entries (twice as many as it had). */
function grown(array: Int32Array, least = 0): Int32Array {
  const next = new Int32Array(Math.max(least, array.length * 2, 16));
  next.set(array);
  return next;
}

/** A window's place in its block: its offset, the part [from, to) it owns, the block's length and nodes. */
interface WindowPlace {
  offset: number;
  from: number;
  to: number;
  blockLength: number;
  nodeCount: number;
}

function sameContext(a: DetectContext, b: DetectContext): boolean {
  return (
    a === b ||
    (a.sensitivity === b.sensitivity &&
      a.cryptoPage === b.cryptoPage &&
      a.tickers === b.tickers &&
      a.deferCryptoPage === b.deferCryptoPage)
  );
}

/** Gathers texts into batches, sends each when full, and records the answers in the order the batches were sent. */
class BatchSender {
  added = 0;
  private batch: Batch | null = null;
  private limit = FIRST_BATCH_CHARS;
  /** Every answer so far recorded (or the first error). */
  private recorded: Promise<void> = Promise.resolve();

  constructor(private readonly options: ScanOptions) {}

  /** Texts and nodes per character of the last batch: the next one is sized from them. */
  private textsPerChar = 1 / 40;
  private nodesPerChar = 1 / 40;

  add(block: BlockReader, offset: number, text: string, from: number, to: number, context: DetectContext): void {
    if (this.batch && !sameContext(this.batch.context, context)) this.send();
    this.batch ??= new Batch(context, this.options.changes?.() ?? 0, this.sizeNext());
    this.batch.add(block, offset, text, from, to);
    // A page of tiny cells reaches the batch's count of texts before its characters.
    if (this.batch.chars >= this.limit || this.batch.texts.length >= MAX_TEXTS) this.send();
  }

  /**
   * Room for the next batch's texts and nodes, as many per character as the last batch had (and a little more); at
   * most MAX_TEXTS of each up front: a batch that needs more nodes grows its arrays.
   */
  private sizeNext(): { texts: number; nodes: number } {
    const room = (perChar: number) => Math.min(MAX_TEXTS, Math.ceil(this.limit * perChar * 1.125) + 16);
    return { texts: room(this.textsPerChar), nodes: room(this.nodesPerChar) };
  }

  send(): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    if (batch.chars > 0) {
      this.textsPerChar = batch.texts.length / batch.chars;
      this.nodesPerChar = batch.count / batch.chars;
    }
    this.limit = Math.min(MAX_BATCH_CHARS, this.limit * 2);
    // Sent now, recorded in turn: the page is read on while the detector works.
    const answer = this.options.detector.detect(batch.texts, batch.context);
    this.recorded = Promise.all([answer, this.recorded]).then(([packed]) => this.record(batch, packed));
    // A failure is the scan's (done() hands it on), not an unhandled rejection while the page is still being read.
    this.recorded.catch(() => undefined);
  }

  done(): Promise<void> {
    return this.recorded;
  }

  private record(batch: Batch, packed: unknown): void {
    const { options } = this;
    if (options.signal.aborted) return;
    const check = (options.changes?.() ?? 0) !== batch.changes;
    const { index } = options;
    const { ids, facts, data } = checkedMentions(packed, batch.texts);
    options.chains?.learn(ids, facts);
    // The answer's few chains by their number in the index, looked up once rather than once per mention.
    const chainNumbers = ids.map((id) => index.chainNumber(id));
    const { texts, nodes, starts, firstNode, windows } = batch;
    index.reserve(data.length >> 2);
    // One loop over the answer's code units (see PackedMentions), no call per mention to unpack it: on a big page
    // this runs 50,000 times in code the engine has only just met.
    for (let i = 0; i < data.length; i += 4) {
      const t = data.charCodeAt(i) - PACKED_BIAS;
      const windowStart = data.charCodeAt(i + 1) - PACKED_BIAS;
      const windowEnd = data.charCodeAt(i + 2) - PACKED_BIAS;
      const flags = data.charCodeAt(i + 3) - PACKED_BIAS;
      const base = firstNode[t]!;
      let offset = 0;
      let count: number;
      let blockLength: number;
      const window = windows.size ? windows.get(t) : undefined;
      if (window) {
        // A name starting in an overlap belongs to the window that owns that part, and sees it whole.
        if (windowStart < window.from || windowStart >= window.to) continue;
        offset = window.offset;
        count = window.nodeCount;
        blockLength = window.blockLength;
      } else {
        count = (t + 1 < texts.length ? firstNode[t + 1]! : batch.count) - base;
        blockLength = texts[t]!.length;
      }
      const start = offset + windowStart;
      const end = offset + windowEnd;
      const at = segmentAt(batch, start, base, count);
      const nodeStart = starts[at]!;
      const nodeEnd = at + 1 < base + count ? starts[at + 1]! : blockLength;
      const chain = chainNumbers[flags >> 2]!;
      const certain = (flags & PACKED_CERTAIN) !== 0;
      let made: MentionId;
      if (end <= nodeEnd) {
        // Most names sit inside one text node: made straight from its offsets, no piece object or array.
        const node = nodes[at]!;
        if (check && !reads(node, start - nodeStart, end - nodeStart, texts[t]!, windowStart)) continue;
        // Read again and found where it was: the same mention, already recorded and drawn.
        if (options.reuse && !(flags & PACKED_IF_CRYPTO_PAGE) && options.reuse(node, start - nodeStart, end - nodeStart, chain)) continue;
        made = index.createInChain(chain, node, start - nodeStart, end - nodeStart, certain);
      } else {
        const pieces = piecesFor(batch, start, end, base, count);
        if (!pieces.length) continue;
        if (check && !piecesRead(pieces, batch, t, offset, base, count)) continue;
        made = index.create(ids[flags >> 2]!, pieces, certain);
      }
      if (flags & PACKED_IF_CRYPTO_PAGE) {
        options.onDeferred?.(made);
        continue;
      }
      index.hold(made);
      options.onMention?.(made);
      this.added++;
    }
  }
}

/** Whether `node` still holds, at [start, end), the text read at `at` in the window `text`. */
function reads(node: Text, start: number, end: number, text: string, at: number): boolean {
  return node.isConnected && node.data.slice(start, end) === text.slice(at, at + end - start);
}

function piecesRead(pieces: readonly MentionPiece[], batch: Batch, t: number, offset: number, base: number, count: number): boolean {
  for (const piece of pieces) {
    let k = base;
    while (k < base + count && batch.nodes[k] !== piece.node) k++;
    if (k === base + count) return false;
    if (!reads(piece.node, piece.start, piece.end, batch.texts[t]!, batch.starts[k]! + piece.start - offset)) return false;
  }
  return true;
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
