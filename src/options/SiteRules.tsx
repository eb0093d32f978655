// The per-site rules editor: add, edit and remove host patterns and their modes. Each change is saved at once.
// New patterns are checked by sites.ts (no "*.com", one rule per site); a stored rule that fails today's checks is
// kept, still applies, and is flagged under its row.
import { useEffect, useState } from 'preact/hooks';
import type { Settings, SiteMode, SiteRule } from '../settings/schema';
import { hostForDisplay } from '../settings/punycode';
import { appendSiteRule, normalizeHostPattern, removeSiteRule, replaceSiteRule, sitePattern, type SiteRuleError } from '../settings/sites';
import { t } from '../ui/i18n';
import { Select } from './controls';
import { siteModeChoices } from './labels';
import type { OptionsContext } from './model';
import { siteRuleErrorText, storedSiteRuleWarning } from './siteRuleText';

function RuleRow(props: { rule: SiteRule; index: number; settings: Settings; save: OptionsContext['save']; onRemove: () => void }) {
  const { rule, index } = props;
  // Shown as the user wrote it ("bücher.de"), stored as the browser names hosts ("xn--bcher-kva.de").
  const shown = hostForDisplay(rule.pattern);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<SiteRuleError | null>(null);
  const id = `rule-${index}`;
  const warning = storedSiteRuleWarning(rule, props.settings.siteRules);
  const describedBy = [error && `${id}-error`, warning && `${id}-warning`].filter(Boolean).join(' ');

  const commit = () => {
    if (draft.trim() === shown || normalizeHostPattern(draft) === rule.pattern || sitePattern(draft) === rule.pattern) {
      setDraft(shown);
      setError(null);
      return;
    }
    const result = replaceSiteRule(props.settings, index, { pattern: draft, mode: rule.mode });
    if (!result.ok) {
      setError(result);
      return;
    }
    setError(null);
    const saved = result.settings.siteRules[index]?.pattern;
    setDraft(saved ? hostForDisplay(saved) : draft);
    props.save({ siteRules: result.settings.siteRules });
  };
  const setMode = (mode: SiteMode) => {
    const result = replaceSiteRule(props.settings, index, { pattern: rule.pattern, mode });
    if (result.ok) props.save({ siteRules: result.settings.siteRules });
  };

  return (
    <li class="rule">
      <div class="rule-fields">
        <input
          id={`${id}-pattern`}
          class="rule-pattern"
          type="text"
          spellcheck={false}
          autocomplete="off"
          value={draft}
          aria-label={t('optionsSiteRulePatternFor', shown)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(shown);
              setError(null);
            }
          }}
        />
        <Select
          id={`${id}-mode`}
          label={t('optionsSiteRuleModeFor', shown)}
          hideLabel
          value={rule.mode}
          choices={siteModeChoices()}
          onChange={setMode}
        />
        <button
          type="button"
          class="button quiet"
          aria-label={t('optionsSiteRuleRemoveFor', shown)}
          onClick={props.onRemove}
        >
          {t('optionsSiteRuleRemove')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {siteRuleErrorText(error)}
        </p>
      )}
      {warning && (
        <p id={`${id}-warning`} class="field-warning">
          {warning}
        </p>
      )}
    </li>
  );
}

export function SiteRules({ settings, save }: Pick<OptionsContext, 'settings' | 'save'>) {
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<SiteMode>('never');
  const [error, setError] = useState<SiteRuleError | null>(null);
  // After "Remove", focus goes to the rule that moved up into its place, or to the new-rule field: not to <body>.
  const [focusRuleAt, setFocusRuleAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusRuleAt === null) return;
    setFocusRuleAt(null);
    (document.getElementById(`rule-${focusRuleAt}-pattern`) ?? document.getElementById('rule-new-pattern'))?.focus();
  }, [focusRuleAt]);

  const remove = (rule: SiteRule, index: number) => {
    save({ siteRules: removeSiteRule(settings, rule.pattern).siteRules });
    setFocusRuleAt(index);
  };

  const add = (e: Event) => {
    e.preventDefault();
    const result = appendSiteRule(settings, { pattern, mode });
    if (!result.ok) {
      setError(result);
      return;
    }
    setError(null);
    setPattern('');
    save({ siteRules: result.settings.siteRules });
  };

  return (
    <div class="site-rules">
      {settings.siteRules.length === 0 ? (
        <p class="empty">{t('optionsSiteRulesEmpty')}</p>
      ) : (
        <ul class="rules" aria-label={t('optionsSiteRules')}>
          {settings.siteRules.map((rule, index) => (
            <RuleRow
              key={`${rule.pattern}|${index}`}
              rule={rule}
              index={index}
              settings={settings}
              save={save}
              onRemove={() => remove(rule, index)}
            />
          ))}
        </ul>
      )}
      <form class="rule-add" onSubmit={add} noValidate>
        <div class="rule-fields">
          <label for="rule-new-pattern" class="visually-hidden">
            {t('optionsSiteRuleNew')}
          </label>
          <input
            id="rule-new-pattern"
            class="rule-pattern"
            type="text"
            spellcheck={false}
            autocomplete="off"
            placeholder="example.com"
            value={pattern}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'rule-new-error' : undefined}
            onInput={(e) => {
              setPattern(e.currentTarget.value);
              setError(null);
            }}
          />
          <Select id="rule-new-mode" label={t('optionsSiteRuleNewMode')} hideLabel value={mode} choices={siteModeChoices()} onChange={setMode} />
          <button type="submit" class="button">
            {t('optionsSiteRuleAdd')}
          </button>
        </div>
        {error && (
          <p id="rule-new-error" class="field-error" role="alert">
            {siteRuleErrorText(error)}
          </p>
        )}
      </form>
    </div>
  );
}
