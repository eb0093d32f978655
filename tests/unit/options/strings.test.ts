// Options strings that point at another part of Layerlens name it as that part labels itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const messages = (part: string) =>
  JSON.parse(readFileSync(join(root, `assets/_locales/en/${part}.json`), 'utf8')) as Record<string, { message: string }>;

describe('options strings', () => {
  it('the empty site-rules list names the popup\'s site switch by its label', () => {
    // "On for $1" in the popup: the text before the host is what a user sees on the switch.
    const switchLabel = messages('popup').popupQuickSite!.message.split('$1')[0]!.trim();
    expect(switchLabel.length).toBeGreaterThan(0);
    expect(messages('options').optionsSiteRulesEmpty!.message).toContain(`“${switchLabel}`);
  });

  it('"No mark" says cards still open on hover, and names the trigger choices that open them only when asked', () => {
    // An outside review read "No mark" as "no cards" and found nothing to say otherwise.
    const options = messages('options');
    const help = options.optionsMarkNoneHelp!.message;
    expect(help).toContain('hovering one still opens its card');
    const source = readFileSync(join(root, 'src/options/MarkLook.tsx'), 'utf8');
    expect(source).toMatch(/t\('optionsMarkNoneHelp', \[t\('optionsTriggerHoldKey'\), t\('optionsTriggerClick'\), t\('optionsTrigger'\)\]\)/);
    expect(source).toMatch(/value: 'none', label: t\('optionsMarkNone'\), help: noneHelp\(\)/);
  });
});
