import { describe, expect, it } from 'vitest';
import { filterSections, foldText, matchesQuery } from '../../../src/options/search';

describe('options search', () => {
  it('folds case, accents and spaces', () => {
    expect(foldText('  Cólour   Mark ')).toBe('colour mark');
  });

  it('every query word must occur', () => {
    expect(matchesQuery('', ['x'])).toBe(true);
    expect(matchesQuery('hover delay', ['Hover delay'])).toBe(true);
    expect(matchesQuery('delay hover', ['Hover delay'])).toBe(true);
    expect(matchesQuery('hover colour', ['Hover delay'])).toBe(false);
    expect(matchesQuery('colour', ['Mark style', 'Colour'])).toBe(true);
  });

  it('finds a setting by the words people use for it too: other spellings and other names', () => {
    expect(matchesQuery('color', ['Colour', 'Default colour'])).toBe(true);
    expect(matchesQuery('highlight', ['Mark chain names on pages'])).toBe(true);
    expect(matchesQuery('disable', ['Turn off to pause Layerlens on every site.'])).toBe(true);
    expect(matchesQuery('font', ['Text size'])).toBe(true);
    expect(matchesQuery('dark', ['Theme'])).toBe(true);
    // Not anything at all: the other words must still be there, and a misspelling is no synonym.
    expect(matchesQuery('font colour', ['Text size'])).toBe(false);
    expect(matchesQuery('colr', ['Colour'])).toBe(false);
    const sections = [{ title: 'Marks', items: [{ texts: ['Colour'] }, { texts: ['Style'] }] }];
    expect(filterSections(sections, 'color')).toEqual([{ title: 'Marks', items: [{ texts: ['Colour'] }] }]);
  });

  it('finds the theme by "dark mode", the layers by "L2", and the mark style alone by "underline"', () => {
    // Found by an outside review: "dark mode" and "L2" found nothing, "underline" every setting that says "mark".
    expect(matchesQuery('dark mode', ['Theme', 'Light', 'Dark', 'As the system'])).toBe(true);
    expect(matchesQuery('night mode', ['Theme', 'Dark'])).toBe(true);
    expect(matchesQuery('mode', ['Theme', 'Dark'])).toBe(false);
    expect(matchesQuery('L2', ['Chains to mark', 'Layer 2 chains, built on a layer 1'])).toBe(true);
    expect(matchesQuery('l3', ['Layer 2 chains'])).toBe(false);
    expect(matchesQuery('underline', ['Mark style', 'Dotted underline', 'Soft background'])).toBe(true);
    expect(matchesQuery('underline', ['Mark chain names on pages'])).toBe(false);
  });

  it('keeps matching items, whole sections whose title matches, and drops empty sections', () => {
    const sections = [
      { title: 'General', items: [{ texts: ['Mark chain names'] }, { texts: ['Site rules'] }] },
      { title: 'Tooltip', items: [{ texts: ['Hover delay'] }, { texts: ['Theme'] }] },
    ];
    expect(filterSections(sections, 'rules')).toEqual([{ title: 'General', items: [{ texts: ['Site rules'] }] }]);
    expect(filterSections(sections, 'tooltip')).toEqual([sections[1]]);
    expect(filterSections(sections, 'nothing')).toEqual([]);
    expect(filterSections(sections, ' ')).toEqual(sections);
  });
});
