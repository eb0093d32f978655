// Ordered migrations of stored settings, oldest first. Each step takes the shape of version N and returns version N+1;
// steps are tolerant (a missing or odd old field is passed on or dropped, and validation decides) and never throw.
//
// v1 (0.1, no schemaVersion field): { enabled, disabledSites: string[], underline: boolean, hoverDelay: number,
//     darkMode?: boolean }
// v2: { schemaVersion: 2, enabled, siteRules: {pattern, mode: 'always' | 'never'}[], markStyle, markColor, theme,
//     hoverDelayMs, triggerKey: 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta', clickOnly: boolean,
//     onlyFirstMention: boolean, showShutDown: boolean }
// v3 (current, see schema.ts): trigger grouped into { mode, hoverDelayMs, holdKey }; mentions: 'first' | 'all';
//     layers { l1, l2, l3, shutDown }; new: defaultSiteMode, sensitivity, textSize, tickers, 'crypto-only' site rules.
import { HOLD_KEYS, SCHEMA_VERSION } from './schema';

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A shallow copy without the named keys; a "__proto__" key is copied as a plain own key, never as a prototype. */
function without(obj: Dict, keys: readonly string[]): Dict {
  const out: Dict = {};
  for (const key of Object.keys(obj)) {
    if (keys.includes(key)) continue;
    Object.defineProperty(out, key, { value: obj[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function has(obj: Dict, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

const V1_KEYS = ['disabledSites', 'underline', 'hoverDelay', 'darkMode'] as const;
const V2_KEYS = ['hoverDelayMs', 'triggerKey', 'clickOnly', 'onlyFirstMention', 'showShutDown'] as const;

function v1ToV2(old: Dict): Dict {
  const next = without(old, [...V1_KEYS, 'schemaVersion']);
  next.schemaVersion = 2;
  if (has(old, 'disabledSites')) {
    next.siteRules = Array.isArray(old.disabledSites)
      ? old.disabledSites.map((site: unknown) => ({ pattern: site, mode: 'never' }))
      : old.disabledSites;
  }
  if (typeof old.underline === 'boolean') next.markStyle = old.underline ? 'underline' : 'background';
  if (has(old, 'hoverDelay')) next.hoverDelayMs = old.hoverDelay;
  if (typeof old.darkMode === 'boolean') next.theme = old.darkMode ? 'dark' : 'light';
  return next;
}

function v2ToV3(old: Dict): Dict {
  const next = without(old, [...V2_KEYS, 'schemaVersion']);
  next.schemaVersion = 3;
  const trigger: Dict = {};
  if (has(old, 'hoverDelayMs')) trigger.hoverDelayMs = old.hoverDelayMs;
  const holdKey = (HOLD_KEYS as readonly unknown[]).includes(old.triggerKey) ? old.triggerKey : undefined;
  if (holdKey) trigger.holdKey = holdKey;
  if (old.clickOnly === true) trigger.mode = 'click';
  else if (holdKey) trigger.mode = 'hold-key';
  else if (old.triggerKey === 'none' || old.clickOnly === false) trigger.mode = 'hover';
  if (Object.keys(trigger).length > 0) next.trigger = trigger;
  if (typeof old.onlyFirstMention === 'boolean') next.mentions = old.onlyFirstMention ? 'first' : 'all';
  if (typeof old.showShutDown === 'boolean') next.layers = { l1: true, l2: true, l3: true, shutDown: old.showShutDown };
  return next;
}

/** MIGRATIONS[i] turns version i+1 into version i+2. */
const MIGRATIONS: readonly ((old: Dict) => Dict)[] = [v1ToV2, v2ToV3];

if (MIGRATIONS.length !== SCHEMA_VERSION - 1) throw new Error('[Layerlens] a settings migration is missing');

export interface MigrationResult {
  /** The migrated data (still untrusted: validate it). */
  data: unknown;
  /** The version the data was in, when known. */
  from: number | null;
  /** At least one step ran. */
  migrated: boolean;
  /** Written by a newer Layerlens (after a downgrade): left as it is; do not write it back. */
  future: boolean;
}

/** The version of stored data: its schemaVersion, or 1 for the pre-versioned shape, or null when unknowable. */
export function detectVersion(raw: unknown): number | null {
  if (!isDict(raw)) return null;
  if (!has(raw, 'schemaVersion')) {
    if (V1_KEYS.some((key) => has(raw, key))) return 1;
    return Object.keys(raw).length === 0 ? SCHEMA_VERSION : null;
  }
  const version = raw.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** Brings stored data up to SCHEMA_VERSION. Never throws: a failing step leaves the data as it was before that step. */
export function migrate(raw: unknown): MigrationResult {
  let from: number | null;
  try {
    from = detectVersion(raw);
  } catch {
    return { data: raw, from: null, migrated: false, future: false };
  }
  if (from === null || !isDict(raw)) return { data: raw, from, migrated: false, future: false };
  if (from > SCHEMA_VERSION) return { data: raw, from, migrated: false, future: true };
  let data: Dict = raw;
  let migrated = false;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) break;
    try {
      data = step(data);
      migrated = true;
    } catch {
      break;
    }
  }
  return { data, from, migrated, future: false };
}
