import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  HOLD_KEYS,
  MARK_STYLES,
  MAX_SITE_RULES,
  SCHEMA_VERSION,
  SENSITIVITIES,
  TEXT_SIZES,
  THEMES,
  TRIGGER_MODES,
  defaultSettings,
  type Settings,
} from '../../../src/settings/schema';
import { normalizeColor, validateSettings, validateSettingsOver } from '../../../src/settings/validate';

/** A structural check of a Settings object, independent of validate.ts. */
function expectValid(s: Settings): void {
  expect(s.schemaVersion).toBe(SCHEMA_VERSION);
  expect(typeof s.enabled).toBe('boolean');
  expect(Array.isArray(s.siteRules)).toBe(true);
  expect(s.siteRules.length).toBeLessThanOrEqual(MAX_SITE_RULES);
  for (const r of s.siteRules) {
    expect(r.pattern).toMatch(/^(\*\.)?[a-z0-9.-]+$/);
    expect(['always', 'never', 'crypto-only']).toContain(r.mode);
    expect(Object.keys(r).sort()).toEqual(['mode', 'pattern']);
  }
  expect(['always', 'crypto-only']).toContain(s.defaultSiteMode);
  for (const k of ['l1', 'l2', 'l3', 'shutDown'] as const) expect(typeof s.layers[k]).toBe('boolean');
  expect(Object.keys(s.layers).sort()).toEqual(['l1', 'l2', 'l3', 'shutDown']);
  expect(['first', 'all']).toContain(s.mentions);
  expect(SENSITIVITIES).toContain(s.sensitivity);
  expect(MARK_STYLES).toContain(s.markStyle);
  expect(s.markColor).toMatch(/^#[0-9a-f]{6}$/);
  expect(TRIGGER_MODES).toContain(s.trigger.mode);
  expect(Number.isInteger(s.trigger.hoverDelayMs)).toBe(true);
  expect(s.trigger.hoverDelayMs).toBeGreaterThanOrEqual(100);
  expect(s.trigger.hoverDelayMs).toBeLessThanOrEqual(2000);
  expect(HOLD_KEYS).toContain(s.trigger.holdKey);
  expect(THEMES).toContain(s.theme);
  expect(TEXT_SIZES).toContain(s.textSize);
  expect(typeof s.tickers).toBe('boolean');
  expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
}

describe('defaults', () => {
  it('are valid, frozen, and copied fresh', () => {
    expectValid(defaultSettings());
    expect(validateSettings(DEFAULT_SETTINGS).problems).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS.trigger)).toBe(true);
    const copy = defaultSettings();
    copy.trigger.hoverDelayMs = 999;
    copy.siteRules.push({ pattern: 'a.com', mode: 'never' });
    expect(DEFAULT_SETTINGS.trigger.hoverDelayMs).toBe(300);
    expect(DEFAULT_SETTINGS.siteRules).toEqual([]);
    expect(DEFAULT_SETTINGS.sensitivity).toBe('balanced');
    expect(DEFAULT_SETTINGS.tickers).toBe(false);
  });

  it('nothing stored is not a problem', () => {
    expect(validateSettings(undefined)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(validateSettings(null)).toEqual({ settings: defaultSettings(), problems: [] });
    expect(validateSettings({})).toEqual({ settings: defaultSettings(), problems: [] });
  });
});

