import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../../src/content/walker';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'layerlens-scan-'));

interface Out {
  mentions: { start: number; end: number; text: string; chain: { id: string; name: string } }[];
}

function scan(arg: string, input?: string | Buffer): { code: number | null; out: string; err: string } {
  const r = spawnSync(TSX, ['src/cli/scan.ts', arg], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const TEXT = "Bridged to Base last week. Arbitrum's fees fell, and the base of the tower is 🚀 Polygon zkEVM.\n";

const HTML = `<!doctype html><html><head><title>Rollup fees this week</title>
<meta name="description" content="L2 bridge and TVL report"><script>var Arbitrum = 1;</script></head>
<body><h1>Weekly L2 report</h1><p>Deposits to <a href="#">Arbitrum</a> One rose; <b>Lightning</b> Network too.</p>
<pre>Arbitrum in code is skipped</pre><p>Base camp.</p><textarea>Arbitrum</textarea><p>Scroll mainnet shipped.</p></body></html>`;

describe('scan CLI', { timeout: 30_000 }, () => {
  it('scans a text file: offsets into the file text', () => {
    const r = scan(file('a.txt', TEXT));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Out;
    expect(out.mentions.map((m) => [m.text, m.chain.id])).toEqual([
      ['Base', 'base'],
      ['Arbitrum', 'arbitrum-one'],
      ['Polygon zkEVM', 'polygon-zkevm'],
    ]);
    for (const m of out.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    expect(out.mentions[0]!.chain).toEqual({ id: 'base', name: 'Base' });
  });

  it('scans HTML with the page walker: across inline elements, skipping script, pre and form fields', () => {
    const r = scan(file('a.html', HTML));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as Out;
    expect(out.mentions.map((m) => [m.text, m.chain.id])).toEqual([
      ['Arbitrum One', 'arbitrum-one'],
      ['Lightning Network', 'lightning-network'],
      ['Scroll', 'scroll'],
    ]);
    // Offsets run over the concatenated text of the text nodes the walker reads, in document order.
    const { document } = new JSDOM(HTML).window;
    const docText = collectTextBlocks(document.body)
      .map((b) => b.text)
      .join('');
    for (const m of out.mentions) expect(docText.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a trading pair table\'s "Base" header as the word, as the extension does, and a chain table\'s "Base" as the chain', () => {
    const html = `<title>ETH/USDC market</title><h1>Bridge and trade on L2 rollups</h1>
<table><tr><th>Pair</th><th>Base</th><th>Quote</th></tr><tr><td>ETH/USDC</td><td>ETH</td><td>USDC</td></tr></table>
<table><tr><th>Chain</th><th>TVL</th></tr><tr><td>Base</td><td>$3.1B</td></tr></table>`;
    const out = JSON.parse(scan(file('pair.html', html)).out) as Out;
    const docText = collectTextBlocks(new JSDOM(html).window.document.body)
      .map((b) => b.text)
      .join('');
    expect(out.mentions.map((m) => [m.start, m.text])).toEqual([[docText.lastIndexOf('Base'), 'Base']]);
  });

  it('reads standard input with -, sniffing HTML', () => {
    expect((JSON.parse(scan('-', TEXT).out) as Out).mentions).toHaveLength(3);
    expect((JSON.parse(scan('-', HTML).out) as Out).mentions).toHaveLength(3);
  });

  it('prints an empty list for text without names', () => {
    const r = scan(file('empty.txt', 'Nothing to see here.\n'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ mentions: [] });
  });

  it('fails clearly on a missing file, a directory, binary data and invalid UTF-8', () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'nope.txt'), /cannot read .*nope\.txt: no such file/],
      [dir, /it is a directory/],
      [file('b.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /not a text file \(it contains binary data\)/],
      [file('c.txt', Buffer.from([0x41, 0xff, 0xfe, 0x42])), /not a text file \(it is not valid UTF-8\)/],
    ];
    for (const [path, message] of cases) {
      const r = scan(path);
      expect(r.code, path).not.toBe(0);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }
  });

  it('prints usage and exits non-zero without an argument', () => {
    const r = spawnSync(TSX, ['src/cli/scan.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
