import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus } from '../../../scripts/eval';

// The floor reached on the labelled corpus (npm run eval prints the details). Raise it when the detector improves;
// a drop means a change made detection worse.
const FLOOR = { paragraphs: 400, precision: 0.98, recall: 0.97 };

describe('accuracy on the labelled corpus (bundled dataset, balanced)', () => {
  const items = loadCorpus();
  const result = evaluate(items, 'balanced');

  it('has enough paragraphs, crypto and everyday', () => {
    expect(items.length).toBeGreaterThanOrEqual(FLOOR.paragraphs);
    expect(items.filter((i) => i.mentions.length === 0).length).toBeGreaterThanOrEqual(80);
  });

  it(`keeps precision ≥ ${FLOOR.precision} and recall ≥ ${FLOOR.recall}`, () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it('marks nothing in everyday writing (geometry, weather, sports, art…)', () => {
    const everyday = result.misses.filter((m) => !['news', 'docs', 'forum', 'social', 'table'].includes(m.kind));
    expect(everyday).toEqual([]);
    expect(result.byGroup.get('everyday writing')?.paragraphs).toBeGreaterThanOrEqual(100);
  });

  it('strict mode never marks more everyday text than balanced', () => {
    const strict = evaluate(items, 'strict');
    expect(strict.overall.fp).toBeLessThanOrEqual(result.overall.fp);
  });
});
