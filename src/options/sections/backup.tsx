// Backup: export, import, reset.
import { t } from '../../ui/i18n';
import { ExportImport, Reset } from '../Backup';
import type { OptionsContext, SectionDef } from '../model';

export function backupSection({ replace }: OptionsContext): SectionDef {
  return {
    id: 'backup',
    title: t('optionsBackup'),
    items: [
      {
        id: 'transfer',
        texts: [t('optionsExport'), t('optionsExportHelp'), t('optionsImport'), t('optionsImportHelp')],
        render: () => <ExportImport replace={replace} />,
      },
      {
        id: 'reset',
        texts: [t('optionsReset'), t('optionsResetHelp')],
        render: () => <Reset replace={replace} />,
      },
    ],
  };
}
