// What the content script tells the background about a page, for its crypto-page verdict.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { firstHeadings, readPageMeta } from '../../../src/content/pageMeta';

function page(html: string, head = '') {
  return new JSDOM(`<!doctype html><head>${head}</head><body>${html}</body>`).window.document;
}

describe('firstHeadings', () => {
  it('takes h1s first, then h2s, then h3s, each level in page order', () => {
    const doc = page('<h3>c1</h3><h2>b1</h2><h1>a1</h1><h3>c2</h3><h2>b2</h2><h1>a2</h1><h4>d</h4>');
    expect(firstHeadings(doc, 30)).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2']);
  });

  it('stops at the limit, within a level or across levels', () => {
    const doc = page('<h2>b1</h2><h1>a1</h1><h2>b2</h2><h3>c1</h3>');
    expect(firstHeadings(doc, 1)).toEqual(['a1']);
    expect(firstHeadings(doc, 2)).toEqual(['a1', 'b1']);
    expect(firstHeadings(doc, 4)).toEqual(['a1', 'b1', 'b2', 'c1']);
    const many = page('<h3>x</h3>'.repeat(100));
    expect(firstHeadings(many, 30)).toHaveLength(30);
  });

  it('reads h3s alone on a page without h1 or h2, and nothing on a page without headings', () => {
    expect(firstHeadings(page('<h3>Base <b>dashboard</b></h3><p>text</p>'), 30)).toEqual(['Base dashboard']);
    expect(firstHeadings(page('<p>no headings</p>'), 30)).toEqual([]);
  });
});

describe('readPageMeta', () => {
  it('reads the title, the description and the headings, and passes the counts on', () => {
    const doc = page('<h1>Rollups</h1>', '<title>Layer 2s</title><meta property="og:description" content="Fees and bridges">');
    expect(readPageMeta(3, 1200, doc)).toEqual({
      title: 'Layer 2s',
      description: 'Fees and bridges',
      headings: ['Rollups'],
      certainMentionCount: 3,
      textLength: 1200,
    });
    expect(readPageMeta(0, 0, page('<p>plain</p>')).description).toBe('');
  });
});
