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
  /** Length of the page text in UTF-16 code units. */
  textLength: number;
}

/** Certain mentions per this many characters of text make a page crypto on density alone. */
const CHARS_PER_MENTION = 3000;

function strongCueCount(text: string): number {
  let n = 0;
  for (const w of tokenize(text).lower) if (STRONG_CUES.has(w)) n++;
  return n;
}

/** The detector counts certain chain names in the title, description and headings ("Arbitrum One explained"). */
export function pageSignal(input: PageSignalInput, detector: Detector = defaultDetector()): boolean {
  const header = [input.title, input.description, ...input.headings].join('\n');
  const names = detector.findMentions(header, { sensitivity: 'strict', cryptoPage: false }).length;
  const headerEvidence = strongCueCount(header) + 2 * names;
  if (headerEvidence >= 2) return true;
  if (headerEvidence >= 1 && input.certainMentionCount >= 1) return true;
  if (input.certainMentionCount >= 3 && input.certainMentionCount * CHARS_PER_MENTION >= input.textLength) return true;
  return false;
}
