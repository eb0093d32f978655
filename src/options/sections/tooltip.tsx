// Tooltip: what opens it, how fast, which keys, and how it looks.
import type { HoldKey, TextSize, Theme, TriggerMode } from '../../settings/schema';
import { t } from '../../ui/i18n';
import { ChoiceGroup, Select } from '../controls';
import { HoverDelay } from '../HoverDelay';
import { holdKeyChoices } from '../labels';
import type { OptionsContext, SectionDef } from '../model';
import { Shortcuts } from '../Shortcuts';

export function tooltipSection({ settings, save }: OptionsContext): SectionDef {
  const triggers = [
    { value: 'hover' as const, label: t('optionsTriggerHover') },
    { value: 'hold-key' as const, label: t('optionsTriggerHoldKey') },
    // A click on a linked name is the page's: it follows the link (the tooltip does not take links over).
    { value: 'click' as const, label: t('optionsTriggerClick'), help: t('optionsTriggerClickHelp') },
  ];
  const keys = holdKeyChoices();
  const themes = [
    { value: 'auto' as const, label: t('optionsThemeAuto') },
    { value: 'light' as const, label: t('optionsThemeLight') },
    { value: 'dark' as const, label: t('optionsThemeDark') },
  ];
  const sizes = [
    { value: 'small' as const, label: t('optionsTextSmall') },
    { value: 'medium' as const, label: t('optionsTextMedium') },
    { value: 'large' as const, label: t('optionsTextLarge') },
  ];
  return {
    id: 'tooltip',
    title: t('optionsTooltip'),
    items: [
      {
        id: 'trigger',
        texts: [t('optionsTrigger'), ...triggers.map((c) => c.label)],
        render: () => (
          <ChoiceGroup<TriggerMode>
            name="triggerMode"
            legend={t('optionsTrigger')}
            value={settings.trigger.mode}
            choices={triggers}
            layout="list"
            onChange={(mode) => save({ trigger: { mode } })}
          />
        ),
      },
      {
        id: 'hoverDelay',
        texts: [t('optionsHoverDelay')],
        render: () => <HoverDelay settings={settings} save={save} />,
      },
      {
        id: 'holdKey',
        texts: [t('optionsHoldKey'), ...keys.map((c) => c.label)],
        render: () => (
          <Select<HoldKey>
            id="holdKey"
            label={t('optionsHoldKey')}
            value={settings.trigger.holdKey}
            choices={keys}
            disabled={settings.trigger.mode !== 'hold-key'}
            onChange={(holdKey) => save({ trigger: { holdKey } })}
          />
        ),
      },
      {
        id: 'shortcuts',
        texts: [t('optionsShortcuts'), t('optionsShortcutsChange', '')],
        render: () => <Shortcuts />,
      },
      {
        id: 'theme',
        texts: [t('optionsTheme'), ...themes.map((c) => c.label)],
        render: () => (
          <ChoiceGroup<Theme> name="theme" legend={t('optionsTheme')} value={settings.theme} choices={themes} onChange={(theme) => save({ theme })} />
        ),
      },
      {
        id: 'textSize',
        texts: [t('optionsTextSize'), ...sizes.map((c) => c.label)],
        render: () => (
          <ChoiceGroup<TextSize>
            name="textSize"
            legend={t('optionsTextSize')}
            value={settings.textSize}
            choices={sizes}
            onChange={(textSize) => save({ textSize })}
          />
        ),
      },
    ],
  };
}
