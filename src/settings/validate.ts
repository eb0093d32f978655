// Field-by-field validation of untrusted settings (storage, imports, patches). A bad or unknown value falls back
// (to the default, or to the current value for a patch) and is reported; the other fields are kept. Never throws.
import {
  DEFAULT_SETTINGS,
  DEFAULT_SITE_MODES,
  HOLD_KEYS,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  MAX_SITE_RULES,
  MENTION_MODES,
  SCHEMA_VERSION,
  SENSITIVITIES,
  SITE_MODES,
  TEXT_SIZES,
  THEMES,
  TRIGGER_MODES,
  cloneSettings,
  type LayerSettings,
  type Settings,
  type SiteRule,
  type TriggerSettings,
} from './schema';
import { normalizeHostPattern } from './sites';

/** Machine-readable kind of problem; the options page shows t(`optionsProblem_${code}`). */
export type ProblemCode =
  | 'not-object'
  | 'type'
  | 'enum'
  | 'range'
  | 'color'
  | 'pattern'
  | 'duplicate'
  | 'too-many'
  | 'unknown'
  | 'version'
  | 'json';

export interface SettingsProblem {
  /** Dotted path of the field: "markColor", "trigger.hoverDelayMs", "siteRules[2].mode". */
  field: string;
  /** A short English explanation (for the console and the import error list). */
  reason: string;
  code: ProblemCode;
}

export interface ValidationResult {
  settings: Settings;
  problems: SettingsProblem[];
}

const MAX_PROBLEMS = 50;
const KNOWN_KEYS = new Set<string>(Object.keys(DEFAULT_SETTINGS));
const LAYER_KEYS = ['l1', 'l2', 'l3', 'shutDown'] as const;
const TRIGGER_KEYS = ['mode', 'hoverDelayMs', 'holdKey'] as const;
const RULE_KEYS = ['pattern', 'mode'] as const;

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(obj: Dict, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** A short, safe rendering of a value for a reason string. */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'undefined';
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
    if (Array.isArray(value)) return 'a list';
    return `a ${typeof value}`;
  } catch {
    return 'an unreadable value';
  }
}

function fieldName(key: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = key.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

function oneOf(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

class Report {
  readonly problems: SettingsProblem[] = [];
  private extra = 0;

  add(field: string, code: ProblemCode, reason: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ field, code, reason });
    else this.extra++;
  }

  finish(): SettingsProblem[] {
    if (this.extra > 0) this.problems.push({ field: '*', code: 'too-many', reason: `and ${this.extra} more problems` });
    return this.problems;
  }
}

/** Reads one field; a missing field silently keeps the fallback, a bad one keeps it and is reported. */
function readField<T>(
  obj: Dict,
  key: string,
  path: string,
  fallback: T,
  report: Report,
  check: (value: unknown) => { ok: true; value: T } | { ok: false; code: ProblemCode; reason: string },
): T {
  if (!has(obj, key)) return fallback;
  let value: unknown;
  try {
    value = obj[key];
  } catch {
    report.add(path, 'type', 'could not be read');
    return fallback;
  }
  if (value === undefined) return fallback;
  const result = check(value);
  if (result.ok) return result.value;
  report.add(path, result.code, result.reason);
  return fallback;
}

const bool = (value: unknown) =>
  typeof value === 'boolean'
    ? ({ ok: true, value } as const)
    : ({ ok: false, code: 'type', reason: `expected true or false, got ${describeValue(value)}` } as const);

function choice<T extends string>(values: readonly T[]) {
  return (value: unknown) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? ({ ok: true, value: value as T } as const)
      : ({ ok: false, code: 'enum', reason: `expected one of ${oneOf(values)}, got ${describeValue(value)}` } as const);
}

/** "#6D5DFC", "#abc" → "#6d5dfc", "#aabbcc"; anything else → null. */
export function normalizeColor(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 9) return null;
  const text = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}

const color = (value: unknown) => {
  const normalized = normalizeColor(value);
  return normalized
    ? ({ ok: true, value: normalized } as const)
    : ({ ok: false, code: 'color', reason: `expected a hex colour like "#6d5dfc", got ${describeValue(value)}` } as const);
};

