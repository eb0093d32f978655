// Mentions of many texts in one compact value, for detection done away from the page (see src/content/remoteDetector.ts):
// the content script sends the texts it read, the background detects and answers with this. A mention is four UTF-16
// code units of one string instead of an object of its own: a 3 MB page has ~50,000 mentions, and the page's thread
// receives the answer whole (one string to copy, not 50,000 objects to make).
import { CHAIN_ID } from '../data/chainId';
import type { Chain } from '../data/types';
import { tradingPairHeader } from './pairHeader';
import type { DetectContext, MentionSink } from './types';

export interface PackedMentions {
  /** The chains named, each once; a mention refers to one by its index here. */
  ids: string[];
  /**
   * One code unit per chain of `ids`: what the page needs of it to apply the user's layer settings (see packChainFacts).
   * The content script bundles no dataset: it learns this much of each chain it finds, so every frame of every page
   * costs the same however many chains the dataset holds.
   */
  facts: string;
  /**
   * Four code units per mention: text index, start, end, id index × 4 + flags (1: certain, 2: only on a crypto page),
   * each plus PACKED_BIAS.
   */
  data: string;
}

/** A chain's facts as the page holds them: its layer, and whether it has shut down. */
export interface ChainFacts {
  layer: Chain['layer'];
  shutDown: boolean;
}

const SHUT_DOWN = 4;

/** One code unit for a chain's facts: its layer (1-3), plus 4 when it has shut down. */
export function packChainFacts(chain: Pick<Chain, 'layer' | 'status'>): number {
  return chain.layer + (chain.status === 'shut-down' ? SHUT_DOWN : 0);
}

/** The facts of one code unit; null for a code no chain has (the answer crossed from another process). */
export function unpackChainFacts(code: number): ChainFacts | null {
  const layer = code & ~SHUT_DOWN;
  if (code > 7 || (layer !== 1 && layer !== 2 && layer !== 3)) return null;
  return { layer, shutDown: (code & SHUT_DOWN) !== 0 };
}

export interface TextDetector {
  eachMention(text: string, context: DetectContext, sink: MentionSink): void;
}

/** Limits of one batch: every number of a mention must fit one code unit. */
export const MAX_TEXTS = 0x8000;
export const MAX_TEXT_LENGTH = 0x8000;
const MAX_IDS = 0x2000;
/**
 * Added to every number of `data`. Below 0x20 a code unit is a control character, which JSON (how Chrome carries a
 * message) writes as six bytes ("\u0005"), and offsets and indexes are mostly small: the 3 MB bench page's answers
 * were 703 KB of UTF-8 for the page's thread to take in, and are 289 KB with it. Every number stays below 0x8000 +
 * the bias, far from the surrogates (0xD800), which JSON would escape too.
 */
export const PACKED_BIAS = 0x20;
const B = PACKED_BIAS;
/** Flags in a mention's fourth code unit. */
export const PACKED_CERTAIN = 1;
export const PACKED_IF_CRYPTO_PAGE = 2;
const CERTAIN = PACKED_CERTAIN;
const IF_CRYPTO_PAGE = PACKED_IF_CRYPTO_PAGE;

/**
 * Detects every text of a batch into one PackedMentions, with the facts of each chain named (`factsOf`: see
 * packChainFacts). Throws on a batch past the limits.
 */
export function detectPacked(
  detector: TextDetector,
  texts: readonly string[],
  context: DetectContext,
  factsOf: (chainId: string) => number,
): PackedMentions {
  if (texts.length > MAX_TEXTS) throw new Error(`too many texts in one batch (${texts.length})`);
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const codes: number[] = [];
  let textIndex = 0;
  const sink: MentionSink = {
    mention(start, end, chainId, certain, ifCryptoPage) {
      let id = idIndex.get(chainId);
      if (id === undefined) {
        id = ids.length;
        if (id >= MAX_IDS) throw new Error('too many chains in one batch');
        ids.push(chainId);
        idIndex.set(chainId, id);
      }
      codes.push(textIndex + B, start + B, end + B, id * 4 + (certain ? CERTAIN : 0) + (ifCryptoPage ? IF_CRYPTO_PAGE : 0) + B);
    },
  };
  for (; textIndex < texts.length; textIndex++) {
    const text = texts[textIndex]!;
    if (text.length > MAX_TEXT_LENGTH) throw new Error(`text too long for one batch (${text.length})`);
    const before = codes.length;
    detector.eachMention(text, context, sink);
    if (codes.length > before && tradingPairHeader(text, texts[textIndex + 1])) codes.length = before;
  }
  // fromCharCode takes arguments: in chunks, far below any engine's limit on their number.
  let data = '';
  for (let i = 0; i < codes.length; i += 8192) data += String.fromCharCode(...codes.slice(i, i + 8192));
  return { ids, facts: String.fromCharCode(...ids.map(factsOf)), data };
}

/** Receives one unpacked mention: the index of its text in the batch, and the mention as the detector gave it. */
export type PackedSink = (text: number, start: number, end: number, chainId: string, certain: boolean, ifCryptoPage: boolean) => void;

/**
 * Hands every mention of `packed` to `sink`, in order. Checks the whole answer against the batch's texts before
 * handing out any, and throws on anything out of place: it crossed from another process. The format's reference
 * reader, for the tests; the page scanner reads checked answers in its own loop (no call per mention).
 */
export function unpackMentions(packed: unknown, texts: readonly string[], sink: PackedSink): void {
  const { ids, data } = checkedMentions(packed, texts);
  for (let i = 0; i < data.length; i += 4) {
    const flags = data.charCodeAt(i + 3) - B;
    sink(
      data.charCodeAt(i) - B,
      data.charCodeAt(i + 1) - B,
      data.charCodeAt(i + 2) - B,
      ids[flags >> 2]!,
      (flags & CERTAIN) !== 0,
      (flags & IF_CRYPTO_PAGE) !== 0,
    );
  }
}

/**
 * An answer checked whole against the batch's texts: every mention inside its text, every chain index inside `ids`.
 * Throws on anything out of place (it crossed from another process). Read it as unpackMentions does.
 */
export function checkedMentions(packed: unknown, texts: readonly string[]): PackedMentions {
  if (!isPacked(packed)) throw new Error('malformed mentions');
  const { ids, data } = packed;
  for (let i = 0; i < data.length; i += 4) {
    const text = data.charCodeAt(i) - B;
    const start = data.charCodeAt(i + 1) - B;
    const flags = data.charCodeAt(i + 3) - B;
    const end = data.charCodeAt(i + 2) - B;
    if (text < 0 || text >= texts.length || start < 0 || start >= end || end > texts[text]!.length || flags < 0 || flags >> 2 >= ids.length) {
      throw new Error('mention out of place');
    }
  }
  return packed;
}

function isPacked(value: unknown): value is PackedMentions {
  if (typeof value !== 'object' || value === null) return false;
  const { ids, facts, data } = value as Partial<PackedMentions>;
  return (
    Array.isArray(ids) &&
    ids.length <= MAX_IDS &&
    ids.every((id) => typeof id === 'string' && CHAIN_ID.test(id)) &&
    typeof facts === 'string' &&
    facts.length === ids.length &&
    everyFactKnown(facts) &&
    typeof data === 'string' &&
    data.length % 4 === 0
  );
}

function everyFactKnown(facts: string): boolean {
  for (let k = 0; k < facts.length; k++) if (!unpackChainFacts(facts.charCodeAt(k))) return false;
  return true;
}
