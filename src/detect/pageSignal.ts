// Whether a page as a whole is about crypto, from what the page says about itself and how often it names chains.
// A crypto page lowers the evidence an ambiguous name needs (see disambiguate.ts); it is never enough on its own for
// a word at the start of a sentence.

import { STRONG_CUES } from './cues';
import type { Detector } from './detector';
import { defaultDetector } from './index';
import { tokenize } from './tokenize';

export interface PageSignalInput {
  title: string;
  description: string;
  headings: readonly string[];
  /** Certain (non-ambiguous) chain mentions found in the page text. */
  certainMentionCount: number;
  /**
   * How many chains those mentions name. Density counts only with two or more: a history of the Sui dynasty or a
   * town's page names one "chain" over and over and is about neither. Unknown (not given): density alone decides.
   */
  certainChainCount?: number;
  /** Length of the page text in UTF-16 code units. */
  textLength: number;
  /**
   * The start of the page's text (its blocks, up to SAMPLE_CHARS: pageSample.ts), when the counts above are not known
   * yet: read for certain names before anything is marked, where Layerlens marks only pages about crypto. A forum
   * thread titled "Which L2 should I bridge to?" says little about itself and much in its posts.
   */
  sample?: string;
}


/** Certain mentions per this many characters of text make a page crypto on density alone. */
const CHARS_PER_MENTION = 3000;

function strongCueCount(text: string): number {
  let n = 0;
  for (const w of tokenize(text).lower) if (STRONG_CUES.has(w)) n++;
  return n;
}

/**
 * The detector counts certain chain names in the title, description and headings ("Arbitrum One explained"). The
 * title and description speak for the whole page; a heading speaks for its section, so one crypto headline among a
 * news front page's sports and weather does not make "the Avalanche beat the Lightning" a crypto sentence: headings
 * count when several of them (more than a third) talk crypto, or when there is only one. A morning briefing's
 * "Bitcoin tops $100,000" and "Ethereum developers set a date" beside Sports, Weather and Culture are two sections of
 * six, and the chains they name are the headings' own, not the text's (see below).
 */
export function pageSignal(given: PageSignalInput, detector: Detector = defaultDetector()): boolean {
  const strict = { sensitivity: 'strict', cryptoPage: false } as const;
  const input = given.sample ? withSampleCounts(given, given.sample, detector) : given;
  const about = (text: string) => strongCueCount(text) + 2 * detector.findMentions(text, strict).length;
  const pageEvidence = about(`${input.title}\n${input.description}`);
  if (pageEvidence >= 2) return true;
  const headings = input.headings.filter((h) => h.trim() !== '');
  let cryptoHeadings = 0;
  let headingMentions = 0;
  for (const h of headings) {
    const names = detector.findMentions(h, strict);
    if (strongCueCount(h) + names.length > 0) cryptoHeadings++;
    for (const m of names) if (m.certain) headingMentions++;
  }
  if (headings.length === 1 ? about(headings[0]!) >= 2 : cryptoHeadings >= 2 && cryptoHeadings * 3 > headings.length) {
    return true;
  }
  const dense = (least: number, charsEach: number) =>
    (input.certainChainCount ?? 2) >= 2 &&
    input.certainMentionCount >= least &&
    input.certainMentionCount * charsEach >= input.textLength;
  // Some evidence about the page, borne out by its text.
  if (pageEvidence >= 1 && input.certainMentionCount >= 1) return true;
  // A heading borne out by the text needs a name in the text beyond the headings' own (which the page text holds too).
  if (cryptoHeadings >= 1 && input.certainMentionCount > headingMentions && dense(2, 2 * CHARS_PER_MENTION)) return true;
  return dense(3, CHARS_PER_MENTION);
}

/** The counts of certain names in the sample, where they are more than the counts given (none, before a scan). */
function withSampleCounts(input: PageSignalInput, sample: string, detector: Detector): PageSignalInput {
  const strict = { sensitivity: 'strict', cryptoPage: false } as const;
  let count = 0;
  const chains = new Set<string>();
  for (const m of detector.findMentions(sample, strict)) {
    if (!m.certain) continue;
    count++;
    chains.add(m.chainId);
  }
  if (count <= input.certainMentionCount) return input;
  return { ...input, certainMentionCount: count, certainChainCount: chains.size, textLength: Math.max(input.textLength, sample.length) };
}
