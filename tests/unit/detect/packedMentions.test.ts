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
    const bad: unknown[] = [
      null,
      'Arbitrum',
      { ids: good.ids, facts: good.facts },
      { ids: ['Not An Id'], facts: code(1), data: code(0, 0, 8, 0) },
      { ids: good.ids, facts: good.facts, data: good.data.slice(0, 3) },
      // Facts missing, one short, or a code no chain has (layer 0 or 4, a flag past "shut down").
      { ids: good.ids, data: good.data },
      { ids: good.ids, facts: good.facts.slice(1), data: good.data },
      { ids: good.ids, facts: code(0) + good.facts.slice(1), data: good.data },
      { ids: good.ids, facts: code(4) + good.facts.slice(1), data: good.data },
      { ids: good.ids, facts: code(9) + good.facts.slice(1), data: good.data },
      // A text the batch does not have, an end past its text, an empty mention, a chain the answer does not name.
      { ids: good.ids, facts: good.facts, data: good.data + code(2, 0, 6, 0) },
      { ids: good.ids, facts: good.facts, data: good.data + code(1, 0, 7, 0) },
      { ids: good.ids, facts: good.facts, data: good.data + code(1, 3, 3, 0) },
      { ids: good.ids, facts: good.facts, data: good.data + code(1, 0, 6, 4 * good.ids.length) },
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
