// Pure helpers that turn dataset values into what the popup shows.
import type { Chain, Layer } from '../data/types';
import type { PageChain } from '../messages';
import { addSiteRule, matchSiteRule, normalizeHostPattern, removeSiteRule, siteMode, sitePattern } from '../settings/sites';
import type { LayerSettings, Settings, SiteMode } from '../settings/schema';

/** A source as a link: https URLs as they are, `github:owner/repo@commit:path` to its GitHub page; null otherwise. */
export function sourceHref(source: string): string | null {
  if (/^https:\/\/[^\s]+$/.test(source)) return source;
  const m = /^github:([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}|[\w.-]+):(.+)$/.exec(source);
  if (m) return `https://github.com/${m[1]}/blob/${m[2]}/${m[3]}`;
  return null;
}

/** A source as short text: the host and path of a URL, or "owner/repo: path" of a GitHub source. */
export function sourceLabel(source: string): string {
  const m = /^github:([\w.-]+\/[\w.-]+)@[^:]+:(.+)$/.exec(source);
  if (m) return `${m[1]}: ${m[2]}`;
  try {
    const url = new URL(source);
    const path = url.pathname === '/' ? '' : url.pathname;
    return (url.host + path).replace(/\/$/, '');
  } catch {
    return source;
  }
}

export interface PageItem {
  chain: Chain;
  count: number;
}

export interface PageGroup {
  layer: Layer;
  items: PageItem[];
}

export interface PageChainList {
  /** The chains marked on the page, grouped by layer (L1 first). */
  groups: PageGroup[];
  /** Chains found that the layer settings leave unmarked, L1 first. */
  unmarked: PageItem[];
}

const byMentions = (a: PageItem, b: PageItem) => b.count - a.count || a.chain.name.localeCompare(b.chain.name, 'en');

/**
 * The page's chains: those marked grouped by layer (L1 first), those the settings leave unmarked apart; the most
 * mentioned first. Unknown ids are dropped; a chain is unmarked only if every report of it says so.
 */
export function listPageChains(found: readonly PageChain[], byId: (id: string) => Chain | undefined): PageChainList {
  const totals = new Map<string, { count: number; unmarked: boolean }>();
  for (const { chainId, count, unmarked } of found) {
    const total = totals.get(chainId);
    if (total) {
      total.count += count;
      total.unmarked &&= unmarked === true;
    } else totals.set(chainId, { count, unmarked: unmarked === true });
  }
  const groups = new Map<Layer, PageGroup>();
  const unmarked: PageItem[] = [];
  for (const [id, total] of totals) {
    const chain = byId(id);
    if (!chain || total.count <= 0) continue;
    const item = { chain, count: total.count };
    if (total.unmarked) {
      unmarked.push(item);
      continue;
    }
    let group = groups.get(chain.layer);
    if (!group) groups.set(chain.layer, (group = { layer: chain.layer, items: [] }));
    group.items.push(item);
  }
  const list = [...groups.values()].sort((a, b) => a.layer - b.layer);
  for (const g of list) g.items.sort(byMentions);
  unmarked.sort((a, b) => a.chain.layer - b.chain.layer || byMentions(a, b));
  return { groups: list, unmarked };
}

/** The layer settings to turn on so that every one of these chains is marked. */
export function layersToMark(items: readonly PageItem[]): Partial<LayerSettings> {
  const layers: Partial<LayerSettings> = {};
  for (const { chain } of items) {
    layers[chain.layer === 1 ? 'l1' : chain.layer === 2 ? 'l2' : 'l3'] = true;
    if (chain.status === 'shut-down') layers.shutDown = true;
  }
  return layers;
}

/** Whether Layerlens marks on this host with these settings (ignoring the global pause). */
export function isSiteOn(settings: Readonly<Settings>, host: string): boolean {
  return siteMode({ ...settings, enabled: true }, host) !== 'never';
}

/**
 * Settings with Layerlens turned on or off for one host. Off adds a "never" rule; on removes this host's own rule
 * and, when a wider rule (*.example.com) still says never, adds an "always" rule that beats it.
 */
export function setSiteOn(settings: Readonly<Settings>, host: string, on: boolean, before: SiteMode | null = null): Settings {
  if (!on) return addSiteRule(settings, host, 'never');
  const pattern = normalizeHostPattern(host)?.replace(/^www\./, '');
  let next = pattern ? removeSiteRule(settings, pattern) : removeSiteRule(settings, '');
  // Back to the host's own rule from before it was switched off ("only pages about crypto"), not to no rule.
  if (before && before !== 'never') return addSiteRule(next, host, before);
  if (matchSiteRule(host, next.siteRules)?.mode === 'never') next = addSiteRule(next, host, 'always');
  return next;
}

/** The mode of the host's own rule (not a wider one's), or null when it has none. */
export function ownSiteMode(settings: Readonly<Settings>, host: string): SiteMode | null {
  const pattern = sitePattern(host);
  if (!pattern) return null;
  return settings.siteRules.find((rule) => rule.pattern.replace(/^www\./, '') === pattern)?.mode ?? null;
}

/** Most hosts whose rule from before "off" the popup remembers (for the browser session). */
const MAX_REMEMBERED = 50;

/**
 * The remembered rules from before "off", as read from session storage: only hosts' patterns with a mode that is not
 * "never"; anything else there is dropped (it crossed a storage boundary).
 */
export function readRulesBeforeOff(value: unknown): Record<string, SiteMode> {
  const out: Record<string, SiteMode> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  let n = 0;
  for (const [pattern, mode] of Object.entries(value as Record<string, unknown>)) {
    if (n >= MAX_REMEMBERED) break;
    if ((mode === 'always' || mode === 'crypto-only') && sitePattern(pattern) === pattern) {
      out[pattern] = mode;
      n++;
    }
  }
  return out;
}
