// The keyboard shortcuts as the browser has them now, and where to change them: the browser owns them, not this page.
import { t } from '../ui/i18n';
import { thisBrowsersShortcutSettings, useShortcuts } from '../ui/shortcuts';

export function Shortcuts() {
  const shortcuts = useShortcuts();
  return (
    <div class="row">
      <p id="shortcuts-label" class="field-label">
        {t('optionsShortcuts')}
      </p>
      {shortcuts && shortcuts.length > 0 && (
        <ul class="shortcuts" aria-labelledby="shortcuts-label" data-testid="shortcuts">
          {shortcuts.map((s) => (
            <li key={s.name}>
              {s.keys ? <kbd>{s.keys}</kbd> : <span class="shortcut-unset">{t('optionsShortcutUnset')}</span>}{' '}
              {s.description}
            </li>
          ))}
        </ul>
      )}
      <p class="help">{t('optionsShortcutsChange', thisBrowsersShortcutSettings())}</p>
    </div>
  );
}
