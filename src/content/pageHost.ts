// The hosts whose site rules apply to this document. A frame made from markup (<iframe srcdoc>, about:blank filled by
// its parent) has no host of its own but its creator's origin: the rules of the page the user sees apply to it. A frame
// from another site (an embedded tweet, an explorer widget) has its own host, and the page around it has another: a
// site switched off is off in every frame of its pages.

import type { Settings, SiteMode } from '../settings/schema';
import { siteMode } from '../settings/sites';

/** `location` and `origin` as a document has them (a parameter, so the rule is testable in Node). */
export interface DocumentPlace {
  protocol: string;
  hostname: string;
  /** The document's origin ("null" when opaque): for about: documents, the one inherited from their creator. */
  origin: string;
}

export function hostOf(place: DocumentPlace): string {
  if (place.protocol !== 'about:') return place.hostname;
  try {
    return place.origin === 'null' ? '' : new URL(place.origin).hostname;
  } catch {
    return '';
  }
}

/** This document's host for site rules and the popup. */
export function pageHost(): string {
  return hostOf({ protocol: location.protocol, hostname: location.hostname, origin: self.origin });
}

/** What a frame can know of the page it is shown in (a parameter, so the rule is testable in Node). */
export interface FramePlace {
  /** Whether this is the tab's top document. */
  top: boolean;
  /** The top document's host when this frame may read it (same origin), else null. */
  sameOriginTopHost: string | null;
  /** location.ancestorOrigins, nearest first (Chromium), or null where the browser has none (Firefox). */
  ancestorOrigins: ArrayLike<string> | null;
  /** document.referrer: the embedding page's URL or origin, or "" (a referrer policy may hide it). */
  referrer: string;
}

function hostOfUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}

/**
 * The host of the page a frame is shown in, or "" when it cannot be known: the top document's own when readable, else
 * the farthest ancestor's origin, else (in Firefox, which lists no ancestors) the embedding page's, from the referrer.
 */
export function topHostOf(place: FramePlace): string {
  if (place.top) return '';
  if (place.sameOriginTopHost !== null) return place.sameOriginTopHost;
  const ancestors = place.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return hostOfUrl(ancestors[ancestors.length - 1]!);
  return place.referrer ? hostOfUrl(place.referrer) : '';
}

function topHost(): string {
  const top = window === window.top;
  let sameOriginTopHost: string | null = null;
  if (!top) {
    try {
      sameOriginTopHost = window.top!.location.hostname;
    } catch {
      // Another site's page: its location cannot be read from here.
    }
  }
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins ?? null;
  return topHostOf({ top, sameOriginTopHost, ancestorOrigins: ancestors, referrer: document.referrer });
}

/**
 * The site mode that applies to this document: its own host's, unless it is a frame of a page whose site is switched
 * off ("Not on this site" means the whole tab the user sees, embedded widgets included).
 */
export function siteModeIn(settings: Readonly<Settings>, host: string, top: string): SiteMode {
  const own = siteMode(settings, host);
  if (own === 'never' || top === '' || top === host) return own;
  return siteMode(settings, top) === 'never' ? 'never' : own;
}

/** siteModeIn for this document. */
export function siteModeHere(settings: Readonly<Settings>): SiteMode {
  return siteModeIn(settings, pageHost(), topHost());
}
