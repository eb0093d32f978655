// Pure helpers that turn dataset values into what the popup shows.
import type { Chain, Layer } from '../data/types';
import type { PageChain } from '../messages';
import { addSiteRule, matchSiteRule, normalizeHostPattern, removeSiteRule, siteMode } from '../settings/sites';
import type { Settings } from '../settings/schema';

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

export interface PageGroup {
  layer: Layer;
  items: { chain: Chain; count: number }[];
}

/** The page's chains grouped by layer (L1 first), the most mentioned first; unknown ids are dropped. */
export function groupPageChains(found: readonly PageChain[], byId: (id: string) => Chain | undefined): PageGroup[] {
  const totals = new Map<string, number>();
  for (const { chainId, count } of found) totals.set(chainId, (totals.get(chainId) ?? 0) + count);
  const groups = new Map<Layer, PageGroup>();
  for (const [id, count] of totals) {
    const chain = byId(id);
    if (!chain || count <= 0) continue;
    let group = groups.get(chain.layer);
    if (!group) groups.set(chain.layer, (group = { layer: chain.layer, items: [] }));
    group.items.push({ chain, count });
  }
  const list = [...groups.values()].sort((a, b) => a.layer - b.layer);
  for (const g of list) g.items.sort((a, b) => b.count - a.count || a.chain.name.localeCompare(b.chain.name, 'en'));
  return list;
}

/** Whether Layerlens marks on this host with these settings (ignoring the global pause). */
export function isSiteOn(settings: Readonly<Settings>, host: string): boolean {
  return siteMode({ ...settings, enabled: true }, host) !== 'never';
}

/**
 * Settings with Layerlens turned on or off for one host. Off adds a "never" rule; on removes this host's own rule
 * and, when a wider rule (*.example.com) still says never, adds an "always" rule that beats it.
 */
export function setSiteOn(settings: Readonly<Settings>, host: string, on: boolean): Settings {
  if (!on) return addSiteRule(settings, host, 'never');
  const pattern = normalizeHostPattern(host)?.replace(/^www\./, '');
  let next = pattern ? removeSiteRule(settings, pattern) : removeSiteRule(settings, '');
  if (matchSiteRule(host, next.siteRules)?.mode === 'never') next = addSiteRule(next, host, 'always');
  return next;
}
