import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, type Settings } from '../../../src/settings/schema';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** A small in-memory storage API: sync and local areas, onChanged, JSON copies like the real one. */
function makeFakeBrowser() {
  const listeners = new Set<Listener>();
  const copy = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  function area(name: 'sync' | 'local') {
    const data = new Map<string, unknown>();
    const state = { failGet: false, failSet: null as null | string, failSetTimes: 0, quotaBytes: Infinity };
    const api = {
      data,
      state,
      async get(keys: string | string[] | null) {
        if (state.failGet) throw new Error(`${name} is unavailable`);
        const list = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
        const out: Record<string, unknown> = {};
        for (const k of list) if (data.has(k)) out[k] = copy(data.get(k));
        return out;
      },
      async set(items: Record<string, unknown>) {
        if (state.failSet && state.failSetTimes !== 0) {
          state.failSetTimes--;
          throw new Error(state.failSet);
        }
        if (JSON.stringify(items).length > state.quotaBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: copy(data.get(k)), newValue: copy(v) };
          data.set(k, copy(v));
        }
        for (const l of listeners) l(changes, name);
      },
      async remove(keys: string | string[]) {
        const changes: Record<string, { oldValue?: unknown }> = {};
        for (const k of typeof keys === 'string' ? [keys] : keys) {
          if (!data.has(k)) continue;
          changes[k] = { oldValue: data.get(k) };
          data.delete(k);
        }
        for (const l of listeners) l(changes, name);
      },
    };
    return api;
  }
  return {
    storage: {
      sync: area('sync'),
      local: area('local'),
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
        hasListener: (l: Listener) => listeners.has(l),
      },
    },
    listeners,
  };
}

let fake = makeFakeBrowser();
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, key) => (fake as unknown as Record<string | symbol, unknown>)[key] }),
}));

async function freshModule() {
  vi.resetModules();
  return import('../../../src/settings/storage');
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fake = makeFakeBrowser();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  warn.mockRestore();
});

