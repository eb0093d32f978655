// The popup's strings: every key the code uses exists, and every link in the explainer prose resolves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chains, glossaryById } from '../../../src/data';
import { parseRich } from '../../../src/popup/rich';
import { chainByName } from '../../../src/popup/search';

const root = join(import.meta.dirname, '../../..');
const messages = JSON.parse(readFileSync(join(root, 'assets/_locales/en/popup.json'), 'utf8')) as Record<
  string,
  { message: string; description: string }
>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('popup strings', () => {
  it('are well-formed message entries with popup-prefixed keys', () => {
    for (const [key, value] of Object.entries(messages)) {
      expect(key).toMatch(/^popup[A-Z][A-Za-z0-9_]*$/);
      expect(value.message.length, key).toBeGreaterThan(0);
      expect(value.description.length, key).toBeGreaterThan(0);
    }
  });

  it('cover every key the popup code uses, and nothing else', () => {
    const used = new Set<string>();
    for (const file of sources(join(root, 'src/popup'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]((?:popup)[A-Z][A-Za-z0-9_]*)['"`]/g)) used.add(m[1]!);
    }
    expect([...used].filter((k) => !messages[k])).toEqual([]);
    expect(Object.keys(messages).filter((k) => !used.has(k))).toEqual([]);
  });

  it('leave no markup in what a reader sees (a link inside emphasis is not read as a link)', () => {
    const leftover: string[] = [];
    for (const [key, { message }] of Object.entries(messages)) {
      for (const s of parseRich(message)) {
        const shown = s.type === 'chain' || s.type === 'term' ? s.label : s.text;
        if (/\[\[|\]\]|\{\{|\}\}|\*\*/.test(shown)) leftover.push(`${key}: ${shown}`);
      }
    }
    expect(leftover).toEqual([]);
  });

  it('link every chain name in the explainer to a chain in the dataset', () => {
    const unresolved: string[] = [];
    for (const { message } of Object.values(messages)) {
      for (const s of parseRich(message)) if (s.type === 'chain' && !chainByName(chains, s.name)) unresolved.push(s.name);
    }
    expect(unresolved).toEqual([]);
  });

  it('leave no dataset chain name in the explainer unlinked', () => {
    const bare: string[] = [];
    const names = chains.flatMap((c) => [c.name, ...c.aliases.filter((a) => a.length > 3 && !c.ambiguous?.includes(a))]);
    for (const [key, { message }] of Object.entries(messages)) {
      if (!/^popup(L1|L2|L3|Limits|Trilemma|Highway|Rollup|Better|Future|Beyond)/.test(key)) continue;
      const text = parseRich(message)
        .filter((s) => s.type === 'text' || s.type === 'strong')
        .map((s) => (s.type === 'text' || s.type === 'strong' ? s.text : ''))
        .join(' ');
      for (const name of names) if (new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)) bare.push(`${key}: ${name}`);
    }
    expect(bare).toEqual([]);
  });

  it('link glossary terms that exist', () => {
    const missing = new Set<string>();
    for (const { message } of Object.values(messages)) {
      for (const s of parseRich(message)) if (s.type === 'term' && !glossaryById(s.termId)) missing.add(s.termId);
    }
    expect([...missing]).toEqual([]);
  });
});
