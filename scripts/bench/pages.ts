// The benchmark's pages, generated in code (deterministic: a seeded PRNG), plus the small page-context scripts that
// read them (the floor) or mark them with mark.js. Everything is written into one temporary folder and served from
// 127.0.0.1 by the e2e harness's fixture server.
import fs from 'node:fs/promises';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks exactly the same pages. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Crypto prose: certain names, ambiguous names in their crypto sense, names split across inline elements.
const CRYPTO = [
  'Users bridged 2 ETH to Base last week, and gas on the Base chain stayed under a cent.',
  'Arbitrum One settles to Ethereum, while <a href="#n">Arbitrum</a> Nova posts data to a committee.',
  'The sequencer on OP Mainnet batches transactions and posts them to Ethereum every few minutes.',
  'Optimism\u2019s fault proofs went live, so withdrawals from the rollup no longer rely on a single proposer.',
  'Developers deployed the same contract on Scroll, Linea and Polygon zkEVM to compare proving costs.',
  'The Lightning Network moves bitcoin off-chain through payment channels that settle on Bitcoin.',
  'A wallet on <b>Starknet</b> can batch calls, and zkSync Era offers native account abstraction too.',
  'TVL on Blast fell after the airdrop, while Mantle Network kept its incentives for liquidity providers.',
  'Polygon PoS remains a sidechain with its own validator set, unlike the Polygon zkEVM rollup.',
  'Solana and Avalanche compete on throughput; Cosmos Hub chains talk to each other over IBC.',
  'The bridge to Mode Network reopened after the upgrade, and the Mode mainnet resumed block production.',
  'Traders moved stablecoins from BNB Smart Chain to Arbitrum-based exchanges to chase lower fees.',
  'Validators on NEAR Protocol and Aptos both run BFT consensus with fast finality.',
  'On Base, the token launched with a fair launch and reached a million holders in a month.',
  'Zora Network mints cost a fraction of a cent, and Unichain promises one-second blocks for swaps.',
  'Celestia sells blob space for data availability; several rollups on Ethereum switched to it.',
  'The Ronin Network bridge was exploited in 2022, and the chain later added more validators.',
  'Gnosis Chain validators stake GNO, and xDai remains the name many users know it by.',
  'Hyperliquid runs an order book on its own chain, and HyperEVM lets contracts read it.',
  'Immutable zkEVM hosts games, while Immutable X still settles trades of NFTs as a validium.',
];
// Everyday prose with the same words in their ordinary sense: none of it should be marked.
const EVERYDAY = [
  'The base of the tower was cracked, so the engineers poured new concrete around it.',
  'Scroll down to the bottom of the page to read the comments from other hikers.',
  'Lightning struck the old oak twice during the storm, and the thunder rattled the windows.',
  'The mode of transport most people chose was the bus, because the trains were late.',
  'They camped near the river and walked to the base camp at first light.',
  'A polygon with six sides is a hexagon; the interior angles add up to 720 degrees.',
  'The blast from the quarry shook the valley, and dust drifted over the village.',
  'She wore a warm mantle over her shoulders as the evening turned cold.',
  'The cosmos seemed endless from the mountain top, with the Milky Way bright overhead.',
  'A liquid at room temperature, mercury was once used in thermometers and barometers.',
  'Stacks of books covered the desk, and the lens of the old camera was scratched.',
  'The ink on the letter had faded, but the shape of the handwriting was still clear.',
  'The military base near the coast held its annual open day with a parade.',
  'His abstract paintings sold well, and the gallery asked for a second exhibition.',
  'Redstone quarries in the valley supplied the builders of the cathedral for centuries.',
];
const FILLER = [
  'Analysts expect the market to stay volatile through the end of the quarter.',
  'The report compares fees, finality and the trust assumptions behind each design.',
  'Critics point out that the upgrade keys are still held by a small multisig.',
  'Most users never see these details, but they decide what can go wrong.',
  'The team published a post-mortem and promised a second audit before the next release.',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

/** (a) A long article, ~200 KB of HTML: headings and paragraphs, crypto and everyday prose mixed. */
export function articlePage(targetBytes = 200_000): string {
  const r = rng(1);
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < targetBytes) {
    if (section % 6 === 0) parts.push(`<h2>Part ${section / 6 + 1}: what the rollups changed</h2>`);
    const sentences: string[] = [];
    const n = 4 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      const x = r();
      sentences.push(x < 0.45 ? pick(r, CRYPTO) : x < 0.75 ? pick(r, EVERYDAY) : pick(r, FILLER));
    }
    const p = `<p>${sentences.join(' ')}</p>\n`;
    parts.push(p);
    size += p.length;
    section++;
  }
  return html('Rollups, bridges and the layers of Ethereum: a long read', `<article><h1>Rollups, bridges and layers</h1>\n${parts.join('')}</article>`);
}

