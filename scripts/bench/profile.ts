#!/usr/bin/env -S npx tsx
// Where our time goes on one bench page: a readable (unminified) copy of the content script, one traced load, and the
// CPU samples of our tasks grouped by function (all our tasks, then only the long ones).
//
//   npx tsx scripts/bench/profile.ts tables        (article | tables | feed; add --names10 for the grown dataset, --first for the default settings,
//                                                   --longest for the six longest tasks one by one,
//                                                   --self to list functions by their own time)
//   npx tsx scripts/bench/profile.ts tables --walker   (no trace: our walker alone vs the bare TreeWalker read)
// Run `node build.mjs` first (it copies dist/chrome).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, EXTENSION_DIR, ROOT, chromiumPath, launchWithExtension, startFixtureServer } from '../../tests/e2e/harness';
import { writePages } from './pages';
import { PAGES, allMentions, runOurs, walkerOnly, warmUp } from './runs';
import { hotFunctions } from './trace';
import { buildGrownExtension } from './variant';

async function main(): Promise<void> {
  const key = process.argv[2] ?? 'tables';
  const spec = PAGES.find((p) => p.key === key);
  if (!spec) throw new Error(`unknown page ${key}: one of ${PAGES.map((p) => p.key).join(', ')}`);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'layerlens-profile-'));
  const pages = await writePages(path.join(tmp, 'pages'));
  const factor = process.argv.includes('--names10') ? 10 : 1;
  const readable = await buildGrownExtension(ROOT, EXTENSION_DIR, path.join(tmp, 'ext'), factor, false);
  const server = await startFixtureServer(pages.dir);
  if (process.argv.includes('--walker')) {
    const plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
    const t = await walkerOnly(await plain.newContext(), server, spec);
    console.log(`${spec.key}, untraced, best of 5: bare TreeWalker read ${t.floorMs.toFixed(2)} ms, our walker ${t.walkerMs.toFixed(2)} ms`);
    await plain.close();
    await server.close();
    await fs.rm(tmp, { recursive: true, force: true });
    return;
  }
  const browser = await launchWithExtension({ extensionDir: readable.dir });
  try {
    await allMentions(browser, process.argv.includes('--first') ? 'first' : 'all');
    await warmUp(browser.context, server);
    const run = await runOurs(browser.context, server, spec, browser.extensionId, true);
    const t = run.time;
    if (process.env.BENCH_SAVE_TRACE) await fs.writeFile(process.env.BENCH_SAVE_TRACE, JSON.stringify(run.events));
    console.log(`${key}: ${t.totalMs.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU in ${t.tasks.length} tasks (${t.sharedTasks} shared), ${run.found} found, ${run.marks} drawn, ` +
      `${t.longTasks} long, longest ${t.longestMs.toFixed(0)} ms`);
    const sorted = [...t.tasks].sort((a, b) => b.ms - a.ms);
    console.log('longest tasks (ms):', sorted.slice(0, 12).map((x) => x.ms.toFixed(1)).join(', '));
    const print = (title: string, windows: typeof t.tasks) => {
      console.log(`\n${title}\n  total ms  self ms  function`);
      const bySelf = process.argv.includes('--self');
      const hot = hotFunctions(run.events!, t.pid, t.tid, windows, bySelf ? 400 : 25);
      if (bySelf) hot.sort((a, b) => b.selfMs - a.selfMs).splice(40);
      for (const f of hot) {
        console.log(`  ${f.totalMs.toFixed(0).padStart(8)} ${f.selfMs.toFixed(0).padStart(8)}  ${f.name}`);
      }
    };
    print('all our tasks', t.tasks);
    print('the start-up task (the first of ours: evaluating the bundle)', t.tasks.slice(0, 1));
    if (process.argv.includes('--longest')) {
      // The longest tasks one by one, by self time: what makes a slice run past its budget.
      for (const task of sorted.slice(0, 6)) {
        const top = hotFunctions(run.events!, t.pid, t.tid, [task]).sort((a, b) => b.selfMs - a.selfMs).slice(0, 6);
        console.log(`\ntask at +${((task.ts - t.tasks[0]!.ts) / 1000).toFixed(0)} ms, ${task.ms.toFixed(1)} ms: ` +
          top.map((f) => `${f.name.replace(/ main\.js:\d+/, '')} ${f.selfMs.toFixed(1)}`).join(', '));
      }
    }
    const long = t.tasks.filter((x) => x.ms > 50);
    if (long.length) print('our long tasks only', long);
  } finally {
    await browser.close();
    await server.close();
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
