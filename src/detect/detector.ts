// A detector compiled once from a chain list: scan words → match (one pass) → disambiguate.

import type { Chain } from '../data/types';
import { disambiguate } from './disambiguate';
import { compileLexicon, type Lexicon, type LexiconOptions } from './lexicon';
import { Candidates, matchAll } from './matcher';
import { scanWords } from './scan';
import { tokenize } from './tokenize';
import { NO_MENTIONS, type DetectContext, type Mention } from './types';
import { Words } from './words';

export interface Detector {
  /** The mentions in `text`, in order. Read-only: a text with none gets one shared empty array. */
  findMentions(text: string, context: DetectContext): readonly Mention[];
  readonly lexicon: Lexicon;
}

export interface DetectorOptions extends LexiconOptions {
  /** Split every text with tokenize() instead of the char-code scan: lets tests hold the scan to the regex. */
  regexWords?: boolean;
}

/** A text with no letter holds no name: numbers and punctuation alone never match. */
const ANY_LETTER = /\p{L}/u;

/** ANY_LETTER.test(text), asked first of the first name found, which nearly always starts with an ASCII letter. */
function anyLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  return (c >= 0x61 && c <= 0x7a) || ANY_LETTER.test(text);
}

export function createDetector(chains: readonly Chain[], options: DetectorOptions = {}): Detector {
  return detectorOver(compileLexicon(chains, options), options);
}

/** A detector over a lexicon already made (compiled here, or unpacked from the build's packed copy). */
export function detectorOver(lexicon: Lexicon, options: DetectorOptions = {}): Detector {
  // Reused for every block: findMentions runs to the end before the next call, and keeps none of it.
  const words = new Words();
  const candidates = new Candidates();
  return {
    lexicon,
    findMentions(text: string, context: DetectContext): readonly Mention[] {
      if (text.length === 0) return NO_MENTIONS;
      // Text with soft hyphens or zero-width characters takes the regex, which reads through them.
      if (options.regexWords === true || !scanWords(text, words)) words.fromTokens(text, tokenize(text));
      matchAll(text, words, lexicon, context.tickers === true, candidates);
      if (candidates.count === 0 || !anyLetter(text, candidates.at(0).start)) return NO_MENTIONS;
      return disambiguate(text, words, candidates, context);
    },
  };
}
