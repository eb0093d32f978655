// Filtering the options page by a search query. Pure.

export interface Searchable {
  /** The words a user may look for: labels, help texts, option names. */
  texts: readonly string[];
}

/** Lowercase, without accents, with runs of space collapsed. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Other words people look for the same setting by: spellings (color, colour), and what they call a thing when the page
 * names it otherwise (a "highlight" is a mark, "disable" is switching off, a "font" is the text size). Each group is
 * searched as one: a query word that starts one of them matches any of them.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['colour', 'color'],
  ['grey', 'gray'],
  ['behaviour', 'behavior'],
  // Not "underline": the mark style says it, and as "mark" it found every setting about marking.
  ['mark', 'highlight'],
  ['off', 'disable', 'deactivate', 'turn off', 'pause', 'block'],
  ['on', 'enable', 'activate'],
  ['text size', 'font', 'zoom'],
  ['theme', 'dark', 'light', 'night', 'appearance'],
  ['site', 'domain', 'website'],
  ['tooltip', 'popover', 'card'],
  ['backup', 'export', 'import'],
  ['l1', 'layer 1'],
  ['l2', 'layer 2'],
  ['l3', 'layer 3'],
];

/** Phrases read as one word before the query is split: "dark mode" is the dark theme, not every "mode". */
const PHRASES: readonly (readonly [RegExp, string])[] = [[/\b(dark|light|night) mode\b/g, '$1']];

/** The query word and every word it stands for (see SYNONYMS). */
function alternatives(word: string): string[] {
  const out = [word];
  for (const group of SYNONYMS) if (group.some((w) => w.startsWith(word))) out.push(...group);
  return out;
}

/** True when every word of the query occurs in the texts (an empty query matches everything). */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  let folded = foldText(query);
  for (const [phrase, word] of PHRASES) folded = folded.replace(phrase, word);
  const words = folded.split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(texts.join(' '));
  return words.every((word) => alternatives(word).some((w) => haystack.includes(w)));
}

/**
 * The sections with only their matching items; a section whose own title matches keeps all its items.
 * Sections with nothing left are dropped.
 */
export function filterSections<I extends Searchable, S extends { title: string; items: readonly I[] }>(
  sections: readonly S[],
  query: string,
): S[] {
  const out: S[] = [];
  for (const section of sections) {
    if (matchesQuery(query, [section.title])) {
      out.push(section);
      continue;
    }
    const items = section.items.filter((item) => matchesQuery(query, item.texts));
    if (items.length > 0) out.push({ ...section, items });
  }
  return out;
}
