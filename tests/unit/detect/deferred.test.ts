import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/eval';
import { createDetector } from '../../../src/detect/index';
import { chains } from '../../../src/data/index';
import type { DetectContext, Mention } from '../../../src/detect/types';

// The content script reads a page once while it does not yet know whether the page is about crypto, keeping aside
// what a crypto page would add (deferCryptoPage). That must give exactly what reading it twice would.
const detector = createDetector(chains);
const key = (m: Mention) => `${m.start}:${m.end}:${m.chainId}:${m.certain}`;

describe('deferCryptoPage', () => {
  const texts = loadCorpus().map((item) => item.text);

  it.each(['balanced', 'strict', 'everywhere'] as const)('splits %s results into now and if-crypto, nothing else', (sensitivity) => {
    let deferredSeen = 0;
    for (const text of texts) {
      const plain: DetectContext = { sensitivity, cryptoPage: false };
      const now = detector.findMentions(text, plain).map(key);
      const crypto = detector.findMentions(text, { sensitivity, cryptoPage: true }).map(key);
      const deferred = detector.findMentions(text, { ...plain, deferCryptoPage: true });
      expect(deferred.filter((m) => !m.ifCryptoPage).map(key)).toEqual(now);
      expect(deferred.map(key)).toEqual(crypto);
      deferredSeen += deferred.filter((m) => m.ifCryptoPage).length;
    }
    // Only balanced weighs the page; the corpus has names that need a crypto page there.
    if (sensitivity === 'balanced') expect(deferredSeen).toBeGreaterThan(5);
    else expect(deferredSeen).toBe(0);
  });

  it('is ignored once the page is known to be crypto', () => {
    for (const text of texts.slice(0, 100)) {
      const found = detector.findMentions(text, { sensitivity: 'balanced', cryptoPage: true, deferCryptoPage: true });
      expect(found.some((m) => m.ifCryptoPage)).toBe(false);
    }
  });
});
