// The content script's size budget (BENCHMARKS.md) is kept by two build steps of build.mjs: the dataset kept out of
// it (what the page needs of a chain comes from the background), and its stylesheet minified (the same rules).
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without type declarations.
import { compactContentSource, noDatasetInContent } from '../../../build.mjs';
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

describe('noDatasetInContent', () => {
  const bundle = (contents: string, plugins: esbuild.Plugin[]) =>
    esbuild.build({ absWorkingDir: root, stdin: { contents, resolveDir: root }, plugins, bundle: true, write: false, logLevel: 'silent' });

  it('fails the content script\'s build when anything in it imports the dataset, however indirectly', async () => {
    // src/data/index.ts imports chains.json: the way a content module would most likely reach it.
    const importing = "import { chainById } from './src/data/index'; console.log(chainById('base'));";
    await expect(bundle(importing, [noDatasetInContent()])).rejects.toThrow(/must not bundle the dataset/);
    // The same code builds without the guard: the guard, not the import, fails it.
    await expect(bundle(importing, [])).resolves.toBeTruthy();
  });

  it('fails it too when anything imports the detector\'s rules, as a rule from everyday.ts once did through packedMentions.ts', async () => {
    const importing = "import { negative } from './src/detect/everyday'; console.log(negative);";
    await expect(bundle(importing, [noDatasetInContent()])).rejects.toThrow(/must not bundle the detector/);
    await expect(bundle(importing, [])).resolves.toBeTruthy();
    // What the content script needs of detect/ (packing, page samples) builds.
    await expect(bundle("import { checkedMentions } from './src/detect/packedMentions'; console.log(checkedMentions);", [noDatasetInContent()])).resolves.toBeTruthy();
  });

  it('lets the content script build: it imports no dataset', async () => {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['src/content/main.ts'],
      plugins: [noDatasetInContent()],
      bundle: true,
      write: false,
      metafile: true,
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
    });
    expect(Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/data/'))).not.toContain('src/data/chains.json');
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
