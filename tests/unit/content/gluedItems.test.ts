// Items glued together in the markup (JSX drops the whitespace between elements; CSS shows them apart): each is read
// as a block of its own, so names are not glued into other words; a word styled in part stays whole.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../../src/content/walker';
import { findMentions } from '../../../src/detect/index';

const blocksOf = (html: string) => collectTextBlocks(new JSDOM(`<body>${html}</body>`).window.document.body).map((b) => b.text);
const chainsOf = (html: string) =>
  collectTextBlocks(new JSDOM(`<body>${html}</body>`).window.document.body).flatMap((b) =>
    findMentions(b.text, { sensitivity: 'balanced', cryptoPage: true }).map((m) => `${b.text.slice(m.start, m.end)}:${m.chainId}`),
  );

describe('items glued together in the markup', () => {
  it('reads links side by side apart (a nav rendered by JSX)', () => {
    const nav = '<nav><a href="/a">Bridge to Arbitrum</a><a href="/b">Deploy to Polygon zkEVM</a><a href="/c">Optimism docs</a></nav>';
    expect(blocksOf(nav)).toEqual(['Bridge to Arbitrum', 'Deploy to Polygon zkEVM', 'Optimism docs']);
    // Glued, "zkEVMOptimism" left only "Polygon", read as Polygon PoS.
    expect(chainsOf(nav).slice(0, 2)).toEqual(['Arbitrum:arbitrum-one', 'Polygon zkEVM:polygon-zkevm']);
    // Links inside inline wrappers (list items rendered as spans).
    expect(blocksOf('<p><span><a>Base</a></span><span><a>zkSync Era</a></span></p>')).toEqual(['Base', 'zkSync Era']);
  });

  it('reads tags side by side apart where the case turns (chips)', () => {
    expect(blocksOf('<div><span class="chip">Starknet</span><span class="chip">Linea</span><span class="chip">Mantle</span></div>')).toEqual([
      'Starknet',
      'Linea',
      'Mantle',
    ]);
    expect(blocksOf('<p><span>Layer 2</span><span>Base</span></p>')).toEqual(['Layer 2', 'Base']);
  });

  it('reads a name apart from a number or a capitalised word glued after it (a network list, a balance, a badge)', () => {
    // Found by an outside review: a wallet's network list read "OP Mainnet10", "Base8453", and lost every name.
    const list =
      '<ul><li><span>OP Mainnet</span><span>10</span></li><li><span>Base</span><span>8453</span></li><li><span>Scroll</span><span>534352</span></li></ul>';
    expect(blocksOf(list)).toEqual(['OP Mainnet', '10', 'Base', '8453', 'Scroll', '534352']);
    expect(chainsOf(list)).toEqual(['OP Mainnet:op-mainnet', 'Base:base', 'Scroll:scroll']);
    expect(blocksOf('<div><span>Arbitrum</span><span>1.2 ETH</span></div>')).toEqual(['Arbitrum', '1.2 ETH']);
    expect(blocksOf('<div><span>ZK</span><span>Scroll</span></div>')).toEqual(['ZK', 'Scroll']);
    expect(blocksOf('<div><span>EVM</span><span>Rollup</span></div>')).toEqual(['EVM', 'Rollup']);
    // Capitals one per span stay one word; a number styled in part stays whole.
    expect(blocksOf('<h2><span>A</span><span>R</span><span>B</span></h2>')).toEqual(['ARB']);
    expect(blocksOf('<p>Chain id 84<b>53</b></p>')).toEqual(['Chain id 8453']);
  });

  it('keeps a word styled in part whole, and anything with a space or a mark between', () => {
    expect(blocksOf('<p><mark>Arb</mark>itrum One</p>')).toEqual(['Arbitrum One']);
    expect(blocksOf('<p>zk<b>Sync</b> Era and Star<em>knet</em></p>')).toEqual(['zkSync Era and Starknet']);
    expect(blocksOf('<p>Polygon<span>-based</span> apps on <a>Arbitrum</a>\u2019s L2</p>')).toEqual(['Polygon-based apps on Arbitrum\u2019s L2']);
    expect(blocksOf('<p><b>Lightning</b> <i>Network</i>, <a>Base</a><a>,</a> <span>Scroll</span> <span>Linea</span></p>')).toEqual([
      'Lightning Network, Base, Scroll Linea',
    ]);
    // Letters split one per span for an animation: the case does not turn from lowercase to a capital inside the word.
    expect(blocksOf('<h2><span>A</span><span>r</span><span>b</span><span>i</span><span>t</span><span>r</span><span>u</span><span>m</span></h2>')).toEqual([
      'Arbitrum',
    ]);
  });
});
