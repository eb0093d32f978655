import { describe, expect, it } from 'vitest';
import { pageSignal } from '../../../src/detect/pageSignal';
import { detector } from './helpers';

const page = { title: '', description: '', headings: [] as string[], certainMentionCount: 0, textLength: 10_000 };

describe('pageSignal', () => {
  it('is off for an ordinary page', () => {
    expect(pageSignal({ ...page, title: 'Everest Base Camp trek: a packing list' }, detector)).toBe(false);
  });

  it('is on when the title, description or headings talk crypto', () => {
    expect(pageSignal({ ...page, title: 'Best L2 bridges compared', description: 'Rollup fees and TVL' }, detector)).toBe(true);
    expect(pageSignal({ ...page, headings: ['Arbitrum One explained'] }, detector)).toBe(true);
  });

  it('takes headings for their sections: one crypto headline does not make a news front page crypto', () => {
    const frontPage = {
      ...page,
      title: 'The Daily Courier – News, Sports, Weather',
      headings: ["Today's top stories", 'Bitcoin tops $100,000', 'Sports', 'Local', 'Arts', 'Weather'],
      certainMentionCount: 2,
      textLength: 20_000,
    };
    expect(pageSignal(frontPage, detector)).toBe(false);
    // A quarter or more of the headings talking crypto is a crypto page (a crypto blog's index, a docs page)…
    expect(pageSignal({ ...frontPage, headings: ['Bridging to Base', 'Fees on Arbitrum One', 'Sports', 'Weather'] }, detector)).toBe(true);
    // …and so is one crypto headline whose story names chains densely, or a title that talks crypto.
    expect(pageSignal({ ...frontPage, certainMentionCount: 4, textLength: 40_000 }, detector)).toBe(false);
    expect(pageSignal({ ...frontPage, certainMentionCount: 4, textLength: 20_000 }, detector)).toBe(true);
    expect(pageSignal({ ...frontPage, title: 'The Daily Courier – Crypto markets', certainMentionCount: 1 }, detector)).toBe(true);
    // A page's only heading speaks for the page, a cue word alone in it does not.
    expect(pageSignal({ ...page, headings: ['Token economy in the classroom'] }, detector)).toBe(false);
  });

  it('takes a briefing’s two crypto sections among sports, weather and culture for sections, not the page', () => {
    const briefing = {
      ...page,
      title: 'Morning Briefing — The Daily Ledger',
      headings: [
        'Morning Briefing',
        'Bitcoin tops $100,000 as ETF demand surges',
        'Ethereum developers set date for next upgrade',
        'Sports',
        'Weather',
        'Culture',
      ],
      // The headings' own two names, in a short page's text.
      certainMentionCount: 2,
      certainChainCount: 2,
      textLength: 400,
    };
    expect(pageSignal(briefing, detector)).toBe(false);
    // A name in the text beyond the headings' bears them out; so do more crypto sections.
    expect(pageSignal({ ...briefing, certainMentionCount: 3 }, detector)).toBe(true);
    expect(pageSignal({ ...briefing, headings: [...briefing.headings.slice(0, 3), 'Fees on Arbitrum One', 'Weather'] }, detector)).toBe(true);
  });

  it('needs more than one strong cue alone in the header', () => {
    expect(pageSignal({ ...page, title: 'Token economy in the classroom' }, detector)).toBe(false);
    expect(pageSignal({ ...page, title: 'Blockchain economy in the classroom', certainMentionCount: 1 }, detector)).toBe(true);
  });

  it('is on when certain chain names are dense in the text', () => {
    expect(pageSignal({ ...page, certainMentionCount: 4, textLength: 8_000 }, detector)).toBe(true);
    expect(pageSignal({ ...page, certainMentionCount: 4, textLength: 200_000 }, detector)).toBe(false);
    // Only when they name two chains or more: one name over and over is a page about a dynasty or a town.
    expect(pageSignal({ ...page, certainMentionCount: 4, certainChainCount: 1, textLength: 8_000 }, detector)).toBe(false);
    expect(pageSignal({ ...page, certainMentionCount: 4, certainChainCount: 2, textLength: 8_000 }, detector)).toBe(true);
  });

  it('reads the start of the text when the page says little about itself (a forum thread, before any scan)', () => {
    const forum = {
      ...page,
      title: 'Which L2 should I bridge to?',
      headings: ['Which L2 should I bridge to?'],
      sample: [
        'I have some ETH on mainnet and fees are killing me. Arbitrum One or zkSync Era?',
        'Arbitrum has the deepest liquidity. Starknet is cheaper but the wallets are different.',
        'For payments I still use the Lightning Network.',
      ].join('\n'),
    };
    expect(pageSignal({ ...forum, sample: undefined }, detector)).toBe(false);
    expect(pageSignal(forum, detector)).toBe(true);
    // An everyday page's text stays everyday, ambiguous words and all.
    const hike = {
      ...page,
      title: 'Hiking the ridge',
      sample: 'We left base camp at dawn. An avalanche warning was out, so we kept near the trees; lightning at noon sent us down.',
    };
    expect(pageSignal(hike, detector)).toBe(false);
    // One chain named over and over is no crypto page either (a town's page).
    expect(pageSignal({ ...page, sample: 'Solana Beach is a city. Solana Beach has a beach. Solana Beach hosts a fair. Near Solana Beach, Solana Hills.' }, detector)).toBe(false);
  });
});
