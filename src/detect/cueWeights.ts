// Crypto cues around an ambiguous name: which words are cues and how much each weighs, and a block's weights worked
// out once, only as far as a cue window reaches.

import { CUE_EVERYDAY_BEFORE, LOWERCASE_STRONG_CUES, LOWERCASE_WEAK_CUES, PAIR_CUES, STRONG_CUES, TICKER_CUES, WEAK_CUES } from './cues';
import { type Candidate, type Candidates, LOWERCASE, NOT_A_NAME } from './matcher';
import { wordSet, WordTable } from './wordHash';
import type { Words } from './words';
import { adjacent, FUNCTION_WORD, isSentenceStart, phraseLinked, writtenInCapitals } from './around';

/** How far (in words, each side) a cue may be from an ambiguous name and still count. */
export const CUE_WINDOW = 25;
/** Score a cue window must reach: one strong cue, one certain chain name, or two weak cues. */
export const CUE_THRESHOLD = 2;

/** A cue word: its weight alone, and the words that make it a strong pair cue after it ("layer" → "2"). */
interface Cue {
  weight: number;
  pairs: WordTable<true> | null;
  /** The words that make it another field's term after it, and no cue ("L2" → "cache"). */
  everydayAfter: WordTable<true> | null;
  /** A cue only written so: WRITTEN_ANYHOW, IN_CAPITALS_ONLY (a ticker: "INJ") or IN_LOWERCASE_ONLY ("tx", not TX). */
  written: number;
}
const WRITTEN_ANYHOW = 0;
const IN_CAPITALS_ONLY = 1;
const IN_LOWERCASE_ONLY = 2;
// One table for every kind of cue: most words of a cue window are none, and each such word then costs one probe.
const CUES = new WordTable<Cue>(
  WEAK_CUES.size + STRONG_CUES.size + PAIR_CUES.size + TICKER_CUES.size + LOWERCASE_STRONG_CUES.size + LOWERCASE_WEAK_CUES.size,
);
for (const [words, weight] of [[WEAK_CUES, 1], [STRONG_CUES, 2], [PAIR_CUES.keys(), 0]] as const) {
  for (const w of words) {
    const cue = CUES.find(w);
    if (cue) cue.weight = Math.max(cue.weight, weight);
    else CUES.set(w, { weight, pairs: null, everydayAfter: null, written: WRITTEN_ANYHOW });
  }
}
for (const [first, seconds] of PAIR_CUES) CUES.find(first)!.pairs = wordSet(seconds);
for (const [words, weight, written] of [
  [TICKER_CUES, 2, IN_CAPITALS_ONLY],
  [LOWERCASE_STRONG_CUES, 2, IN_LOWERCASE_ONLY],
  [LOWERCASE_WEAK_CUES, 1, IN_LOWERCASE_ONLY],
] as const) {
  for (const w of words) if (!CUES.find(w)) CUES.set(w, { weight, pairs: null, everydayAfter: null, written });
}
for (const [cue, after] of CUE_EVERYDAY_BEFORE) CUES.find(cue)!.everydayAfter = wordSet(after);

export function cueWeight(text: string, words: Words, i: number): number {
  const cue = CUES.get(words, i);
  if (cue === undefined) return 0;
  if (cue.everydayAfter && i + 1 < words.count && cue.everydayAfter.has(words, i + 1) && phraseLinked(text, words, i, i + 1)) return 0;
  if (cue.written !== WRITTEN_ANYHOW) {
    if (cue.written === IN_CAPITALS_ONLY) return writtenInCapitals(text, words, i) && !countedNoun(text, words, i) ? cue.weight : 0;
    return words.writtenLower(i) ? cue.weight : 0;
  }
  if (cue.pairs && i + 1 < words.count && cue.pairs.has(words, i + 1) && phraseLinked(text, words, i, i + 1)) return 2;
  return cue.weight;
}

const A_OR_AN = wordSet(['a', 'an']);
const THE = wordSet(['the']);

/**
 * "a TIA was ruled out", "switched to an ARB.", "before the ARB was started": a ticker's letters after an article and
 * standing alone, the subject of a verb or the end of the phrase after "a"/"an", are a noun of another field (an attack,
 * a drug); a coin is not counted so. "an ARB airdrop" and "sold the ARB." are still the coin's.
 */
