import { describe, expect, it } from 'vitest';
import { ACTIVE, FLASH, MARK, highlightCss, ruleScopeFor } from '../../../src/content/highlighter';

describe('highlightCss', () => {
  it('writes one rule per highlight, on every element by default (engines without highlight inheritance)', () => {
    const css = highlightCss({ style: 'underline', color: '#123abc' });
    const rules = css.split('\n');
    expect(rules.map((r) => r.slice(0, r.indexOf(' {')))).toEqual([`::highlight(${MARK})`, `::highlight(${ACTIVE})`, `::highlight(${FLASH})`]);
    expect(rules[0]).toContain('underline dotted #123abc 2px');
  });

  it('puts every rule on the root when asked (Chromium carries it to every element)', () => {
    const rules = highlightCss({ style: 'background', color: '#123abc' }, 'root').split('\n');
    expect(rules.map((r) => r.slice(0, r.indexOf(' {')))).toEqual([
      `:root::highlight(${MARK})`,
      `:root::highlight(${ACTIVE})`,
      `:root::highlight(${FLASH})`,
    ]);
    expect(rules[0]).toContain('background-color: #123abc2e');
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
