// A second copy of the built extension whose dataset is grown 10× with made-up chains, to show that what the page
// pays does not grow with the number of names. build.mjs stays untouched: we copy dist/chrome and rebuild its
// background (where detection runs, with the lexicon, and where the page's chain facts come from) with the same
// esbuild settings and the same dataset module (build.mjs backgroundDataset). The content script bundles no dataset,
// so it is the same file in both copies (the readable copy for profiling rebuilds it unminified).
import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import path from 'node:path';
import { rng } from './pages';

interface ChainLike {
  id: string;
  name: string;
  aliases: string[];
  layer: number;
  parent: string | null;
  nativeToken?: string | null;
  [key: string]: unknown;
}

const SYLLABLES = ['zor', 'blax', 'quen', 'tiv', 'mor', 'dex', 'vul', 'kra', 'plin', 'osh', 'tru', 'gav', 'nim', 'yel', 'fesk', 'wob', 'rix', 'lum', 'spar', 'thon'];
const SUFFIXES = ['Chain', 'Network', 'Rollup', 'Mainnet', 'Layer', 'Hub', 'Protocol', 'zkEVM'];

/** `chains` plus (factor − 1) × as many synthetic chains, each with a made-up name and aliases ("Zorblax Chain"). */
export function growChains(chains: ChainLike[], factor = 10): ChainLike[] {
  const r = rng(42);
  const out = [...chains];
  const used = new Set<string>();
  const word = () => {
    for (;;) {
      const n = 2 + Math.floor(r() * 2);
      let w = '';
      for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
      w = w[0]!.toUpperCase() + w.slice(1);
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  for (let k = 1; k < factor; k++) {
    for (const [i, template] of chains.entries()) {
      const base = word();
      const suffix = SUFFIXES[(i + k) % SUFFIXES.length]!;
      // The same number of surface forms as the chain it copies, so the lexicon grows 10× too.
      const aliases = template.aliases.map((_, a) => (a === 0 ? base : `${base} ${SUFFIXES[(i + k + a) % SUFFIXES.length]} ${a}`));
      out.push({
        ...template,
        id: `synthetic-${k}-${i}`,
        name: `${base} ${suffix}`,
        aliases,
        ambiguous: [],
        qualifiers: [],
        sharedForms: [],
        parent: template.parent,
        nativeToken: template.nativeToken ? `${base.slice(0, 3).toUpperCase()}${k}${i}` : template.nativeToken ?? null,
      });
    }
  }
  return out;
}

export interface Variant {
  dir: string;
  forms: { base: number; grown: number };
  contentBytes: number;
}

/**
 * Copies `extensionDir` to `outDir` and rebuilds its background/main.js from `root` with the grown dataset (factor 1
 * and minify false give a readable copy of the real one, for profiling: then content/main.js is rebuilt readable too).
 */
export async function buildGrownExtension(
  root: string,
  extensionDir: string,
  outDir: string,
  factor = 10,
  minify = true,
): Promise<Variant> {
  const { noDatasetInContent, backgroundDataset, polyfillAsModule } = (await import(path.join(root, 'build.mjs'))) as {
    noDatasetInContent: () => esbuild.Plugin;
    backgroundDataset: (chains: ChainLike[]) => esbuild.Plugin;
    polyfillAsModule: () => esbuild.Plugin;
  };
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.cp(extensionDir, outDir, { recursive: true });
  const chains = JSON.parse(await fs.readFile(path.join(root, 'src/data/chains.json'), 'utf8')) as ChainLike[];
  const grown = growChains(chains, factor);
  const count = (list: ChainLike[]) => list.reduce((n, c) => n + 1 + c.aliases.length, 0);
  const build = (entry: string, plugin: esbuild.Plugin) =>
    esbuild.build({
      absWorkingDir: root,
      entryPoints: { [entry]: `src/${entry}.ts` },
      // The same dataset module as the real build (the packed lexicon), made from the grown chains.
      plugins: [plugin, polyfillAsModule()],
      // The same settings as build.mjs's production bundles.
      bundle: true,
      format: 'iife',
      target: ['chrome120', 'firefox140'],
      platform: 'browser',
      minify,
      legalComments: 'none',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      outdir: outDir,
      write: true,
      logLevel: 'warning',
    });
  const results = [await build('background/main', backgroundDataset(grown))];
  if (!minify) results.push(await build('content/main', noDatasetInContent()));
  if (results.some((r) => r.errors.length)) throw new Error('the grown extension did not build');
  const contentBytes = (await fs.stat(path.join(outDir, 'content/main.js'))).size;
  return { dir: outDir, forms: { base: count(chains), grown: count(grown) }, contentBytes };
}
