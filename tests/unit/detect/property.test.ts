import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVERYWHERE, CHAINS } from './fixtures';
import { detector } from './helpers';
import { lowercaseAmbiguous, referenceMatch, refForms } from './reference';

const forms = refForms(CHAINS);
const written = forms.map((f) => f.form);

/** A name as people write it: as in the data, lower, upper, possessive, hyphen compound, words split by NBSP. */
const nameVariant = fc.tuple(fc.constantFrom(...written), fc.integer({ min: 0, max: 6 })).map(([form, v]) => {
  switch (v) {
    case 1:
      return form.toLowerCase();
    case 2:
      return form.toUpperCase();
    case 3:
      return `${form}'s`;
    case 4:
      return `${form}-based`;
    case 5:
      return form.replace(/ /g, '\u00a0');
    case 6:
      return form.replace(/ /g, '  ');
    default:
      return form;
  }
});

/**
 * Noise made of the same letters: prefixes of names, everyday words, glued words, digits, emoji, and letters of
 * scripts written without spaces (a name glued to them is still a word of its own).
 */
const noiseWord = fc.oneof(
  fc.constantFrom('the', 'base', 'database', 'one', 'Nova', 'chain', 'Chain', 'Polygonal', 'mainnet', 'OP', 'C', '2', '0', 'zk', 'money', 'Arbitrums', 'Smart', 'near', '🚀', 'é', '在', '上', 'の', 'ガス', 'ー', '의', 'ค่า'),
  fc.stringMatching(/^[A-Za-z0-9]{1,8}$/),
);

const separator = fc.constantFrom(' ', ' ', ' ', '\u00a0', '\n', ', ', '-', '.', "'", '’', '', '  ', '(', ')');

const text = fc
  .array(fc.tuple(fc.oneof({ arbitrary: nameVariant, weight: 2 }, { arbitrary: noiseWord, weight: 3 }), separator), {
    maxLength: 25,
  })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('compiled matcher agrees with the slow reference matcher', () => {
  it('on random texts of names and noise (everywhere mode: every candidate is kept)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const got = detector
          .findMentions(t, EVERYWHERE)
          .filter((m) => !lowercaseAmbiguous(t.slice(m.start, m.end), forms))
          .map(({ start, end, chainId }) => ({ start, end, chainId }));
        expect(got).toEqual(referenceMatch(t, forms));
      }),
      { numRuns: 2000 },
    );
  });

  it('mentions always lie on the text and never overlap', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('strict', 'balanced', 'everywhere' as const), fc.boolean(), (t, sensitivity, cryptoPage) => {
        const found = detector.findMentions(t, { sensitivity, cryptoPage });
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
