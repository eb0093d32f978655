// The settings contract: one typed shape, its defaults, and the allowed values of every field.
// Pure: no browser APIs. Read settings through storage.ts; validate anything untrusted with validate.ts.
import type { Sensitivity } from '../detect/types';

/** Bump when the stored shape changes, and add a step to migrations.ts. */
export const SCHEMA_VERSION = 3;

export const SITE_MODES = ['always', 'never', 'crypto-only'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

export const DEFAULT_SITE_MODES = ['always', 'crypto-only'] as const;
export type DefaultSiteMode = (typeof DEFAULT_SITE_MODES)[number];

export const MENTION_MODES = ['first', 'all'] as const;
export type MentionMode = (typeof MENTION_MODES)[number];

export const SENSITIVITIES = ['strict', 'balanced', 'everywhere'] as const satisfies readonly Sensitivity[];

export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export const TRIGGER_MODES = ['hover', 'hold-key', 'click'] as const;
export type TriggerMode = (typeof TRIGGER_MODES)[number];

export const HOLD_KEYS = ['Alt', 'Shift', 'Control', 'Meta'] as const;
export type HoldKey = (typeof HOLD_KEYS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;
/** More rules than this is almost certainly garbage; it also keeps the stored item under storage.sync's per-item quota. */
export const MAX_SITE_RULES = 200;
/** A DNS name is at most 253 characters; "*." adds two. */
export const MAX_PATTERN_LENGTH = 255;

export interface SiteRule {
  /** A host pattern: "example.com" (that host and its www.), or "*.example.com" (the host and every subdomain). */
  pattern: string;
  mode: SiteMode;
}

export interface LayerSettings {
  l1: boolean;
  l2: boolean;
  l3: boolean;
  /** Chains whose status is "shut down". */
  shutDown: boolean;
}

export interface TriggerSettings {
  /** hover: open after hoverDelayMs; hold-key: open on hover only while holdKey is held; click: open on click only. */
  mode: TriggerMode;
  hoverDelayMs: number;
  holdKey: HoldKey;
}

export interface Settings {
  schemaVersion: number;
  /** Global pause: false turns Layerlens off everywhere. */
  enabled: boolean;
  /** Per-site overrides; the most specific matching rule wins (see sites.ts). */
  siteRules: SiteRule[];
  /** Where no rule matches: mark everywhere, or only on pages that are about crypto. */
  defaultSiteMode: DefaultSiteMode;
  layers: LayerSettings;
  /** Mark the first mention of each chain on a page, or every mention. */
  mentions: MentionMode;
  sensitivity: Sensitivity;
  markStyle: MarkStyle;
  /** A lowercase CSS hex colour, "#rrggbb". */
  markColor: string;
  trigger: TriggerSettings;
  theme: Theme;
  textSize: TextSize;
  /** Also mark tickers of chains' own coins (ETH, SOL, POL…). */
  tickers: boolean;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The defaults, frozen: copy with defaultSettings() before changing anything. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze({
  schemaVersion: SCHEMA_VERSION,
  enabled: true,
  siteRules: [],
  defaultSiteMode: 'always',
  layers: { l1: true, l2: true, l3: true, shutDown: true },
  mentions: 'first',
  sensitivity: 'balanced',
  markStyle: 'underline',
  markColor: '#6d5dfc',
  trigger: { mode: 'hover', hoverDelayMs: 300, holdKey: 'Alt' },
  theme: 'auto',
  textSize: 'medium',
  tickers: false,
} satisfies Settings);

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return cloneSettings(DEFAULT_SETTINGS);
}

/** A deep copy of a (valid) settings object. */
export function cloneSettings(settings: Readonly<Settings>): Settings {
  return {
    ...settings,
    siteRules: settings.siteRules.map((rule) => ({ pattern: rule.pattern, mode: rule.mode })),
    layers: { ...settings.layers },
    trigger: { ...settings.trigger },
  };
}
