#!/usr/bin/env node
// The third-party code Layerlens ships: every npm package esbuild actually bundled into the extension, with its
// version (checked against package-lock.json) and licence. SECURITY.md carries the same table.
//
//   npm run build && node scripts/licenses.mjs           print the table (Markdown), from dist/sourcemaps/**/*.map
//   node scripts/licenses.mjs --metafile meta.json        the same, from an esbuild metafile (inputs that kept bytes)
//   node scripts/licenses.mjs --check                     exit 1 unless SECURITY.md's table is exactly this one
//
// A package counts when code of it is in a shipped bundle: the production build's source maps list exactly the
// files that contributed output, so tree-shaken packages and type-only imports do not appear.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- third-party:start -->';
const END = '<!-- third-party:end -->';

function fail(message) {
  console.error(`[licenses] ${message}`);
  process.exit(1);
}

/** Absolute input files per bundle name ("content", "popup"…), from the build's source maps. */
function inputsFromSourceMaps() {
  const dir = path.join(root, 'dist/sourcemaps');
  if (!existsSync(dir)) fail('dist/sourcemaps is missing: run `npm run build` first (a production build).');
  const bundles = new Map();
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js.map')).sort()) {
    const map = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const base = path.dirname(path.join(dir, file));
    const name = file.replace(/\\/g, '/').replace(/\/main\.js\.map$|\.js\.map$/, '');
    bundles.set(name, map.sources.map((source) => path.resolve(base, map.sourceRoot ?? '', source)));
  }
  return bundles;
}

/** The same from an esbuild metafile: inputs of each output that kept at least one byte. */
function inputsFromMetafile(file) {
  const meta = JSON.parse(readFileSync(path.resolve(file), 'utf8'));
  const bundles = new Map();
  for (const [output, info] of Object.entries(meta.outputs)) {
    if (output.endsWith('.map')) continue;
    const name = output.replace(/\\/g, '/').replace(/^.*?bundle\//, '').replace(/\/main\.js$|\.js$/, '');
    const inputs = Object.entries(info.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([input]) => input);
    bundles.set(name, inputs.map((input) => path.resolve(root, input)));
  }
  return bundles;
}

/** node_modules/<name> (or node_modules/@scope/<name>, innermost) of a file, relative to the root. */
function packageDirOf(file) {
  const rel = path.relative(root, file).replace(/\\/g, '/');
  const match = /^(.*node_modules\/(@[^/]+\/)?[^/]+)\//.exec(rel);
  return match ? match[1] : null;
}

function collect(bundles) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages;
  const packages = new Map();
  for (const [bundle, inputs] of bundles) {
    for (const input of inputs) {
      const dir = packageDirOf(input);
      if (!dir) continue;
      if (!packages.has(dir)) {
        const pkg = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
        const locked = lock[dir];
        if (!locked) fail(`${dir} is bundled but not in package-lock.json`);
        if (locked.version !== pkg.version) fail(`${dir}: ${pkg.version} installed, ${locked.version} in package-lock.json`);
        const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? 'UNKNOWN';
        if (locked.license && locked.license !== license) fail(`${dir}: licence ${license}, but ${locked.license} in the lock`);
        packages.set(dir, { name: pkg.name, version: pkg.version, license, bundles: new Set() });
      }
      packages.get(dir).bundles.add(bundle);
    }
  }
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function table(packages) {
  const order = ['content', 'background', 'popup', 'options'];
  const rank = (b) => (order.includes(b) ? order.indexOf(b) : order.length);
  const lines = ['| package | version | licence | bundled into |', '| --- | --- | --- | --- |'];
  for (const p of packages) {
    const into = [...p.bundles].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).join(', ');
    lines.push(`| \`${p.name}\` | ${p.version} | ${p.license} | ${into} |`);
  }
  return lines.join('\n');
}

const args = process.argv.slice(2);
const metafileAt = args.indexOf('--metafile');
const bundles = metafileAt >= 0 ? inputsFromMetafile(args[metafileAt + 1] ?? fail('--metafile needs a file')) : inputsFromSourceMaps();
const result = table(collect(bundles));

if (args.includes('--check')) {
  const doc = readFileSync(path.join(root, 'SECURITY.md'), 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) fail(`SECURITY.md has no ${START} … ${END} block`);
  const documented = doc.slice(start + START.length, end).trim();
  if (documented !== result) fail(`SECURITY.md's third-party table is out of date; it should be:\n${result}`);
  console.log('[licenses] SECURITY.md lists exactly the third-party code in the bundles');
} else {
  console.log(result);
}
