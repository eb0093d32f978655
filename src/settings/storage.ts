// The one browser-facing part of settings: read, write and watch them in storage.sync, falling back to storage.local
// when sync is missing, failing or over quota. Everything else (migrate, validate, merge, import) is pure and lives
// next to this file.
import browser from 'webextension-polyfill';
import { mergeSettings, type SettingsPatch } from './patch';
import { resolveStored } from './resolve';
import { cloneSettings, defaultSettings, type Settings } from './schema';
import { parseSettingsFile, serializeSettings } from './transfer';
import type { SettingsProblem } from './validate';

/** The key of the settings object, in whichever area holds it. */
export const SETTINGS_KEY = 'settings';
/** In storage.local: 'local' once sync has refused our settings (over quota), so every part reads the same copy. */
export const AREA_KEY = 'settingsArea';

type AreaName = 'sync' | 'local';

let knownArea: AreaName | null = null;
const reported = new Set<string>();
let writes: Promise<unknown> = Promise.resolve();

function warnOnce(message: string, problems: readonly SettingsProblem[] = []): void {
  const detail = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  const key = `${message}|${detail}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`[Layerlens] ${message}${detail ? ` (${detail})` : ''}`);
}

function hasSync(): boolean {
  try {
    return typeof browser.storage.sync?.get === 'function';
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Too many writes in a short time (storage.sync allows about 120 a minute): wait and retry, stay in sync. */
function isRateError(error: unknown): boolean {
  return /MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(errorText(error));
}

/** Too much data for storage.sync: move to storage.local for good (until a reset). */
function isQuotaError(error: unknown): boolean {
  return /quota/i.test(errorText(error)) && !isRateError(error);
}

/** Waits before each retry of a rate-limited write to storage.sync. */
const RATE_RETRY_MS = [1_000, 5_000, 30_000];

async function setSyncWithRetry(items: Record<string, unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.storage.sync.set(items);
      return;
    } catch (error) {
      const wait = RATE_RETRY_MS[attempt];
      if (!isRateError(error) || wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

async function activeArea(): Promise<AreaName> {
  if (knownArea) return knownArea;
  try {
    const flag = await browser.storage.local.get(AREA_KEY);
    if (flag[AREA_KEY] === 'local') return (knownArea = 'local');
  } catch {
    // No local storage either: reads below fail and defaults are used.
  }
  return hasSync() ? 'sync' : 'local';
}

/** What is stored, from the active area; sync falls back to local when it throws or holds nothing. */
async function readStored(): Promise<unknown> {
  if ((await activeArea()) === 'sync') {
    try {
      const got = await browser.storage.sync.get(SETTINGS_KEY);
      if (got[SETTINGS_KEY] !== undefined) return got[SETTINGS_KEY];
    } catch (error) {
      warnOnce(`storage.sync unavailable, using storage.local: ${String(error).slice(0, 200)}`);
      knownArea = 'local';
    }
  }
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return got[SETTINGS_KEY];
  } catch (error) {
    warnOnce(`settings could not be read, using defaults: ${String(error).slice(0, 200)}`);
    return undefined;
  }
}

async function writeStored(settings: Settings): Promise<void> {
  const value = cloneSettings(settings);
  if ((await activeArea()) === 'sync') {
    try {
      await setSyncWithRetry({ [SETTINGS_KEY]: value });
      return;
    } catch (error) {
      if (isRateError(error)) throw error;
      if (isQuotaError(error)) {
        warnOnce('settings are over the storage.sync quota; keeping them in storage.local from now on');
        await browser.storage.local.set({ [SETTINGS_KEY]: value, [AREA_KEY]: 'local' });
        knownArea = 'local';
        return;
      }
      warnOnce(`storage.sync refused the settings, using storage.local: ${String(error).slice(0, 200)}`);
      knownArea = 'local';
    }
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: value });
}

/** Runs read-modify-write steps one after another, so quick changes in one page never overwrite each other. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

/** Where the options page learns that stored settings were repaired (one list, replaced by the next repair). */
export const REPAIRS_KEY = 'settingsRepairs';
/** Most problems kept for the options page's notice. */
const MAX_REPAIRS_KEPT = 20;

/** A change refused because the stored settings were written by a newer Layerlens (see saveSettings). */
export class NewerSettingsError extends Error {
  constructor() {
    super('the settings were saved by a newer Layerlens: this version does not change them');
    this.name = 'NewerSettingsError';
  }
}

async function loadResolved(): Promise<ReturnType<typeof resolveStored>> {
  const raw = await readStored();
  const resolved = resolveStored(raw);
  if (resolved.problems.length > 0) warnOnce('some stored settings were invalid and use their defaults', resolved.problems);
  if (resolved.future) warnOnce('settings were saved by a newer Layerlens; using the parts this version understands');
  if (resolved.needsWrite) {
    try {
      await writeStored(resolved.settings);
      // Whichever page repaired them, the options page can say what was wrong (see settingsHealth).
      if (resolved.problems.length > 0) {
        await browser.storage.local.set({ [REPAIRS_KEY]: resolved.problems.slice(0, MAX_REPAIRS_KEPT).map(({ field, code, reason }) => ({ field, code, reason })) });
      }
    } catch (error) {
      warnOnce(`repaired settings could not be saved: ${String(error).slice(0, 200)}`);
    }
  }
  return resolved;
}

async function loadUnqueued(): Promise<Settings> {
  return (await loadResolved()).settings;
}

/** What the options page tells the user about the stored settings. */
export interface SettingsHealth {
  /** Written by a newer Layerlens: shown as far as this version understands them, and not changed by it. */
  future: boolean;
  /** What was wrong with them when they were last repaired (each field's setting went back to its default). */
  repaired: SettingsProblem[];
}

function isStoredProblem(value: unknown): value is SettingsProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, code, reason } = value as Record<string, unknown>;
  return typeof field === 'string' && field.length <= 200 && typeof code === 'string' && typeof reason === 'string' && reason.length <= 500;
}

export async function settingsHealth(): Promise<SettingsHealth> {
  try {
    const resolved = await serial(loadResolved);
    const stored = (await browser.storage.local.get(REPAIRS_KEY))[REPAIRS_KEY];
    const repaired = Array.isArray(stored) ? stored.filter(isStoredProblem).slice(0, MAX_REPAIRS_KEPT) : [];
    return { future: resolved.future, repaired };
  } catch {
    return { future: false, repaired: [] };
  }
}

/** The user read the repair notice. */
export async function dismissRepairs(): Promise<void> {
  await browser.storage.local.remove(REPAIRS_KEY);
}

/** The current settings: migrated, validated, and repaired in storage when they were bad. Never rejects. */
export async function loadSettings(): Promise<Settings> {
  try {
    return await loadUnqueued();
  } catch (error) {
    warnOnce(`settings could not be loaded, using defaults: ${String(error).slice(0, 200)}`);
    return defaultSettings();
  }
}

/** Applies a change and stores it; resolves to the settings now stored. Bad patch values are ignored and logged. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  return serial(async () => {
    const resolved = await loadResolved();
    // Writing would put this version's shape over a newer one's, and with sync, in every browser: refused. Import
    // and reset, which the user asks for in so many words, still replace them.
    if (resolved.future) throw new NewerSettingsError();
    const { settings, problems } = mergeSettings(resolved.settings, patch);
    if (problems.length > 0) warnOnce('ignored invalid settings changes', problems);
    await writeStored(settings);
    return settings;
  });
}

/** Replaces every setting with its default (and gives storage.sync another chance after a quota fallback). */
export function resetSettings(): Promise<Settings> {
  return serial(async () => {
    const settings = defaultSettings();
    if (knownArea === 'local' || (await activeArea()) === 'local') {
      knownArea = null;
      try {
        await browser.storage.local.remove(AREA_KEY);
      } catch {
        // Stays on local; the write below still resets.
      }
    }
    await writeStored(settings);
    return settings;
  });
}

/** The current settings as the text of a JSON file. */
export async function exportSettings(): Promise<string> {
  return serializeSettings(await loadSettings());
}

/** Validates the whole file first; an invalid file changes nothing and lists every problem. */
export function importSettings(
  text: string,
): Promise<{ ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] }> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return Promise.resolve(parsed);
  return serial(async () => {
    await writeStored(parsed.settings);
    return { ok: true as const, settings: parsed.settings };
  });
}

/**
 * Calls back with the new settings whenever they change (in this or any other page), until `signal` aborts.
 * The callback's errors are caught and logged once; they never reach the storage event.
 */
export function onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, browser.Storage.StorageChange>, areaName: string): void => {
    try {
      if (areaName === 'local' && changes[AREA_KEY]) {
        knownArea = changes[AREA_KEY].newValue === 'local' ? 'local' : null;
      }
      const change = changes[SETTINGS_KEY];
      if (!change || (areaName !== 'sync' && areaName !== 'local')) return;
      // Once settings live in local, a sync copy arriving from another device is stale for this profile.
      if (areaName === 'sync' && knownArea === 'local') return;
      callback(resolveStored(change.newValue).settings);
    } catch (error) {
      warnOnce(`a settings listener failed: ${String(error).slice(0, 200)}`);
    }
  };
  try {
    browser.storage.onChanged.addListener(listener);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  } catch (error) {
    warnOnce(`settings changes cannot be watched: ${String(error).slice(0, 200)}`);
  }
}
