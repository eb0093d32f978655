// What an earlier copy of the content script left in the page. After an update or a reload of the extension, Chromium
// lets the old copy run on until it sees its context gone, and it tears itself down (main.ts). Firefox destroys the old
// copy outright, and what it drew stays: its tooltip host (an open card, stuck), its ::highlight rules (which then
// drew on top of the new copy's: an underline and a background together) and its highlights. The new copy clears them
// before it starts.
import { ACTIVE, FLASH, MARK } from './highlighter';
import { HOST_TAG } from './host';

/** The selector start of our ::highlight rules. */
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
  // Plain index loops: Firefox's content scripts see page objects through Xray wrappers, which refuse iterators
  // ("Xray wrapping of iterators not supported": a registry's keys(), for-of over a list).
  const children = doc.documentElement?.children;
  for (let i = (children?.length ?? 0) - 1; i >= 0; i--) {
    const element = children![i]!;
    if (element.localName === HOST_TAG && !element.matches(':defined')) {
      element.remove();
      report.hosts++;
    }
  }
  try {
    const sheets = doc.adoptedStyleSheets;
    const kept: CSSStyleSheet[] = [];
    for (let i = 0; i < sheets.length; i++) if (!ownRules(sheets[i]!)) kept.push(sheets[i]!);
    report.sheets = sheets.length - kept.length;
    if (report.sheets) doc.adoptedStyleSheets = kept;
  } catch {
    // No adoptedStyleSheets for content scripts (Firefox before 153): an old copy's rules were in its host, gone above.
  }
  if (highlights) {
    for (const name of [MARK, ACTIVE, FLASH]) {
      if (highlights.has(name)) {
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
    const rules = sheet.cssRules;
    if (rules.length === 0) return false;
    for (let i = 0; i < rules.length; i++) if (!OUR_RULE.test(rules[i]!.cssText)) return false;
    return true;
  } catch {
    return false;
  }
}
