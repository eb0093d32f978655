#!/usr/bin/env node
// The whole build in one place: validate the data, bundle every part, derive a manifest per browser,
// merge locale fragments, render icons, and (with --package) zip one package per browser.
//
//   node build.mjs             production build → dist/chrome, dist/firefox (+ dist/sourcemaps)
//   node build.mjs --watch     development build, rebuilt on change (unminified, inline source maps)
//   node build.mjs --package   production build, then packages/layerlens-<browser>-<version>.zip
import * as esbuild from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const packageAfter = args.has('--package');
const dist = path.join(root, 'dist');
const BROWSERS = ['chrome', 'firefox'];
const ICON_SIZES = [16, 32, 48, 128];
/** First Firefox release with the CSS Custom Highlight API. */
const FIREFOX_MIN_VERSION = '140.0';
const GECKO_ID = 'layerlens@layerlens.app';

/** The content script runs on every frame of every page: it bundles only what marking needs of each chain. */
const CONTENT_ENTRY = { 'content/main': 'src/content/main.ts' };
/** Entry points of the extension pages and service worker: source → output path inside each browser folder. */
const ENTRIES = {
  'background/main': 'src/background/main.ts',
  'popup/main': 'src/popup/main.tsx',
  'options/main': 'src/options/main.tsx',
};
/** Static files copied beside the bundles. */
const STATIC = [
  ['src/popup/index.html', 'popup/index.html'],
  ['src/popup/popup.css', 'popup/popup.css'],
  ['src/options/index.html', 'options/index.html'],
  ['src/options/options.css', 'options/options.css'],
];

class BuildError extends Error {}

async function main() {
  const started = Date.now();
  // Every part must be there: a missing entry or page is an error, never a half-built extension.
  const missing = [...Object.values({ ...ENTRIES, ...CONTENT_ENTRY }), ...STATIC.map(([src]) => src)].filter(
    (src) => !existsSync(path.join(root, src)),
  );
  if (missing.length) throw new BuildError(`missing source files: ${missing.join(', ')}`);
  await checkData();
  await checkLocales();
  for (const browser of BROWSERS) await fs.rm(path.join(dist, browser), { recursive: true, force: true });
  await fs.rm(path.join(dist, 'sourcemaps'), { recursive: true, force: true });

  const builds = [
    bundleOptions(ENTRIES, [backgroundDataset(), preactWithoutInnerHtml(), polyfillAsModule()]),
    bundleOptions(CONTENT_ENTRY, [noDatasetInContent(), preactWithoutInnerHtml(), compactContentSource(), polyfillAsModule()]),
  ];
  if (watch) {
    for (const options of builds) {
      const ctx = await esbuild.context({ ...options, plugins: [...options.plugins, copyAfterBuild()] });
      await ctx.watch();
    }
    console.log('[build] watching for changes…');
    return;
  }
  const metafiles = [];
  for (const options of builds) {
    const result = await esbuild.build(options);
    await writeBundles(result.outputFiles);
    metafiles.push(result.metafile);
  }
  await writeStatic();
  await writeNotices(metafiles);
  console.log(`[build] dist/chrome and dist/firefox in ${Date.now() - started} ms`);
  if (packageAfter) await packageAll();
}

function bundleOptions(entries, plugins) {
  return {
    absWorkingDir: root,
    entryPoints: entries,
    plugins,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    platform: 'browser',
    minify: !watch,
    sourcemap: watch ? 'inline' : 'external',
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': JSON.stringify(watch ? 'development' : 'production') },
    outdir: path.join(dist, 'bundle'),
    write: false,
    logLevel: 'warning',
    metafile: true,
  };
}

/**
 * The lexicon of `chains`, compiled and packed in Node by the same code the tests run (src/detect/lexicon.ts,
 * lexiconPack.ts), as a module that unpacks it: the background gets it ready-made instead of compiling every form
 * each time its service worker starts.
 */