const hoverDelay = (value: unknown) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, code: 'type', reason: `expected a number of milliseconds, got ${describeValue(value)}` } as const;
  }
  const rounded = Math.round(value);
  return rounded >= HOVER_DELAY_MIN_MS && rounded <= HOVER_DELAY_MAX_MS
    ? ({ ok: true, value: rounded } as const)
    : ({
        ok: false,
        code: 'range',
        reason: `expected ${HOVER_DELAY_MIN_MS} to ${HOVER_DELAY_MAX_MS} ms, got ${describeValue(value)}`,
      } as const);
};

function reportUnknownKeys(obj: Dict, known: ReadonlySet<string>, prefix: string, report: Report): void {
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) report.add(`${prefix}${fieldName(key)}`, 'unknown', 'not a Layerlens setting');
  }
}

function readGroup(obj: Dict, key: string, report: Report): Dict | null {
  if (!has(obj, key)) return null;
  const value = obj[key];
  if (value === undefined) return null;
  if (isDict(value)) return value;
  report.add(key, 'type', `expected a group of settings, got ${describeValue(value)}`);
  return null;
}

function readLayers(obj: Dict, fallback: LayerSettings, report: Report): LayerSettings {
  const group = readGroup(obj, 'layers', report);
  if (!group) return { ...fallback };
  const layers = { ...fallback };
  for (const key of LAYER_KEYS) layers[key] = readField(group, key, `layers.${key}`, fallback[key], report, bool);
  reportUnknownKeys(group, new Set(LAYER_KEYS), 'layers.', report);
  return layers;
}

function readTrigger(obj: Dict, fallback: TriggerSettings, report: Report): TriggerSettings {
  const group = readGroup(obj, 'trigger', report);
  if (!group) return { ...fallback };
  const trigger: TriggerSettings = {
    mode: readField(group, 'mode', 'trigger.mode', fallback.mode, report, choice(TRIGGER_MODES)),
    hoverDelayMs: readField(group, 'hoverDelayMs', 'trigger.hoverDelayMs', fallback.hoverDelayMs, report, hoverDelay),
    holdKey: readField(group, 'holdKey', 'trigger.holdKey', fallback.holdKey, report, choice(HOLD_KEYS)),
  };
  reportUnknownKeys(group, new Set(TRIGGER_KEYS), 'trigger.', report);
  return trigger;
}

function readSiteRules(obj: Dict, fallback: readonly SiteRule[], report: Report): SiteRule[] {
  const copy = () => fallback.map((rule) => ({ ...rule }));
  if (!has(obj, 'siteRules')) return copy();
  const list = obj.siteRules;
  if (list === undefined) return copy();
  if (!Array.isArray(list)) {
    report.add('siteRules', 'type', `expected a list of site rules, got ${describeValue(list)}`);
    return copy();
  }
  if (list.length > MAX_SITE_RULES) {
    report.add('siteRules', 'too-many', `at most ${MAX_SITE_RULES} rules are kept, got ${list.length}`);
  }
  const rules: SiteRule[] = [];
  const seen = new Set<string>();
  const count = Math.min(list.length, MAX_SITE_RULES);
  for (let i = 0; i < count; i++) {
    const path = `siteRules[${i}]`;
    const item: unknown = list[i];
    if (!isDict(item)) {
      report.add(path, 'type', `expected a rule with a pattern and a mode, got ${describeValue(item)}`);
      continue;
    }
    // Every problem of a rule is reported (a bad pattern does not hide a bad mode or an unknown key), so an import
    // lists all there is to fix at once; the rule is kept only when it has none.
    const rawPattern = has(item, 'pattern') ? item.pattern : undefined;
    const pattern = normalizeHostPattern(rawPattern);
    if (!pattern) {
      report.add(`${path}.pattern`, 'pattern', `expected a host like "example.com" or "*.example.com", got ${describeValue(rawPattern)}`);
    } else if (seen.has(pattern)) {
      report.add(`${path}.pattern`, 'duplicate', `"${pattern}" already has a rule`);
    }
    const mode = choice(SITE_MODES)(has(item, 'mode') ? item.mode : undefined);
    if (!mode.ok) report.add(`${path}.mode`, mode.code, mode.reason);
    reportUnknownKeys(item, new Set(RULE_KEYS), `${path}.`, report);
    // Only the exact pattern counts as a duplicate here, not its "www." twin: both may be stored (by an older
    // Layerlens), both still match (the www. one is more specific), and dropping either on load would silently
    // change where Layerlens runs. The options editor refuses to add a twin (see sites.ts).
    // A wildcard over a public suffix ("*.com") is accepted here for the same reason, and flagged in the editor.
    if (!pattern || !mode.ok || seen.has(pattern)) continue;
    seen.add(pattern);
    rules.push({ pattern, mode: mode.value });
  }
  return rules;
}

