// The tickers option names examples: each must be one the detector marks with the option on, and the help's tokens
// that are no chain's own coin must be ones it leaves alone (an outside review found "ARB, OP" promised, never marked).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/detect/index';

const messages = JSON.parse(readFileSync(new URL('../../../assets/_locales/en/options.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const TICKERS_ON = { sensitivity: 'balanced', cryptoPage: true, tickers: true } as const;
const marked = (ticker: string) => findMentions(`I bought 5 ${ticker} today.`, TICKERS_ON).map((m) => m.chainId);

describe('the tickers option\'s words', () => {
  it('gives examples the detector marks with it on', () => {
    const examples = /\(([^)]*)\)/.exec(messages.optionsTickers!.message)![1]!.replace('…', '').split(/,\s*/);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const ticker of examples) expect(marked(ticker), ticker).toHaveLength(1);
  });

  it('names as unmarked only tokens the detector leaves alone', () => {
    const named = messages.optionsTickersHelp!.message.match(/\b[A-Z]{2,}\b/g) ?? [];
    expect(named.length).toBeGreaterThanOrEqual(2);
    for (const ticker of named) expect(marked(ticker), ticker).toEqual([]);
  });
});