export async function packedLexiconModule(chains) {
  const out = await esbuild.build({
    stdin: {
      contents: "export { compileLexicon } from './lexicon'; export { packLexicon } from './lexiconPack';",
      resolveDir: path.join(root, 'src/detect'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
  const { compileLexicon, packLexicon } = await import(`data:text/javascript;base64,${code}`);
  const packed = packLexicon(compileLexicon(chains));
  // The subtrees (JSON strings) as a plain array of string literals, which esbuild writes in single quotes: inside
  // the table's JSON each of their quotes would cost three characters.
  const { values, ...firstWords } = packed.firstWords;
  const table = JSON.stringify({ ...packed, firstWords });
  return {
    contents: `import { unpackLexicon } from './lexiconPack';
const TABLE = ${JSON.stringify(table)};
const SUBTREES = ${JSON.stringify(values)};
export function bundledLexicon() {
  const packed = JSON.parse(TABLE);
  return unpackLexicon({ ...packed, firstWords: { ...packed.firstWords, values: SUBTREES } });
}`,
    loader: 'js',
    resolveDir: path.join(root, 'src/detect'),
    // In --watch, a change to the dataset or to the code that compiles it rebuilds the packed lexicon.
    watchFiles: [
      path.join(root, 'src/data/chains.json'),
      ...(await fs.readdir(path.join(root, 'src/detect'))).map((f) => path.join(root, 'src/detect', f)),
    ],
  };
}

/**
 * The content script bundles no dataset: it runs in every frame of every page, and its start-up would grow with the
 * number of chains. What it needs of a chain comes from the background (a detection answer's facts, the tooltip's
 * getChain). An import of the dataset, however indirect, fails its build here rather than ship.
 */
export function noDatasetInContent() {
  return {
    name: 'no-dataset-in-content',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]data[\\/]chains\.json$/ }, (args) => ({
        errors: [{ text: `the content script must not bundle the dataset (${path.relative(root, args.path)}): ask the background` }],
      }));
      // Nor the detector, for the same reason: its word lists alone are 14 KB to evaluate in every frame. (One import
      // of a rule from everyday.ts, through packedMentions.ts, brought in 22 KB unnoticed, until the bench said so.)
      build.onLoad({ filter: DETECTOR_MODULE }, (args) => ({
        errors: [{ text: `the content script must not bundle the detector (${path.relative(root, args.path)}): detection runs in the background` }],
      }));
    },
  };
}

/** The detector's own modules: matching, its rules and their word lists (the content script only packs and unpacks). */
const DETECTOR_MODULE = /[\\/]src[\\/]detect[\\/](?:cues|cueWeights|lexicon|lexiconPack|matcher|disambiguate|everyday|around|otherCase|detector|commonWords)\.ts$/;

/**
 * webextension-polyfill as a module whose default export is what the polyfill exports. Imported as it ships (a UMD
 * file, so CommonJS to esbuild), its default import went through esbuild's __toESM, which copies every own property
 * of the export onto a new object. Where the browser has `browser` itself (Firefox, and Chromium since it added the
 * namespace) the export is that object, and reading each property's descriptor builds every API's bindings on the
 * spot (chrome.app's and the rest): work in the start-up of every frame of every page, for APIs we never call.
 */
export function polyfillAsModule() {
  return {
    name: 'polyfill-as-module',
    setup(build) {
      build.onLoad({ filter: /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ }, async (args) => {
        // Its UMD wrapper takes the CommonJS branch when `exports` exists, and fills module.exports.
        const source = (await fs.readFile(args.path, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '');
        return {
          contents: `var module = { exports: {} };\nvar exports = module.exports;\n${source}\nexport default module.exports;\n`,
          loader: 'js',
          resolveDir: path.dirname(args.path),
        };
      });
    },
  };
}

/**
 * In the background's bundle (where detection runs): the lexicon comes packed, so a service worker that starts again
 * (Chrome stops it when idle) answers its first page sooner. `chains`: the dataset to build from (the bench's 10× copy
 * passes its own); when given, the whole dataset of the bundle is that list too.
 */
export function backgroundDataset(chains) {
  const dataset = async () => chains ?? JSON.parse(await fs.readFile(path.join(root, 'src/data/chains.json'), 'utf8'));
  return {
    name: 'background-dataset',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]detect[\\/]bundledLexicon\.ts$/ }, async () => packedLexiconModule(await dataset()));
      if (chains) {
        build.onLoad({ filter: /[\\/]src[\\/]data[\\/]chains\.json$/ }, () => ({ contents: JSON.stringify(chains), loader: 'json' }));
      }
    },
  };
}

/**
 * The content script has a size budget (BENCHMARKS.md), and the tooltip's stylesheet is kept readable in the source
 * but need not be in the bundle: it is minified as CSS. The literal keeps its line count outside the string, so
 * source maps still point at the right lines.
 */
