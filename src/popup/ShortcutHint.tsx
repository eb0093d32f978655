// One short line under "On this page": the key that explains a selected name, and a way to change it.
import { t } from '../ui/i18n';
import { EXPLAIN_COMMAND, openShortcutSettings, thisBrowsersShortcutSettings, useShortcuts } from '../ui/shortcuts';

export function ShortcutHint() {
  const explain = useShortcuts()?.find((s) => s.name === EXPLAIN_COMMAND);
  if (!explain) return null;
  // The place is too long for the line: the button says it on hover and to screen readers.
  const where = t('popupShortcutChangeWhere', thisBrowsersShortcutSettings());
  return (
    <p class="hint shortcut-hint">
      {explain.keys ? t('popupShortcutHint', explain.keys) : t('popupShortcutUnset')}{' '}
      <button type="button" class="link-button" title={where} onClick={() => void openShortcutSettings()}>
        {t('popupShortcutChange')}
      </button>
    </p>
  );
}