describe('loadSettings', () => {
  it('defaults when nothing is stored, and writes nothing', async () => {
    const { loadSettings } = await freshModule();
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(fake.storage.sync.data.size).toBe(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('repairs bad fields in storage, keeps good ones, reports once in [Layerlens]', async () => {
    fake.storage.sync.data.set('settings', { ...defaultSettings(), theme: 'dark', markColor: 'nope', extra: 1 });
    const { loadSettings } = await freshModule();
    const first = await loadSettings();
    expect(first).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(fake.storage.sync.data.get('settings')).toEqual(first);
    await loadSettings();
    fake.storage.sync.data.set('settings', { ...defaultSettings(), theme: 'dark', markColor: 'nope', extra: 1 });
    await loadSettings();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^\[Layerlens\] .*markColor.*extra/);
  });

  it('migrates an old stored shape and stores the migrated one', async () => {
    fake.storage.sync.data.set('settings', { disabledSites: ['a.com'], underline: false });
    const { loadSettings } = await freshModule();
    const s = await loadSettings();
    expect(s).toEqual({ ...defaultSettings(), siteRules: [{ pattern: 'a.com', mode: 'never' }], markStyle: 'background' });
    expect(fake.storage.sync.data.get('settings')).toEqual(s);
  });

  it('never writes back settings from a newer version', async () => {
    const future = { ...defaultSettings(), schemaVersion: 99, theme: 'dark', newThing: true };
    fake.storage.sync.data.set('settings', future);
    const { loadSettings } = await freshModule();
    expect((await loadSettings()).theme).toBe('dark');
    expect(fake.storage.sync.data.get('settings')).toEqual(future);
  });

  it('refuses a change over settings from a newer version (sync would spread the older shape), but import and reset replace them', async () => {
    const future = { ...defaultSettings(), schemaVersion: 99, theme: 'dark', newThing: true };
    fake.storage.sync.data.set('settings', future);
    const { saveSettings, resetSettings, settingsHealth, NewerSettingsError } = await freshModule();
    await expect(saveSettings({ textSize: 'small' })).rejects.toBeInstanceOf(NewerSettingsError);
    expect(fake.storage.sync.data.get('settings')).toEqual(future);
    expect(await settingsHealth()).toEqual({ future: true, repaired: [] });
    await resetSettings();
    expect(fake.storage.sync.data.get('settings')).toEqual(defaultSettings());
    expect((await settingsHealth()).future).toBe(false);
  });

  it('remembers what a repair changed, whichever page made it, until the user dismisses the notice', async () => {
    fake.storage.sync.data.set('settings', { ...defaultSettings(), enabled: 'yes', markColor: 'nope' });
    const { loadSettings, settingsHealth, dismissRepairs } = await freshModule();
    await loadSettings();
    const health = await settingsHealth();
    expect(health.future).toBe(false);
    expect(health.repaired.map((p) => p.field).sort()).toEqual(['enabled', 'markColor']);
    await dismissRepairs();
    expect((await settingsHealth()).repaired).toEqual([]);
    // A corrupt notice in storage is not trusted.
    fake.storage.local.data.set('settingsRepairs', [{ field: 1 }, 'x', { field: 'ok', code: 'type', reason: 'expected boolean' }]);
    expect((await settingsHealth()).repaired).toEqual([{ field: 'ok', code: 'type', reason: 'expected boolean' }]);
  });

  it('falls back to storage.local when sync throws', async () => {
    fake.storage.sync.state.failGet = true;
    fake.storage.local.data.set('settings', { ...defaultSettings(), markStyle: 'none' });
    const { loadSettings } = await freshModule();
    expect((await loadSettings()).markStyle).toBe('none');
  });

  it('falls back to storage.local when sync does not exist', async () => {
    (fake.storage as { sync?: unknown }).sync = undefined;
    fake.storage.local.data.set('settings', { ...defaultSettings(), mentions: 'all' });
    const { loadSettings, saveSettings } = await freshModule();
    expect((await loadSettings()).mentions).toBe('all');
    await saveSettings({ tickers: true });
    expect(fake.storage.local.data.get('settings')).toMatchObject({ mentions: 'all', tickers: true });
  });

  it('garbage in storage: defaults, never a rejection', async () => {
    for (const garbage of ['text', 42, [1], { layers: 'x', trigger: null }]) {
      fake = makeFakeBrowser();
      fake.storage.sync.data.set('settings', garbage);
      const { loadSettings } = await freshModule();
      expect(await loadSettings()).toMatchObject({ schemaVersion: DEFAULT_SETTINGS.schemaVersion });
    }
  });

  it('resolves to defaults when no storage works at all', async () => {
    fake.storage.sync.state.failGet = true;
    fake.storage.local.state.failGet = true;
    const { loadSettings } = await freshModule();
    expect(await loadSettings()).toEqual(defaultSettings());
  });
});

describe('saveSettings', () => {
  it('merges a patch into what is stored', async () => {
    fake.storage.sync.data.set('settings', { ...defaultSettings(), theme: 'dark' });
    const { saveSettings } = await freshModule();
    const saved = await saveSettings({ trigger: { hoverDelayMs: 600 } });
    expect(saved).toEqual({ ...defaultSettings(), theme: 'dark', trigger: { ...DEFAULT_SETTINGS.trigger, hoverDelayMs: 600 } });
    expect(fake.storage.sync.data.get('settings')).toEqual(saved);
  });

  it('quick successive saves in one page do not overwrite each other', async () => {
    const { saveSettings, loadSettings } = await freshModule();
    await Promise.all([saveSettings({ theme: 'dark' }), saveSettings({ tickers: true }), saveSettings({ markStyle: 'none' })]);
    expect(await loadSettings()).toMatchObject({ theme: 'dark', tickers: true, markStyle: 'none' });
  });

  it('over the sync quota: moves to local, remembers it, and keeps reading local', async () => {
    fake.storage.sync.data.set('settings', defaultSettings());
    fake.storage.sync.state.quotaBytes = 2000;
    const { saveSettings, loadSettings } = await freshModule();
    const rules = Array.from({ length: 80 }, (_, i) => ({ pattern: `site-number-${i}.example.com`, mode: 'never' as const }));
    const saved = await saveSettings({ siteRules: rules });
    expect(saved.siteRules).toHaveLength(80);
    expect(fake.storage.local.data.get('settingsArea')).toBe('local');
    expect(fake.storage.local.data.get('settings')).toEqual(saved);
    // A fresh page (new module instance) reads local too.
    const again = await freshModule();
    expect((await again.loadSettings()).siteRules).toHaveLength(80);
    expect((await loadSettings()).siteRules).toHaveLength(80);
  });

  it('rate-limited by storage.sync: waits, retries, and stays in sync', async () => {
    vi.useFakeTimers();
    try {
      fake.storage.sync.state.failSet = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';
      fake.storage.sync.state.failSetTimes = 2;
      const { saveSettings } = await freshModule();
      const saving = saveSettings({ theme: 'dark' });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await saving).toMatchObject({ theme: 'dark' });
      expect(fake.storage.sync.data.get('settings')).toMatchObject({ theme: 'dark' });
      expect(fake.storage.local.data.has('settingsArea')).toBe(false);

      // Still limited after every retry: the save fails (the page says so) and nothing moves to local.
      fake.storage.sync.state.failSetTimes = -1;
      const failing = saveSettings({ theme: 'light' });
      const settled = failing.then(() => 'resolved', () => 'rejected');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await settled).toBe('rejected');
      expect(fake.storage.local.data.has('settings')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores bad patch values and keeps the rest', async () => {
    const { saveSettings } = await freshModule();
    const saved = await saveSettings({ theme: 'neon', tickers: true } as unknown as Partial<Settings>);
    expect(saved).toEqual({ ...defaultSettings(), tickers: true });
  });
});

describe('onSettingsChanged', () => {
  it('delivers validated settings from any page until aborted', async () => {
    const { onSettingsChanged, saveSettings } = await freshModule();
    const seen: Settings[] = [];
    const controller = new AbortController();
    onSettingsChanged((s) => seen.push(s), controller.signal);
    await saveSettings({ markStyle: 'background' });
    fake.storage.sync.set({ settings: { ...defaultSettings(), theme: 'bogus', tickers: true } });
    fake.storage.sync.set({ unrelated: 1 });
    await fake.storage.sync.remove('settings');
    controller.abort();
    await saveSettings({ markStyle: 'none' });
    expect(seen.map((s) => [s.markStyle, s.theme, s.tickers])).toEqual([
      ['background', 'auto', false],
      ['underline', 'auto', true],
      ['underline', 'auto', false],
    ]);
    expect(fake.listeners.size).toBe(0);
  });

  it('a throwing callback is contained', async () => {
    const { onSettingsChanged, saveSettings } = await freshModule();
    onSettingsChanged(() => {
      throw new Error('boom');
    }, new AbortController().signal);
    await expect(saveSettings({ tickers: true })).resolves.toMatchObject({ tickers: true });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[Layerlens\] a settings listener failed/));
  });

  it('does nothing with an already aborted signal', async () => {
    const { onSettingsChanged } = await freshModule();
    onSettingsChanged(() => undefined, AbortSignal.abort());
    expect(fake.listeners.size).toBe(0);
  });
});

