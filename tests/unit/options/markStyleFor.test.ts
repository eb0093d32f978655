import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../src/content/highlighter';
import { markStyleFor } from '../../../src/options/markStyle';

describe('markStyleFor (the options preview of a mark)', () => {
  it('underlines where highlights paint decorations', () => {
    expect(markStyleFor('underline', '#123abc')).toEqual({ textDecoration: 'underline dotted #123abc 2px', textUnderlineOffset: '3px' });
  });

  it('previews the tint the page will get where they do not (Firefox before 146), like the page rules', () => {
    const preview = markStyleFor('underline', '#123abc', false);
    expect(preview.backgroundColor).toBe('#123abc2e');
    expect(preview.textDecoration).toBeUndefined();
    expect(highlightCss({ style: 'underline', color: '#123abc' }, 'every', false)).toContain(`background-color: ${preview.backgroundColor};`);
  });

  it('draws nothing for "none" either way', () => {
    expect(markStyleFor('none', '#123abc')).toEqual({});
    expect(markStyleFor('none', '#123abc', false)).toEqual({});
  });
});
