// The options page's search: every word of the query must be found, by its own spelling or another people use.
import { describe, expect, it } from 'vitest';
import { filterSections, matchesQuery } from '../../../src/options/search';

describe('options search', () => {
  it('finds a setting by the words on the page, whatever their case and accents', () => {
    expect(matchesQuery('text SIZE', ['Text size'])).toBe(true);
    expect(matchesQuery('resume', ['Résumé'])).toBe(true);
    expect(matchesQuery('text colour', ['Text size'])).toBe(false);
    expect(matchesQuery('', ['anything'])).toBe(true);
  });

  it('finds it by the words people use for it too: other spellings and other names', () => {
    expect(matchesQuery('color', ['Colour', 'Default colour'])).toBe(true);
    expect(matchesQuery('highlight', ['Mark chain names on pages'])).toBe(true);
    expect(matchesQuery('disable', ['Turn off to pause Layerlens on every site.'])).toBe(true);
    expect(matchesQuery('font', ['Text size'])).toBe(true);
    expect(matchesQuery('dark', ['Theme'])).toBe(true);
    // Not anything at all: the other words must still be there.
    expect(matchesQuery('font colour', ['Text size'])).toBe(false);
    expect(matchesQuery('colr', ['Colour'])).toBe(false);
  });

  it('keeps the sections with a matching item, and a section whose title matches whole', () => {
    const sections = [
      { title: 'Marks', items: [{ texts: ['Colour'] }, { texts: ['Style'] }] },
      { title: 'Tooltip', items: [{ texts: ['Text size'] }, { texts: ['Theme'] }] },
    ];
    expect(filterSections(sections, 'color')).toEqual([{ title: 'Marks', items: [{ texts: ['Colour'] }] }]);
    expect(filterSections(sections, 'popover')).toEqual([sections[1]]);
    expect(filterSections(sections, 'nothing like it')).toEqual([]);
  });
});
