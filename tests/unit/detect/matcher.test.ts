import { describe, expect, it } from 'vitest';
import { EVERYWHERE, STRICT } from './fixtures';
import { detector, marks } from './helpers';

describe('matcher: forms, boundaries and longest match', () => {
  it('prefers the longest form at a position', () => {
    expect(marks('Arbitrum Nova and Arbitrum One and Arbitrum')).toEqual([
      'Arbitrum Nova→arbitrum-nova',
      'Arbitrum One→arbitrum-one',
      'Arbitrum→arbitrum-one',
    ]);
    expect(marks('Polygon zkEVM is not Polygon PoS', STRICT)).toEqual(['Polygon zkEVM→polygon-zkevm', 'Polygon PoS→polygon-pos']);
  });

  it('falls back to a shorter form when the longer one is not there', () => {
    expect(marks('Arbitrum Novak', STRICT)).toEqual(['Arbitrum→arbitrum-one']);
  });

  it('never matches inside a word', () => {
    expect(marks('database Polygonal Basecamp Arbitrums preArbitrum Arbitrum2', EVERYWHERE)).toEqual([]);
  });

  it('finds names written straight against Chinese, Japanese, Korean or Thai text', () => {
    // These scripts put no space between words (Korean none before a particle): their letters end a name.
    expect(marks('在Arbitrum上部署合约')).toEqual(['Arbitrum→arbitrum-one']);
    expect(marks('Arbitrumのガス代が下がった。Celoー')).toEqual(['Arbitrum→arbitrum-one', 'Celo→celo']);
    expect(marks('Arbitrum의 거래량이 늘었다')).toEqual(['Arbitrum→arbitrum-one']);
    expect(marks('ค่าธรรมเนียมบนArbitrumลดลง')).toEqual(['Arbitrum→arbitrum-one']);
    // Other scripts' letters still join a word, as Latin ones do.
    expect(marks('ПолигонArbitrum Arbitrumé', EVERYWHERE)).toEqual([]);
  });

  it('matches the name part of possessives and hyphenated compounds', () => {
    expect(marks("Arbitrum's fees, Arbitrum’s bridge, zkSync-powered apps")).toEqual([
      'Arbitrum→arbitrum-one',
      'Arbitrum→arbitrum-one',
      'zkSync→zksync-era',
    ]);
    expect(marks('Polygon-based apps', EVERYWHERE)).toEqual(['Polygon→polygon-pos']);
  });

  it('accepts any whitespace (NBSP, newlines, runs) between the words of a form', () => {
    expect(marks('Arbitrum\u00a0One, Arbitrum \n  Nova, OP\u00a0Mainnet, ZKsync\u00a02.0')).toEqual([
      'Arbitrum\u00a0One→arbitrum-one',
      'Arbitrum \n  Nova→arbitrum-nova',
      'OP\u00a0Mainnet→op-mainnet',
      'ZKsync\u00a02.0→zksync-era',
    ]);
  });

  it('keeps internal punctuation of forms exact, hyphens in any Unicode spelling', () => {
    expect(marks('C-Chain, C‑Chain, ZKsync 2.0, zk.money')).toEqual([
      'C-Chain→avalanche',
      'C‑Chain→avalanche',
      'ZKsync 2.0→zksync-era',
      'zk.money→aztec-connect',
    ]);
    expect(marks('ZKsync 2,0')).toEqual(['ZKsync→zksync-era']);
  });

  it('matches ordinary forms in any case, everyday-word forms not in all lowercase', () => {
    expect(marks('ARBITRUM, arbitrum, Arbitrum')).toHaveLength(3);
    expect(marks('BNB Smart Chain and Smart Chain', STRICT)).toEqual(['BNB Smart Chain→bnb-smart-chain', 'Smart Chain→bnb-smart-chain']);
    expect(marks('a smart chain of reasoning', EVERYWHERE)).toEqual([]);
  });

  it('matches acronyms and ambiguous forms only exactly as written', () => {
    expect(marks('BSC and bsc', STRICT)).toEqual(['BSC→bnb-smart-chain']);
    expect(marks('near the river', EVERYWHERE)).toEqual([]);
    expect(marks('Near the river', EVERYWHERE)).toEqual([]);
    expect(marks('base of the tower, BASE jumping', EVERYWHERE)).toEqual([]);
  });

  it('resolves a shared form to its preferred chain', () => {
    expect(marks('zkSync')).toEqual(['zkSync→zksync-era']);
  });

  it('marks tickers only when asked', () => {
    expect(marks('ETH and AVAX')).toEqual([]);
    expect(marks('ETH and AVAX, eth', { sensitivity: 'balanced', cryptoPage: false, tickers: true })).toEqual([
      'ETH→ethereum',
      'AVAX→avalanche',
    ]);
    // One-letter tickers ("S") would mark every lone capital S.
    expect(marks('S', { sensitivity: 'everywhere', cryptoPage: false, tickers: true })).toEqual([]);
  });

  it('reads a former ticker that is also a name ("Matic", renamed POL) as a ticker, marked when tickers are on', () => {
    expect(marks('Matic and MATIC', STRICT)).toEqual(['Matic→polygon-pos']);
    expect(marks('Matic and MATIC', { sensitivity: 'strict', cryptoPage: false, tickers: true })).toEqual([
      'Matic→polygon-pos',
      'MATIC→polygon-pos',
    ]);
  });

  it('reads a name that is also a ticker, written with more capitals, as the ticker', () => {
    expect(marks('Celo, celo and CELO; xDai and xDAI', STRICT)).toEqual(['Celo→celo', 'celo→celo', 'xDai→gnosis']);
    expect(marks('CELO', { sensitivity: 'strict', cryptoPage: false, tickers: true })).toEqual(['CELO→celo']);
  });

  it('gives a shared ticker to the L1 that issues it', () => {
    expect(marks('ETH', { sensitivity: 'balanced', cryptoPage: false, tickers: true })).toEqual(['ETH→ethereum']);
  });

  it('leaves names inside URLs, domains, e-mail addresses and @handles alone, but marks hashtags', () => {
    expect(marks('see https://bridge.arbitrum.io/x, docs.arbitrum.io, dev@arbitrum.foundation, @arbitrum')).toEqual([]);
    expect(marks('#Arbitrum and Arbitrum/Ethereum (Arbitrum)')).toEqual([
      'Arbitrum→arbitrum-one',
      'Arbitrum→arbitrum-one',
      'Ethereum→ethereum',
      'Arbitrum→arbitrum-one',
    ]);
  });

  it('reports UTF-16 offsets, also after astral characters', () => {
    const text = '🚀🚀 Arbitrum';
    const [m] = detector.findMentions(text, STRICT);
    expect(m).toMatchObject({ start: 5, end: 13, chainId: 'arbitrum-one', certain: true });
  });

  it('returns nothing for empty or letterless text', () => {
    expect(detector.findMentions('', STRICT)).toEqual([]);
    expect(detector.findMentions('  12 34 !! ', STRICT)).toEqual([]);
  });
});
