// Per-site rules: normalising host patterns, finding the rule for a host, and the pure edits the popup and options use.
import { isPublicSuffix } from './publicSuffix';
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
 * What a site rule's pattern names, for telling two rules for the same site apart: the pattern without a leading
 * "www." for an exact pattern (matching treats "example.com" and "www.example.com" as one site, see specificity), the
 * pattern itself for a wildcard ("*.www.example.com" is a real, if odd, rule of its own).
 */
function siteKey(pattern: string): string {
  return pattern.replace(/^www\./, '');
}

/**
 * The pattern a new rule is stored under: normalised, and without a leading "www." on an exact pattern, because
 * "example.com" already covers "www.example.com" (the help text says so, and specificity() matches so). So
 * "https://www.Example.com/x", "www.example.com" and "example.com" all give the one rule "example.com", exactly as the
 * popup's "not on this site" does. Null when the input is not a host pattern.
 */
export function sitePattern(input: unknown): string | null {
  const pattern = normalizeHostPattern(input);
  return pattern === null ? null : siteKey(pattern);
}

/**
 * For a wildcard over a public suffix ("*.com", "*.co.uk", "*.github.io"), that suffix ("com"…); otherwise null.
 * Such a rule covers every site under the suffix, of countless unrelated owners: never one site. An exact pattern is
 * never too broad ("com" covers only the hosts "com" and "www.com"). See publicSuffix.ts for what is (not) caught.
 */
export function tooBroadSuffix(pattern: string): string | null {
  if (!pattern.startsWith('*.')) return null;
  const base = pattern.slice(2);
  return isPublicSuffix(base) ? base : null;
}

/** Why a pattern cannot be a new rule; for 'too-broad', the public suffix it would cover ('' for "*": everything). */
export type PatternError = { reason: 'invalid-pattern' } | { reason: 'too-broad'; suffix: string };

/** Why an edit of the rules failed; for 'duplicate', the pattern of the rule that already names the site. */
export type SiteRuleError = PatternError | { reason: 'duplicate'; existing: string } | { reason: 'too-many' | 'no-such-rule' };

/**
 * The pattern for a new or edited rule in the options editor, or why there can be none.
 *
 * A wildcard must be followed by at least a registrable name: "*.example.com" and "*.example.co.uk" are fine,
 * "*", "*.com", "*.co.uk", "*.github.io" are refused. Refused, not confirmed: such a rule is never a per-site choice
 * (one "Never mark" on "*.com" silently switches Layerlens off on most of the web), and what a user may really want
 * from it has its own, clearer setting: the global switch, or marking only on pages about crypto where no rule
 * applies. A confirmation would only add a second way to make the same mistake. The refusal names the suffix and
 * shows the rule to write instead (see the options page).
 *
 * Rules stored before this check are kept and only flagged in the editor (validate.ts accepts them): dropping a rule
 * a user chose, on load, would silently change where Layerlens runs.
 */
export function checkNewSitePattern(input: unknown): { ok: true; pattern: string } | ({ ok: false } & PatternError) {
  if (typeof input === 'string' && /^\*(\.\*)?\.?$/.test(input.trim())) return { ok: false, reason: 'too-broad', suffix: '' };
  const pattern = sitePattern(input);
  if (pattern === null) return { ok: false, reason: 'invalid-pattern' };
  const suffix = tooBroadSuffix(pattern);
  if (suffix !== null) return { ok: false, reason: 'too-broad', suffix };
  return { ok: true, pattern };
}

/** The first rule (other than rule `except`) for the same site as `pattern`: the same pattern, or its "www." twin. */
function sameSiteRule(rules: readonly SiteRule[], pattern: string, except = -1): SiteRule | undefined {
  const key = siteKey(pattern);
  return rules.find((rule, i) => i !== except && siteKey(rule.pattern) === key);
}

/**
 * New settings with a rule for this host (the popup's "not on this site" is addSiteRule(s, location.hostname, 'never')).
 * A leading "www." is dropped so the rule covers both twins. An existing rule for the same site is replaced in place:
 * one with the same pattern, or an older rule for the "www." twin (which, being more specific, would otherwise keep
 * deciding on www.example.com); any other rule for that site is removed, so the site is left with exactly one rule.
 * Returns an unchanged copy when the host is not a valid pattern.
 */
export function addSiteRule(settings: Readonly<Settings>, host: string, mode: SiteMode): Settings {
  const next = cloneSettings(settings);
  const pattern = sitePattern(host);
  if (!pattern) return next;
  const index = next.siteRules.findIndex((rule) => siteKey(rule.pattern) === pattern);
  if (index !== -1) {
    next.siteRules = next.siteRules.filter((rule, i) => i <= index || siteKey(rule.pattern) !== pattern);
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
 * New settings with rule `index` replaced (the options editor). Fails when the new pattern cannot be a rule (see
 * checkNewSitePattern) or another rule already names the same site. A pattern that still normalises to the rule's
 * own is kept as it is and not checked again, so a rule stored before the checks (a "*.com", a "www." twin) can still
 * change its mode.
 */
export function replaceSiteRule(
  settings: Readonly<Settings>,
  index: number,
  rule: { pattern: string; mode: SiteMode },
): { ok: true; settings: Settings } | ({ ok: false } & SiteRuleError) {
  if (!Number.isInteger(index) || index < 0 || index >= settings.siteRules.length) return { ok: false, reason: 'no-such-rule' };
  const current = settings.siteRules[index]!;
  let pattern = current.pattern;
  if (normalizeHostPattern(rule.pattern) !== current.pattern) {
    const checked = checkNewSitePattern(rule.pattern);
    if (!checked.ok) return checked;
    const same = sameSiteRule(settings.siteRules, checked.pattern, index);
    if (same) return { ok: false, reason: 'duplicate', existing: same.pattern };
    pattern = checked.pattern;
  }
  const next = cloneSettings(settings);
  next.siteRules[index] = { pattern, mode: rule.mode };
  return { ok: true, settings: next };
}

/**
 * New settings with one more rule (the options editor). Fails when the pattern cannot be a rule (see
 * checkNewSitePattern), when a rule already names the same site ("example.com" and "www.example.com" are one site),
 * or when the list is full.
 */
export function appendSiteRule(
  settings: Readonly<Settings>,
  rule: { pattern: string; mode: SiteMode },
): { ok: true; settings: Settings } | ({ ok: false } & SiteRuleError) {
  const checked = checkNewSitePattern(rule.pattern);
  if (!checked.ok) return checked;
  const same = sameSiteRule(settings.siteRules, checked.pattern);
  if (same) return { ok: false, reason: 'duplicate', existing: same.pattern };
  if (settings.siteRules.length >= MAX_SITE_RULES) return { ok: false, reason: 'too-many' };
  const next = cloneSettings(settings);
  next.siteRules.push({ pattern: checked.pattern, mode: rule.mode });
  return { ok: true, settings: next };
}
