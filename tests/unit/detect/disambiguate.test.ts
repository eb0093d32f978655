import { describe, expect, it } from 'vitest';
import { BALANCED, EVERYWHERE, STRICT } from './fixtures';
import { detector, marks } from './helpers';

const CRYPTO_PAGE = { sensitivity: 'balanced', cryptoPage: true } as const;

describe('disambiguation of ambiguous forms', () => {
  it('marks certain forms in every mode', () => {
    for (const ctx of [STRICT, BALANCED, EVERYWHERE]) expect(marks('Arbitrum One', ctx)).toEqual(['Arbitrum One→arbitrum-one']);
  });

  it('flags context-dependent mentions as not certain', () => {
    const [m] = detector.findMentions('Deposits to Base mainnet', BALANCED);
    expect(m).toMatchObject({ chainId: 'base', certain: false });
    expect(detector.findMentions('Arbitrum', BALANCED)[0]?.certain).toBe(true);
  });

  it('accepts qualifiers from the dataset, marking only the name', () => {
    expect(marks('Base mainnet is up.', STRICT)).toEqual(['Base→base']);
    expect(marks('Coinbase’s Base grew.', STRICT)).toEqual(['Base→base']);
    expect(marks('Scroll zkEVM batches.', STRICT)).toEqual(['Scroll→scroll']);
  });

  it('prefers an alias that contains the qualifier word', () => {
    expect(marks('Base Chain is cheap', STRICT)).toEqual(['Base Chain→base']);
  });

  it('accepts generic qualifiers: "X mainnet/L2/bridge…", "bridged to X", "deployed on X"', () => {
    expect(marks('The Scroll bridge reopened.', STRICT)).toEqual(['Scroll→scroll']);
    expect(marks("Scroll's sequencer stalled.", STRICT)).toEqual(['Scroll→scroll']);
    expect(marks('We bridged funds to Base yesterday.', STRICT)).toEqual(['Base→base']);
    expect(marks('The team deployed on Scroll in May.', STRICT)).toEqual(['Scroll→scroll']);
    expect(marks('Users migrated from Polygon last year.', STRICT)).toEqual(['Polygon→polygon-pos']);
  });

  it('strict mode drops ambiguous forms with only cues around them', () => {
    expect(marks('Base has cheap gas and a big DeFi scene.', STRICT)).toEqual([]);
    expect(marks('Base has cheap gas and a big DeFi scene.', BALANCED)).toEqual(['Base→base']);
  });

  it('balanced mode accepts "on X" mid-sentence', () => {
    expect(marks('We are live on Base today.')).toEqual(['Base→base']);
  });

  it('balanced mode needs one strong cue, a certain chain name or two weak cues in the block', () => {
    expect(marks('Avalanche is where our stablecoin launched.')).toEqual(['Avalanche→avalanche']);
    expect(marks('Avalanche and Arbitrum both grew.')).toEqual(['Avalanche→avalanche', 'Arbitrum→arbitrum-one']);
    expect(marks('Avalanche grew; the network adds fees.')).toEqual(['Avalanche→avalanche']);
    expect(marks('Avalanche grew; the network is large.')).toEqual([]);
  });

  it('only looks for cues within a window of words', () => {
    const far = `Scroll ${'and then some more words '.repeat(10)} token`;
    expect(marks(far)).toEqual([]);
    expect(marks(`Scroll ${'words '.repeat(5)} token`)).toEqual(['Scroll→scroll']);
  });

  it('does not take a sentence-initial capital as evidence, even on a crypto page', () => {
    expect(marks('Scroll to the end of the list.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('Base salaries rose.', CRYPTO_PAGE)).toEqual([]);
    expect(marks('We looked at Polygon and others.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
    expect(marks('We looked at Polygon and others.', BALANCED)).toEqual([]);
  });

  it('a crypto page lowers the bar to one weak cue for a sentence-initial name', () => {
    expect(marks('Polygon processed more transactions.', CRYPTO_PAGE)).toEqual(['Polygon→polygon-pos']);
    expect(marks('Polygon processed more transactions.', BALANCED)).toEqual([]);
  });

  it('on a crypto page, takes a name alone in its block (table cell, list item) as the chain', () => {
    expect(marks('Scroll', CRYPTO_PAGE)).toEqual(['Scroll→scroll']);
    expect(marks(' Base. ', CRYPTO_PAGE)).toEqual(['Base→base']);
    expect(marks('Scroll', BALANCED)).toEqual([]);
    expect(marks('Scroll down', CRYPTO_PAGE)).toEqual([]);
  });

  it('takes capitals inside a multi-word ambiguous form as a proper noun', () => {
    expect(marks('World Chain onboarded more humans.', CRYPTO_PAGE)).toEqual(['World Chain→world-chain']);
    expect(marks('World Chain of stores opened.', CRYPTO_PAGE)).toEqual([]);
  });

  it('leaves everyday senses alone, even with crypto words nearby', () => {
    const traps = [
      'The base of the tower cracked; the token sale was elsewhere.',
      'Base camp was busy. Our wallet of maps got wet.',
      'Scroll down to see the wallet options.',
      'Scroll wheel broken, so I could not check my token balance.',
      'A flash of lightning; then the Lightning McQueen toy fell over. Bitcoin was at a high.',
      'The Avalanche risk is high; Bitcoin price is unaffected.',
      'Colorado Avalanche won; the arena sold tokens for beer.',
      'Lightning-fast swaps on Arbitrum.',
      'Liquid staking tokens are popular on Ethereum.',
      'Optimism about L2s is fading.',
      'Polygon with five sides; the token is a pentagon.',
      'Base fees on Ethereum rose after the blob market filled.',
      'Sonic the Hedgehog loves tokens.',
      'Tap Scroll to Top to go back to the Ethereum table.',
      'Merlin, my cat, walked over the keyboard and nearly signed an Ethereum transaction.',
      'The Cosmos SDK is a framework for building blockchains.',
    ];
    for (const t of traps) expect(marks(t, CRYPTO_PAGE).filter((m) => !/arbitrum|ethereum|bitcoin/.test(m)), t).toEqual([]);
  });

  it('marks the same words when they are the chains', () => {
    expect(marks('Avalanche validators voted, and Lightning channels reopened.')).toEqual([
      'Avalanche→avalanche',
      'Lightning→lightning-network',
    ]);
    expect(marks('Fees on Optimism dropped after the upgrade; Polygon followed.', CRYPTO_PAGE)).toEqual([
      'Optimism→op-mainnet',
      'Polygon→polygon-pos',
    ]);
  });

  it('marks every form in everywhere mode', () => {
    expect(marks('Base camp and the Scroll wheel', EVERYWHERE)).toEqual(['Base→base', 'Scroll→scroll']);
  });
});
