// Host names shown as written: punycode labels decoded (RFC 3492), everything else left as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePunycodeLabel, hostForDisplay } from '../../../src/settings/punycode';
import { normalizeHostPattern } from '../../../src/settings/sites';

describe('hostForDisplay', () => {
  it('decodes the labels the browser keeps in punycode', () => {
    expect(hostForDisplay('xn--bcher-kva.de')).toBe('bücher.de');
    expect(hostForDisplay('*.xn--mnchen-3ya.de')).toBe('*.münchen.de');
    expect(hostForDisplay('xn--e1afmkfd.xn--p1ai')).toBe('пример.рф');
    expect(hostForDisplay('xn--r8jz45g.jp')).toBe('例え.jp');
  });

  it('decodes RFC 3492 sample strings', () => {
    // (A) Arabic (Egyptian) and (L) Japanese mixed with ASCII, from the RFC's section 7.1.
    expect(decodePunycodeLabel('egbpdaj6bu4bxfgehfvwxn')).toBe('\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F');
    expect(decodePunycodeLabel('3B-ww4c5e180e575a65lsy2b')).toBe('3\u5E74B\u7D44\u91D1\u516B\u5148\u751F');
  });

  it('leaves ASCII hosts, and labels that are not valid punycode, as they are', () => {
    expect(hostForDisplay('example.com')).toBe('example.com');
    expect(hostForDisplay('*.news.example.org')).toBe('*.news.example.org');
    expect(hostForDisplay('xn--zz.com')).toBe('xn--zz.com');
    expect(hostForDisplay('xn--a-é.com')).toBe('xn--a-é.com');
  });

  it('gives back what a user typed, once the URL parser has stored it', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüéèñçåøæœπλжшяиあいう中文한국');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 1, maxLength: 12 }), (letters) => {
        const typed = `${letters.join('')}.de`;
        const stored = normalizeHostPattern(typed);
        expect(stored).not.toBeNull();
        expect(hostForDisplay(stored!)).toBe(typed.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});
