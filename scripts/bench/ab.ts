#!/usr/bin/env -S npx tsx
// A/B: our main-thread time on one bench page, the extension as built at a git ref (A) against dist/chrome (B).
// Two browsers open side by side, loads taking turns (A, B, A, B…), so both see the same minutes of a shared
// machine: run one after the other, the same build's figure swung by ±20% here. Prints every load and the least
// and median of each.
//
//   node build.mjs && npx tsx scripts/bench/ab.ts <git-ref> [article|tables|feed] [--loads N]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, ROOT, launchWithExtension, startFixtureServer } from '../../tests/e2e/harness';
import { writePages } from './pages';
import { PAGES, allMentions, runOurs, warmUp } from './runs';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args[loadsAt + 1]) : 6;
const [ref, key = 'tables'] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--loads');

const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `least ${sorted[0]!.toFixed(0)} ms, median ${sorted[sorted.length >> 1]!.toFixed(0)} ms (${ms.map((x) => x.toFixed(0)).join(', ')})`;
};

async function main(): Promise<void> {
  if (!ref) throw new Error('usage: ab.ts <git-ref> [article|tables|feed] [--loads N]');
  const spec = PAGES.find((p) => p.key === key);
  if (!spec) throw new Error(`unknown page ${key}: one of ${PAGES.map((p) => p.key).join(', ')}`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-ab-'));
  const tree = path.join(tmp, 'a');
  execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', tree, ref], { stdio: 'ignore' });
  const browsers: Awaited<ReturnType<typeof launchWithExtension>>[] = [];
  try {
    await fs.symlink(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    execFileSync('node', ['build.mjs'], { cwd: tree, stdio: 'ignore' });
    // B is a copy, so a rebuild of dist/ during the run changes nothing.
    const b = path.join(tmp, 'b');
    await fs.cp(EXTENSION_DIR, b, { recursive: true });
    const pages = await writePages(path.join(tmp, 'pages'));
    const server = await startFixtureServer(pages.dir);
    try {
      for (const dir of [path.join(tree, 'dist/chrome'), b]) {
        const browser = await launchWithExtension({ extensionDir: dir });
        browsers.push(browser);
        await allMentions(browser);
        await warmUp(browser.context, server);
      }
      const times: number[][] = [[], []];
      // The start-up task (evaluating the bundle) on its own: every page a user opens pays it, whatever its text.
      const startups: number[][] = [[], []];
      for (let i = 0; i < LOADS; i++) {
        for (const k of [0, 1]) {
          const run = await runOurs(browsers[k]!.context, server, spec, browsers[k]!.extensionId);
          times[k]!.push(run.time.cpuMs);
          startups[k]!.push(run.time.tasks[0]?.cpuMs ?? 0);
          console.log(`${k ? 'B' : 'A'} ${run.time.cpuMs.toFixed(0)} ms CPU (start-up ${startups[k]!.at(-1)!.toFixed(1)} ms), ${run.found} found`);
        }
      }
      console.log(`${spec.key}, our main-thread CPU time over ${LOADS} loads each`);
      console.log(`A (${ref}): ${summary(times[0]!)}`);
      console.log(`B (dist/chrome): ${summary(times[1]!)}`);
      console.log(`start-up task, A: ${summary(startups[0]!)}`);
      console.log(`start-up task, B: ${summary(startups[1]!)}`);
    } finally {
      await server.close();
    }
  } finally {
    for (const browser of browsers) await browser.close();
    execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