const CELL_WORDS = [
  'Arbitrum One', 'Base', 'OP Mainnet', 'zkSync Era', 'Starknet', 'Linea', 'Scroll', 'Polygon zkEVM', 'Blast',
  'Mantle', 'Bitcoin', 'Ethereum', 'Solana', 'base price', 'scroll position', 'lightning rod', 'near term', 'mode',
  'total', 'pending', 'settled', 'rollup', 'sidechain', 'validium', 'fees (gwei)', 'TVL', 'bridge', 'withdrawals',
];

/**
 * (b) A big table-and-list page: ~3 MB of HTML, ~60,000 non-empty text nodes, tables nested in list items and lists
 * nested in table cells. Returns the page and its text-node count (as built).
 */
export function tablesPage(targetNodes = 60_000): { html: string; textNodes: number } {
  const r = rng(2);
  const out: string[] = [];
  let nodes = 0;
  const text = (s: string) => {
    nodes++;
    return esc(s);
  };
  const sentence = () => {
    const x = r();
    if (x < 0.2) return pick(r, CRYPTO).replace(/<[^>]+>/g, '');
    if (x < 0.35) return pick(r, EVERYDAY);
    return `${pick(r, CELL_WORDS)} ${Math.floor(r() * 100000)} ${pick(r, CELL_WORDS)} report ${Math.floor(r() * 1000)}`;
  };
  let block = 0;
  while (nodes < targetNodes) {
    out.push(`<section><h3>${text(`Block ${block} — ${pick(r, CELL_WORDS)} dashboard`)}</h3><ul>`);
    for (let li = 0; li < 4; li++) {
      out.push(`<li>${text(`Group ${li}: ${pick(r, CELL_WORDS)} and ${pick(r, CELL_WORDS)}`)}<table><tbody>`);
      for (let row = 0; row < 6; row++) {
        out.push('<tr>');
        for (let col = 0; col < 4; col++) {
          if (col === 3 && row % 3 === 0) {
            out.push(`<td><ol><li>${text(sentence())}</li><li><b>${text(pick(r, CELL_WORDS))}</b> ${text(sentence())}</li></ol></td>`);
          } else if (col === 0) {
            out.push(`<td><a href="#r${row}">${text(pick(r, CELL_WORDS))}</a></td>`);
          } else {
            out.push(`<td>${text(sentence())}</td>`);
          }
        }
        out.push('</tr>');
      }
      out.push('</tbody></table></li>');
    }
    out.push('</ul></section>\n');
    block++;
  }
  return { html: html('Chain dashboard: every rollup, every metric', out.join('')), textNodes: nodes };
}

/**
 * (c) An infinite-scroll feed: the page itself appends `total` items in batches of `batch` every `everyMs`, like a
 * timeline that loads as you scroll. It sets window.__feedDone when the last batch is in.
 */
export function feedPage(total = 2_000, batch = 50, everyMs = 100): { html: string; script: string } {
  const r = rng(3);
  const items: string[] = [];
  for (let i = 0; i < total; i++) {
    const a = r() < 0.6 ? pick(r, CRYPTO) : pick(r, EVERYDAY);
    const b = pick(r, FILLER);
    items.push(`@user${i % 97}|${a} ${b}`);
  }
  const script = `
const ITEMS = ${JSON.stringify(items)};
const feed = document.getElementById('feed');
let next = 0;
function append(n) {
  const frag = document.createDocumentFragment();
  for (const end = Math.min(ITEMS.length, next + n); next < end; next++) {
    const [who, body] = ITEMS[next].split('|');
    const item = document.createElement('article');
    item.className = 'item';
    const head = document.createElement('header');
    const a = document.createElement('a');
    a.href = '#' + who;
    a.textContent = who;
    head.append(a, ' · ', String(next) + ' min ago');
    const p = document.createElement('p');
    // Bodies carry inline markup (links, bold names): build it without innerHTML.
    for (const piece of body.split(/(<[ab][^>]*>[^<]*<\\/[ab]>)/)) {
      const m = /^<([ab])[^>]*>([^<]*)<\\/[ab]>$/.exec(piece);
      if (m) { const el = document.createElement(m[1]); el.textContent = m[2]; p.append(el); }
      else if (piece) p.append(piece);
    }
    const foot = document.createElement('ul');
    for (const label of ['Reply', 'Repost', 'Like']) { const li = document.createElement('li'); li.textContent = label; foot.append(li); }
    item.append(head, p, foot);
    frag.append(item);
  }
  feed.append(frag);
}
append(${batch});
const timer = setInterval(() => {
  append(${batch});
  if (next >= ITEMS.length) { clearInterval(timer); window.__feedDone = true; }
}, ${everyMs});
`;
  return { html: html('Timeline: what people say about rollups', `<h1>Timeline</h1><main id="feed"></main><script src="feed.js"></script>`), script };
}

