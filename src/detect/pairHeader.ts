// A trading pair table's headers, read across two blocks. Apart from everyday.ts: the content script imports
// packedMentions.ts, which uses this, and must not bundle the detector's rules and word lists (see build.mjs).

const PAIR_HEADER_BASE = /^\s*base(?:\s+(?:token|asset|currency|coin))?\s*(?:$|:)/i;
const PAIR_HEADER_QUOTE = /^\s*quote(?:\s+(?:token|asset|currency|coin))?\s*(?:$|:)/i;
/** Longest block read as one side of a pair ("Base asset: WETH (Wrapped Ether)"). */
const PAIR_SIDE_LENGTH = 48;

/**
 * A block that says "Base" and nothing else, followed by one that says "Quote": a trading pair table's two column
 * headers, not the chain in a chain table's cell; or "Base asset: ETH" over "Quote asset: USDC", a market's spec
 * sheet. Each block is read on its own, so this looks at the next one.
 */
export function tradingPairHeader(text: string, next: string | undefined): boolean {
  return next !== undefined && text.length < PAIR_SIDE_LENGTH && PAIR_HEADER_BASE.test(text) && PAIR_HEADER_QUOTE.test(next);
}