export function compactContentSource() {
  const keepLines = (original, compact) => compact + '\n'.repeat((original.match(/\n/g) ?? []).length);
  return {
    name: 'compact-content-source',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]content[\\/]tooltip[\\/]styles\.ts$/ }, async (args) => {
        const source = await fs.readFile(args.path, 'utf8');
        const contents = source.replace(/= `([^`$]*)`/g, (whole, css) => {
          const minified = esbuild.transformSync(css, { loader: 'css', minify: true }).code.trim();
          return keepLines(whole, `= ${JSON.stringify(minified)}`);
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Security review (SECURITY.md): Preact's renderer has one HTML sink, its dangerouslySetInnerHTML branch
 * (`dom.innerHTML = props.dangerouslySetInnerHTML.__html`). Layerlens never uses it (eslint forbids it), and
 * `web-ext lint` flags it (UNSAFE_VAR_ASSIGNMENT). This replaces that assignment with a throw, and the matching
 * `dom.innerHTML = ''` (reachable only after the first) with `textContent = ''`, so no bundle assigns innerHTML.
 * The build fails if Preact's code no longer has this shape, so an upgrade cannot bring the sink back unnoticed.
 */
export function preactWithoutInnerHtml() {
  const assign = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
  const clear = /\((\w+)\.innerHTML=""\)/g;
  return {
    name: 'preact-without-innerhtml',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs|js)$/ }, async (args) => {
        const source = await fs.readFile(args.path, 'utf8');
        if (source.match(assign)?.length !== 1 || source.match(clear)?.length !== 1) {
          throw new BuildError(`${path.relative(root, args.path)}: Preact's innerHTML code changed; update preactWithoutInnerHtml`);
        }
        const contents = source
          .replace(assign, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in Layerlens")})()')
          .replace(clear, '($1.textContent="")');
        return { contents, loader: 'js' };
      });
    },
  };
}

/** One bundle serves both browsers; source maps go to dist/sourcemaps, never into a package. */
async function writeBundles(outputFiles) {
  const bundleDir = path.join(dist, 'bundle');
  for (const file of outputFiles) {
    const rel = path.relative(bundleDir, file.path);
    if (rel.endsWith('.map')) {
      await writeFile(path.join(dist, 'sourcemaps', rel), file.contents);
      continue;
    }
    for (const browser of BROWSERS) await writeFile(path.join(dist, browser, rel), file.contents);
  }
}

async function writeStatic() {
  const manifest = JSON.parse(await fs.readFile(path.join(root, 'manifest.json'), 'utf8'));
  const version = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')).version;
  const locales = await mergeLocales();
  const icons = renderIcons();
  for (const browser of BROWSERS) {
    const out = path.join(dist, browser);
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, manifest, version), null, 2));
    for (const [lang, messages] of Object.entries(locales)) {
      await writeFile(path.join(out, '_locales', lang, 'messages.json'), JSON.stringify(messages, null, 2));
    }
    for (const [size, png] of icons) await writeFile(path.join(out, 'icons', `icon-${size}.png`), png);
    for (const [src, dest] of STATIC) {
      await fs.cp(path.join(root, src), path.join(out, dest));
    }
  }
}

/** The root manifest is Chrome's; Firefox gets its gecko id, minimum version and an event-page background. */
export function manifestFor(browser, base, version) {
  const manifest = structuredClone(base);
  manifest.version = version;
  if (browser === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker] };
    // Chrome's opt-in to structured clone for messages (from 148; older versions ignore it): Firefox always clones.
    delete manifest.message_serialization;
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Layerlens collects nothing: every lookup happens inside the browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint:
      // KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION). Android is not tested; this only states its minimum.
      gecko_android: { strict_min_version: '142.0' },
    };
    // Firefox asks users to grant host access for MV3 content scripts; the popup explains and requests it.
    manifest.host_permissions = manifest.content_scripts.flatMap((script) => script.matches);
  }
  return manifest;
}

/**
 * The licences of the npm packages whose code ships in a bundle (MIT and MPL-2.0 ask for their notices to travel
 * with the code; `legalComments: 'none'` keeps them out of the bundles, so they go in one file beside them).
 */
