// Export and import of settings as a JSON file. Pure: storage.ts does the reading and writing.
import { migrate } from './migrations';
import { SCHEMA_VERSION, type Settings } from './schema';
import { validateSettings, type SettingsProblem } from './validate';

/** Larger than any real settings file by far; refusing early keeps a wrong file from freezing the page. */
export const MAX_IMPORT_CHARS = 1_000_000;

export function serializeSettings(settings: Readonly<Settings>): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/**
 * Checks a whole settings file. Any problem (bad JSON, a bad or unknown field, a newer schema) rejects the file and
 * lists every problem; missing fields take their defaults. Older exports are migrated first.
 */
export function parseSettingsFile(text: unknown): ImportResult {
  if (typeof text !== 'string') {
    return { ok: false, problems: [{ field: '(file)', code: 'json', reason: 'the file could not be read as text' }] };
  }
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, problems: [{ field: '(file)', code: 'too-many', reason: `the file is larger than ${MAX_IMPORT_CHARS} characters` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    return { ok: false, problems: [{ field: '(file)', code: 'json', reason: `not valid JSON: ${detail}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ field: '(file)', code: 'not-object', reason: 'expected an object of settings' }] };
  }
  const migration = migrate(raw);
  if (migration.future) {
    return {
      ok: false,
      problems: [
        { field: 'schemaVersion', code: 'version', reason: `made by a newer Layerlens (version ${migration.from}; this one reads up to ${SCHEMA_VERSION})` },
      ],
    };
  }
  const { settings, problems } = validateSettings(migration.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
