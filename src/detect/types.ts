// The contract between the pure detector (src/detect) and its callers (content script, CLI, eval, bench).

export type Sensitivity = 'strict' | 'balanced' | 'everywhere';

export interface DetectContext {
  /** strict: only certain forms; balanced (default): ambiguous forms need evidence; everywhere: mark every form. */
  sensitivity: Sensitivity;
  /** The page as a whole is about crypto (title, meta, headings, density of certain mentions): see pageSignal.ts. */
  cryptoPage: boolean;
  /** Mark tickers (ETH, ARB, OP…) too. Off by default. */
  tickers?: boolean;
}

export interface Mention {
  /** UTF-16 offsets into the text given to findMentions; text.slice(start, end) is the name as written. */
  start: number;
  end: number;
  chainId: string;
  /** True when the form alone was enough; false when context made an ambiguous form count. */
  certain: boolean;
}

export const DEFAULT_CONTEXT: DetectContext = { sensitivity: 'balanced', cryptoPage: false };
