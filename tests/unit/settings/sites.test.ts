import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPublicSuffix } from '../../../src/settings/publicSuffix';
import { MAX_SITE_RULES, defaultSettings, type Settings, type SiteRule } from '../../../src/settings/schema';
import {
  addSiteRule,
  appendSiteRule,
  checkNewSitePattern,
  matchSiteRule,
  normalizeHostPattern,
  removeSiteRule,
  replaceSiteRule,
  siteMode,
  tooBroadSuffix,
} from '../../../src/settings/sites';
import { validateSettings } from '../../../src/settings/validate';

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
    expect(appendSiteRule(base, { pattern: 'A.com', mode: 'never' })).toEqual({ ok: false, reason: 'duplicate', existing: 'a.com' });
    expect(appendSiteRule(base, { pattern: 'a b', mode: 'never' })).toEqual({ ok: false, reason: 'invalid-pattern' });
  });

  it('replaceSiteRule', () => {
    const r = replaceSiteRule(base, 1, { pattern: '*.b.com', mode: 'never' });
    expect(r.ok && r.settings.siteRules[1]).toEqual({ pattern: '*.b.com', mode: 'never' });
    expect(replaceSiteRule(base, 1, { pattern: 'a.com', mode: 'never' })).toEqual({ ok: false, reason: 'duplicate', existing: 'a.com' });
    expect(replaceSiteRule(base, 0, { pattern: 'a.com', mode: 'always' }).ok).toBe(true);
    expect(replaceSiteRule(base, 5, { pattern: 'z.com', mode: 'always' })).toEqual({ ok: false, reason: 'no-such-rule' });
  });

  it('removeSiteRule', () => {
    expect(removeSiteRule(base, 'a.com').siteRules).toEqual([{ pattern: 'b.com', mode: 'always' }]);
    expect(base.siteRules).toHaveLength(2);
  });
});

const withRules = (...siteRules: SiteRule[]): Settings => ({ ...defaultSettings(), siteRules });

describe('wildcards over a public suffix are refused in the editor', () => {
  it.each([
    ['*.com', 'com'],
    ['*.COM.', 'com'],
    ['https://*.org/', 'org'],
    ['*.uk', 'uk'],
    ['*.co.uk', 'co.uk'],
    ['*.com.au', 'com.au'],
    ['*.co.jp', 'co.jp'],
    ['*.gov.br', 'gov.br'],
    ['*.me.uk', 'me.uk'],
    ['*.github.io', 'github.io'],
    ['*.blogspot.com', 'blogspot.com'],
    ['*.vercel.app', 'vercel.app'],
    ['*.рф', 'xn--p1ai'],
    ['*', ''],
    ['*.*', ''],
    [' * ', ''],
  ])('%j → too broad (%j)', (input, suffix) => {
    expect(appendSiteRule(defaultSettings(), { pattern: input, mode: 'never' })).toEqual({ ok: false, reason: 'too-broad', suffix });
    const stored = withRules({ pattern: 'a.com', mode: 'always' });
    expect(replaceSiteRule(stored, 0, { pattern: input, mode: 'never' })).toEqual({ ok: false, reason: 'too-broad', suffix });
    expect(checkNewSitePattern(input)).toEqual({ ok: false, reason: 'too-broad', suffix });
  });

  it.each([
    ['*.example.com', '*.example.com'],
    ['*.example.co.uk', '*.example.co.uk'],
    ['*.bbc.co.uk', '*.bbc.co.uk'],
    ['*.me.github.io', '*.me.github.io'],
    ['*.example.de', '*.example.de'],
    ['*.localhost', '*.localhost'],
    ['*.test', '*.test'],
    ['*.corp.example', '*.corp.example'],
    // An exact pattern names one host (and its www. twin), never a whole suffix.
    ['com', 'com'],
    ['co.uk', 'co.uk'],
    ['github.io', 'github.io'],
  ])('%j is a site → %j', (input, pattern) => {
    const added = appendSiteRule(defaultSettings(), { pattern: input, mode: 'never' });
    expect(added.ok && added.settings.siteRules).toEqual([{ pattern, mode: 'never' }]);
    expect(checkNewSitePattern(input)).toEqual({ ok: true, pattern });
  });

  it('tooBroadSuffix and isPublicSuffix', () => {
    expect(tooBroadSuffix('*.com')).toBe('com');
    expect(tooBroadSuffix('com')).toBeNull();
    expect(tooBroadSuffix('*.example.com')).toBeNull();
    expect(isPublicSuffix('co.uk')).toBe(true);
    expect(isPublicSuffix('example.co.uk')).toBe(false);
    expect(isPublicSuffix('localhost')).toBe(false);
  });

  it('no accepted wildcard covers a public suffix: each has at least one name of its own before one', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const result = checkNewSitePattern(`*.${domain}`);
        if (result.ok) expect(isPublicSuffix(result.pattern.slice(2))).toBe(false);
        else expect(result).toEqual({ ok: false, reason: 'too-broad', suffix: normalizeHostPattern(domain) });
      }),
    );
  });

  it('a "*.com" rule stored before the check is kept by validation and still applies', () => {
    const stored = { siteRules: [{ pattern: '*.com', mode: 'never' }, { pattern: 'a.org', mode: 'always' }] };
    const { settings, problems } = validateSettings(stored);
    expect(problems).toEqual([]);
    expect(settings.siteRules).toEqual(stored.siteRules);
    expect(siteMode(settings, 'shop.com')).toBe('never');
  });

  it('a stored "*.com" rule can still change its mode, or be changed to one site, but not to another suffix', () => {
    const stored = withRules({ pattern: '*.com', mode: 'never' });
    expect(replaceSiteRule(stored, 0, { pattern: '*.com', mode: 'crypto-only' })).toEqual({
      ok: true,
      settings: withRules({ pattern: '*.com', mode: 'crypto-only' }),
    });
    expect(replaceSiteRule(stored, 0, { pattern: '*.COM', mode: 'never' }).ok).toBe(true);
    expect(replaceSiteRule(stored, 0, { pattern: '*.net', mode: 'never' })).toEqual({ ok: false, reason: 'too-broad', suffix: 'net' });
    const fixed = replaceSiteRule(stored, 0, { pattern: '*.example.com', mode: 'never' });
    expect(fixed.ok && fixed.settings.siteRules).toEqual([{ pattern: '*.example.com', mode: 'never' }]);
  });
});

