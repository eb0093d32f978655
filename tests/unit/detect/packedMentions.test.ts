// Detection in the background hands the page its mentions packed (packedMentions.ts): unpacked, they must be exactly
// what the detector finds in each text, and an answer that does not fit the batch it answers must be refused whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chains } from '../../../src/data/index';
import { datasetChainFacts } from '../../../src/detect/datasetFacts';
import { defaultDetector, findMentions } from '../../../src/detect/index';
import {
  checkedMentions,
  detectPacked,
  MAX_TEXT_LENGTH,
  PACKED_BIAS,
  packChainFacts,
  unpackChainFacts,
  unpackMentions,
} from '../../../src/detect/packedMentions';
import type { DetectContext } from '../../../src/detect/types';

const CONTEXTS: DetectContext[] = [
  { sensitivity: 'balanced', cryptoPage: false },
  { sensitivity: 'balanced', cryptoPage: false, deferCryptoPage: true },
  { sensitivity: 'everywhere', cryptoPage: true, tickers: true },
];

const word = fc.constantFrom('Arbitrum', 'One', 'Base', 'base', 'on', 'the', 'Polygon', 'zkEVM', 'bridge', 'L2', 'ETH', 'Lightning', 'Network', '🚀', '"', '\\', '\u0000', 'é');
const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));

function unpacked(texts: string[], context: DetectContext) {
  const got: string[] = [];
  unpackMentions(detectPacked(defaultDetector(), texts, context, datasetChainFacts), texts, (t, start, end, chainId, certain, ifCryptoPage) =>
    got.push(`${t}:${start}-${end}:${chainId}:${certain}:${ifCryptoPage}`),
  );
  return got;
}

