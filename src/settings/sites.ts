// Per-site rules: normalising host patterns, finding the rule for a host, and the pure edits the popup and options use.
import { MAX_PATTERN_LENGTH, MAX_SITE_RULES, cloneSettings, type Settings, type SiteMode, type SiteRule } from './schema';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

function isHostName(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  return host.split('.').every((label) => LABEL.test(label));
}

/**
 * Turns what a user typed (or a location.hostname) into a host pattern, or null when it is not one.
 * Accepts "Example.com", "https://example.com/path", "*.example.com", "example.com:8080", "bücher.de" (→ punycode).
 */
export function normalizeHostPattern(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > MAX_PATTERN_LENGTH * 4) return null;
  let text = input.trim().toLowerCase();
  const scheme = text.indexOf('://');
  if (scheme !== -1) text = text.slice(scheme + 3);
  text = text.split(/[/?#]/, 1)[0] ?? '';
  text = text.replace(/:\d*$/, '').replace(/\.$/, '');
  let wildcard = false;
  if (text.startsWith('*.')) {
    wildcard = true;
    text = text.slice(2);
  }
  if (!text || text.includes('*') || text.includes('@')) return null;
  if (!/^[a-z0-9.-]+$/.test(text)) {
    try {
      text = new URL(`http://${text}/`).hostname;
    } catch {
      return null;
    }
  }
  if (!isHostName(text)) return null;
  const pattern = (wildcard ? '*.' : '') + text;
  return pattern.length <= MAX_PATTERN_LENGTH ? pattern : null;
}

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** How well a pattern fits a host: -1 for no match; higher is more specific. */
function specificity(pattern: string, host: string): number {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`) ? base.length : -1;
  }
  // An exact pattern also covers the host's "www." twin, and beats any wildcard.
  return host === pattern || host === `www.${pattern}` ? 1000 + pattern.length : -1;
}

/** The most specific rule for a host (exact beats wildcard, longer beats shorter, earlier beats later), if any. */
export function matchSiteRule(host: string, rules: readonly SiteRule[]): SiteRule | undefined {
  const h = normalizeHost(host);
  if (!h) return undefined;
  let best: SiteRule | undefined;
  let bestScore = -1;
  for (const rule of rules) {
    const score = specificity(rule.pattern, h);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

/** The effective mode on a host: 'never' while paused, else the matching rule's mode, else the default mode. */
export function siteMode(settings: Readonly<Settings>, host: string): SiteMode {
  if (!settings.enabled) return 'never';
  return matchSiteRule(host, settings.siteRules)?.mode ?? settings.defaultSiteMode;
}

/**
 * New settings with a rule for this host (the popup's "not on this site" is addSiteRule(s, location.hostname, 'never')).
 * A leading "www." is dropped so the rule covers both twins; an existing rule with the same pattern is replaced in place.
 * Returns an unchanged copy when the host is not a valid pattern.
 */
export function addSiteRule(settings: Readonly<Settings>, host: string, mode: SiteMode): Settings {
  const next = cloneSettings(settings);
  const pattern = normalizeHostPattern(host)?.replace(/^www\./, '');
  if (!pattern) return next;
  const index = next.siteRules.findIndex((rule) => rule.pattern === pattern);
  if (index !== -1) {
    next.siteRules[index] = { pattern, mode };
  } else {
    next.siteRules.push({ pattern, mode });
    if (next.siteRules.length > MAX_SITE_RULES) next.siteRules.shift();
  }
  return next;
}

/** New settings without the rule for this exact pattern. */
export function removeSiteRule(settings: Readonly<Settings>, pattern: string): Settings {
  const next = cloneSettings(settings);
  next.siteRules = next.siteRules.filter((rule) => rule.pattern !== pattern);
  return next;
}

/**
 * New settings with rule `index` replaced (the options editor). Fails when the pattern is invalid or another rule
 * already has it.
 */
export function replaceSiteRule(
  settings: Readonly<Settings>,
  index: number,
  rule: { pattern: string; mode: SiteMode },
): { ok: true; settings: Settings } | { ok: false; reason: 'invalid-pattern' | 'duplicate' | 'no-such-rule' } {
  if (!Number.isInteger(index) || index < 0 || index >= settings.siteRules.length) return { ok: false, reason: 'no-such-rule' };
  const pattern = normalizeHostPattern(rule.pattern);
  if (!pattern) return { ok: false, reason: 'invalid-pattern' };
  if (settings.siteRules.some((r, i) => i !== index && r.pattern === pattern)) return { ok: false, reason: 'duplicate' };
  const next = cloneSettings(settings);
  next.siteRules[index] = { pattern, mode: rule.mode };
  return { ok: true, settings: next };
}

/** New settings with one more rule (the options editor); the pattern is kept as typed, apart from normalisation. */
export function appendSiteRule(
  settings: Readonly<Settings>,
  rule: { pattern: string; mode: SiteMode },
): { ok: true; settings: Settings } | { ok: false; reason: 'invalid-pattern' | 'duplicate' | 'too-many' } {
  const pattern = normalizeHostPattern(rule.pattern);
  if (!pattern) return { ok: false, reason: 'invalid-pattern' };
  if (settings.siteRules.some((r) => r.pattern === pattern)) return { ok: false, reason: 'duplicate' };
  if (settings.siteRules.length >= MAX_SITE_RULES) return { ok: false, reason: 'too-many' };
  const next = cloneSettings(settings);
  next.siteRules.push({ pattern, mode: rule.mode });
  return { ok: true, settings: next };
}
