// A detector compiled once from a chain list: scan words → match (one pass) → disambiguate.

import type { Chain } from '../data/types';
import { disambiguate } from './disambiguate';
import { compileLexicon, type Lexicon, type LexiconOptions } from './lexicon';
import { Candidates, matchAll } from './matcher';
import { scanWords } from './scan';
import { tokenize } from './tokenize';
import { NO_MENTIONS, type DetectContext, type Mention, type MentionSink } from './types';
import { Words } from './words';

export interface Detector {
  /** The mentions in `text`, in order. Read-only: a text with none gets one shared empty array. */
  findMentions(text: string, context: DetectContext): readonly Mention[];
  /** The same mentions handed to `sink` one by one, with no object made for them. */
  eachMention(text: string, context: DetectContext, sink: MentionSink): void;
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

/**
 * Collects a block's mentions into the array findMentions returns. Its list is kept from block to block (emptying it by
 * its length would free its room), and the array handed out is made at its size, as a literal for the usual one to
 * three, since pushing onto [] reserves room for 17.
 */
class MentionList implements MentionSink {
  private readonly found: Mention[] = [];
  private count = 0;

  mention(start: number, end: number, chainId: string, certain: boolean, ifCryptoPage: boolean): void {
    this.found[this.count++] = ifCryptoPage ? { start, end, chainId, certain, ifCryptoPage } : { start, end, chainId, certain };
  }

  take(): readonly Mention[] {
    const { found } = this;
    const n = this.count;
    this.count = 0;
    switch (n) {
      case 0:
        return NO_MENTIONS;
      case 1:
        return [found[0]!];
      case 2:
        return [found[0]!, found[1]!];
      case 3:
        return [found[0]!, found[1]!, found[2]!];
      default:
        return found.slice(0, n);
    }
  }
}

/** A detector over a lexicon already made (compiled here, or unpacked from the build's packed copy). */
export function detectorOver(lexicon: Lexicon, options: DetectorOptions = {}): Detector {
  // Reused for every block: a call runs to the end before the next one, and keeps none of it.
  const words = new Words();
  const candidates = new Candidates();
  const list = new MentionList();
  const eachMention = (text: string, context: DetectContext, sink: MentionSink): void => {
    if (text.length === 0) return;
    // Text with soft hyphens or zero-width characters takes the regex, which reads through them.
    if (options.regexWords === true || !scanWords(text, words)) words.fromTokens(text, tokenize(text));
    matchAll(text, words, lexicon, context.tickers === true, candidates);
    if (candidates.count === 0 || !anyLetter(text, candidates.at(0).start)) return;
    disambiguate(text, words, candidates, context, sink);
  };
  return {
    lexicon,
    eachMention,
    findMentions(text: string, context: DetectContext): readonly Mention[] {
      eachMention(text, context, list);
      return list.take();
    },
  };
}
