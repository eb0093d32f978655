// Export to a JSON file, import one (the whole file is checked first; a bad file changes nothing and its problems are
// listed), and reset to defaults after a confirmation.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportSettings, importSettings, resetSettings } from '../settings/storage';
import type { Settings } from '../settings/schema';
import type { SettingsProblem } from '../settings/validate';
import { t } from '../ui/i18n';
import { downloadText, exportFileName } from './download';
import type { OptionsContext } from './model';
import { ProblemList } from './ProblemList';

type Notice = { kind: 'done'; text: string } | { kind: 'problems'; fileName: string; problems: SettingsProblem[] } | null;

/** Told on the options page when an import or a reset starts: the other's message is then out of date. */
const BACKUP_ACTION = 'layerlens-backup-action';

/**
 * Clears a message of what an import or a reset did once it is out of date: the settings were changed since (by
 * hand, or on another page), or the other action started. `shownFor` holds the settings the message was about, as
 * JSON: the storage's echo of the same settings is another object.
 */
function useStaleMessage(settings: Settings, shownFor: { current: string | null }, own: string, clear: () => void): () => void {
  useEffect(() => {
    if (shownFor.current !== null && JSON.stringify(settings) !== shownFor.current) {
      shownFor.current = null;
      clear();
    }
  }, [settings]);
  useEffect(() => {
    const other = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== own) clear();
    };
    document.addEventListener(BACKUP_ACTION, other);
    return () => document.removeEventListener(BACKUP_ACTION, other);
  }, []);
  return () => document.dispatchEvent(new CustomEvent(BACKUP_ACTION, { detail: own }));
}

export function ExportImport({ settings, replace }: Pick<OptionsContext, 'settings' | 'replace'>) {
  const [notice, setNotice] = useState<Notice>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const shownFor = useRef<string | null>(null);
  const started = useStaleMessage(settings, shownFor, 'import', () => setNotice(null));

  const doExport = async () => {
    downloadText(exportFileName(), await exportSettings());
  };

  const doImport = async (file: File | undefined) => {
    if (!file) return;
    started();
    shownFor.current = null;
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
      shownFor.current = JSON.stringify(result.settings);
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

export function Reset({ settings, replace }: Pick<OptionsContext, 'settings' | 'replace'>) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const shownFor = useRef<string | null>(null);
  const started = useStaleMessage(settings, shownFor, 'reset', () => setDone(false));
  const cancelButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    started();
    const defaults = await resetSettings();
    replace(defaults);
    shownFor.current = JSON.stringify(defaults);
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
