// What to mark: which layers, first or every mention, how sure detection must be, tickers.
import type { LayerSettings, MentionMode } from '../../settings/schema';
import type { Sensitivity } from '../../detect/types';
import { t } from '../../ui/i18n';
import { Checkbox, ChoiceGroup, Group, Toggle } from '../controls';
import type { OptionsContext, SectionDef } from '../model';

export function markingSection({ settings, save }: OptionsContext): SectionDef {
  const layers: { key: keyof LayerSettings; label: string }[] = [
    { key: 'l1', label: t('optionsLayerL1') },
    { key: 'l2', label: t('optionsLayerL2') },
    { key: 'l3', label: t('optionsLayerL3') },
    { key: 'shutDown', label: t('optionsLayerShutDown') },
  ];
  const mentions = [
    { value: 'first' as const, label: t('optionsMentionsFirst') },
    { value: 'all' as const, label: t('optionsMentionsAll') },
  ];
  const sensitivities = [
    { value: 'strict' as const, label: t('optionsSensitivityStrict'), help: t('optionsSensitivityStrictHelp') },
    { value: 'balanced' as const, label: t('optionsSensitivityBalanced'), help: t('optionsSensitivityBalancedHelp') },
    { value: 'everywhere' as const, label: t('optionsSensitivityEverywhere'), help: t('optionsSensitivityEverywhereHelp') },
  ];
  return {
    id: 'what',
    title: t('optionsWhat'),
    items: [
      {
        id: 'layers',
        texts: [t('optionsLayers'), ...layers.map((l) => l.label)],
        render: () => (
          <Group legend={t('optionsLayers')}>
            {layers.map(({ key, label }) => (
              <Checkbox
                key={key}
                id={`layers-${key}`}
                label={label}
                checked={settings.layers[key]}
                onChange={(on) => save({ layers: { [key]: on } })}
              />
            ))}
          </Group>
        ),
      },
      {
        id: 'mentions',
        texts: [t('optionsMentions'), ...mentions.map((c) => c.label)],
        render: () => (
          <ChoiceGroup<MentionMode>
            name="mentions"
            legend={t('optionsMentions')}
            value={settings.mentions}
            choices={mentions}
            onChange={(value) => save({ mentions: value })}
          />
        ),
      },
      {
        id: 'sensitivity',
        texts: [t('optionsSensitivity'), ...sensitivities.flatMap((c) => [c.label, c.help])],
        render: () => (
          <ChoiceGroup<Sensitivity>
            name="sensitivity"
            legend={t('optionsSensitivity')}
            value={settings.sensitivity}
            choices={sensitivities}
            layout="list"
            onChange={(sensitivity) => save({ sensitivity })}
          />
        ),
      },
      {
        id: 'tickers',
        texts: [t('optionsTickers'), t('optionsTickersHelp')],
        render: () => (
          <Toggle
            id="tickers"
            label={t('optionsTickers')}
            help={t('optionsTickersHelp')}
            checked={settings.tickers}
            onChange={(tickers) => save({ tickers })}
          />
        ),
      },
    ],
  };
}