describe('validation, field by field', () => {
  const good: Settings = {
    schemaVersion: SCHEMA_VERSION,
    enabled: false,
    siteRules: [
      { pattern: 'example.com', mode: 'never' },
      { pattern: '*.news.org', mode: 'crypto-only' },
    ],
    defaultSiteMode: 'crypto-only',
    layers: { l1: false, l2: true, l3: false, shutDown: false },
    mentions: 'all',
    sensitivity: 'strict',
    markStyle: 'background',
    markColor: '#112233',
    trigger: { mode: 'hold-key', hoverDelayMs: 700, holdKey: 'Shift' },
    theme: 'dark',
    textSize: 'large',
    tickers: true,
  };

  it('keeps every good value', () => {
    expect(validateSettings(good)).toEqual({ settings: good, problems: [] });
  });

  it.each([
    ['enabled', 'yes', 'type'],
    ['enabled', 1, 'type'],
    ['defaultSiteMode', 'never', 'enum'],
    ['mentions', 'some', 'enum'],
    ['sensitivity', 'loose', 'enum'],
    ['markStyle', 'wavy', 'enum'],
    ['markColor', 'red', 'color'],
    ['markColor', '#12345', 'color'],
    ['markColor', 'url(javascript:alert(1))', 'color'],
    ['theme', 'sepia', 'enum'],
    ['textSize', 14, 'enum'],
    ['tickers', 'false', 'type'],
    ['siteRules', 'example.com', 'type'],
    ['layers', true, 'type'],
    ['trigger', 'hover', 'type'],
  ] as const)('%s = %j falls back alone (%s)', (field, value, code) => {
    const { settings, problems } = validateSettings({ ...good, [field]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field, code });
    expect(problems[0]!.reason.length).toBeGreaterThan(5);
    expect(settings).toEqual({ ...good, [field]: (defaultSettings() as unknown as Record<string, unknown>)[field] });
  });

  it('checks inside groups one field at a time', () => {
    const { settings, problems } = validateSettings({
      ...good,
      layers: { l1: 'no', l2: true, l3: false, shutDown: false, l4: true },
      trigger: { mode: 'hover', hoverDelayMs: 5000, holdKey: 'Tab' },
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['layers.l1', 'type'],
      ['layers.l4', 'unknown'],
      ['trigger.hoverDelayMs', 'range'],
      ['trigger.holdKey', 'enum'],
    ]);
    expect(settings.layers).toEqual({ l1: true, l2: true, l3: false, shutDown: false });
    expect(settings.trigger).toEqual({ mode: 'hover', hoverDelayMs: 300, holdKey: 'Alt' });
  });

  it('hover delay: rounded within 100–2000, else default', () => {
    const delay = (v: unknown) => validateSettings({ trigger: { hoverDelayMs: v } }).settings.trigger.hoverDelayMs;
    expect(delay(100)).toBe(100);
    expect(delay(2000)).toBe(2000);
    expect(delay(450.4)).toBe(450);
    expect(delay(99)).toBe(300);
    expect(delay(2001)).toBe(300);
    expect(delay(Number.NaN)).toBe(300);
    expect(delay(Infinity)).toBe(300);
    expect(delay('500')).toBe(300);
  });

  it('colours are normalised to lowercase #rrggbb', () => {
    expect(normalizeColor('#6D5DFC')).toBe('#6d5dfc');
    expect(normalizeColor('#abc')).toBe('#aabbcc');
    expect(normalizeColor(' #abcdef ')).toBe('#abcdef');
    expect(normalizeColor('#abcd')).toBeNull();
    expect(normalizeColor('6d5dfc')).toBeNull();
    expect(normalizeColor('#ggg')).toBeNull();
    expect(normalizeColor(0x6d5dfc)).toBeNull();
  });

  it('site rules: bad rules are dropped one by one, good ones normalised and kept', () => {
    const { settings, problems } = validateSettings({
      siteRules: [
        { pattern: 'Example.COM', mode: 'never' },
        { pattern: 'bad host', mode: 'never' },
        { pattern: 'ok.org', mode: 'sometimes' },
        'example.net',
        { pattern: 'example.com', mode: 'always' },
        { pattern: '*.Sub.Example.org', mode: 'crypto-only', note: 'x' },
        { mode: 'never' },
      ],
    });
    expect(settings.siteRules).toEqual([
      { pattern: 'example.com', mode: 'never' },
      { pattern: '*.sub.example.org', mode: 'crypto-only' },
    ]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['siteRules[1].pattern', 'pattern'],
      ['siteRules[2].mode', 'enum'],
      ['siteRules[3]', 'type'],
      ['siteRules[4].pattern', 'duplicate'],
      ['siteRules[5].note', 'unknown'],
      ['siteRules[6].pattern', 'pattern'],
    ]);
  });

  it('site rules: every problem of a bad rule is reported, not only the first', () => {
    const { settings, problems } = validateSettings({
      siteRules: [
        { pattern: 'bad host', mode: 'sometimes', note: 'x' },
        { pattern: 'ok.org', mode: 'never' },
        { pattern: 'OK.org', mode: 'often' },
        { mode: 7 },
      ],
    });
    expect(settings.siteRules).toEqual([{ pattern: 'ok.org', mode: 'never' }]);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['siteRules[0].pattern', 'pattern'],
      ['siteRules[0].mode', 'enum'],
      ['siteRules[0].note', 'unknown'],
      ['siteRules[2].pattern', 'duplicate'],
      ['siteRules[2].mode', 'enum'],
      ['siteRules[3].pattern', 'pattern'],
      ['siteRules[3].mode', 'enum'],
    ]);
    expect(problems[1]!.reason).toContain('"sometimes"');
  });

  it('site rules stored by older versions stay as they are: "www." twins and wildcards over a whole domain', () => {
    const siteRules = [
      { pattern: 'www.example.com', mode: 'never' },
      { pattern: 'example.com', mode: 'always' },
      { pattern: '*.com', mode: 'crypto-only' },
      { pattern: '*.co.uk', mode: 'never' },
    ];
    expect(validateSettings({ siteRules })).toEqual({ settings: { ...defaultSettings(), siteRules }, problems: [] });
  });

  it('too many site rules: the first ones are kept', () => {
    const many = Array.from({ length: MAX_SITE_RULES + 50 }, (_, i) => ({ pattern: `s${i}.com`, mode: 'never' }));
    const { settings, problems } = validateSettings({ siteRules: many });
    expect(settings.siteRules).toHaveLength(MAX_SITE_RULES);
    expect(settings.siteRules[0]!.pattern).toBe('s0.com');
    expect(problems).toEqual([expect.objectContaining({ field: 'siteRules', code: 'too-many' })]);
  });

  it('unknown and wrong-version fields are reported and dropped', () => {
    const { settings, problems } = validateSettings({ enabled: false, colour: 'red', schemaVersion: 9 });
    expect(settings.enabled).toBe(false);
    expect(settings.schemaVersion).toBe(SCHEMA_VERSION);
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['schemaVersion', 'version'],
      ['colour', 'unknown'],
    ]);
    expect(settings).not.toHaveProperty('colour');
  });

  it('non-objects become the defaults with one problem', () => {
    for (const raw of [[], [1, 2], 'settings', 42, true, () => 1]) {
      const { settings, problems } = validateSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(problems).toEqual([expect.objectContaining({ field: '(settings)', code: 'not-object' })]);
    }
  });

  it('prototype-pollution keys are reported, never applied', () => {
    const raw = JSON.parse('{"__proto__": {"enabled": false, "polluted": true}, "constructor": {"prototype": {"polluted": true}}, "markStyle": "none"}');
    const { settings, problems } = validateSettings(raw);
    expect(settings.markStyle).toBe('none');
    expect(settings.enabled).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((settings as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(problems.map((p) => p.field).sort()).toEqual(['__proto__', 'constructor']);
    // Nested too.
    const nested = validateSettings(JSON.parse('{"layers": {"__proto__": {"l1": false}}, "trigger": {"__proto__": 1}}'));
    expect(nested.settings.layers.l1).toBe(true);
    expect(nested.problems.map((p) => p.field)).toEqual(['layers.__proto__', 'trigger.__proto__']);
  });

  it('inherited values are not settings', () => {
    const raw = Object.create({ enabled: false, markStyle: 'none' }) as object;
    expect(validateSettings(raw).settings).toEqual(defaultSettings());
  });

  it('huge strings and throwing getters neither hang nor throw', () => {
    const huge = 'x'.repeat(5_000_000);
    const { settings, problems } = validateSettings({ markColor: huge, theme: huge, [huge]: 1, siteRules: [{ pattern: huge, mode: 'never' }] });
    expect(settings).toEqual(defaultSettings());
    expect(problems.every((p) => p.field.length < 100 && p.reason.length < 300)).toBe(true);
    const evil = { get enabled(): boolean { throw new Error('boom'); }, markStyle: 'none' };
    const result = validateSettings(evil);
    expect(result.settings.markStyle).toBe('none');
    expect(result.problems).toEqual([expect.objectContaining({ field: 'enabled' })]);
    const proxy = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
    expect(validateSettings(proxy).settings).toEqual(defaultSettings());
  });

  it('reports at most 50 problems plus a count of the rest', () => {
    const raw = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const { problems } = validateSettings(raw);
    expect(problems).toHaveLength(51);
    expect(problems[50]).toMatchObject({ field: '*', code: 'too-many', reason: 'and 450 more problems' });
  });

  it('validateSettingsOver falls back to the given base, not the defaults', () => {
    const base = { ...defaultSettings(), markStyle: 'background' as const, theme: 'dark' as const };
    const { settings } = validateSettingsOver({ markStyle: 'wavy', theme: 'light' }, base);
    expect(settings.markStyle).toBe('background');
    expect(settings.theme).toBe('light');
  });

  it('does not share objects with its input', () => {
    const input = structuredClone(good);
    const { settings } = validateSettings(input);
    settings.siteRules[0]!.mode = 'always';
    settings.layers.l1 = true;
    expect(input.siteRules[0]!.mode).toBe('never');
    expect(input.layers.l1).toBe(false);
  });
});