describe('one rule per site: "example.com" covers www.example.com', () => {
  it('a pasted www. URL is stored as the site, and the site cannot be added again', () => {
    const first = appendSiteRule(defaultSettings(), { pattern: 'https://www.Example.com/some/path?q=1', mode: 'never' });
    expect(first.ok && first.settings.siteRules).toEqual([{ pattern: 'example.com', mode: 'never' }]);
    if (!first.ok) return;
    for (const again of ['example.com', 'www.example.com', 'WWW.EXAMPLE.COM.', 'http://example.com:8080/']) {
      expect(appendSiteRule(first.settings, { pattern: again, mode: 'always' })).toEqual({ ok: false, reason: 'duplicate', existing: 'example.com' });
    }
    // A wildcard is a different rule: it also covers the other subdomains.
    expect(appendSiteRule(first.settings, { pattern: '*.example.com', mode: 'always' }).ok).toBe(true);
    expect(appendSiteRule(first.settings, { pattern: '*.www.example.com', mode: 'always' }).ok).toBe(true);
  });

  it('a www. rule stored by an older version counts as the site: its twin is refused, naming it', () => {
    const legacy = withRules({ pattern: 'www.example.com', mode: 'never' }, { pattern: 'b.org', mode: 'always' });
    expect(appendSiteRule(legacy, { pattern: 'example.com', mode: 'always' })).toEqual({
      ok: false,
      reason: 'duplicate',
      existing: 'www.example.com',
    });
    expect(replaceSiteRule(legacy, 1, { pattern: 'example.com', mode: 'always' })).toEqual({
      ok: false,
      reason: 'duplicate',
      existing: 'www.example.com',
    });
    // Its own row may be changed to the site, which then covers both twins.
    const widened = replaceSiteRule(legacy, 0, { pattern: 'example.com', mode: 'never' });
    expect(widened.ok && widened.settings.siteRules[0]).toEqual({ pattern: 'example.com', mode: 'never' });
  });

  it('changing only the mode of a stored www. rule keeps its pattern, even next to its twin', () => {
    const legacy = withRules({ pattern: 'www.example.com', mode: 'never' }, { pattern: 'example.com', mode: 'always' });
    expect(replaceSiteRule(legacy, 0, { pattern: 'www.example.com', mode: 'crypto-only' })).toEqual({
      ok: true,
      settings: withRules({ pattern: 'www.example.com', mode: 'crypto-only' }, { pattern: 'example.com', mode: 'always' }),
    });
    expect(replaceSiteRule(legacy, 1, { pattern: 'example.com', mode: 'never' }).ok).toBe(true);
  });

  it('the popup replaces a stored www. twin instead of adding a rule it would lose to', () => {
    const legacy = withRules({ pattern: 'www.example.com', mode: 'always' }, { pattern: 'b.org', mode: 'never' });
    const off = addSiteRule(legacy, 'www.example.com', 'never');
    expect(off.siteRules).toEqual([
      { pattern: 'example.com', mode: 'never' },
      { pattern: 'b.org', mode: 'never' },
    ]);
    expect(siteMode(off, 'www.example.com')).toBe('never');
    expect(siteMode(off, 'example.com')).toBe('never');
    const both = withRules({ pattern: 'www.example.com', mode: 'always' }, { pattern: 'b.org', mode: 'never' }, { pattern: 'example.com', mode: 'always' });
    expect(addSiteRule(both, 'example.com', 'never').siteRules).toEqual([
      { pattern: 'example.com', mode: 'never' },
      { pattern: 'b.org', mode: 'never' },
    ]);
  });

  it('what the editor stores for a host always matches that host and its www. twin', () => {
    fc.assert(
      fc.property(fc.domain(), fc.constantFrom('', 'www.', 'https://', 'http://www.'), fc.constantFrom('never', 'crypto-only', 'always' as const), (domain, prefix, mode) => {
        // "www.www.x" is one www. away from being its own twin; the twin rule covers one "www." level, as matching does.
        fc.pre(!domain.startsWith('www.'));
        const result = appendSiteRule(defaultSettings(), { pattern: `${prefix}${domain}/x`, mode });
        if (!result.ok) return;
        const [rule] = result.settings.siteRules;
        const host = normalizeHostPattern(domain)!.replace(/^www\./, '');
        expect(matchSiteRule(host, result.settings.siteRules)).toEqual(rule);
        expect(matchSiteRule(`www.${host}`, result.settings.siteRules)).toEqual(rule);
        expect(appendSiteRule(result.settings, { pattern: `www.${domain}`, mode })).toMatchObject({ ok: false, reason: 'duplicate' });
      }),
    );
  });
});