describe('packed mentions', () => {
  it('unpack to exactly what findMentions finds in each text, in order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.constantFrom(...CONTEXTS), (texts, context) => {
        const expected = texts.flatMap((t, i) =>
          findMentions(t, context).map((m) => `${i}:${m.start}-${m.end}:${m.chainId}:${m.certain}:${m.ifCryptoPage === true}`),
        );
        expect(unpacked(texts, context)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('leave out a trading pair table\'s "Base" header, which is followed by its "Quote" header', () => {
    const crypto: DetectContext = { sensitivity: 'balanced', cryptoPage: true };
    expect(unpacked(['Pair', 'Base', 'Quote', 'Price'], crypto)).toEqual([]);
    expect(unpacked(['Base asset', ' Quote asset '], crypto)).toEqual([]);
    // A chain table's row is the chain; so is a "Base" cell after which the next block says something else.
    expect(unpacked(['Chain', 'TVL', 'Base', '$3.1B', 'Quote'], crypto)).toEqual(['2:0-4:base:false:false']);
    expect(unpacked(['Base', 'Quote of the day: ship on Base'], crypto)).toEqual(['0:0-4:base:false:false', '1:26-30:base:false:false']);
  });

  it('travel as JSON without escapes: no control characters, no surrogates, even at the limits', () => {
    const texts = ['Arbitrum and Base chain', 'x'.repeat(MAX_TEXT_LENGTH - 20) + ' Arbitrum'];
    const { data } = detectPacked(defaultDetector(), texts, CONTEXTS[0]!, datasetChainFacts);
    expect(data.length).toBe(12);
    for (let i = 0; i < data.length; i++) {
      const unit = data.charCodeAt(i);
      expect(unit).toBeGreaterThanOrEqual(0x20);
      expect(unit < 0xd800 || unit > 0xdfff).toBe(true);
    }
    // JSON writes each code unit as itself (two characters more for the quotes).
    expect(JSON.stringify(data).length).toBe(data.length + 2 + (data.match(/["\\]/g)?.length ?? 0));
  });

  it('survive the trip as JSON (how Chrome carries a message), whatever code units they hold', () => {
    const texts = ['Bridged to Arbitrum One and Base.', 'x'.repeat(MAX_TEXT_LENGTH - 20) + ' Arbitrum'];
    const packed = detectPacked(defaultDetector(), texts, CONTEXTS[0]!, datasetChainFacts);
    const carried = JSON.parse(JSON.stringify(packed)) as unknown;
    const got: number[] = [];
    unpackMentions(carried, texts, (t, start) => got.push(t, start));
    expect(got).toEqual([0, texts[0]!.indexOf('Arbitrum'), 0, texts[0]!.indexOf('Base'), 1, texts[1]!.indexOf('Arbitrum')]);
  });

  it('refuse an answer that does not fit its batch, before handing out any mention', () => {
    const texts = ['Arbitrum and Base chain', 'Solana'];
    const good = detectPacked(defaultDetector(), texts, CONTEXTS[0]!, datasetChainFacts);
    const code = (...units: number[]) => String.fromCharCode(...units);
    // A mention's numbers as they travel (each plus the bias).
    const mention = (...numbers: number[]) => code(...numbers.map((n) => n + PACKED_BIAS));
    const bad: unknown[] = [
      null,
      'Arbitrum',
      { ids: good.ids, facts: good.facts },
      { ids: ['Not An Id'], facts: code(1), data: mention(0, 0, 8, 0) },
      { ids: good.ids, facts: good.facts, data: good.data.slice(0, 3) },
      // Facts missing, one short, or a code no chain has (layer 0 or 4, a flag past "shut down").
      { ids: good.ids, data: good.data },
      { ids: good.ids, facts: good.facts.slice(1), data: good.data },
      { ids: good.ids, facts: code(0) + good.facts.slice(1), data: good.data },
      { ids: good.ids, facts: code(4) + good.facts.slice(1), data: good.data },
      { ids: good.ids, facts: code(9) + good.facts.slice(1), data: good.data },
      // A text the batch does not have, an end past its text, an empty mention, a chain the answer does not name.
      { ids: good.ids, facts: good.facts, data: good.data + mention(2, 0, 6, 0) },
      { ids: good.ids, facts: good.facts, data: good.data + mention(1, 0, 7, 0) },
      { ids: good.ids, facts: good.facts, data: good.data + mention(1, 3, 3, 0) },
      { ids: good.ids, facts: good.facts, data: good.data + mention(1, 0, 6, 4 * good.ids.length) },
      // A number below the bias (negative once taken off): a text, a start, or flags before the first.
      { ids: good.ids, facts: good.facts, data: good.data + code(0, PACKED_BIAS, PACKED_BIAS + 6, PACKED_BIAS) },
      { ids: good.ids, facts: good.facts, data: good.data + code(PACKED_BIAS + 1, 0, PACKED_BIAS + 6, PACKED_BIAS) },
      { ids: good.ids, facts: good.facts, data: good.data + code(PACKED_BIAS + 1, PACKED_BIAS, PACKED_BIAS + 6, 0) },
    ];
    for (const answer of bad) {
      const sink = (): void => {
        throw new Error('handed out a mention');
      };
      expect(() => unpackMentions(answer, texts, sink), JSON.stringify(answer)).toThrow(/malformed mentions|out of place/);
    }
  });
});

describe('chain facts in an answer', () => {
  it('give each chain named its layer and whether it has shut down, as the dataset says', () => {
    const texts = ['Bridged to Arbitrum One and Base.', 'Solana and the Lightning Network'];
    const { ids, facts } = checkedMentions(detectPacked(defaultDetector(), texts, CONTEXTS[0]!, datasetChainFacts), texts);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    ids.forEach((id, k) => {
      const chain = chains.find((c) => c.id === id)!;
      expect(unpackChainFacts(facts.charCodeAt(k))).toEqual({ layer: chain.layer, shutDown: chain.status === 'shut-down' });
    });
  });

  it('round-trip for every chain of the dataset, shut down or not', () => {
    expect(chains.some((c) => c.status === 'shut-down')).toBe(true);
    for (const chain of chains) {
      expect(unpackChainFacts(packChainFacts(chain))).toEqual({ layer: chain.layer, shutDown: chain.status === 'shut-down' });
    }
    expect([0, 4, 8, 9, 0xffff].map(unpackChainFacts)).toEqual([null, null, null, null, null]);
  });
});
