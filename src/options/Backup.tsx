// Export to a JSON file, import one (the whole file is checked first; a bad file changes nothing and its problems are
// listed), and reset to defaults after a confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportSettings, importSettings, resetSettings } from '../settings/storage';
import type { SettingsProblem } from '../settings/validate';
import { t } from '../ui/i18n';
import { downloadText, exportFileName } from './download';
import type { OptionsContext } from './model';
import { ProblemList } from './ProblemList';

type Notice = { kind: 'done'; text: string } | { kind: 'problems'; fileName: string; problems: SettingsProblem[] } | null;

export function ExportImport({ replace }: Pick<OptionsContext, 'replace'>) {
  const [notice, setNotice] = useState<Notice>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const doExport = async () => {
    downloadText(exportFileName(), await exportSettings());
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setNotice({ kind: 'problems', fileName: file.name, problems: [{ field: '(file)', code: 'json', reason: 'could not be read' }] });
      return;
    }
    const result = await importSettings(text);
    if (result.ok) {
      replace(result.settings);
      setNotice({ kind: 'done', text: t('optionsImportDone') });
    } else {
      setNotice({ kind: 'problems', fileName: file.name, problems: result.problems });
    }
  };

  return (
    <div class="backup">
      <div class="backup-row">
        <button type="button" class="button" id="export-settings" onClick={() => void doExport()}>
          {t('optionsExport')}
        </button>
        <p class="help">{t('optionsExportHelp')}</p>
      </div>
      <div class="backup-row">
        <input
          ref={fileInput}
          id="import-file"
          class="visually-hidden"
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const input = e.currentTarget;
            void doImport(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        <button type="button" class="button" id="import-settings" onClick={() => fileInput.current?.click()}>
          {t('optionsImport')}
        </button>
        <p class="help">{t('optionsImportHelp')}</p>
      </div>
      <div aria-live="polite">
        {notice?.kind === 'done' && <p class="notice">{notice.text}</p>}
      </div>
      {notice?.kind === 'problems' && <ProblemList fileName={notice.fileName} problems={notice.problems} />}
    </div>
  );
}

export function Reset({ replace }: Pick<OptionsContext, 'replace'>) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    replace(await resetSettings());
    setConfirming(false);
    setDone(true);
  };

  return (
    <div class="backup">
      {confirming ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="reset-question" class="confirm-question">
            {t('optionsResetConfirm')}
          </p>
          <div class="confirm-buttons">
            <button type="button" class="button danger" id="reset-confirm" onClick={() => void confirm()}>
              {t('optionsResetYes')}
            </button>
            <button type="button" class="button" ref={cancelButton} onClick={() => setConfirming(false)}>
              {t('optionsResetCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="backup-row">
          <button
            type="button"
            class="button"
            id="reset-settings"
            ref={resetButton}
            onClick={() => {
              setDone(false);
              setConfirming(true);
            }}
          >
            {t('optionsReset')}
          </button>
          <p class="help">{t('optionsResetHelp')}</p>
        </div>
      )}
      <div aria-live="polite">{done && <p class="notice">{t('optionsResetDone')}</p>}</div>
    </div>
  );
}
