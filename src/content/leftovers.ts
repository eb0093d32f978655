// What an earlier copy of the content script left in the page. After an update or a reload of the extension, Chromium
// lets the old copy run on until it sees its context gone, and it tears itself down (main.ts). Firefox destroys the old
// copy outright, and what it drew stays: its tooltip host (an open card, stuck), its ::highlight rules (which then
// drew on top of the new copy's: an underline and a background together) and its highlights. The new copy clears them
// before it starts.
import { HOST_TAG } from './host';

/** Our highlights' names (see highlighter.ts), and the selector start of our ::highlight rules. */
const HIGHLIGHT_PREFIX = 'layerlens-';
const OUR_RULE = /::highlight\(layerlens-/;

export interface LeftoverReport {
  hosts: number;
  sheets: number;
  highlights: number;
}

/**
 * Removes an earlier copy's hosts, constructed sheets of ::highlight(layerlens-…) rules and highlights. A host is ours
 * only as we make it: an element of our tag that no custom element definition claims (a page's own `layerlens-ui`,
 * defined by the page, is the page's), right under the document element.
 */
export function clearLeftovers(doc: Document, highlights: HighlightRegistry | null): LeftoverReport {
  const report: LeftoverReport = { hosts: 0, sheets: 0, highlights: 0 };
  const root = doc.documentElement;
  if (root) {
    for (const element of Array.from(root.children)) {
      if (element.localName === HOST_TAG && !element.matches(':defined')) {
        element.remove();
        report.hosts++;
      }
    }
  }
  try {
    const sheets = doc.adoptedStyleSheets;
    if (sheets.length) {
      const kept = sheets.filter((sheet) => !ownRules(sheet));
      report.sheets = sheets.length - kept.length;
      if (report.sheets) doc.adoptedStyleSheets = kept;
    }
  } catch {
    // No adoptedStyleSheets for content scripts (Firefox before 153): an old copy's rules were in its host, gone above.
  }
  if (highlights) {
    for (const name of Array.from(highlights.keys())) {
      if (name.startsWith(HIGHLIGHT_PREFIX)) {
        highlights.delete(name);
        report.highlights++;
      }
    }
  }
  return report;
}

/** Whether a sheet holds only rules of ours (a page's sheet that happens to mention us is not touched). */
function ownRules(sheet: CSSStyleSheet): boolean {
  try {
    const rules = Array.from(sheet.cssRules);
    return rules.length > 0 && rules.every((rule) => OUR_RULE.test(rule.cssText));
  } catch {
    return false;
  }
}
