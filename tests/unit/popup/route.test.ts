import { describe, expect, it } from 'vitest';
import { backLinkKey, formatHash, parseHash, parseTabParam, popupPath, type Route } from '../../../src/popup/route';
import { parseRich, plainText } from '../../../src/popup/rich';

describe('popup deep links', () => {
  it('reads #chain, #search and #compare', () => {
    expect(parseHash('#chain=arbitrum-one')).toEqual({ tab: 'directory', search: '', chain: 'arbitrum-one' });
    expect(parseHash('#search=Arbitrum%20Nova')).toEqual({ tab: 'directory', search: 'Arbitrum Nova' });
    expect(parseHash('#compare=arbitrum-one,op-mainnet')).toEqual({
      tab: 'directory',
      search: '',
      compare: ['arbitrum-one', 'op-mainnet'],
    });
    expect(parseHash('#compare=arbitrum-one')).toEqual({ tab: 'directory', search: '', compare: ['arbitrum-one', null] });
    // A chain against itself: the second is left to pick.
    expect(parseHash('#compare=arbitrum-one,arbitrum-one')).toEqual({ tab: 'directory', search: '', compare: ['arbitrum-one', null] });
  });

  it('falls back to the default view for anything malformed', () => {
    expect(parseHash('')).toEqual({ tab: 'page' });
    expect(parseHash('#nonsense=1')).toEqual({ tab: 'page' });
    expect(parseHash('#chain=<script>')).toEqual({ tab: 'directory', search: '' });
    expect(parseHash('#compare=,')).toEqual({ tab: 'directory', search: '' });
    expect(parseHash('#search=%E0%A4%A')).toEqual({ tab: 'directory', search: '%E0%A4%A' });
  });

  it('round-trips', () => {
    const routes: Route[] = [
      { tab: 'page' },
      { tab: 'learn' },
      { tab: 'learn', section: 'layer-2' },
      { tab: 'learn', term: 'data-availability' },
      { tab: 'directory', search: '' },
      { tab: 'directory', search: 'arb & co' },
      { tab: 'directory', search: '', chain: 'xai' },
      { tab: 'directory', search: '', compare: ['a', 'b'] },
    ];
    for (const route of routes) expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('reads ?tab=<id> and rejects anything else', () => {
    expect(parseTabParam('?tab=42')).toBe(42);
    expect(parseTabParam('')).toBeNull();
    expect(parseTabParam('?tab=-1')).toBeNull();
    expect(parseTabParam('?tab=abc')).toBeNull();
  });

  it('builds the popup page path for a tab that the popup reads back', () => {
    const path = popupPath('#chain=arbitrum-one', 42);
    expect(path).toBe('popup/index.html?tab=42#chain=arbitrum-one');
    const url = new URL(`chrome-extension://id/${path}`);
    expect(parseTabParam(url.search)).toBe(42);
    expect(parseHash(url.hash)).toEqual({ tab: 'directory', search: '', chain: 'arbitrum-one' });
    expect(popupPath('#learn')).toBe('popup/index.html#learn');
  });
});

describe('back links', () => {
  it('name the view they return to: the tab, or the compare view; "Back" to one chain or one term', () => {
    const cases: [string, string][] = [
      ['', 'popupBackToPage'],
      ['#learn', 'popupBackToExplainer'],
      ['#learn=l2-examples', 'popupBackToExplainer'],
      ['#directory', 'popupBackToDirectory'],
      ['#search=zk%20rollup', 'popupBackToDirectory'],
      ['#compare=arbitrum-one,base', 'popupBackToCompare'],
      ['#chain=arbitrum-one', 'popupBack'],
      ['#term=sidechain', 'popupBack'],
    ];
    expect(cases.map(([hash]) => [hash, backLinkKey(parseHash(hash))])).toEqual(cases);
  });
});

describe('explainer markup', () => {
  it('splits chain links, glossary terms and emphasis out of the text', () => {
    expect(parseRich('Use [[Polygon|Polygon PoS]] or [[Arbitrum One]]; see {{DA|data-availability}}. **Note**')).toEqual([
      { type: 'text', text: 'Use ' },
      { type: 'chain', label: 'Polygon', name: 'Polygon PoS' },
      { type: 'text', text: ' or ' },
      { type: 'chain', label: 'Arbitrum One', name: 'Arbitrum One' },
      { type: 'text', text: '; see ' },
      { type: 'term', label: 'DA', termId: 'data-availability' },
      { type: 'text', text: '. ' },
      { type: 'strong', text: 'Note' },
    ]);
    expect(plainText('A [[Bitcoin]] {{rollup|rollup}}')).toBe('A Bitcoin rollup');
  });
});
