import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus } from '../../../scripts/eval';

// The floor reached on the labelled corpus (npm run eval prints the details). Raise it when the detector improves;
// a drop means a change made detection worse. review.jsonl (175 texts from an outside review, written to find the
// detector's failures) is held apart as well: the rest of the corpus keeps the floor it had before it came.
// holdout3.jsonl (140 texts) and holdout4.jsonl (160) were each written by someone who had not seen the rules, and
// first run as they were (see the corpus README); the rules since have been fitted to them too. review2.jsonl (120
// texts, a second outside review) and holdout5.jsonl (100, written from the dataset alone) are aimed at names in
// lowercase and in lines of capitals, as social posts and headlines write them; review3.jsonl (100) and review4.jsonl (80),
// a third and a fourth outside review, at the rules those prompted. The four are held to floors of their own.
// holdout6.jsonl (120) and holdout7.jsonl (100), written from the dataset alone, are ordinary web writing.
// review5.jsonl (43) holds the cases of a fifth outside review (company names, other fields' cue words, Chinese).
// review6.jsonl (37) holds a sixth review's cases (a name said to be a "gaming chain", French "sur Base", "celo y
// envidia", the NHL's Lightning, the Sui dynasty, Salesforce Flow), both senses of each.
// review7.jsonl (35) holds a seventh review's cases (gnosticism, taiko drums, "Celo is Spanish for zeal", L2BEAT's
// "Stage 1", Ethereum and Bitcoin written in Chinese, Japanese, Arabic and Russian, Russian in its cases), both senses of
// each.
// review8.jsonl (244) holds an eighth review's 196 blind paragraphs (news, listings, docs, social posts, podcasts,
// eleven languages, and everyday writing with the same words) and 48 probes it wrote after its first run to confirm a
// pattern; a probe set, with lowercase social posts and names in languages no rule reads yet.
const FLOOR = { paragraphs: 1900, precision: 0.985, recall: 0.95 };
const PROBE_SETS = ['review2-', 'holdout5-', 'review3-', 'review4-', 'review8-'];
const FLOOR_WITHOUT_PROBE_SETS = { precision: 0.99, recall: 0.975 };
const FLOOR_WITHOUT_REVIEW = { precision: 0.995, recall: 0.985 };
const FLOORS_BY_FILE: Record<string, { paragraphs: number; precision: number; recall: number }> = {
  'review2-': { paragraphs: 120, precision: 1, recall: 0.73 },
  'holdout5-': { paragraphs: 100, precision: 0.98, recall: 0.76 },
  'review3-': { paragraphs: 100, precision: 0.91, recall: 0.89 },
  'review4-': { paragraphs: 80, precision: 0.88, recall: 0.88 },
  'holdout6-': { paragraphs: 120, precision: 1, recall: 0.97 },
  'holdout7-': { paragraphs: 100, precision: 0.985, recall: 0.98 },
  'review5-': { paragraphs: 43, precision: 1, recall: 1 },
  'review6-': { paragraphs: 37, precision: 1, recall: 1 },
  'review7-': { paragraphs: 35, precision: 1, recall: 1 },
  'review8-': { paragraphs: 244, precision: 0.96, recall: 0.905 },
};
/**
 * Everyday texts still marked, by file, at most this many: a script's speaker ("BOB: Did you pay the gas bill?"); in
 * review3 and review4, words a dataset qualifier or form reads as the chain ("Kraken's Ink", "Base chain: 40 cm",
 * "Google … on Lens", "NVIDIA BACKS XAI", "Change to Linea 3"); in review8, "Sui social si parla…" and the diver "Sui
 * Xiang", "The Lightning will take a share…, the team said", and "Immutable" in lines of a blockchain's properties
 * under a heading that says "blockchain".
 */
const EVERYDAY_MARKS_ALLOWED: Record<string, number> = { 'review-': 1, 'review3-': 5, 'review4-': 4, 'review8-': 4 };

const CRYPTO_KINDS = ['news', 'docs', 'forum', 'social', 'table', 'review-crypto'];

describe('accuracy on the labelled corpus (bundled dataset, balanced)', () => {
  const items = loadCorpus();
  const result = evaluate(items, 'balanced');

  it('reads the corpus file by file, every paragraph and mention counted once', () => {
    const files = [...result.byFile.values()];
    expect(result.byFile.has('holdout6')).toBe(true);
    expect(result.byFile.has('review3')).toBe(true);
    expect(result.byFile.has('review4')).toBe(true);
    expect(result.byFile.has('holdout7')).toBe(true);
    expect(files.reduce((n, f) => n + f.paragraphs, 0)).toBe(result.overall.paragraphs);
    expect(files.reduce((n, f) => n + f.tp + f.fn, 0)).toBe(result.overall.tp + result.overall.fn);
    expect(files.reduce((n, f) => n + f.fp, 0)).toBe(result.overall.fp);
  });

  it('has enough paragraphs, crypto and everyday', () => {
    expect(items.length).toBeGreaterThanOrEqual(FLOOR.paragraphs);
    expect(items.filter((i) => i.mentions.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  it(`keeps precision ≥ ${FLOOR.precision} and recall ≥ ${FLOOR.recall}`, () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  it(`keeps precision ≥ ${FLOOR_WITHOUT_PROBE_SETS.precision} and recall ≥ ${FLOOR_WITHOUT_PROBE_SETS.recall} without the probe sets of lowercase and shouted names`, () => {
    const without = evaluate(items.filter((i) => !PROBE_SETS.some((p) => i.id.startsWith(p))), 'balanced');
    expect(without.overall.precision).toBeGreaterThanOrEqual(FLOOR_WITHOUT_PROBE_SETS.precision);
    expect(without.overall.recall).toBeGreaterThanOrEqual(FLOOR_WITHOUT_PROBE_SETS.recall);
  });

  it.each(Object.entries(FLOORS_BY_FILE))('keeps the floors of %s', (prefix, floor) => {
    const file = evaluate(items.filter((i) => i.id.startsWith(prefix)), 'balanced');
    expect(file.paragraphs).toBe(floor.paragraphs);
    expect(file.overall.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(file.overall.recall).toBeGreaterThanOrEqual(floor.recall);
  });

  it(`keeps precision ≥ ${FLOOR_WITHOUT_REVIEW.precision} and recall ≥ ${FLOOR_WITHOUT_REVIEW.recall} on the corpus before the review`, () => {
    const later = ['review-', 'review2-', 'review3-', 'review4-', 'review5-', 'review6-', 'review7-', 'review8-', 'holdout3-', 'holdout4-', 'holdout5-', 'holdout6-', 'holdout7-'];
    const before = evaluate(items.filter((i) => !later.some((p) => i.id.startsWith(p))), 'balanced');
    expect(before.overall.precision).toBeGreaterThanOrEqual(FLOOR_WITHOUT_REVIEW.precision);
    expect(before.overall.recall).toBeGreaterThanOrEqual(FLOOR_WITHOUT_REVIEW.recall);
  });

  it('marks nothing in everyday writing (geometry, weather, sports, art…), but for the few the reviews found', () => {
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
