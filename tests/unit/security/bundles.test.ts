// SECURITY.md: no bundle we ship builds DOM from an HTML string or runs code from a string. Our own code is kept
// that way by eslint; Preact's dangerouslySetInnerHTML branch is cut out at build time (preactWithoutInnerHtml in
// build.mjs). These tests bundle every entry point in memory the way build.mjs does (dist is not touched) and check
// the output. `npm run lint` runs `web-ext lint --warnings-as-errors` on the built dist/firefox as well.
import * as esbuild from 'esbuild';
import { JSDOM } from 'jsdom';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without type declarations.
import { preactWithoutInnerHtml } from '../../../build.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const ENTRIES = ['src/background/main.ts', 'src/content/main.ts', 'src/popup/main.tsx', 'src/options/main.tsx'];

/** Sinks that turn a string into DOM or code; the minified bundles must contain none of them. */
const SINKS: [string, RegExp][] = [
  ['innerHTML assignment', /\binnerHTML\s*(\+?=)(?!=)/],
  ['outerHTML assignment', /\bouterHTML\s*(\+?=)(?!=)/],
  ['computed innerHTML/outerHTML', /\[\s*["'`](inner|outer)HTML["'`]\s*\]/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
  ['eval', /(^|[^\w$.])eval\s*\(/],
  ['Function constructor', /\bnew\s+Function\s*\(/],
  ['importScripts', /\bimportScripts\s*\(/],
];

function bundle(entry: string, format: 'iife' | 'esm' = 'iife') {
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    plugins: [preactWithoutInnerHtml()],
    bundle: true,
    format,
    target: ['chrome120', 'firefox140'],
    platform: 'browser',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
}

describe('shipped bundles', () => {
  it.each(ENTRIES)('%s has no HTML or code-from-string sink', async (entry) => {
    const result = await bundle(entry);
    const code = result.outputFiles[0]!.text;
    const found = SINKS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(found).toEqual([]);
  });
});

describe('preactWithoutInnerHtml', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'layerlens-preact-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  async function patchedPreact(): Promise<typeof import('preact')> {
    const entry = path.join(tmp, 'entry.js');
    writeFileSync(entry, "export { h, render } from 'preact';\n");
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      nodePaths: [path.join(root, 'node_modules')],
      plugins: [preactWithoutInnerHtml()],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const out = path.join(tmp, 'preact.mjs');
    writeFileSync(out, result.outputFiles[0]!.contents);
    return import(/* @vite-ignore */ pathToFileURL(out).href);
  }

  it('renders as usual, but refuses dangerouslySetInnerHTML instead of writing HTML', async () => {
    const { h, render } = await patchedPreact();
    // Preact creates elements through the global document; esbuild cannot run in vitest's jsdom environment.
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    globalThis.document = document;
    onTestFinished(() => {
      delete (globalThis as { document?: Document }).document;
    });
    const host = document.createElement('div');
    render(h('p', { title: 't' }, 'plain <b>text</b>'), host);
    expect(host.querySelector('p')?.textContent).toBe('plain <b>text</b>');
    expect(host.querySelector('b')).toBeNull();

    const target = document.createElement('div');
    expect(() => render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), target)).toThrow(
      'dangerouslySetInnerHTML is not supported in Layerlens',
    );
    expect(target.querySelector('img')).toBeNull();
  });

  it('fails the build when Preact no longer has the expected shape', async () => {
    const fake = path.join(tmp, 'node_modules/preact/dist/preact.module.js');
    mkdirSync(path.dirname(fake), { recursive: true });
    writeFileSync(fake, 'export function render(d, p) { d.innerHTML = p.html; }\n');
    await expect(
      esbuild.build({ entryPoints: [fake], plugins: [preactWithoutInnerHtml()], bundle: true, write: false, logLevel: 'silent' }),
    ).rejects.toThrow(/innerHTML code changed/);
  });
});
