import { describe, expect, it } from 'vitest';
import { compileLexicon, type LexEntry, type Lexicon } from '../../../src/detect/lexicon';
import { separatorKey, splitForm, tokenize } from '../../../src/detect/tokenize';
import { CHAINS } from './fixtures';

function entry(lex: Lexicon, form: string): LexEntry[] {
  const parts = splitForm(form)!;
  let node = lex.firstWords.find(parts.words[0]!.toLowerCase());
  for (let i = 1; node && i < parts.words.length; i++) node = node.next?.get(parts.seps[i - 1]! + parts.words[i]!.toLowerCase());
  return node?.entries ?? [];
}

describe('tokenize', () => {
  it('splits on anything that is not a letter, digit, mark or underscore', () => {
    const t = tokenize("Arbitrum's Polygon-based ZKsync\u00a02.0 café base_url 🚀x");
    expect(t.lower).toEqual(['arbitrum', 's', 'polygon', 'based', 'zksync', '2', '0', 'café', 'base_url', 'x']);
    expect(t.starts[0]).toBe(0);
    expect(t.ends[0]).toBe(8);
  });

  it('classifies separators: whitespace runs, hyphens, single punctuation; longer gaps break a form', () => {
    const key = (s: string): string | null => separatorKey(s, 0, s.length);
    expect(key(' ')).toBe(' ');
    expect(key('\u00a0\n  ')).toBe(' ');
    expect(key('‑')).toBe('-');
    expect(key('.')).toBe('.');
    expect(key(', ')).toBeNull();
  });
});

describe('compileLexicon', () => {
  const lex = compileLexicon(CHAINS);

  it('indexes names, aliases and tickers', () => {
    expect(entry(lex, 'Arbitrum One')[0]).toMatchObject({ chainId: 'arbitrum-one', kind: 'name', caseRule: 'any' });
    expect(entry(lex, 'Arbitrum')[0]).toMatchObject({ chainId: 'arbitrum-one', kind: 'alias' });
    expect(entry(lex, 'AVAX')[0]).toMatchObject({ chainId: 'avalanche', kind: 'ticker', caseRule: 'exact' });
  });

  it('gives ambiguous forms and acronyms exact case, everyday-word forms notLower', () => {
    expect(entry(lex, 'Base')[0]).toMatchObject({ ambiguous: true, caseRule: 'exact' });
    expect(entry(lex, 'BSC')[0]).toMatchObject({ ambiguous: false, caseRule: 'exact' });
    expect(entry(lex, 'Smart Chain')[0]).toMatchObject({ ambiguous: false, caseRule: 'notLower' });
  });

  it('attaches the words around the form in each qualifier', () => {
    expect(entry(lex, 'Base')[0]!.qualifiers.map(({ before, after }) => ({ before, after }))).toEqual([
      { before: [], after: ['mainnet'] },
      { before: ['coinbase', 's'], after: [] },
      { before: ['on'], after: ['chain'] },
    ]);
  });

  it('orders a shared form by preference', () => {
    expect(entry(lex, 'zkSync').map((e) => e.chainId)).toEqual(['zksync-era', 'zksync-lite']);
  });

  it('skips one-letter tickers and gives a shared ticker to its L1', () => {
    expect(entry(lex, 'S').some((e) => e.kind === 'ticker')).toBe(false);
    expect(entry(lex, 'ETH').map((e) => e.chainId)).toEqual(['ethereum']);
  });
});
