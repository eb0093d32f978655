// Which host names are public suffixes: names under which anyone can register a site of their own ("com", "co.uk",
// "github.io"). A site rule "*.<public suffix>" would cover the sites of countless unrelated owners, so the editor
// refuses it (see checkNewSitePattern in sites.ts).
//
// Limits, on purpose: there is no network access and no public-suffix-list package in Layerlens, and bundling the
// whole Public Suffix List (~10,000 entries, updated weekly) for one editor check is not worth its weight. So this is
// a small, hand-picked approximation:
//  - every single-label name is treated as a top-level domain ("com", "uk", "xn--p1ai"), except a few private
//    namespaces that only ever name machines of one network ("localhost", "test", "internal", "lan"…);
//  - two-label names "<generic>.<two-letter country>" ("co.uk", "com.au", "ac.jp", "gov.br"…) are treated as the
//    country's registry suffixes: most country registries use exactly these, and a registrable name such as
//    "co.de" rarely needs a wildcard rule;
//  - plus an explicit list of the other common registry suffixes ("me.uk", "gr.jp"…) and of the common hosting
//    platforms where each subdomain is somebody else's site ("github.io", "blogspot.com", "vercel.app"…).
// Suffixes not covered here (deeper ones such as "pvt.k12.ma.us", the PSL's own wildcard rules, new platforms) pass
// the check: the check catches the common mistakes, it does not promise to catch every one.

/** Single labels that are not top-level domains on the public internet: reserved (RFC 2606, 6761, 6762, ICANN) or
 * common private network names. A wildcard over one of these covers only the user's own machines. */
const PRIVATE_NAMESPACES: ReadonlySet<string> = new Set([
  'localhost',
  'local',
  'test',
  'example',
  'invalid',
  'internal',
  'lan',
  'home',
  'corp',
  'intranet',
  'private',
]);

/** Second-level labels that country registries use for their public categories ("co.uk", "com.au", "go.jp"). */
const GENERIC_SECOND_LEVEL: ReadonlySet<string> = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'govt',
  'mil',
  'co',
  'ac',
  'or',
  'ne',
  'go',
  'gob',
  'gouv',
  'nom',
]);

/** Other common public suffixes of two or more labels: registry categories, then hosting platforms. */
const LISTED: ReadonlySet<string> = new Set([
  // Registries (ICANN section of the Public Suffix List) whose categories are not "<generic>.<cc>".
  'me.uk', 'ltd.uk', 'plc.uk', 'sch.uk', 'nhs.uk', 'police.uk',
  'asn.au', 'id.au',
  'geek.nz', 'gen.nz', 'kiwi.nz', 'maori.nz', 'school.nz',
  'gr.jp', 'ed.jp', 'lg.jp', 'ad.jp',
  're.kr',
  'idv.tw', 'idv.hk',
  'firm.in', 'gen.in', 'ind.in', 'res.in',
  'web.za',
  'gen.tr', 'biz.tr', 'info.tr', 'web.tr',
  'muni.il',
  'in.ua',
  'biz.id', 'my.id', 'web.id',
  'in.th',
  'gv.at',
  // Hosting platforms (private section of the Public Suffix List): every subdomain is a different person's site.
  'github.io', 'githubusercontent.com', 'gitlab.io', 'codeberg.page', 'sourceforge.io', 'readthedocs.io',
  'blogspot.com', 'neocities.org', 'glitch.me', 'surge.sh', 'now.sh',
  'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev', 'deno.dev', 'fly.dev', 'onrender.com',
  'web.app', 'firebaseapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net',
  'myshopify.com', 'ngrok.io', 'ngrok-free.app', 'repl.co', 'eu.org',
]);

/**
 * Whether a (normalised, lowercase, punycode) host name is a public suffix by the approximation above: "com", "co.uk",
 * "github.io" are; "example.com", "example.co.uk", "me.github.io", "localhost" are not.
 */
export function isPublicSuffix(host: string): boolean {
  const labels = host.split('.');
  if (labels.length === 1) return !PRIVATE_NAMESPACES.has(host);
  if (LISTED.has(host)) return true;
  return labels.length === 2 && GENERIC_SECOND_LEVEL.has(labels[0]!) && /^[a-z]{2}$/.test(labels[1]!);
}