async function writeNotices(metafiles) {
  const packages = new Map();
  for (const meta of metafiles) {
    for (const output of Object.values(meta.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
        if (match && bytesInOutput > 0) packages.set(match[1], path.join(root, 'node_modules', match[1]));
      }
    }
  }
  const sections = [];
  for (const [name, dir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
    const { version, license } = JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8'));
    const licenseFile = (await fs.readdir(dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    if (!licenseFile) throw new BuildError(`${name} ships in the bundle but has no licence file to carry with it`);
    const text = await fs.readFile(path.join(dir, licenseFile), 'utf8');
    sections.push(`${name} ${version} (${license})\n${'-'.repeat(60)}\n${text.trim()}\n`);
  }
  const notices = `Third-party code in Layerlens\n\n${sections.join('\n')}`;
  for (const browser of BROWSERS) await writeFile(path.join(dist, browser, 'THIRD_PARTY_NOTICES.txt'), notices);
}

async function writeFile(file, contents) {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, contents);
}

function renderIcons() {
  const svg = readFileSync(path.join(root, 'assets/icon.svg'));
  return ICON_SIZES.map((size) => [size, new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()]);
}

/** assets/_locales/<lang>/*.json are fragments, one per part; a key defined twice is a build error. */
async function mergeLocales() {
  const localesDir = path.join(root, 'assets/_locales');
  const result = {};
  for (const lang of (await fs.readdir(localesDir)).sort()) {
    const merged = {};
    const origin = {};
    for (const fragment of (await fs.readdir(path.join(localesDir, lang))).filter((f) => f.endsWith('.json')).sort()) {
      const file = path.join(localesDir, lang, fragment);
      let messages;
      try {
        messages = JSON.parse(await fs.readFile(file, 'utf8'));
      } catch (error) {
        throw new BuildError(`${path.relative(root, file)}: not valid JSON (${error.message})`);
      }
      for (const [key, value] of Object.entries(messages)) {
        if (!/^[A-Za-z0-9_@]+$/.test(key)) throw new BuildError(`${path.relative(root, file)}: bad message key "${key}"`);
        if (typeof value?.message !== 'string') throw new BuildError(`${path.relative(root, file)}: "${key}" has no message`);
        if (key in merged) throw new BuildError(`message "${key}" is defined in both ${origin[key]} and ${fragment}`);
        merged[key] = value;
        origin[key] = fragment;
      }
    }
    result[lang] = merged;
  }
  return result;
}

/** Every t('key') in the code must exist in the English messages, so no user ever reads a raw key. */
async function checkLocales() {
  const english = (await mergeLocales()).en ?? {};
  const missing = [];
  for (const file of await listFiles(path.join(root, 'src'))) {
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const source = await fs.readFile(file, 'utf8');
    for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) {
      if (!(match[1] in english)) missing.push(`${path.relative(root, file)}: t('${match[1]}')`);
    }
  }
  if (missing.length) throw new BuildError(`messages missing from assets/_locales/en:\n  ${missing.join('\n  ')}`);
}

async function listFiles(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return files.flat();
}

/** Bad data stops the build with messages naming the entry and field; never a half-built extension. */
async function checkData() {
  const checker = path.join(root, 'src/data/check.ts');
  if (!existsSync(checker)) throw new BuildError('src/data/check.ts is missing');
  const out = await esbuild.build({
    entryPoints: [checker],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const tmp = path.join(dist, '.check-data.mjs');
  await writeFile(tmp, out.outputFiles[0].contents);
  const { checkDataset } = await import(`${pathToFileURL(tmp).href}?t=${Date.now()}`);
  await fs.rm(tmp, { force: true });
  const errors = checkDataset();
  if (errors.length) throw new BuildError(`the dataset is invalid:\n  ${errors.join('\n  ')}`);
}

function copyAfterBuild() {
  return {
    name: 'copy-after-build',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length) return;
        try {
          await writeBundles(result.outputFiles);
          await writeStatic();
          console.log(`[build] rebuilt at ${new Date().toLocaleTimeString()}`);
        } catch (error) {
          console.error(`[build] ${error.message}`);
        }
      });
    },
  };
}

async function packageAll() {
  const version = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')).version;
  const webExt = path.join(root, 'node_modules/.bin/web-ext');
  for (const browser of BROWSERS) {
    const filename = `layerlens-${browser}-${version}.zip`;
    execFileSync(
      webExt,
      ['build', '--source-dir', path.join(dist, browser), '--artifacts-dir', path.join(root, 'packages'),
        '--filename', filename, '--overwrite-dest', '--ignore-files', '**/*.map'],
      { stdio: 'inherit' },
    );
    console.log(`[build] packages/${filename}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error instanceof BuildError ? `[build] failed: ${error.message}` : error);
    process.exit(1);
  });
}
