// From whatever is stored to settings the extension can use: migrate, then validate. Pure.
import { migrate } from './migrations';
import type { Settings } from './schema';
import { validateSettings, type SettingsProblem } from './validate';

export interface Resolved {
  settings: Settings;
  problems: SettingsProblem[];
  /** The stored copy should be rewritten (it was migrated or had bad fields); good fields are kept as they were. */
  needsWrite: boolean;
  /** Written by a newer Layerlens: use what we understand, never write it back. */
  future: boolean;
}

export function resolveStored(raw: unknown): Resolved {
  const migration = migrate(raw);
  const { settings, problems } = validateSettings(migration.data);
  const stored = raw !== undefined && raw !== null;
  return {
    settings,
    problems,
    needsWrite: stored && !migration.future && (migration.migrated || problems.length > 0),
    future: migration.future,
  };
}
