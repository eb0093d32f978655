import { describe, expect, it } from 'vitest';
import data from '../../../src/data/chains.json';
import type { Chain } from '../../../src/data/types';
import { validateChains } from '../../../src/data/validate';

// Each case clones a good dataset, breaks one field of one entry, and expects an error that names `id.field`.
const TODAY = '2026-11-26';
const good = (): Chain[] => structuredClone(data) as unknown as Chain[];

/** Errors after changing one entry (by id) of an otherwise valid dataset. */
function errorsAfter(id: string, mutate: (c: Record<string, unknown>) => void, extra: unknown[] = []): string[] {
  const all = good();
  const entry = all.find((c) => c.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  mutate(entry as unknown as Record<string, unknown>);
  return validateChains([...all, ...extra], { today: TODAY }).errors;
}

/** A new, valid entry that touches nothing else, to add alongside the dataset. */
function fresh(over: Partial<Chain> = {}): Chain {
  const base = structuredClone((data as unknown as Chain[]).find((c) => c.id === 'arbitrum-one')!);
  return {
    ...base,
    id: 'test-chain',
    name: 'Testchain One',
    aliases: ['Testchain'],
    ambiguous: undefined,
    qualifiers: undefined,
    sharedForms: undefined,
    chainId: null,
    ...over,
  } as Chain;
}

function expectError(errors: string[], prefix: string, detail?: RegExp): void {
  const hit = errors.find((e) => e.startsWith(prefix));
  expect(hit, `no error starting with "${prefix}" in:\n${errors.join('\n')}`).toBeDefined();
  if (detail) expect(hit).toMatch(detail);
}

describe('validateChains', () => {
  it('accepts the real dataset', () => {
    expect(validateChains(data, { today: TODAY }).errors).toEqual([]);
  });

  it('rejects input that is not an array', () => {
    expect(validateChains({ chains: [] }).errors).toEqual(['chains: must be a JSON array of chain objects']);
  });

  describe('schema and types', () => {
    it('a missing required field', () => {
      expectError(errorsAfter('base', (c) => delete c.summary), 'base.summary:');
    });
    it('a layer outside 1–3', () => {
      expectError(errorsAfter('base', (c) => (c.layer = 4)), 'base.layer:');
    });
    it('a kind that is not a chain kind', () => {
      expectError(errorsAfter('base', (c) => (c.kind = 'rollup')), 'base.kind:');
    });
    it('a status that is not a status', () => {
      expectError(errorsAfter('blast', (c) => (c.status = 'dead')), 'blast.status:');
    });
    it('a stage written the L2BEAT way instead of ours', () => {
      expectError(errorsAfter('base', (c) => (c.stage = 'Stage 1')), 'base.stage:');
    });
    it('a non-integer chain id', () => {
      expectError(errorsAfter('base', (c) => (c.chainId = 8453.5)), 'base.chainId:', /integer/);
    });
    it('a chain id given as a string', () => {
      expectError(errorsAfter('base', (c) => (c.chainId = '8453')), 'base.chainId:');
    });
    it('an unknown key (a typo of an optional field)', () => {
      expectError(errorsAfter('base', (c) => (c.qualifier = ['Base mainnet'])), 'base.(entry):', /qualifier/);
    });
    it('an empty alias', () => {
      expectError(errorsAfter('base', (c) => (c.aliases = [' '])), 'base.aliases.0:');
    });
  });

  describe('ids, parents and layers', () => {
    it('a duplicate id', () => {
      expectError(errorsAfter('base', () => {}, [fresh({ id: 'base', name: 'Other Base', aliases: [] })]), 'base.id:', /duplicate/);
    });
    it('an id that is not kebab-case', () => {
      expectError(errorsAfter('xai', (c) => (c.id = 'Xai_Games')), 'Xai_Games.id:', /kebab/);
    });
    it('a parent that does not exist', () => {
      expectError(
        errorsAfter('arbitrum-one', (c) => (c.parent = 'etherium')),
        'arbitrum-one.parent: "etherium" is not a known chain id',
      );
    });
    it('a layer that is not the parent\'s layer + 1', () => {
      expectError(errorsAfter('xai', (c) => (c.layer = 2)), 'xai.layer:', /parent arbitrum-one is layer 2; must be 3/);
    });
    it('a layer 1 with a parent', () => {
      expectError(errorsAfter('solana', (c) => (c.parent = 'ethereum')), 'solana.parent:', /layer 1/);
    });
    it('a layer 1 whose kind is not l1', () => {
      expectError(errorsAfter('solana', (c) => (c.kind = 'sidechain')), 'solana.kind:', /must have kind "l1"/);
    });
    it('kind l1 on a layer 2', () => {
      expectError(errorsAfter('base', (c) => (c.kind = 'l1')), 'base.kind:', /"l1" needs layer 1/);
    });
    it('a layer 2 without a parent', () => {
      expectError(errorsAfter('base', (c) => (c.parent = null)), 'base.parent:', /needs a parent/);
    });
  });

  describe('surface forms', () => {
    it('a form used by two chains without sharedForms', () => {
      const errors = errorsAfter('base', () => {}, [fresh({ aliases: ['Arbitrum'] })]);
      expectError(errors, 'test-chain.sharedForms:', /"arbitrum" is also a surface form of arbitrum-one/);
      expectError(errors, 'arbitrum-one.sharedForms:', /test-chain/);
    });
    it('the clash is found case-insensitively, qualifiers included', () => {
      expectError(errorsAfter('base', () => {}, [fresh({ aliases: [], qualifiers: ['base mainnet'] })]), 'test-chain.sharedForms:');
    });
    it('a shared form with no preferred chain', () => {
      const errors = errorsAfter('dydx-chain', (c) => {
        (c.sharedForms as Chain['sharedForms'])![0]!.preferred = false;
      });
      expectError(errors, 'dydx-chain.sharedForms:', /shared with dydx-v3 and needs exactly one preferred chain, found 0/);
    });
    it('a shared form with two preferred chains', () => {
      const errors = errorsAfter('dydx-v3', (c) => {
        (c.sharedForms as Chain['sharedForms'])![0]!.preferred = true;
      });
      expectError(errors, 'dydx-chain.sharedForms:', /found 2/);
    });
    it('a sharedForms form the chain does not use', () => {
      expectError(
        errorsAfter('base', (c) => (c.sharedForms = [{ form: 'Coinbase', note: 'x', preferred: true }])),
        'base.sharedForms: "Coinbase" is not one of',
      );
    });
    it('an ambiguous form that is not one of the chain\'s names', () => {
      expectError(errorsAfter('base', (c) => (c.ambiguous = ['Bass'])), 'base.ambiguous:', /"Bass"/);
    });
    it('a qualifier that does not contain a surface form', () => {
      expectError(errorsAfter('base', (c) => (c.qualifiers = ['Coinbase L2'])), 'base.qualifiers:', /"Coinbase L2"/);
    });
    it('a qualifier that only contains a form inside another word', () => {
      expectError(errorsAfter('base', (c) => (c.qualifiers = ['Basement chain'])), 'base.qualifiers:', /"Basement chain"/);
    });
    it('the same alias twice', () => {
      expectError(errorsAfter('arbitrum-one', (c) => (c.aliases = ['Arbitrum', 'Arbitrum'])), 'arbitrum-one.aliases:', /twice/);
    });
    it('an alias that repeats the name', () => {
      expectError(errorsAfter('arbitrum-one', (c) => (c.aliases = ['Arbitrum One'])), 'arbitrum-one.aliases:');
    });
  });

  describe('sources, dates and URLs', () => {
    it('no sources', () => {
      expectError(errorsAfter('base', (c) => (c.sources = [])), 'base.sources:', /at least one/);
    });
    it('a source that is plain http', () => {
      expectError(errorsAfter('base', (c) => (c.sources = ['http://l2beat.com/scaling/projects/base'])), 'base.sources:');
    });
    it('a source in no known form', () => {
      expectError(errorsAfter('base', (c) => (c.sources = ['L2BEAT website'])), 'base.sources:');
    });
    it('an asOf date in the future', () => {
      expectError(errorsAfter('base', (c) => (c.asOf = '2027-01-01')), 'base.asOf:', /future/);
    });
    it('an asOf that is not a real date', () => {
      expectError(errorsAfter('base', (c) => (c.asOf = '2026-02-30')), 'base.asOf:', /real date/);
    });
    it('an asOf in another format', () => {
      expectError(errorsAfter('base', (c) => (c.asOf = '26/11/2026')), 'base.asOf:', /YYYY-MM-DD/);
    });
    it('a website that is not https', () => {
      expectError(errorsAfter('base', (c) => (c.website = 'http://base.org')), 'base.website:', /https/);
    });
  });

  describe('text', () => {
    it('only one gain', () => {
      expectError(errorsAfter('base', (c) => ((c.tradeoffs as Chain['tradeoffs']).gains = ['Cheap'])), 'base.tradeoffs.gains:', /2–4/);
    });
    it('five risks', () => {
      expectError(
        errorsAfter('base', (c) => ((c.tradeoffs as Chain['tradeoffs']).risks = ['a', 'b', 'c', 'd', 'e'])),
        'base.tradeoffs.risks:',
        /2–4/,
      );
    });
    it('an empty tradeoff item', () => {
      expectError(errorsAfter('base', (c) => ((c.tradeoffs as Chain['tradeoffs']).risks = ['Real risk', ''])), 'base.tradeoffs.risks.1:');
    });
    it('a summary of two sentences', () => {
      expectError(errorsAfter('base', (c) => (c.summary = 'A rollup. It is fast.')), 'base.summary:', /one sentence/);
    });
    it('a summary that is too long', () => {
      expectError(errorsAfter('base', (c) => (c.summary = `${'word '.repeat(60).trim()}.`)), 'base.summary:', /at most 240/);
    });
  });
});
