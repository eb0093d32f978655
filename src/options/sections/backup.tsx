// Backup: export, import, reset.
import { t } from '../../ui/i18n';
import { ExportImport, Reset } from '../Backup';
import type { OptionsContext, SectionDef } from '../model';

export function backupSection({ settings, replace }: OptionsContext): SectionDef {
  return {
    id: 'backup',
    title: t('optionsBackup'),
    items: [
      {
        id: 'transfer',
        texts: [t('optionsExport'), t('optionsExportHelp'), t('optionsImport'), t('optionsImportHelp')],
        render: () => <ExportImport settings={settings} replace={replace} />,
      },
      {
        id: 'reset',
        texts: [t('optionsReset'), t('optionsResetHelp')],
        render: () => <Reset settings={settings} replace={replace} />,
      },
    ],
  };
}
