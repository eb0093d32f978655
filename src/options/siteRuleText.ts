// What the site rules editor says about a rule it refused, or about a stored rule it would no longer accept.
// Literal keys, so the build can check each one exists.
import { hostForDisplay } from '../settings/punycode';
import type { SiteRule } from '../settings/schema';
import { tooBroadSuffix, type SiteRuleError } from '../settings/sites';
import { t } from '../ui/i18n';

/** Why a new or edited rule was not saved. */
export function siteRuleErrorText(error: SiteRuleError): string {
  switch (error.reason) {
    case 'invalid-pattern':
    case 'no-such-rule':
      return t('optionsSiteRuleInvalid');
    case 'too-broad':
      // "*" names no suffix: point at the settings that do what a rule for every site would.
      return error.suffix === ''
        ? t('optionsSiteRuleEverySite', [t('optionsEnabled'), t('optionsDefaultSiteModeCrypto'), t('optionsDefaultSiteMode')])
        : t('optionsSiteRuleTooBroad', hostForDisplay(error.suffix));
    case 'duplicate':
      return t('optionsSiteRuleDuplicate', hostForDisplay(error.existing));
    case 'too-many':
      return t('optionsSiteRuleTooMany');
  }
}

/**
 * A warning for a stored rule the editor would refuse today ("*.com", or a second rule for one site, "www.example.org"
 * beside "example.org"; saved before the check or imported): it is kept and still applies (dropping it would silently
 * change where Layerlens runs), but the user should see what it does.
 */
export function storedSiteRuleWarning(rule: Readonly<SiteRule>, rules: readonly Readonly<SiteRule>[] = []): string | null {
  const suffix = tooBroadSuffix(rule.pattern);
  if (suffix !== null) return t('optionsSiteRuleTooBroadStored', hostForDisplay(suffix));
  if (rule.pattern.startsWith('*.')) return null;
  const bare = rule.pattern.replace(/^www\./, '');
  const twin = rules.find((other) => other !== rule && other.pattern !== rule.pattern && other.pattern.replace(/^www\./, '') === bare);
  if (!twin) return null;
  // The www. rule is the more specific: it applies on www., the other everywhere else on the site.
  const www = rule.pattern.startsWith('www.') ? rule : twin;
  return t('optionsSiteRuleTwinStored', [hostForDisplay(twin.pattern), hostForDisplay(www.pattern)]);
}
