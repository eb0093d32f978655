// Fuzzing the scanner's windows over long text (a 1 MB text node is read 8,000 characters at a time): the
// windows cover every offset, their owned parts tile the text exactly, and scanning window by window finds
// exactly what one pass over the whole text finds — a name across a window edge once, never twice, never
// cut, and a window edge inside a word is never taken for a word boundary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windows } from '../../../src/content/scanner';
import { findMentions } from '../../../src/detect/index';
import type { DetectContext } from '../../../src/detect/types';

const CONTEXT: DetectContext = { sensitivity: 'balanced', cryptoPage: false };

/** Mentions found window by window, as the scanner records them (absolute offsets). */
function windowed(text: string): string[] {
  const out: string[] = [];
  for (const [offset, slice, from, to] of windows(text)) {
    for (const m of findMentions(slice, CONTEXT)) {
      if (m.start < from || m.start >= to || !m.certain) continue;
      out.push(`${offset + m.start}-${offset + m.end}:${m.chainId}`);
    }
  }
  return out;
}

// Certain mentions only: an ambiguous word ("Lightning" glued to "xxx") counts on evidence from the text around
// it, and a window sees less of that than the whole text does (by design: context stops at the window).
const whole = (text: string) => findMentions(text, CONTEXT).filter((m) => m.certain).map((m) => `${m.start}-${m.end}:${m.chainId}`);

/** Certain forms, so a window's narrower view can't change them. */
const NAMES = ['Arbitrum One', 'Arbitrum', 'Ethereum', 'Solana', 'Starknet', 'zkSync Era', 'Lightning Network', 'Polygon zkEVM', 'Cardano'];

const segment = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 3 },
  { arbitrary: fc.constantFrom(' ', '. ', ', ', '\n', '', '-', 'x', 'the ', '👍', '\u200B'), weight: 3 },
  // Long runs with and without spaces: windows are cut at a space when there is one, else mid-word.
  { arbitrary: fc.tuple(fc.constantFrom('x', 'ab ', 'y'), fc.integer({ min: 1, max: 4500 })).map(([s, n]) => s.repeat(n)), weight: 2 },
);
const longText = fc.array(segment, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

describe('scanner windows fuzz', { timeout: 120_000 }, () => {
  it('cover every offset; owned parts tile the text; each window is the text at its offset', () => {
    fc.assert(
      fc.property(longText, (text) => {
        let covered = 0;
        let owned = 0;
        for (const [offset, slice, from, to] of windows(text)) {
          expect(slice).toBe(text.slice(offset, offset + slice.length));
          expect(slice.length).toBeLessThanOrEqual(8_000);
          expect(offset).toBeLessThanOrEqual(covered);
          covered = Math.max(covered, offset + slice.length);
          expect(offset + from).toBe(owned);
          if (text) expect(to).toBeGreaterThan(from);
          owned = offset + to;
        }
        expect(covered).toBe(text.length);
        expect(owned).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('finds what one pass over the whole text finds, each name once', () => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(windowed(text)).toEqual(whole(text));
      }),
      { numRuns: 150 },
    );
  });

  it('a name at every position across the first window edge, in spaced and unspaced filler, is found exactly once', () => {
    for (const filler of ['x', 'a ', ' ']) {
      for (const name of ['Solana', 'Arbitrum One', 'Lightning Network']) {
        for (let at = 7_780; at <= 8_010; at++) {
          const text = `${filler.repeat(Math.ceil(at / filler.length)).slice(0, at)}${name}. ${filler.repeat(6_000)}`;
          expect(windowed(text), `${JSON.stringify(filler)} ${name} at ${at}`).toEqual(whole(text));
        }
      }
    }
  });
});
