// The page's own words about itself, read for the background's crypto-page verdict (see detect/pageSignal.ts).
import type { PageSignalInput } from '../detect/pageSignal';
import { SAMPLE_CHARS } from '../detect/pageSample';
import { BlockReader, type WalkOptions } from './walker';

/** Headings read: the first few say what a page is about. */
const MAX_HEADINGS = 30;

/** What the background judges a page by (pageSignal.ts): its title, description and first headings, and counts. */
export function readPageMeta(
  certainMentionCount: number,
  textLength: number,
  doc: Document = document,
  certainChainCount?: number,
): PageSignalInput {
  // Descriptions live in <head>: asked of the whole document, a page without one is searched to its last element.
  const description = (doc.head ?? doc).querySelector('meta[name="description"], meta[property="og:description"]');
  return {
    title: doc.title,
    description: description?.getAttribute('content') ?? '',
    headings: firstHeadings(doc, MAX_HEADINGS),
    certainMentionCount,
    ...(certainChainCount === undefined ? {} : { certainChainCount }),
    textLength,
  };
}

/**
 * Up to `max` headings' text, h1s first, then h2s, then h3s. A live collection per level walks the page only as far as
 * the headings it is asked for; one query for several levels is slower (measured on the 3 MB bench page, first run:
 * `querySelectorAll('h1, h2')` 2.4–2.6 ms, the h1 and h2 collections 1.7–2.1 ms, where it has 2,500 h3s and no h1 or
 * h2), and one for all three levels would match all 2,500.
 */
export function firstHeadings(doc: Document, max: number): string[] {
  const out: string[] = [];
  for (const tag of ['h1', 'h2', 'h3']) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; out.length < max; i++) {
      const heading = found.item(i);
      if (!heading) break;
      out.push(heading.textContent ?? '');
    }
  }
  return out;
}

/**
 * The start of the page's text as the scanner reads it (its blocks, one per line, what it skips skipped), up to
 * SAMPLE_CHARS: read only where Layerlens marks pages about crypto alone and the page's own title and headings did
 * not say so. Reading stops at the limit, so a long page costs no more than a short one.
 */
export function readTextSample(root: Node | null, options: WalkOptions = {}): string {
  if (!root) return '';
  const reader = new BlockReader(root, options);
  let sample = '';
  while (sample.length < SAMPLE_CHARS && reader.next()) sample += `${reader.text}\n`;
  return sample.slice(0, SAMPLE_CHARS);
}
