// The popup's state in its URL: deep links (#chain=…, #search=…, #compare=a,b, #term=…) and ?tab=<id>.
// Pure, so the background (context menu) and tests can build and read the same links.
import { CHAIN_ID } from '../data/chainId';

export type TabName = 'page' | 'learn' | 'directory';

export type Route =
  | { tab: 'page' }
  | { tab: 'learn'; section?: string; term?: string }
  | { tab: 'directory'; search: string; chain?: string; compare?: [string, string | null] };


function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

/** Reads a location hash ("#chain=arbitrum-one"); anything unknown or malformed is the default view. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const eq = raw.indexOf('=');
  const key = eq < 0 ? raw : raw.slice(0, eq);
  const value = eq < 0 ? '' : decode(raw.slice(eq + 1));
  switch (key) {
    case 'chain':
      return CHAIN_ID.test(value) ? { tab: 'directory', search: '', chain: value } : { tab: 'directory', search: '' };
    case 'search':
      return { tab: 'directory', search: value.slice(0, 200) };
    case 'compare': {
      const [a, b] = value.split(',').map((s) => s.trim());
      if (!a || !CHAIN_ID.test(a)) return { tab: 'directory', search: '' };
      // A chain against itself compares nothing: the second is left to pick.
      return { tab: 'directory', search: '', compare: [a, b && b !== a && CHAIN_ID.test(b) ? b : null] };
    }
    case 'directory':
      return { tab: 'directory', search: '' };
    case 'learn':
      return value && CHAIN_ID.test(value) ? { tab: 'learn', section: value } : { tab: 'learn' };
    case 'term':
      return CHAIN_ID.test(value) ? { tab: 'learn', term: value } : { tab: 'learn' };
    default:
      return { tab: 'page' };
  }
}

/** The hash for a route; the inverse of parseHash. */
export function formatHash(route: Route): string {
  if (route.tab === 'page') return '';
  if (route.tab === 'learn') {
    if (route.term) return `#term=${route.term}`;
    return route.section ? `#learn=${route.section}` : '#learn';
  }
  if (route.compare) return `#compare=${route.compare[0]}${route.compare[1] ? `,${route.compare[1]}` : ''}`;
  if (route.chain) return `#chain=${route.chain}`;
  if (route.search) return `#search=${encodeURIComponent(route.search)}`;
  return '#directory';
}

/**
 * The popup page for a route hash, opened in a tab of its own: "?tab=<id>" ties it to the tab it came from, so its
 * "On this page" view reads that tab and not the new one.
 */
export function popupPath(hash: string, fromTabId?: number): string {
  // Browsers use -1 for "no tab" (TAB_ID_NONE).
  const tab = fromTabId !== undefined && fromTabId >= 0 ? `?tab=${fromTabId}` : '';
  return `popup/index.html${tab}${hash}`;
}

/** The tab id from "?tab=<id>", which overrides the active tab (the popup opened as a page for a given tab). */
export function parseTabParam(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The message key of a back link to `route`: it names the view it returns to ("← Learn", "← On this page"), or
 * says "← Back" for one chain's entry or one term, which the reader just left.
 */
export function backLinkKey(route: Route): string {
  if (route.tab === 'page') return 'popupBackToPage';
  if (route.tab === 'learn') return route.term ? 'popupBack' : 'popupBackToExplainer';
  if (route.compare) return 'popupBackToCompare';
  return route.chain ? 'popupBack' : 'popupBackToDirectory';
}