function validateObject(raw: Dict, base: Readonly<Settings>, report: Report): Settings {
  if (has(raw, 'schemaVersion') && raw.schemaVersion !== SCHEMA_VERSION) {
    report.add('schemaVersion', 'version', `expected ${SCHEMA_VERSION}, got ${describeValue(raw.schemaVersion)}`);
  }
  const guard = <T>(field: string, fallback: T, read: () => T): T => {
    try {
      return read();
    } catch {
      report.add(field, 'type', 'could not be read');
      return fallback;
    }
  };
  const settings: Settings = {
    schemaVersion: SCHEMA_VERSION,
    enabled: guard('enabled', base.enabled, () => readField(raw, 'enabled', 'enabled', base.enabled, report, bool)),
    siteRules: guard('siteRules', cloneSettings(base).siteRules, () => readSiteRules(raw, base.siteRules, report)),
    defaultSiteMode: guard('defaultSiteMode', base.defaultSiteMode, () =>
      readField(raw, 'defaultSiteMode', 'defaultSiteMode', base.defaultSiteMode, report, choice(DEFAULT_SITE_MODES)),
    ),
    layers: guard('layers', { ...base.layers }, () => readLayers(raw, base.layers, report)),
    mentions: guard('mentions', base.mentions, () =>
      readField(raw, 'mentions', 'mentions', base.mentions, report, choice(MENTION_MODES)),
    ),
    sensitivity: guard('sensitivity', base.sensitivity, () =>
      readField(raw, 'sensitivity', 'sensitivity', base.sensitivity, report, choice(SENSITIVITIES)),
    ),
    markStyle: guard('markStyle', base.markStyle, () =>
      readField(raw, 'markStyle', 'markStyle', base.markStyle, report, choice(MARK_STYLES)),
    ),
    markColor: guard('markColor', base.markColor, () => readField(raw, 'markColor', 'markColor', base.markColor, report, color)),
    trigger: guard('trigger', { ...base.trigger }, () => readTrigger(raw, base.trigger, report)),
    theme: guard('theme', base.theme, () => readField(raw, 'theme', 'theme', base.theme, report, choice(THEMES))),
    textSize: guard('textSize', base.textSize, () =>
      readField(raw, 'textSize', 'textSize', base.textSize, report, choice(TEXT_SIZES)),
    ),
    tickers: guard('tickers', base.tickers, () => readField(raw, 'tickers', 'tickers', base.tickers, report, bool)),
  };
  guard('*', undefined, () => reportUnknownKeys(raw, KNOWN_KEYS, '', report));
  return settings;
}

/**
 * Valid settings from anything, keeping `base` (a valid Settings) wherever `raw` is missing or bad.
 * `null`/`undefined` (nothing stored) is not a problem; any other non-object is.
 */
export function validateSettingsOver(raw: unknown, base: Readonly<Settings>): ValidationResult {
  const report = new Report();
  let settings: Settings;
  try {
    if (raw === undefined || raw === null) {
      settings = cloneSettings(base);
    } else if (!isDict(raw)) {
      report.add('(settings)', 'not-object', `expected an object of settings, got ${describeValue(raw)}`);
      settings = cloneSettings(base);
    } else {
      settings = validateObject(raw, base, report);
    }
  } catch {
    report.add('(settings)', 'type', 'could not be read');
    settings = cloneSettings(base);
  }
  return { settings, problems: report.finish() };
}

/** Valid settings from anything: each bad or unknown value falls back to its default and is reported. */
export function validateSettings(raw: unknown): ValidationResult {
  return validateSettingsOver(raw, DEFAULT_SETTINGS);
}
