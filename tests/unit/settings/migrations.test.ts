import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectVersion, migrate } from '../../../src/settings/migrations';
import { resolveStored } from '../../../src/settings/resolve';
import { SCHEMA_VERSION, defaultSettings, type Settings } from '../../../src/settings/schema';
import { validateSettings } from '../../../src/settings/validate';

// Real shapes each released version wrote.
const V1 = {
  enabled: false,
  disabledSites: ['twitter.com', 'mail.example.org'],
  underline: false,
  hoverDelay: 500,
  darkMode: true,
};
const V2 = {
  schemaVersion: 2,
  enabled: true,
  siteRules: [
    { pattern: 'twitter.com', mode: 'never' },
    { pattern: '*.l2beat.com', mode: 'always' },
  ],
  markStyle: 'none',
  markColor: '#ff8800',
  theme: 'light',
  hoverDelayMs: 800,
  triggerKey: 'Shift',
  clickOnly: false,
  onlyFirstMention: false,
  showShutDown: false,
};

function current(patch: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...patch };
}

describe('version detection', () => {
  it('knows every version', () => {
    expect(detectVersion(V1)).toBe(1);
    expect(detectVersion(V2)).toBe(2);
    expect(detectVersion(defaultSettings())).toBe(SCHEMA_VERSION);
    expect(detectVersion({})).toBe(SCHEMA_VERSION);
    expect(detectVersion({ schemaVersion: 99 })).toBe(99);
    expect(detectVersion({ schemaVersion: 'x' })).toBeNull();
    expect(detectVersion({ schemaVersion: 1.5 })).toBeNull();
    expect(detectVersion({ markStyle: 'none' })).toBeNull();
    expect(detectVersion([])).toBeNull();
  });
});

describe('from every earlier version to the current one', () => {
  it('v1 → current', () => {
    const { data, from, migrated } = migrate(V1);
    expect(from).toBe(1);
    expect(migrated).toBe(true);
    expect(validateSettings(data)).toEqual({
      settings: current({
        enabled: false,
        siteRules: [
          { pattern: 'twitter.com', mode: 'never' },
          { pattern: 'mail.example.org', mode: 'never' },
        ],
        markStyle: 'background',
        theme: 'dark',
        trigger: { mode: 'hover', hoverDelayMs: 500, holdKey: 'Alt' },
      }),
      problems: [],
    });
  });

  it('v1 with schemaVersion: 1 written explicitly', () => {
    const { data } = migrate({ schemaVersion: 1, underline: true });
    expect(validateSettings(data)).toEqual({ settings: current({ markStyle: 'underline' }), problems: [] });
  });

  it('v1 with its minimal shape (no darkMode, no delay)', () => {
    const { data } = migrate({ enabled: true, disabledSites: [], underline: true });
    expect(validateSettings(data)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('v2 → current', () => {
    const { data, from } = migrate(V2);
    expect(from).toBe(2);
    expect(validateSettings(data)).toEqual({
      settings: current({
        siteRules: V2.siteRules as Settings['siteRules'],
        markStyle: 'none',
        markColor: '#ff8800',
        theme: 'light',
        trigger: { mode: 'hold-key', hoverDelayMs: 800, holdKey: 'Shift' },
        mentions: 'all',
        layers: { l1: true, l2: true, l3: true, shutDown: false },
      }),
      problems: [],
    });
  });

  it.each([
    [{ clickOnly: true, triggerKey: 'Alt' }, { mode: 'click', hoverDelayMs: 300, holdKey: 'Alt' }],
    [{ clickOnly: false, triggerKey: 'none' }, { mode: 'hover', hoverDelayMs: 300, holdKey: 'Alt' }],
    [{ triggerKey: 'Meta' }, { mode: 'hold-key', hoverDelayMs: 300, holdKey: 'Meta' }],
    [{ triggerKey: 'CapsLock' }, { mode: 'hover', hoverDelayMs: 300, holdKey: 'Alt' }],
  ])('v2 trigger %j → %j', (old, trigger) => {
    const { data } = migrate({ schemaVersion: 2, ...old });
    expect(validateSettings(data).settings.trigger).toEqual(trigger);
  });

  it('v2 onlyFirstMention: true → mentions "first"', () => {
    expect(validateSettings(migrate({ schemaVersion: 2, onlyFirstMention: true }).data).settings.mentions).toBe('first');
  });

  it('current → unchanged', () => {
    const s = current({ markStyle: 'background', tickers: true });
    const result = migrate(s);
    expect(result).toMatchObject({ from: SCHEMA_VERSION, migrated: false, future: false });
    expect(result.data).toBe(s);
  });

  it('does not mutate its input', () => {
    const input = structuredClone(V2);
    migrate(input);
    expect(input).toEqual(V2);
  });

  it('bad old values survive migration only to be caught by validation, field by field', () => {
    const { data } = migrate({ disabledSites: ['ok.com', 'not a host', 7], underline: 'yes', hoverDelay: 99999, darkMode: false });
    const { settings, problems } = validateSettings(data);
    expect(settings.siteRules).toEqual([{ pattern: 'ok.com', mode: 'never' }]);
    expect(settings.theme).toBe('light');
    expect(settings.trigger.hoverDelayMs).toBe(300);
    expect(problems.map((p) => p.field)).toEqual([
      'siteRules[1].pattern',
      'siteRules[2].pattern',
      'trigger.hoverDelayMs',
    ]);
    // A v1 field that cannot be understood is dropped by its migration; the new field keeps its default.
    expect(settings.markStyle).toBe('underline');
  });

  it('a newer version is left alone and never written back', () => {
    const future = { schemaVersion: SCHEMA_VERSION + 1, markStyle: 'background', sparkles: true };
    expect(migrate(future)).toMatchObject({ data: future, future: true, migrated: false });
    const resolved = resolveStored(future);
    expect(resolved.settings.markStyle).toBe('background');
    expect(resolved.needsWrite).toBe(false);
    expect(resolved.future).toBe(true);
  });

  it('"__proto__" keys of old data stay plain keys and are reported', () => {
    const raw = JSON.parse('{"disabledSites": ["a.com"], "__proto__": {"enabled": false}}');
    const { data } = migrate(raw);
    const { settings, problems } = validateSettings(data);
    expect(settings.enabled).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(['__proto__']);
  });
});

describe('resolveStored', () => {
  it('says when the stored copy needs a rewrite', () => {
    expect(resolveStored(undefined).needsWrite).toBe(false);
    expect(resolveStored(defaultSettings()).needsWrite).toBe(false);
    expect(resolveStored(V1).needsWrite).toBe(true);
    expect(resolveStored({ ...defaultSettings(), theme: 'neon' }).needsWrite).toBe(true);
  });

  it('property: never throws, always valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ schemaVersion: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.anything()), disabledSites: fc.anything(), underline: fc.anything(), hoverDelay: fc.anything(), triggerKey: fc.anything(), clickOnly: fc.anything(), onlyFirstMention: fc.anything(), showShutDown: fc.anything(), hoverDelayMs: fc.anything() }, { requiredKeys: [] }),
        ),
        (raw) => {
          const { settings } = resolveStored(raw);
          expect(validateSettings(settings).problems).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
