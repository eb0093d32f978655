// Merging a partial change into settings (what saveSettings writes). Pure.
import { cloneSettings, type Settings } from './schema';
import { validateSettingsOver, type ValidationResult } from './validate';

/** A change to some settings; the groups (layers, trigger) may be changed one field at a time. */
export type SettingsPatch = {
  [K in Exclude<keyof Settings, 'schemaVersion'>]?: K extends 'layers' | 'trigger' ? Partial<Settings[K]> : Settings[K];
};

const GROUPS = new Set(['layers', 'trigger']);

function isDict(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `current` with `patch` applied. The patch is untrusted: a bad value keeps the current one and is reported, so a
 * faulty caller can never damage the other settings.
 */
export function mergeSettings(current: Readonly<Settings>, patch: unknown): ValidationResult {
  if (!isDict(patch)) {
    return {
      settings: cloneSettings(current),
      problems: [{ field: '(patch)', code: 'not-object', reason: 'expected an object of settings to change' }],
    };
  }
  const merged: Record<string, unknown> = { ...cloneSettings(current) };
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    const base = merged[key];
    const next = GROUPS.has(key) && isDict(value) && isDict(base) ? { ...base, ...value } : value;
    Object.defineProperty(merged, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return validateSettingsOver(merged, current);
}
