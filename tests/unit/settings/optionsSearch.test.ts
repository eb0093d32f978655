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
