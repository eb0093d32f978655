// What the scan CLI reports for a text or an HTML document, without any file or process handling (testable alone).
// HTML is read with the page scanner's own walker over a jsdom DOM, so the CLI finds what the extension would mark.

import { JSDOM } from 'jsdom';
import { collectTextBlocks } from '../content/walker';
import { chainById } from '../data/index';
import { defaultDetector, type Detector } from '../detect/index';
import { tradingPairHeader } from '../detect/pairHeader';
import { pageSignal } from '../detect/pageSignal';
import type { DetectContext, Mention } from '../detect/types';

export interface ScanMention {
  /** UTF-16 offsets into the document text (the file for text, the concatenated text nodes for HTML). */
  start: number;
  end: number;
  text: string;
  chain: { id: string; name: string };
}

export interface ScanResult {
  mentions: ScanMention[];
}

function toResult(text: string, found: readonly Mention[]): ScanMention[] {
  return found.map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    chain: { id: m.chainId, name: chainById(m.chainId)?.name ?? m.chainId },
  }));
}

const STRICT: DetectContext = { sensitivity: 'strict', cryptoPage: false };

/** Plain text: one block; the page signal comes from the text's own density of certain names. */
export function scanText(text: string, detector: Detector = defaultDetector()): ScanResult {
  const certain = detector.findMentions(text, STRICT).filter((m) => m.certain);
  const cryptoPage = pageSignal(
    {
      title: '',
      description: '',
      headings: [],
      certainMentionCount: certain.length,
      certainChainCount: new Set(certain.map((m) => m.chainId)).size,
      textLength: text.length,
    },
    detector,
  );
  const found = detector.findMentions(text, { sensitivity: 'balanced', cryptoPage });
  return { mentions: toResult(text, found) };
}

/** HTML: the walker's text blocks in document order; offsets run over their concatenation. */
export function scanHtml(html: string, detector: Detector = defaultDetector()): ScanResult {
  const { document } = new JSDOM(html).window;
  const root = document.body ?? document.documentElement;
  const blocks = root ? collectTextBlocks(root) : [];
  let certain = 0;
  const certainChains = new Set<string>();
  let textLength = 0;
  for (const b of blocks) {
    for (const m of detector.findMentions(b.text, STRICT)) {
      if (!m.certain) continue;
      certain++;
      certainChains.add(m.chainId);
    }
    textLength += b.text.length;
  }
  const description = document.querySelector('meta[name="description"], meta[property="og:description"]');
  const headings = [...document.querySelectorAll('h1, h2, h3')].slice(0, 30).map((h) => h.textContent ?? '');
  const cryptoPage = pageSignal(
    {
      title: document.title,
      description: description?.getAttribute('content') ?? '',
      headings,
      certainMentionCount: certain,
      certainChainCount: certainChains.size,
      textLength,
    },
    detector,
  );
  const context: DetectContext = { sensitivity: 'balanced', cryptoPage };
  const mentions: ScanMention[] = [];
  let offset = 0;
  for (const [i, b] of blocks.entries()) {
    const found = tradingPairHeader(b.text, blocks[i + 1]?.text) ? [] : detector.findMentions(b.text, context);
    for (const m of toResult(b.text, found)) {
      mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
    }
    offset += b.text.length;
  }
  return { mentions };
}
