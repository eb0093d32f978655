import { describe, expect, it } from 'vitest';
import { ACTIVE, FLASH, MARK, canAdoptSheets, highlightCss, reachesShadowTrees, ruleScopeFor } from '../../../src/content/highlighter';
import { drawnMarkStyle, paintsDecorations } from '../../../src/ui/engine';

describe('highlightCss', () => {
  it('writes one rule per highlight, on every element by default (engines without highlight inheritance)', () => {
    const css = highlightCss({ style: 'underline', color: '#123abc' });
    const rules = css.split('\n');
    expect(rules.map((r) => r.slice(0, r.indexOf(' {')))).toEqual([`::highlight(${MARK})`, `::highlight(${ACTIVE})`, `::highlight(${FLASH})`, '@media (forced-colors: active)', '@media print']);
    expect(rules[0]).toContain('underline dotted #123abc 2px');
  });

  it('puts every rule on the root when asked (Chromium carries it to every element)', () => {
    const rules = highlightCss({ style: 'background', color: '#123abc' }, 'root').split('\n');
    expect(rules.map((r) => r.slice(0, r.indexOf(' {')))).toEqual([
      `:root::highlight(${MARK})`,
      `:root::highlight(${ACTIVE})`,
      `:root::highlight(${FLASH})`,
      '@media (forced-colors: active)',
      '@media print',
    ]);
    expect(rules[3]).toContain(`:root::highlight(${MARK}) { text-decoration: underline dotted`);
    expect(rules[4]).toContain(`:root::highlight(${MARK})`);
    expect(rules[0]).toContain('background-color: #123abc2e');
  });

  it('has no forced-colours rule where highlights paint no lines (it would change nothing)', () => {
    const css = highlightCss({ style: 'background', color: '#123abc' }, 'every', false);
    expect(css).not.toContain('forced-colors');
  });

  it('lets nothing but a #rrggbb colour into the sheet', () => {
    const css = highlightCss({ style: 'underline', color: 'red; } body { display: none' }, 'root');
    expect(css).not.toContain('display');
    expect(css).toContain('#6d5dfc');
  });

  it('draws no mark style for "none", and keeps the hover and flash rules', () => {
    const rules = highlightCss({ style: 'none', color: '#6d5dfc' }).split('\n');
    expect(rules[0]).toBe(`::highlight(${MARK}) {  }`);
    expect(rules[1]).toContain('background-color');
  });
});

describe('ruleScopeFor', () => {
  it('uses the root form in Chromium and the every-element form elsewhere', () => {
    expect(ruleScopeFor('chrome-extension://abcdefghijklmnop/')).toBe('root');
    expect(ruleScopeFor('moz-extension://3f1c6e0a-8b2d-4c7e-9a51-1a7e5c0d4b21/')).toBe('every');
    expect(ruleScopeFor('')).toBe('every');
  });
});

describe('engines that paint no underline in ::highlight (Firefox before 146)', () => {
  it('draws the underline look as a tint and drops the hover underline, keeping its background', () => {
    const rules = highlightCss({ style: 'underline', color: '#123abc' }, 'every', false).split('\n');
    expect(rules[0]).toBe(`::highlight(${MARK}) { background-color: #123abc2e; }`);
    expect(rules[1]).toBe(`::highlight(${ACTIVE}) { background-color: #123abc40; }`);
    expect(rules.join('\n')).not.toContain('text-decoration');
  });

  it('leaves the background and none looks as they are', () => {
    expect(highlightCss({ style: 'background', color: '#123abc' }, 'every', false).split('\n')[0]).toBe(
      highlightCss({ style: 'background', color: '#123abc' }).split('\n')[0],
    );
    expect(highlightCss({ style: 'none', color: '#123abc' }, 'every', false).split('\n')[0]).toBe(`::highlight(${MARK}) {  }`);
  });
});

describe('paintsDecorations', () => {
  it('is false only for Firefox before 146', () => {
    const firefox = (v: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
    expect(paintsDecorations(firefox(140))).toBe(false);
    expect(paintsDecorations(firefox(145))).toBe(false);
    expect(paintsDecorations(firefox(146))).toBe(true);
    expect(paintsDecorations(firefox(153))).toBe(true);
    expect(paintsDecorations('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36')).toBe(true);
    expect(paintsDecorations('')).toBe(true);
  });
});

describe('drawnMarkStyle', () => {
  it('draws the underline look as the tint only where underlines are not painted', () => {
    expect(drawnMarkStyle('underline', true)).toBe('underline');
    expect(drawnMarkStyle('underline', false)).toBe('background');
    for (const decorations of [true, false]) {
      expect(drawnMarkStyle('background', decorations)).toBe('background');
      expect(drawnMarkStyle('none', decorations)).toBe('none');
    }
  });
});

describe('canAdoptSheets and reachesShadowTrees', () => {
  const withSheets = { adoptedStyleSheets: [] } as unknown as Document;
  // What a Firefox content script before 153 sees: no adoptedStyleSheets on its view of the document.
  const withoutSheets = {} as unknown as Document;

  it('tells whether the document takes constructed sheets here', () => {
    expect(canAdoptSheets(withSheets)).toBe(true);
    expect(canAdoptSheets(withoutSheets)).toBe(false);
  });

  it('reaches shadow trees by inheritance (root rules) or by adopting our sheet, and not otherwise', () => {
    expect(reachesShadowTrees('root', withoutSheets)).toBe(true);
    expect(reachesShadowTrees('every', withSheets)).toBe(true);
    expect(reachesShadowTrees('every', withoutSheets)).toBe(false);
  });
});
