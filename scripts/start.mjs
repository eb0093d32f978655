#!/usr/bin/env node
// `npm start`: serves the bundled demo page on 127.0.0.1 and opens Chromium with the built extension loaded on it.
// (Content scripts do not run on file:// pages unless the user allows it, so the demo is served over http.)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = path.join(root, 'assets/demo/index.html');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: set CHROMIUM_PATH, or install Debian's chromium (apt-get install chromium).`);
  process.exit(1);
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/' || req.url?.startsWith('/index.html')) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await fs.readFile(demo));
  } else {
    res.writeHead(404).end();
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/`;
  console.log(`[start] demo page at ${url}`);
  const webExt = spawn(
    path.join(root, 'node_modules/.bin/web-ext'),
    ['run', '--target', 'chromium', '--source-dir', path.join(root, 'dist/chrome'), '--chromium-binary', chromium,
      '--start-url', url, '--args=--no-first-run', '--args=--disable-background-networking', '--args=--disable-sync',
      ...(process.getuid?.() === 0 ? ['--args=--no-sandbox'] : [])],
    { stdio: 'inherit' },
  );
  webExt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
