// The host whose site rules apply to this document. A frame made from markup (<iframe srcdoc>, about:blank filled by
// its parent) has no host of its own but its creator's origin: the rules of the page the user sees apply to it.

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
