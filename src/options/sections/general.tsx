// General: the global pause, where to mark by default, and the per-site rules.
import type { DefaultSiteMode } from '../../settings/schema';
import { t } from '../../ui/i18n';
import { ChoiceGroup, Group, Toggle } from '../controls';
import { defaultSiteModeChoices, siteModeChoices } from '../labels';
import type { OptionsContext, SectionDef } from '../model';
import { SiteRules } from '../SiteRules';

export function generalSection({ settings, save }: OptionsContext): SectionDef {
  const defaultModes = defaultSiteModeChoices();
  return {
    id: 'general',
    title: t('optionsGeneral'),
    items: [
      {
        id: 'enabled',
        texts: [t('optionsEnabled'), t('optionsEnabledHelp')],
        render: () => (
          <Toggle
            id="enabled"
            label={t('optionsEnabled')}
            help={t('optionsEnabledHelp')}
            checked={settings.enabled}
            onChange={(enabled) => save({ enabled })}
          />
        ),
      },
      {
        id: 'defaultSiteMode',
        texts: [t('optionsDefaultSiteMode'), ...defaultModes.map((c) => c.label)],
        render: () => (
          <ChoiceGroup<DefaultSiteMode>
            name="defaultSiteMode"
            legend={t('optionsDefaultSiteMode')}
            value={settings.defaultSiteMode}
            choices={defaultModes}
            onChange={(defaultSiteMode) => save({ defaultSiteMode })}
          />
        ),
      },
      {
        id: 'siteRules',
        texts: [
          t('optionsSiteRules'),
          t('optionsSiteRulesHelp'),
          ...siteModeChoices().map((c) => c.label),
          ...settings.siteRules.map((r) => r.pattern),
        ],
        render: () => (
          <Group legend={t('optionsSiteRules')} help={t('optionsSiteRulesHelp')}>
            <SiteRules settings={settings} save={save} />
          </Group>
        ),
      },
    ],
  };
}