function countedNoun(text: string, words: Words, i: number): boolean {
  const p = i - 1;
  if (p < 0 || !adjacent(text, words, p, i)) return false;
  const n = i + 1;
  const functionWordAfter = n < words.count && phraseLinked(text, words, i, n) && FUNCTION_WORD.has(words, n);
  if (THE.has(words, p)) return functionWordAfter;
  return A_OR_AN.has(words, p) && (functionWordAfter || n >= words.count || !phraseLinked(text, words, i, n));
}

/**
 * Crypto words of Chinese, Japanese and Korean. These scripts' letters are no word characters here (see tokenize.ts:
 * Chinese and Japanese write no spaces, and Korean joins particles to its words): the words around a name written in
 * such text are in the gaps beside it ("Scroll 主网已经上线", "在 Linea 上部署智能合约", "Baseチェーン上の",
 * "레이어2 네트워크 Base에서"). Strong: mainnet, testnet, on-chain, cross-chain, layer 2, smart contract, blockchain,
 * airdrop, rollup, memecoin, gas fee, and the names of Ethereum and Bitcoin; in Japanese and Korean, whose loanwords are
 * the English ones, "network" right beside a Latin name too. Weak: chain, token, wallet, transaction, fee, staking (a
 * supply chain, a trade, a purse are everyday too).
 */
const HAN_STRONG_CUE = new RegExp(
  [
    '主网|主網|测试网|測試網|链上|鏈上|跨链|跨鏈|二层|二層|智能合约|智能合約|区块链|區塊鏈|空投|以太坊|比特币|比特幣',
    'メインネット|テストネット|ブロックチェーン|ロールアップ|レイヤー2|レイヤー２|ネットワーク|ミームコイン|イーサリアム|ビットコイン|エアドロップ|ガス代',
    '메인넷|테스트넷|블록체인|롤업|레이어2|레이어 2|네트워크|밈코인|이더리움|비트코인|에어드랍|에어드롭|가스비',
  ].join('|'),
  'u',
);
const HAN_WEAK_CUE = /链|鏈|代币|代幣|钱包|錢包|交易|手续费|手續費|质押|質押|网络|網絡|チェーン|トークン|ウォレット|ブリッジ|手数料|체인|토큰|지갑|브릿지|수수료|스테이킹/u;
/** How far into the gap on each side of a name its Chinese clause is read. */
const HAN_REACH = 40;

/** Whether text[from, to) holds a letter of Chinese, Japanese (kana from hiragana on, CJK ideographs) or Korean. */
function hasHan(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  }
  return false;
}

function hanCue(text: string, from: number, to: number): number {
  if (to <= from || !hasHan(text, from, to)) return 0;
  const gap = text.slice(from, to);
  return HAN_STRONG_CUE.test(gap) ? 2 : HAN_WEAK_CUE.test(gap) ? 1 : 0;
}

/** The cue weight of the Chinese text right before and right after candidate `c`, up to the next word each way. */
function hanCues(text: string, words: Words, c: Candidate): number {
  const before = c.first > 0 ? words.ends[c.first - 1]! : 0;
  const after = c.last + 1 < words.count ? words.starts[c.last + 1]! : text.length;
  return hanCue(text, Math.max(before, c.start - HAN_REACH), c.start) + hanCue(text, c.end, Math.min(after, c.end + HAN_REACH));
}

/**
 * "Scroll, Linea and Blast", "Base or Mode", "Arbitrum/Optimism": two names next to each other in one list. "And" and
 * "or" in the languages the detector reads too: German "Scroll und Linea", Spanish "Base y Celo", Korean "Scroll과
 * Linea", Japanese "ScrollとLinea", Chinese "Scroll和Linea".
 */
const LIST_GAP =
  /^(?:\s*[,/&、，]\s*|\s*,?\s+(?:and|or|vs\.?|versus|und|oder|y|o|e|et|ou|и|или|và|hoặc|dan|atau|ve|veya)\s+|\s*(?:과|와|및|と|や|和|与|與|或)\s*)$/i;

function listed(text: string, a: Candidate, b: Candidate): boolean {
  // A lowercase word is no name in a list ("Linea and near term"), nor a name found to be a word.
  return a.written !== LOWERCASE && b.written !== LOWERCASE && a.written !== NOT_A_NAME && b.written !== NOT_A_NAME && listGap(text, a, b);
}

/**
 * Cue weight of the words of a block, each worked out the first time a cue window reaches it: a long paragraph with one
 * ambiguous name looks at the fifty words around it, not at all of them. One instance serves every block in turn.
 */
