import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus } from '../../../scripts/eval';

// The floor reached on the labelled corpus (npm run eval prints the details). Raise it when the detector improves;
// a drop means a change made detection worse. review.jsonl (175 texts from an outside review, written to find the
// detector's failures) is held apart as well: the rest of the corpus keeps the floor it had before it came.
// holdout3.jsonl (140 texts) and holdout4.jsonl (160) were each written by someone who had not seen the rules, and
// first run as they were (see the corpus README); the rules since have been fitted to them too. review2.jsonl (120
// texts) is a second outside review, aimed at the rules for names in lowercase and in lines of capitals: it is held to
// its own floors (no false mark at all; recall of its hard crypto texts, mostly on pages not about crypto).
const FLOOR = { paragraphs: 1000, precision: 0.99, recall: 0.95 };
const FLOOR_WITHOUT_REVIEW2 = { precision: 0.99, recall: 0.965 };
const FLOOR_WITHOUT_REVIEW = { precision: 0.995, recall: 0.97 };
const FLOOR_REVIEW2 = { precision: 1, recall: 0.5 };
/** Everyday texts still marked, by file, at most this many ("BOB: Did you pay the gas bill?", a script's speaker). */
const EVERYDAY_MARKS_ALLOWED: Record<string, number> = { 'review-': 1 };

const CRYPTO_KINDS = ['news', 'docs', 'forum', 'social', 'table', 'review-crypto'];

describe('accuracy on the labelled corpus (bundled dataset, balanced)', () => {
  const items = loadCorpus();
  const result = evaluate(items, 'balanced');

  it('has enough paragraphs, crypto and everyday', () => {
    expect(items.length).toBeGreaterThanOrEqual(FLOOR.paragraphs);
    expect(items.filter((i) => i.mentions.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  it(`keeps precision ≥ ${FLOOR.precision} and recall ≥ ${FLOOR.recall}`, () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it(`keeps precision ≥ ${FLOOR_WITHOUT_REVIEW2.precision} and recall ≥ ${FLOOR_WITHOUT_REVIEW2.recall} without the second review`, () => {
    const without = evaluate(items.filter((i) => !i.id.startsWith('review2-')), 'balanced');
    expect(without.overall.precision).toBeGreaterThanOrEqual(FLOOR_WITHOUT_REVIEW2.precision);
    expect(without.overall.recall).toBeGreaterThanOrEqual(FLOOR_WITHOUT_REVIEW2.recall);
  });

  it(`keeps precision ≥ ${FLOOR_REVIEW2.precision} and recall ≥ ${FLOOR_REVIEW2.recall} on the second review's texts`, () => {
    const review2 = evaluate(items.filter((i) => i.id.startsWith('review2-')), 'balanced');
    expect(review2.paragraphs).toBe(120);
    expect(review2.overall.precision).toBeGreaterThanOrEqual(FLOOR_REVIEW2.precision);
    expect(review2.overall.recall).toBeGreaterThanOrEqual(FLOOR_REVIEW2.recall);
  });

  it(`keeps precision ≥ ${FLOOR_WITHOUT_REVIEW.precision} and recall ≥ ${FLOOR_WITHOUT_REVIEW.recall} on the corpus before the review`, () => {
    const later = ['review-', 'review2-', 'holdout3-', 'holdout4-'];
    const before = evaluate(items.filter((i) => !later.some((p) => i.id.startsWith(p))), 'balanced');
    expect(before.overall.precision).toBeGreaterThanOrEqual(FLOOR_WITHOUT_REVIEW.precision);
    expect(before.overall.recall).toBeGreaterThanOrEqual(FLOOR_WITHOUT_REVIEW.recall);
  });

  it('marks nothing in everyday writing (geometry, weather, sports, art…), but for one in the review', () => {
    const everyday = result.misses.filter((m) => !CRYPTO_KINDS.includes(m.kind));
    const prefixes = Object.keys(EVERYDAY_MARKS_ALLOWED);
    expect(everyday.filter((m) => !prefixes.some((p) => m.id.startsWith(p)))).toEqual([]);
    for (const prefix of prefixes) {
      expect(everyday.filter((m) => m.id.startsWith(prefix)).length, prefix).toBeLessThanOrEqual(EVERYDAY_MARKS_ALLOWED[prefix]!);
    }
    expect(result.byGroup.get('everyday writing')?.paragraphs).toBeGreaterThanOrEqual(250);
  });

  it('strict mode never marks more everyday text than balanced', () => {
    const strict = evaluate(items, 'strict');
    expect(strict.overall.fp).toBeLessThanOrEqual(result.overall.fp);
  });
});
