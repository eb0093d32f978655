// The content script's size budget (BENCHMARKS.md) is kept by two build steps of build.mjs that change how its data
// and text are written, never what they are: the chain projection as rows, and the stylesheet minified.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without type declarations.
import { compactContentSource, CONTENT_CHAIN_FIELDS, contentChainsModule } from '../../../build.mjs';
import chains from '../../../src/data/chains.json';
import { TOOLTIP_CSS } from '../../../src/content/tooltip/styles';

const root = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'layerlens-content-source-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let written = 0;
/** Imports ES module source written to a temporary file. */
async function importSource<T>(code: string): Promise<T> {
  const file = path.join(tmp, `module-${written++}.mjs`);
  writeFileSync(file, code);
  return import(/* @vite-ignore */ pathToFileURL(file).href) as Promise<T>;
}

/** Bundles one source file of the project with compactContentSource, as build.mjs does for the content script. */
async function compacted<T>(entry: string): Promise<{ module: T; code: string }> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    plugins: [compactContentSource()],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { module: await importSource<T>(code), code };
}

describe('contentChainsModule', () => {
  it('gives the content script each chain with exactly the projected fields and values', async () => {
    const { contents } = contentChainsModule(chains) as { contents: string };
    const { default: projected } = await importSource<{ default: Record<string, unknown>[] }>(contents);
    const expected = (chains as unknown as Record<string, unknown>[]).map((c) =>
      Object.fromEntries((CONTENT_CHAIN_FIELDS as string[]).map((f) => [f, c[f]])),
    );
    expect(projected).toEqual(expected);
    expect(projected.find((c) => c.id === 'base')).toEqual({ id: 'base', name: 'Base', layer: 2, parent: 'ethereum', status: 'active' });
  });

  it('writes the field names once, not once a chain', () => {
    const { contents } = contentChainsModule(chains) as { contents: string };
    expect(contents.split('parent').length - 1).toBe(1);
  });

  it('fails the build for a chain without one of the fields', () => {
    const [first] = chains as unknown as Record<string, unknown>[];
    const { layer: _, ...withoutLayer } = first!;
    expect(() => contentChainsModule([withoutLayer])).toThrow(/has no layer/);
  });
});

describe('compactContentSource', () => {
  it('minifies the tooltip stylesheet to the same rules', async () => {
    const { module } = await compacted<{ TOOLTIP_CSS: string }>('src/content/tooltip/styles.ts');
    expect(module.TOOLTIP_CSS.length).toBeLessThan(TOOLTIP_CSS.length * 0.9);
    expect(module.TOOLTIP_CSS).toContain(':host{all:initial}');
    // Minifying it again changes nothing, and the original minifies to it: the same stylesheet.
    const minify = (css: string) => esbuild.transformSync(css, { loader: 'css', minify: true }).code.trim();
    expect(minify(TOOLTIP_CSS)).toBe(module.TOOLTIP_CSS);
  });

  it('keeps the line count of the stylesheet, so source maps point at the right lines', async () => {
    // The plugin's own onLoad hooks, called as esbuild would call them.
    type Load = (args: { path: string }) => Promise<{ contents: string }>;
    const loads: { filter: RegExp; load: Load }[] = [];
    (compactContentSource() as { setup: (build: unknown) => void }).setup({
      onLoad: ({ filter }: { filter: RegExp }, load: Load) => loads.push({ filter, load }),
    });
    for (const file of ['src/content/tooltip/styles.ts']) {
      const full = path.join(root, file);
      const source = readFileSync(full, 'utf8');
      const { contents } = await loads.find(({ filter }) => filter.test(full))!.load({ path: full });
      expect(contents.split('\n').length, file).toBe(source.split('\n').length);
      expect(contents.length, file).toBeLessThan(source.length);
    }
  });
});
