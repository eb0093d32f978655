import { describe, expect, it } from 'vitest';
import { mergeSettings } from '../../../src/settings/patch';
import { SCHEMA_VERSION, defaultSettings } from '../../../src/settings/schema';
import { parseSettingsFile, serializeSettings } from '../../../src/settings/transfer';

describe('export and import files', () => {
  it('round-trips', () => {
    const s = { ...defaultSettings(), theme: 'dark' as const, siteRules: [{ pattern: 'a.com', mode: 'never' as const }] };
    const text = serializeSettings(s);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: s });
  });

  it('a broken file lists each bad field with its reason, and yields no settings', () => {
    const text = JSON.stringify({
      schemaVersion: SCHEMA_VERSION,
      enabled: 'sometimes',
      markColor: 'blue',
      trigger: { mode: 'hover', hoverDelayMs: 10 },
      siteRules: [{ pattern: 'ok.com', mode: 'never' }, { pattern: 'no way', mode: 'never' }],
      colour: '#fff',
    });
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'enabled',
      'siteRules[1].pattern',
      'markColor',
      'trigger.hoverDelayMs',
      'colour',
    ]);
    for (const p of result.problems) expect(p.reason).toMatch(/\w{3}/);
    expect(result.problems[0]!.reason).toContain('"sometimes"');
    expect(result.problems[3]!.reason).toContain('100 to 2000');
  });

  it('a site rule with both a bad pattern and a bad mode lists both', () => {
    const result = parseSettingsFile(JSON.stringify({ siteRules: [{ pattern: 'no way', mode: 'sometimes' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([
      ['siteRules[0].pattern', 'pattern'],
      ['siteRules[0].mode', 'enum'],
    ]);
  });

  it('rejects what is not a settings file', () => {
    const codes = (text: unknown) => {
      const r = parseSettingsFile(text);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes('{ nope')).toEqual(['json']);
    expect(codes('')).toEqual(['json']);
    expect(codes('[1,2]')).toEqual(['not-object']);
    expect(codes('null')).toEqual(['not-object']);
    expect(codes('"text"')).toEqual(['not-object']);
    expect(codes(42)).toEqual(['json']);
    expect(codes(' '.repeat(1_000_001))).toEqual(['too-many']);
    expect(codes(JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }))).toEqual(['version']);
    expect(codes(JSON.stringify({ schemaVersion: 'three' }))).toEqual(['version']);
  });

  it('imports an old export by migrating it; missing fields take defaults', () => {
    const r = parseSettingsFile(JSON.stringify({ disabledSites: ['x.com'], underline: false }));
    expect(r).toEqual({
      ok: true,
      settings: { ...defaultSettings(), siteRules: [{ pattern: 'x.com', mode: 'never' }], markStyle: 'background' },
    });
    expect(parseSettingsFile('\uFEFF{}')).toEqual({ ok: true, settings: defaultSettings() });
  });
});

describe('mergeSettings', () => {
  const current = { ...defaultSettings(), markStyle: 'background' as const, trigger: { mode: 'click' as const, hoverDelayMs: 900, holdKey: 'Shift' as const } };

  it('changes only what the patch names, groups one field at a time', () => {
    const { settings, problems } = mergeSettings(current, { theme: 'dark', trigger: { hoverDelayMs: 400 } });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...current, theme: 'dark', trigger: { mode: 'click', hoverDelayMs: 400, holdKey: 'Shift' } });
  });

  it('a bad patch value keeps the current value', () => {
    const { settings, problems } = mergeSettings(current, { markStyle: 'wavy', layers: { l1: 'no' }, bogus: 1 });
    expect(settings).toEqual(current);
    expect(problems.map((p) => p.field)).toEqual(['layers.l1', 'markStyle', 'bogus']);
  });

  it('non-object patches change nothing', () => {
    for (const patch of [null, 3, 'x', []]) {
      const { settings, problems } = mergeSettings(current, patch);
      expect(settings).toEqual(current);
      expect(problems).toHaveLength(1);
    }
  });

  it('"__proto__" in a patch is a plain unknown key', () => {
    const { settings, problems } = mergeSettings(current, JSON.parse('{"__proto__": {"enabled": false}, "tickers": true}'));
    expect(settings).toEqual({ ...current, tickers: true });
    expect(problems.map((p) => p.field)).toEqual(['__proto__']);
  });
});
