// The page scanner sends what it reads to the detector in batches and records the answers when they come back
// (scanner.ts): in the extension the detector is the background's, so answers arrive later, in another task, after
// the page may have changed. Marks must still be recorded in page order, on the text they were found in.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MentionIndex, type MentionId } from '../../../src/content/mentions';
import { readMention } from './readMention';
import { scanRoot, scanRoots, type BatchDetector, type ScanOptions } from '../../../src/content/scanner';
import { localBatchDetector } from './localBatchDetector';
import { defaultDetector } from '../../../src/detect/index';
import { MAX_TEXTS } from '../../../src/detect/packedMentions';

const CONTEXT = { sensitivity: 'balanced', cryptoPage: false } as const;

function page(html: string) {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

function options(detector: BatchDetector, extra: Partial<ScanOptions> = {}): ScanOptions {
  return { detector, context: () => CONTEXT, walk: {}, index: new MentionIndex(), signal: new AbortController().signal, ...extra };
}

const marked = (index: MentionIndex) =>
  index.all().map((m) => `${index.chainOf(m)}:${index.piecesOf(m).map((p) => p.node.data.slice(p.start, p.end)).join('')}`);

const local = localBatchDetector(defaultDetector());
/** Scan options whose detector lets the page `change` while each batch is away, counted as its observer would. */
function whilePageChanges(change: () => void): ScanOptions {
  let changes = 0;
  const changing: BatchDetector = {
    async detect(texts, context) {
      const answer = await local.detect(texts, context);
      change();
      changes++;
      return answer;
    },
  };
  return options(changing, { changes: () => changes });
}
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('scanRoot with a detector that answers later', () => {
  it('records every mention in page order even when later batches are answered first', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Item ${i}: ${'filler '.repeat(150)} bridged to Arbitrum One, then <b>Starknet</b>.</p>`);
    const doc = page(paragraphs.join(''));
    let calls = 0;
    // The first batch takes longest: its answer comes back after the later ones'.
    const slowFirst: BatchDetector = {
      async detect(texts, context) {
        const wait = calls++ === 0 ? 400 : 0;
        const answer = await local.detect(texts, context);
        await delay(wait);
        return answer;
      },
    };
    const opts = options(slowFirst);
    const result = await scanRoot(doc.body, opts);
    expect(calls).toBeGreaterThan(2);
    expect(result.added).toBe(120);
    expect(marked(opts.index)).toEqual(Array.from({ length: 60 }, () => ['arbitrum-one:Arbitrum One', 'starknet:Starknet']).flat());
    // Discovery order (seq) is page order: each mention's text comes after the one before it.
    const all = opts.index.all().map((m) => readMention(opts.index, m));
    for (let k = 1; k < all.length; k++) {
      const [a, b] = [all[k - 1]!, all[k]!];
      const after = a.node === b.node ? b.start > a.start : (a.node.compareDocumentPosition(b.node) & 4) !== 0;
      expect(after, `mention ${k}`).toBe(true);
    }
  });

  it('drops an answer for text the page changed while the batch was away, and keeps the rest', async () => {
    const doc = page('<p id="a">Bridged to Arbitrum One today.</p><p>Fees on <b>Starknet</b> fell.</p>');
    // The page rewrites the first paragraph before the answer arrives; its observer counts the change.
    const opts = whilePageChanges(() => (doc.getElementById('a')!.firstChild!.textContent = 'Bridged to Arbitrum Nova today.'));
    await scanRoot(doc.body, opts);
    expect(marked(opts.index)).toEqual(['starknet:Starknet']);
  });

  it('records answers whose text is unchanged even when the page changed elsewhere', async () => {
    const doc = page('<p id="a">Bridged to Arbitrum One today.</p><p>Fees on <b>Starknet</b> fell.</p><p id="c">x</p>');
    const opts = whilePageChanges(() => (doc.getElementById('c')!.textContent = 'y'));
    await scanRoot(doc.body, opts);
    expect(marked(opts.index)).toEqual(['arbitrum-one:Arbitrum One', 'starknet:Starknet']);
  });

  it('sends a big page in few batches, the first one small', async () => {
    const doc = page(Array.from({ length: 400 }, (_, i) => `<p>Row ${i} ${'word '.repeat(200)} on Base chain.</p>`).join(''));
    const sizes: number[] = [];
    const counting: BatchDetector = {
      detect(texts, context) {
        sizes.push(texts.reduce((n, t) => n + t.length, 0));
        return local.detect(texts, context);
      },
    };
    const opts = options(counting);
    const { chars } = await scanRoot(doc.body, opts);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(chars);
    expect(chars).toBeGreaterThan(400_000);
    expect(sizes[0]).toBeLessThan(10_000);
    expect(sizes.length).toBeLessThan(10);
    expect(opts.index.all()).toHaveLength(400);
  });

  it('sends a page of tiny cells in batches of at most MAX_TEXTS texts', async () => {
    // One-character cells: after batches of 8,000, 16,000 and 32,000 texts, the fourth would reach its 64,000 characters
    // only after 64,000 texts.
    const total = 92_000;
    const cells = Array.from({ length: total }, (_, i) => (i === total - 100 ? '<p>Starknet</p>' : '<p>a</p>')).join('');
    const doc = page(cells);
    const counts: number[] = [];
    const counting: BatchDetector = {
      detect(texts, context) {
        counts.push(texts.length);
        return local.detect(texts, context);
      },
    };
    const opts = options(counting);
    await scanRoot(doc.body, opts);
    expect(Math.max(...counts)).toBeLessThanOrEqual(MAX_TEXTS);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(marked(opts.index)).toEqual(['starknet:Starknet']);
  }, 30_000);

  it('reads many changed parts as one scan: fifty appended items cost one batch, not fifty', async () => {
    const doc = page('<ul id="feed"></ul>');
    const feed = doc.getElementById('feed')!;
    const items: Node[] = [];
    for (let i = 0; i < 50; i++) {
      const li = doc.createElement('li');
      li.textContent = `Post ${i}: fees on Starknet fell again.`;
      feed.append(li);
      items.push(li);
    }
    let calls = 0;
    const counting: BatchDetector = {
      detect(texts, context) {
        calls++;
        return local.detect(texts, context);
      },
    };
    const opts = options(counting);
    const { added, unfinished } = await scanRoots(items, opts);
    expect(calls).toBe(1);
    expect(added).toBe(50);
    expect(unfinished).toEqual([]);
  });

  it('fails the scan when the detector fails (the session reports it), and records nothing after an abort', async () => {
    const doc = page('<p>Bridged to Arbitrum One.</p>');
    await expect(scanRoot(doc.body, options({ detect: () => Promise.reject(new Error('no background')) }))).rejects.toThrow('no background');
    const controller = new AbortController();
    const aborting: BatchDetector = {
      async detect(texts, context) {
        controller.abort();
        return local.detect(texts, context);
      },
    };
    const opts = options(aborting, { signal: controller.signal });
    await scanRoot(doc.body, opts);
    expect(opts.index.all()).toHaveLength(0);
  });
});

describe('scanRoot reading the answer', () => {
  it('carries each mention\'s flags to the page: certain or not, and kept aside when it counts only on a crypto page', async () => {
    // On a page not known to be about crypto, a lone ambiguous name counts only if the page turns out crypto.
    const texts = ['Bridged to Arbitrum One today.', 'We moved the app to Base after the audit.'];
    const context = { sensitivity: 'balanced', cryptoPage: false, deferCryptoPage: true } as const;
    const label = (chainId: string, text: string, certain: boolean) => `${chainId}:${text}:${certain}`;
    const found = texts.flatMap((text) =>
      defaultDetector().findMentions(text, context).map((m) => ({ ...m, label: label(m.chainId, text.slice(m.start, m.end), m.certain) })),
    );
    expect(found.some((m) => m.ifCryptoPage)).toBe(true);
    expect(found.some((m) => !m.ifCryptoPage && m.certain)).toBe(true);

    const doc = page(texts.map((t) => `<p>${t}</p>`).join(''));
    const deferred: string[] = [];
    const onPage = (id: MentionId) => {
      const m = readMention(opts.index, id);
      return label(m.chainId, m.node.data.slice(m.start, m.end), m.certain);
    };
    const opts = options(local, { context: () => context, onDeferred: (m) => deferred.push(onPage(m)) });
    const result = await scanRoot(doc.body, opts);
    expect(opts.index.all().map(onPage)).toEqual(found.filter((m) => !m.ifCryptoPage).map((m) => m.label));
    expect(deferred).toEqual(found.filter((m) => m.ifCryptoPage).map((m) => m.label));
    expect(result.added).toBe(opts.index.all().length);
  });

  it('reads a block longer than one window (several texts of one batch) as the whole block', async () => {
    // 40,000 characters in one paragraph, names all along it and across inline elements: read in windows of 8,000
    // that overlap, each owning a part; every name is recorded once, on the node it is in.
    const parts: string[] = [];
    for (let i = 0; i < 600; i++) parts.push(i % 7 === 3 ? 'fees on <b>Arbitrum</b> One fell' : i % 5 === 0 ? 'bridged to Starknet' : 'filler words here');
    const html = `<p>${parts.map((p, i) => `${p} ${'x'.repeat(40 + (i % 13))}`).join(' ')}.</p>`;
    const doc = page(html);
    const text = doc.body.textContent!;
    expect(text.length).toBeGreaterThan(30_000);
    const opts = options(local);
    await scanRoot(doc.body, opts);
    const expected = defaultDetector().findMentions(text, CONTEXT).map((m) => `${m.chainId}:${text.slice(m.start, m.end)}`);
    expect(expected.length).toBeGreaterThan(100);
    expect(marked(opts.index)).toEqual(expected);
  });
});
