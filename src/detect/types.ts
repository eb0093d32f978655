// The contract between the pure detector (src/detect) and its callers (content script, CLI, eval, bench).

export type Sensitivity = 'strict' | 'balanced' | 'everywhere';

export interface DetectContext {
  /** strict: only certain forms; balanced (default): ambiguous forms need evidence; everywhere: mark every form. */
  sensitivity: Sensitivity;
  /** The page as a whole is about crypto (title, meta, headings, density of certain mentions): see pageSignal.ts. */
  cryptoPage: boolean;
  /** Mark tickers of chains' own coins (ETH, SOL, POL…) too. Off by default. */
  tickers?: boolean;
  /**
   * The page is not known to be crypto yet, but may turn out to be once all of it is read (density of certain names).
   * Also return the mentions a crypto page would add, flagged `ifCryptoPage`, so the caller can keep them aside and
   * take them then, instead of reading the whole page twice.
   */
  deferCryptoPage?: boolean;
}

export interface Mention {
  /** UTF-16 offsets into the text given to findMentions; text.slice(start, end) is the name as written. */
  start: number;
  end: number;
  chainId: string;
  /** True when the form alone was enough; false when context made an ambiguous form count. */
  certain: boolean;
  /** Counts only on a crypto page (returned only with `deferCryptoPage`, while `cryptoPage` is false). */
  ifCryptoPage?: true;
}

/**
 * Takes a block's mentions one at a time, in order, as plain values: the page scanner records them straight into its
 * index, with no Mention object or array per block (a big page has tens of thousands).
 */
export interface MentionSink {
  mention(start: number, end: number, chainId: string, certain: boolean, ifCryptoPage: boolean): void;
}

export const DEFAULT_CONTEXT: DetectContext = { sensitivity: 'balanced', cryptoPage: false };

/** The one empty result: most blocks of a page hold no name, and each would otherwise get an empty array of its own. */
export const NO_MENTIONS: readonly Mention[] = Object.freeze([]);
