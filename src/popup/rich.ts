// Explainer prose with links, kept in plain localized strings (no HTML):
//   [[Arbitrum One]]          a chain, linked to its directory entry (resolved by name or alias)
//   [[Polygon|Polygon PoS]]   shown as "Polygon", resolved as "Polygon PoS"
//   {{data availability|data-availability}}   a glossary term, linked to its entry
//   **text**                  emphasis
export type RichSegment =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'chain'; label: string; name: string }
  | { type: 'term'; label: string; termId: string };

const TOKEN = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\{\{([^}|]+)\|([^}]+)\}\}|\*\*([^*]+)\*\*/g;

export function parseRich(text: string): RichSegment[] {
  const out: RichSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const index = m.index ?? 0;
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) });
    if (m[1] !== undefined) out.push({ type: 'chain', label: m[1], name: m[2] ?? m[1] });
    else if (m[3] !== undefined && m[4] !== undefined) out.push({ type: 'term', label: m[3], termId: m[4].trim() });
    else if (m[5] !== undefined) out.push({ type: 'strong', text: m[5] });
    last = index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** The text a reader sees, markup removed (for aria labels and tests). */
export function plainText(text: string): string {
  return parseRich(text)
    .map((s) => (s.type === 'chain' || s.type === 'term' ? s.label : s.text))
    .join('');
}
