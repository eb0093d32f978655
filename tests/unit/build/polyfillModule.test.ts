import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without type declarations.
import { polyfillAsModule } from '../../../build.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

/** Bundles a default import of the polyfill as the extension's bundles are built (an IIFE for the browser). */
async function bundled(plugins: esbuild.Plugin[]): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: "import browser from 'webextension-polyfill'; globalThis.imported = browser;", resolveDir: root },
    plugins,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Runs a bundle where the browser has its own `browser` namespace, and counts what touches each of its APIs. In
 * Chromium they are built lazily, on the first read of the property or of its descriptor: a Proxy stands in for that.
 */
function run(code: string): { imported: unknown; native: object; touched: Map<string, number> } {
  const touched = new Map<string, number>();
  const touch = (name: string | symbol) => {
    if (typeof name === 'string') touched.set(name, (touched.get(name) ?? 0) + 1);
  };
  const apis: Record<string, unknown> = { runtime: { id: 'layerlens' }, storage: {}, app: {}, i18n: {} };
  const native = new Proxy(apis, {
    get: (target, name) => (touch(name), Reflect.get(target, name)),
    getOwnPropertyDescriptor: (target, name) => (touch(name), Reflect.getOwnPropertyDescriptor(target, name)),
  });
  const context = vm.createContext({ chrome: { runtime: { id: 'layerlens' } }, browser: native });
  vm.runInContext(code, context);
  return { imported: (context as { imported?: unknown }).imported, native, touched };
}

describe('polyfillAsModule', () => {
  it('hands over the browser\'s own namespace as it is, without reading every API on it', async () => {
    const { imported, native, touched } = run(await bundled([polyfillAsModule()]));
    expect(imported).toBe(native);
    // Only what the polyfill itself checks (browser.runtime.id): the other APIs are not touched at start-up.
    expect([...touched.keys()]).toEqual(['runtime']);
  });

  it('replaces a default import that read every property of the namespace (esbuild\'s CommonJS interop)', async () => {
    const { touched } = run(await bundled([]));
    expect(touched.get('app')).toBeGreaterThan(0);
    expect(touched.get('storage')).toBeGreaterThan(0);
  });
});