it('a very deep object does not overflow the stack', () => {
  let deep: unknown = { enabled: false };
  for (let i = 0; i < 100_000; i++) deep = { layers: deep, trigger: deep, siteRules: [deep] };
  const { settings } = validateSettings(deep);
  expectValid(settings);
});

describe('property: garbage in, valid settings out, never a throw', () => {
  const settingsLike = fc.record(
    {
      schemaVersion: fc.oneof(fc.constant(SCHEMA_VERSION), fc.anything()),
      enabled: fc.oneof(fc.boolean(), fc.anything()),
      siteRules: fc.oneof(
        fc.array(fc.record({ pattern: fc.oneof(fc.domain(), fc.string()), mode: fc.oneof(fc.constantFrom('always', 'never', 'crypto-only'), fc.anything()) }, { requiredKeys: [] })),
        fc.anything(),
      ),
      layers: fc.oneof(fc.dictionary(fc.constantFrom('l1', 'l2', 'l3', 'shutDown', 'x', '__proto__'), fc.anything()), fc.anything()),
      markColor: fc.oneof(fc.stringMatching(/^#[0-9a-fA-F]{3,7}$/), fc.string()),
      trigger: fc.oneof(fc.record({ mode: fc.string(), hoverDelayMs: fc.double(), holdKey: fc.string() }, { requiredKeys: [] }), fc.anything()),
      theme: fc.oneof(fc.constantFrom(...THEMES), fc.anything()),
    },
    { requiredKeys: [] },
  );

  it.each([
    ['fc.anything()', fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true })],
    ['random JSON', fc.json().map((text) => JSON.parse(text) as unknown)],
    ['settings-shaped garbage', settingsLike],
    ['deep objects', fc.object({ maxDepth: 8, maxKeys: 6, withNullPrototype: true, key: fc.oneof(fc.string(), fc.constantFrom('layers', 'trigger', 'siteRules', '__proto__', 'constructor')) })],
  ])('%s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (raw) => {
        const { settings, problems } = validateSettings(raw);
        expectValid(settings);
        expect(Array.isArray(problems)).toBe(true);
        expect(problems.length).toBeLessThanOrEqual(51);
        // Validation is idempotent: valid output validates cleanly.
        expect(validateSettings(settings)).toEqual({ settings, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});
