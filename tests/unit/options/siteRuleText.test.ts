// What the site rules editor says, read from the real English messages through the i18n mechanism the page uses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appendSiteRule } from '../../../src/settings/sites';
import { defaultSettings } from '../../../src/settings/schema';

const root = join(import.meta.dirname, '../../..');
const localesDir = join(root, 'assets/_locales');

function messagesOf(lang: string): Record<string, { message: string }> {
  const dir = join(localesDir, lang);
  return Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

const english = messagesOf('en');

/** browser.i18n.getMessage as the browsers do it for these messages: "$1"…"$9" are the substitutions; '' when missing. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return english[key]?.message.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '') ?? '';
}

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));

const { siteRuleErrorText, storedSiteRuleWarning } = await import('../../../src/options/siteRuleText');

describe('site rule messages', () => {
  it('a wildcard over a whole domain is refused with a message that names it and the rule to write instead', () => {
    const result = appendSiteRule(defaultSettings(), { pattern: '*.co.uk', mode: 'never' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = siteRuleErrorText(result);
    expect(text).toContain('*.co.uk');
    expect(text).toContain('example.co.uk');
    expect(text).not.toContain('$');
  });

  it('"*" points at the settings that pause Layerlens or mark only pages about crypto, by their labels', () => {
    const result = appendSiteRule(defaultSettings(), { pattern: '*', mode: 'never' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = siteRuleErrorText(result);
    for (const key of ['optionsEnabled', 'optionsDefaultSiteModeCrypto', 'optionsDefaultSiteMode']) {
      expect(text).toContain(`“${english[key]!.message}”`);
    }
  });

  it('a second rule for a site names the rule that is already there, as the user wrote it', () => {
    const settings = { ...defaultSettings(), siteRules: [{ pattern: 'www.xn--bcher-kva.de', mode: 'never' as const }] };
    const result = appendSiteRule(settings, { pattern: 'https://bücher.de/', mode: 'always' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(siteRuleErrorText(result)).toContain('www.bücher.de');
  });

  it('a stored rule over a whole domain is flagged; a rule for a site is not', () => {
    expect(storedSiteRuleWarning({ pattern: '*.com', mode: 'never' })).toContain('.com');
    expect(storedSiteRuleWarning({ pattern: '*.github.io', mode: 'never' })).toContain('.github.io');
    expect(storedSiteRuleWarning({ pattern: '*.example.com', mode: 'never' })).toBeNull();
    expect(storedSiteRuleWarning({ pattern: 'com', mode: 'never' })).toBeNull();
  });

  it('two stored rules for one site (imported: "www.example.org" and "example.org") are each flagged, naming the other', () => {
    const www = { pattern: 'www.example.org', mode: 'never' as const };
    const bare = { pattern: 'example.org', mode: 'always' as const };
    const rules = [www, bare, { pattern: 'other.example', mode: 'never' as const }];
    expect(storedSiteRuleWarning(www, rules)).toContain('example.org, the same site');
    expect(storedSiteRuleWarning(bare, rules)).toContain('www.example.org, the same site');
    expect(storedSiteRuleWarning(bare, rules)).toContain('On www.example.org the rule for www.example.org applies');
    expect(storedSiteRuleWarning(rules[2]!, rules)).toBeNull();
    // A wildcard's "www." is a real rule of its own ("*.www.example.org").
    expect(storedSiteRuleWarning({ pattern: '*.www.example.org', mode: 'never' }, [{ pattern: '*.example.org', mode: 'never' }])).toBeNull();
  });

  it('every message the editor can show exists in every locale', () => {
    const keys = [
      'optionsSiteRuleInvalid',
      'optionsSiteRuleTooBroad',
      'optionsSiteRuleEverySite',
      'optionsSiteRuleDuplicate',
      'optionsSiteRuleTooMany',
      'optionsSiteRuleTooBroadStored',
      'optionsSiteRuleTwinStored',
    ];
    const source = readFileSync(join(root, 'src/options/siteRuleText.ts'), 'utf8');
    const used = [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)].map((m) => m[1]!);
    expect(new Set(used)).toEqual(new Set([...keys, 'optionsEnabled', 'optionsDefaultSiteModeCrypto', 'optionsDefaultSiteMode']));
    for (const lang of readdirSync(localesDir)) {
      const messages = messagesOf(lang);
      for (const key of used) expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
    }
  });
});
