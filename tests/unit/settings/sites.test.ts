import { describe, expect, it } from 'vitest';
import { MAX_SITE_RULES, defaultSettings, type SiteRule } from '../../../src/settings/schema';
import {
  addSiteRule,
  appendSiteRule,
  matchSiteRule,
  normalizeHostPattern,
  removeSiteRule,
  replaceSiteRule,
  siteMode,
} from '../../../src/settings/sites';

describe('normalizeHostPattern', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM. ', 'example.com'],
    ['https://www.example.com/path?q=1#x', 'www.example.com'],
    ['example.com:8080', 'example.com'],
    ['*.Example.com', '*.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%j → %j', (input, output) => {
    expect(normalizeHostPattern(input)).toBe(output);
  });

  it.each(['', '   ', '*', '*.', 'a*.com', 'exa mple.com', '-bad.com', 'bad-.com', 'a..b', 'user@host.com', 'x'.repeat(300), 42, null])(
    'rejects %j',
    (input) => {
      expect(normalizeHostPattern(input)).toBeNull();
    },
  );
});

describe('matchSiteRule', () => {
  const rules: SiteRule[] = [
    { pattern: '*.example.com', mode: 'crypto-only' },
    { pattern: 'example.com', mode: 'never' },
    { pattern: '*.docs.example.com', mode: 'always' },
    { pattern: 'news.org', mode: 'never' },
  ];

  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['blog.example.com', '*.example.com'],
    ['api.docs.example.com', '*.docs.example.com'],
    ['docs.example.com', '*.docs.example.com'],
    ['news.org', 'news.org'],
    ['WWW.NEWS.ORG.', 'news.org'],
    ['sub.news.org', undefined],
    ['notexample.com', undefined],
    ['example.com.evil.net', undefined],
    ['', undefined],
  ])('%s → %s', (host, pattern) => {
    expect(matchSiteRule(host, rules)?.pattern).toBe(pattern);
  });
});

describe('siteMode', () => {
  it('paused → never; a rule → its mode; else the default mode', () => {
    const s = { ...defaultSettings(), siteRules: [{ pattern: 'a.com', mode: 'crypto-only' as const }] };
    expect(siteMode(s, 'a.com')).toBe('crypto-only');
    expect(siteMode(s, 'b.com')).toBe('always');
    expect(siteMode({ ...s, defaultSiteMode: 'crypto-only' }, 'b.com')).toBe('crypto-only');
    expect(siteMode({ ...s, enabled: false }, 'b.com')).toBe('never');
  });
});

describe('addSiteRule ("not on this site")', () => {
  it('adds a rule for the host without its www., pure', () => {
    const before = defaultSettings();
    const after = addSiteRule(before, 'www.Example.com', 'never');
    expect(after.siteRules).toEqual([{ pattern: 'example.com', mode: 'never' }]);
    expect(before.siteRules).toEqual([]);
    expect(siteMode(after, 'www.example.com')).toBe('never');
    expect(siteMode(after, 'example.com')).toBe('never');
  });

  it('replaces the rule with the same pattern in place', () => {
    let s = addSiteRule(defaultSettings(), 'a.com', 'never');
    s = addSiteRule(s, 'b.com', 'never');
    s = addSiteRule(s, 'a.com', 'always');
    expect(s.siteRules).toEqual([
      { pattern: 'a.com', mode: 'always' },
      { pattern: 'b.com', mode: 'never' },
    ]);
  });

  it('beats a broader wildcard rule', () => {
    const s = addSiteRule({ ...defaultSettings(), siteRules: [{ pattern: '*.example.com', mode: 'always' }] }, 'blog.example.com', 'never');
    expect(siteMode(s, 'blog.example.com')).toBe('never');
    expect(siteMode(s, 'shop.example.com')).toBe('always');
  });

  it('ignores an invalid host; drops the oldest rule when full', () => {
    expect(addSiteRule(defaultSettings(), 'not a host', 'never').siteRules).toEqual([]);
    let s = defaultSettings();
    for (let i = 0; i < MAX_SITE_RULES; i++) s = addSiteRule(s, `s${i}.com`, 'never');
    s = addSiteRule(s, 'last.com', 'never');
    expect(s.siteRules).toHaveLength(MAX_SITE_RULES);
    expect(s.siteRules[0]!.pattern).toBe('s1.com');
    expect(s.siteRules.at(-1)!.pattern).toBe('last.com');
  });
});

describe('editor helpers', () => {
  const base = { ...defaultSettings(), siteRules: [{ pattern: 'a.com', mode: 'never' as const }, { pattern: 'b.com', mode: 'always' as const }] };

  it('appendSiteRule', () => {
    expect(appendSiteRule(base, { pattern: 'https://C.com/x', mode: 'crypto-only' })).toEqual({
      ok: true,
      settings: { ...base, siteRules: [...base.siteRules, { pattern: 'c.com', mode: 'crypto-only' }] },
    });
    expect(appendSiteRule(base, { pattern: 'A.com', mode: 'never' })).toEqual({ ok: false, reason: 'duplicate' });
    expect(appendSiteRule(base, { pattern: 'a b', mode: 'never' })).toEqual({ ok: false, reason: 'invalid-pattern' });
  });

  it('replaceSiteRule', () => {
    const r = replaceSiteRule(base, 1, { pattern: '*.b.com', mode: 'never' });
    expect(r.ok && r.settings.siteRules[1]).toEqual({ pattern: '*.b.com', mode: 'never' });
    expect(replaceSiteRule(base, 1, { pattern: 'a.com', mode: 'never' })).toEqual({ ok: false, reason: 'duplicate' });
    expect(replaceSiteRule(base, 0, { pattern: 'a.com', mode: 'always' }).ok).toBe(true);
    expect(replaceSiteRule(base, 5, { pattern: 'z.com', mode: 'always' })).toEqual({ ok: false, reason: 'no-such-rule' });
  });

  it('removeSiteRule', () => {
    expect(removeSiteRule(base, 'a.com').siteRules).toEqual([{ pattern: 'b.com', mode: 'always' }]);
    expect(base.siteRules).toHaveLength(2);
  });
});
