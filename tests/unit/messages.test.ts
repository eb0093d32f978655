import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelope, isOwnSender, parseEnvelope, type MessageName } from '../../src/messages';

const NAMES: MessageName[] = ['getChain', 'getPageState', 'revealMention', 'explainAtSelection', 'openEntry', 'pageChainsChanged', 'getTabChains', 'detectTexts', 'pageSignal'];
const TEXTS = ['Arbitrum', ' and Base'];
const META = { title: 'Arbitrum', description: '', headings: ['Base'], certainMentionCount: 2, textLength: 400 };

describe('message validation', () => {
  it('accepts every well-formed request', () => {
    expect(parseEnvelope(envelope('getChain', { chainId: 'arbitrum-one' })).ok).toBe(true);
    expect(parseEnvelope(envelope('getPageState', {})).ok).toBe(true);
    expect(parseEnvelope(envelope('revealMention', { chainId: 'base' })).ok).toBe(true);
    expect(parseEnvelope(envelope('explainAtSelection', {})).ok).toBe(true);
    expect(parseEnvelope(envelope('openEntry', { chainId: 'op-mainnet' })).ok).toBe(true);
    expect(parseEnvelope(envelope('pageChainsChanged', { chains: [{ chainId: 'base', count: 3 }] })).ok).toBe(true);
    expect(parseEnvelope(envelope('pageChainsChanged', { chains: [{ chainId: 'bitcoin', count: 1, unmarked: true }] })).ok).toBe(true);
    expect(parseEnvelope(envelope('getTabChains', { tabId: 12 })).ok).toBe(true);
    expect(parseEnvelope(envelope('detectTexts', { texts: TEXTS, context: { sensitivity: 'balanced', cryptoPage: false } })).ok).toBe(true);
    expect(
      parseEnvelope(envelope('detectTexts', { texts: TEXTS, context: { sensitivity: 'strict', cryptoPage: true, tickers: true, deferCryptoPage: false } })).ok,
    ).toBe(true);
    expect(parseEnvelope(envelope('pageSignal', META)).ok).toBe(true);
    expect(parseEnvelope(envelope('pageSignal', { ...META, certainChainCount: 3 })).ok).toBe(true);
    expect(parseEnvelope(envelope('pageSignal', { ...META, sample: 'Arbitrum One and Base' })).ok).toBe(true);
  });

  it('rejects malformed payloads with a reason naming the message', () => {
    const bad: [MessageName, unknown][] = [
      ['getChain', {}],
      ['getChain', { chainId: 7 }],
      ['getChain', { chainId: 'Arbitrum One' }],
      ['getChain', { chainId: 'a'.repeat(100) }],
      ['getChain', null],
      ['getPageState', { extra: true }],
      ['getPageState', []],
      ['revealMention', { chainId: '<img src=x>' }],
      ['pageChainsChanged', { chains: 'all' }],
      ['getTabChains', { tabId: -1 }],
      ['getTabChains', { tabId: 1.5 }],
      ['getTabChains', { tabId: '3' }],
      ['pageChainsChanged', { chains: [{ chainId: 'base', count: -1 }] }],
      ['pageChainsChanged', { chains: [{ chainId: 'base', count: 1.5 }] }],
      ['pageChainsChanged', { chains: [{ chainId: 'base', count: 1, unmarked: false }] }],
      ['pageChainsChanged', { chains: [{ chainId: 'base', count: 1, unmarked: 'yes' }] }],
      ['pageChainsChanged', { chains: Array.from({ length: 1001 }, () => ({ chainId: 'base', count: 1 })) }],
      ['detectTexts', { texts: 'Arbitrum', context: { sensitivity: 'balanced', cryptoPage: false } }],
      ['detectTexts', { texts: ['Arbitrum', 8], context: { sensitivity: 'balanced', cryptoPage: false } }],
      ['detectTexts', { texts: ['x'.repeat(0x8001)], context: { sensitivity: 'balanced', cryptoPage: false } }],
      ['detectTexts', { texts: Array.from({ length: 0x8001 }, () => 'x'), context: { sensitivity: 'balanced', cryptoPage: false } }],
      ['detectTexts', { texts: Array.from({ length: 200 }, () => 'x'.repeat(0x8000)), context: { sensitivity: 'balanced', cryptoPage: false } }],
      ['detectTexts', { texts: TEXTS, context: { sensitivity: 'loose', cryptoPage: false } }],
      ['detectTexts', { texts: TEXTS, context: { sensitivity: 'balanced' } }],
      ['detectTexts', { texts: TEXTS, context: { sensitivity: 'balanced', cryptoPage: false, tickers: 'yes' } }],
      ['detectTexts', { texts: TEXTS }],
      ['pageSignal', { ...META, title: 7 }],
      ['pageSignal', { ...META, headings: 'Base' }],
      ['pageSignal', { ...META, sample: 42 }],
      ['pageSignal', { ...META, sample: 'x'.repeat(20_001) }],
      ['pageSignal', { ...META, headings: Array.from({ length: 101 }, () => 'Base') }],
      ['pageSignal', { ...META, description: 'x'.repeat(10_001) }],
      ['pageSignal', { ...META, certainMentionCount: -1 }],
      ['pageSignal', { ...META, certainChainCount: 'two' }],
      ['pageSignal', { ...META, certainChainCount: -2 }],
      ['pageSignal', { ...META, textLength: 0.5 }],
    ];
    for (const [name, payload] of bad) {
      expect(parseEnvelope({ layerlens: 1, name, payload }), `${name} ${JSON.stringify(payload)?.slice(0, 60)}`).toEqual({
        ok: false,
        error: `malformed payload for ${name}`,
      });
    }
  });

  it('tells foreign and unknown messages apart', () => {
    expect(parseEnvelope({ type: 'hello' })).toEqual({ ok: false, error: 'not a Layerlens message' });
    expect(parseEnvelope('string')).toEqual({ ok: false, error: 'not a Layerlens message' });
    expect(parseEnvelope({ layerlens: 1, name: '__proto__', payload: {} })).toMatchObject({ ok: false });
    expect(parseEnvelope({ layerlens: 1, name: 'toString', payload: {} })).toMatchObject({ ok: false });
    expect(parseEnvelope({ layerlens: 1, name: 'hasOwnProperty', payload: {} })).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary input, and only accepts known names', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constantFrom(...NAMES), fc.string()), fc.anything(), (raw, name, payload) => {
        for (const input of [raw, { layerlens: 1, name, payload }]) {
          const result = parseEnvelope(input);
          if (result.ok) expect(NAMES).toContain(result.envelope.name);
          else expect(typeof result.error).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('trusts only senders from this extension', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'evil' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
  });
});