describe('reset, export, import', () => {
  it('reset writes the defaults', async () => {
    fake.storage.sync.data.set('settings', { ...defaultSettings(), theme: 'dark' });
    const { resetSettings, loadSettings } = await freshModule();
    expect(await resetSettings()).toEqual(defaultSettings());
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('reset after a quota fallback tries sync again', async () => {
    fake.storage.local.data.set('settingsArea', 'local');
    fake.storage.local.data.set('settings', { ...defaultSettings(), theme: 'dark' });
    const { resetSettings, loadSettings } = await freshModule();
    await resetSettings();
    expect(fake.storage.local.data.has('settingsArea')).toBe(false);
    expect(fake.storage.sync.data.get('settings')).toEqual(defaultSettings());
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('export → import round-trips', async () => {
    fake.storage.sync.data.set('settings', { ...defaultSettings(), theme: 'light', siteRules: [{ pattern: 'x.org', mode: 'crypto-only' }] });
    const { exportSettings, importSettings, resetSettings, loadSettings } = await freshModule();
    const text = await exportSettings();
    await resetSettings();
    expect(await importSettings(text)).toMatchObject({ ok: true });
    expect(await loadSettings()).toMatchObject({ theme: 'light', siteRules: [{ pattern: 'x.org', mode: 'crypto-only' }] });
  });

  it('an invalid file changes nothing and lists every problem', async () => {
    const stored = { ...defaultSettings(), theme: 'dark' };
    fake.storage.sync.data.set('settings', stored);
    const { importSettings } = await freshModule();
    const result = await importSettings(JSON.stringify({ theme: 'light', markStyle: 'wavy', layers: { l2: 'yes' } }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['layers.l2', 'markStyle']);
    expect(fake.storage.sync.data.get('settings')).toEqual(stored);
    expect((await importSettings('not json')).ok).toBe(false);
    expect(fake.storage.sync.data.get('settings')).toEqual(stored);
  });
});
