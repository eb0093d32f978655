// "Explain with Layerlens" on selected text: the chain it names, or else a directory search for it.
import { findMentions } from '../detect/index';

/** The popup-page hash to open for a selection. */
export function entryUrlForSelection(selection: string): string {
  const text = selection.trim().slice(0, 200);
  // Someone who selected a word and asked about it means the network: accept ambiguous names too.
  const first = findMentions(text, { sensitivity: 'everywhere', cryptoPage: true, tickers: true })[0];
  if (first) return `#chain=${encodeURIComponent(first.chainId)}`;
  return `#search=${encodeURIComponent(text)}`;
}
