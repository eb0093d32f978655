import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/detect/index';

const ctx = { sensitivity: 'balanced', cryptoPage: false } as const;
const found = (text: string) => findMentions(text, ctx).map((m) => [text.slice(m.start, m.end), m.chainId]);

describe('invisible characters inside names', () => {
  it('reads through soft hyphens and zero-width characters, and marks the name as written', () => {
    expect(found('Bridge to Arbi\u00adtrum One today.')).toEqual([['Arbi\u00adtrum One', 'arbitrum-one']]);
    expect(found('Sol\u200bana and Ethe\u2060reum are layer 1s.')).toEqual([
      ['Sol\u200bana', 'solana'],
      ['Ethe\u2060reum', 'ethereum'],
    ]);
  });

  it('does not join words a zero-width space separates from the outside', () => {
    expect(found('\u200bEthereum\u200b is a base chain.')).toEqual([['Ethereum', 'ethereum']]);
    expect(found('Xsolana\u00ad')).toEqual([]);
  });
});
