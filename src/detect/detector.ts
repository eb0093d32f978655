// A detector compiled once from a chain list: tokenize → match (one pass) → disambiguate.

import type { Chain } from '../data/types';
import { disambiguate } from './disambiguate';
import { compileLexicon, type Lexicon, type LexiconOptions } from './lexicon';
import { matchAll } from './matcher';
import { tokenize } from './tokenize';
import type { DetectContext, Mention } from './types';

export interface Detector {
  findMentions(text: string, context: DetectContext): Mention[];
  readonly lexicon: Lexicon;
}

/** Cheap test that lets most blocks (whitespace, numbers, punctuation) skip tokenizing. */
const ANY_LETTER = /\p{L}/u;

export function createDetector(chains: readonly Chain[], options: LexiconOptions = {}): Detector {
  const lexicon = compileLexicon(chains, options);
  return {
    lexicon,
    findMentions(text: string, context: DetectContext): Mention[] {
      if (text.length === 0 || !ANY_LETTER.test(text)) return [];
      const tokens = tokenize(text);
      const candidates = matchAll(text, tokens, lexicon, { tickers: context.tickers === true });
      if (candidates.length === 0) return [];
      return disambiguate(text, tokens, candidates, context);
    },
  };
}