function html(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<meta name="viewport" content="width=device-width"></head><body>${body}</body></html>\n`;
}

/** Where a baseline runs: a page script (main world), or an extension's content script (isolated world, like ours). */
export type BaselineHost = 'page' | 'extension';

/** Runs the body's run(root) over the page, then over every batch the feed appends (a MutationObserver hands it the nodes). */
const FOLLOW = `  report(run(document.body));
  const feed = document.getElementById('feed');
  if (feed) {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) report(run(n));
    }).observe(feed, { childList: true });
  }`;

/**
 * Wraps a baseline's body for its host. The body defines run(root), which returns what it read or marked under
 * root. As a page script it runs from an init script named by `//# sourceURL`, in a timer task once the page is parsed
 * (never inside a parser task), and says so on window; as a content script it runs at document_idle like ours, and
 * says so with attributes on <html>, the only place the page's world (where the bench waits) can see.
 */
function baselineScript(body: string, host: BaselineHost, url: string): string {
  if (host === 'page') {
    return `
const whenParsed = (fn) => { const check = () => (document.readyState === 'loading' ? setTimeout(check, 10) : fn()); setTimeout(check, 0); };
whenParsed(() => {
  let count = 0;
  const report = (n) => { count += n; window.__benchCount = count; };
${body}
${FOLLOW}
  window.__benchReady = true;
});
//# sourceURL=${url}
`;
  }
  return `(() => {
  let count = 0;
  const html = document.documentElement;
  const report = (n) => { count += n; html.setAttribute('data-bench-count', String(count)); };
${body}
${FOLLOW}
  html.setAttribute('data-bench-ready', '');
})();
`;
}

/**
 * The floor: the least any reader of this text must do — walk every text node with a TreeWalker and concatenate.
 * On the feed it does that for the items present at the start and then for every appended batch (a MutationObserver
 * hands it the added nodes), the least an incremental reader must do.
 */
export function floorScript(host: BaselineHost, url: string): string {
  return baselineScript(`
  const run = (root) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let s = '';
    for (let n = w.nextNode(); n; n = w.nextNode()) s += n.data;
    return s.length;
  };`, host, url);
}

/**
 * The issue's reference point for the budget: one regex pass (an alternation of every name, longest first, \b at both
 * ends, case-sensitive) over each text node, and a StaticRange per match added to a CSS highlight. No blocks, no
 * disambiguation, no skipped elements, no bookkeeping: the least a marker that marks every name must do. On the feed,
 * again on every appended batch.
 */
export function regexReferenceScript(names: string[], host: BaselineHost, url: string): string {
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = `\\b(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`;
  return baselineScript(`
  const re = new RegExp(${JSON.stringify(source)}, 'g');
  const highlight = new Highlight();
  CSS.highlights.set('bench-reference', highlight);
  const run = (root) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let found = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const data = n.data;
      re.lastIndex = 0;
      for (let m = re.exec(data); m; m = re.exec(data)) {
        highlight.add(new StaticRange({ startContainer: n, startOffset: m.index, endContainer: n, endOffset: m.index + m[0].length }));
        found++;
      }
    }
    return found;
  };`, host, url);
}

/**
 * mark.js with every name and alias, called as the brief says; on the feed, again on every appended batch. mark.js
 * wraps matches in <mark> elements, so the observer drops its own records after each run. Two init scripts: the
 * library (its own URL) and the call (another URL); both count as mark.js.
 */
export function markScripts(names: string[], markJsSource: string, libUrl: string, runUrl: string): string[] {
  const run = `
const whenParsed = (fn) => { const check = () => (document.readyState === 'loading' ? setTimeout(check, 10) : fn()); setTimeout(check, 0); };
whenParsed(() => {
  const NAMES = ${JSON.stringify(names)};
  const OPTIONS = { separateWordSearch: false, accuracy: 'exactly' };
  window.__markCount = 0;
  const run = (ctx) => new Mark(ctx).mark(NAMES, { ...OPTIONS, done: (n) => { window.__markCount += n; } });
  run(document.body);
  const feed = document.getElementById('feed');
  if (feed) {
    const mo = new MutationObserver((records) => {
      const added = [];
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName !== 'mark') added.push(n);
      if (added.length) run(added);
      mo.takeRecords();
    });
    mo.observe(feed, { childList: true });
  }
  window.__markReady = true;
});
//# sourceURL=${runUrl}
`;
  return [`${markJsSource}\n//# sourceURL=${libUrl}\n`, run];
}

export interface BenchPages {
  dir: string;
  tablesTextNodes: number;
  bytes: Record<string, number>;
}

/** Writes the three pages and the feed's script into `dir`. */
export async function writePages(dir: string): Promise<BenchPages> {
  const tables = tablesPage();
  const feed = feedPage();
  const files: Record<string, string> = {
    'article.html': articlePage(),
    'tables.html': tables.html,
    'feed.html': feed.html,
    'feed.js': feed.script,
  };
  await fs.mkdir(dir, { recursive: true });
  const bytes: Record<string, number> = {};
  for (const [name, body] of Object.entries(files)) {
    await fs.writeFile(path.join(dir, name), body);
    bytes[name] = Buffer.byteLength(body);
  }
  return { dir, tablesTextNodes: tables.textNodes, bytes };
}
