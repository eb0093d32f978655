// Colour contrast that axe-core does not check: the edges of controls (WCAG 1.4.11, 3:1), and text colours that only
// show after scrolling, read straight from the palettes in popup.css and options.css, in light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const css = (file: string) => readFileSync(join(root, file), 'utf8');

/** The custom properties declared in the first block that follows `opening` (e.g. ":root {"). */
function properties(source: string, opening: string): Record<string, string> {
  const start = source.indexOf(opening);
  if (start < 0) throw new Error(`no ${opening}`);
  const body = source.slice(start + opening.length, source.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** A palette value as a hex colour, following var(--x) references within the palette. */
function resolve(palette: Record<string, string>, name: string): string {
  const value = palette[name];
  if (!value) throw new Error(`${name} is not in the palette`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref ? resolve(palette, ref[1]!) : value;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('popup colours', () => {
  const source = css('src/popup/popup.css');
  const palette = properties(source, ':root {');
  /** One side of each light-dark(light, dark) pair (a value without one is the same in both). */
  const side = (which: 1 | 2) =>
    Object.fromEntries(Object.entries(palette).map(([name, value]) => [name, /^light-dark\((.+),\s*([^,]+)\)$/.exec(value)?.[which]?.trim() ?? value]));
  const light = side(1);
  const dark = side(2);

  for (const [scheme, palette] of [['light', light], ['dark', dark]] as const) {
    it(`${scheme}: search field and select borders stand out 3:1 from the background`, () => {
      expect(contrast(resolve(palette, '--control-border'), resolve(palette, '--bg'))).toBeGreaterThanOrEqual(3);
    });

    it(`${scheme}: the "What you gain" / "What you trust" headings read 4.5:1`, () => {
      expect(contrast(resolve(palette, '--l2-text'), resolve(palette, '--bg'))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(resolve(palette, '--danger-fg'), resolve(palette, '--bg'))).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('uses those colours where it matters', () => {
    expect(source).toMatch(/\.search-input \{[^}]*border: 1px solid var\(--control-border\)/);
    expect(source).toMatch(/\.filter select \{[^}]*border: 1px solid var\(--control-border\)/);
    expect(source).toMatch(/\.gains-head \{\s*color: var\(--l2-text\)/);
  });
});

describe('options colours', () => {
  const source = css('src/options/options.css');
  const palette = properties(source, ':root {');
  /** light-dark(a, b) → [a, b] */
  const pair = (name: string) => {
    const m = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(resolve(palette, name));
    if (!m) throw new Error(`${name} is not light-dark(#hex, #hex)`);
    return [m[1]!, m[2]!] as const;
  };

  it('field borders and the off switch track stand out 3:1 from the card and the page, light and dark', () => {
    const edge = pair('--border-strong');
    for (const background of ['--surface', '--bg']) {
      const bg = pair(background);
      expect(contrast(edge[0], bg[0]), `light on ${background}`).toBeGreaterThanOrEqual(3);
      expect(contrast(edge[1], bg[1]), `dark on ${background}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses --border-strong for field borders and the off track', () => {
    expect(source).toMatch(/select \{[^}]*border: 1px solid var\(--border-strong\)/);
    expect(source).toMatch(/\.toggle-track \{[^}]*background: var\(--border-strong\)/);
  });
});
