// Marks: style and colour, with the live preview.
import { t } from '../../ui/i18n';
import { MarkLook, noneHelp } from '../MarkLook';
import type { OptionsContext, SectionDef } from '../model';

export function marksSection({ settings, save }: OptionsContext): SectionDef {
  return {
    id: 'marks',
    title: t('optionsMarks'),
    items: [
      {
        id: 'markLook',
        texts: [
          t('optionsMarkStyle'),
          t('optionsMarkUnderline'),
          t('optionsMarkBackground'),
          t('optionsMarkNone'),
          noneHelp(),
          t('optionsMarkColor'),
          t('optionsPreview'),
        ],
        render: () => <MarkLook settings={settings} save={save} />,
      },
    ],
  };
}