export class CueWeights {
  private weights = new Int8Array(256);
  /** weights[k] is this block's only when known[k] === block: a new block needs no clearing. */
  private known = new Int32Array(256);
  private block = 0;
  private text = '';
  private words: Words | null = null;
  private candidates: Candidates | null = null;

  /**
   * Starts on a block: names are not cues for themselves; certain names of other chains are strong cues, and ambiguous
   * ones of other chains weak ones ("live on Scroll, Linea and Blast": a list of networks).
   */
  reset(text: string, words: Words, candidates: Candidates): this {
    this.text = text;
    this.words = words;
    this.candidates = candidates;
    this.block = (this.block + 1) | 0 || 1;
    if (this.weights.length < words.count) {
      this.weights = new Int8Array(words.count * 2);
      this.known = new Int32Array(words.count * 2);
    }
    for (let n = 0; n < candidates.count; n++) {
      const c = candidates.at(n);
      for (let k = c.first; k <= c.last; k++) this.set(k, 0);
      // A lowercase name of everyday words is no certain name: it needs evidence of its own, and vouches for none.
      // (Not one between words, of a script without spaces: it has no word of its own. Its Han names are HAN_STRONG_CUE.)
      if (!c.entry.ambiguous && c.written !== LOWERCASE && c.written !== NOT_A_NAME && c.first <= c.last) this.set(c.first, 2);
    }
    return this;
  }

  /** A certain name of this block found to be an everyday word after all: no cue for the names after it. */
  notAName(c: Candidate): void {
    for (let k = c.first; k <= c.last; k++) this.set(k, 0);
  }

  /** The cue score of candidate n, `c`. */
  score(c: Candidate, n: number): number {
    const words = this.words!;
    let score = 0;
    const from = Math.max(0, c.first - CUE_WINDOW);
    const to = Math.min(words.count - 1, c.last + CUE_WINDOW);
    for (let k = from; k <= to; k++) {
      if (k >= c.first && k <= c.last) continue;
      score += this.known[k] === this.block ? this.weights[k]! : this.set(k, cueWeight(this.text, words, k));
      if (score >= CUE_THRESHOLD) return score;
    }
    score += hanCues(this.text, words, c);
    // Other ambiguous names in one list with this one ("live on Scroll, Linea and Blast"): a list of networks.
    const candidates = this.candidates!;
    for (let m = n - 1; m >= 0 && score < CUE_THRESHOLD && listed(this.text, candidates.at(m), candidates.at(m + 1)); m--) {
      if (candidates.at(m).entry.chainId !== c.entry.chainId) score++;
    }
    for (let m = n + 1; m < candidates.count && score < CUE_THRESHOLD && listed(this.text, candidates.at(m - 1), candidates.at(m)); m++) {
      if (candidates.at(m).entry.chainId !== c.entry.chainId) score++;
    }
    return score;
  }

  /**
   * Whether a strong cue (a crypto word, a ticker in capitals, a certain chain's name) is in the same sentence as
   * candidate `c`: before it (STRONG_BEFORE), only after it (STRONG_AFTER), or not at all (STRONG_NONE).
   */
  strongInSentence(c: Candidate): number {
    const words = this.words!;
    const text = this.text;
    if (!isSentenceStart(text, words, c.first)) {
      for (let k = c.first - 1; k >= 0 && k >= c.first - CUE_WINDOW; k--) {
        if (this.weightOf(k) >= CUE_THRESHOLD) return STRONG_BEFORE;
        if (isSentenceStart(text, words, k)) break;
      }
    }
    for (let k = c.last + 1; k < words.count && k <= c.last + CUE_WINDOW && !isSentenceStart(text, words, k); k++) {
      if (this.weightOf(k) >= CUE_THRESHOLD) return STRONG_AFTER;
    }
    return STRONG_NONE;
  }

  /** The cue weight of word k of the block (a certain name's is 2), worked out the first time it is asked. */
  weightOf(k: number): number {
    return this.known[k] === this.block ? this.weights[k]! : this.set(k, cueWeight(this.text, this.words!, k));
  }

  private set(k: number, weight: number): number {
    this.weights[k] = weight;
    this.known[k] = this.block;
    return weight;
  }
}


export const STRONG_NONE = 0;
export const STRONG_BEFORE = 1;
export const STRONG_AFTER = 2;

export const cueWeights = new CueWeights();

/** A list gap between two names ("Scroll, Linea", "RONIN AND ETHEREUM"). */
export function listGap(text: string, a: Candidate, b: Candidate): boolean {
  return b.start - a.end <= 8 && LIST_GAP.test(text.slice(a.end, b.start));
}
