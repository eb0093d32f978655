// What the options page says about the stored settings themselves: written by a newer Layerlens (kept as they are),
// or repaired on load (which fields went back to their defaults, and why). Console warnings alone reached nobody.
import { useEffect, useState } from 'preact/hooks';
import { dismissRepairs, settingsHealth, type SettingsHealth } from '../settings/storage';
import { t } from '../ui/i18n';
import { problemLabel } from './labels';

export function SettingsNotice() {
  const [health, setHealth] = useState<SettingsHealth | null>(null);

  useEffect(() => {
    let live = true;
    void settingsHealth().then((h) => {
      if (live) setHealth(h);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!health) return null;
  if (health.future) {
    return (
      <div class="settings-notice" role="status" data-testid="settings-future">
        <p class="settings-notice-title">{t('optionsFutureTitle')}</p>
        <p>{t('optionsFutureText')}</p>
      </div>
    );
  }
  if (!health.repaired.length) return null;
  const dismiss = () => {
    setHealth({ future: false, repaired: [] });
    void dismissRepairs().catch(() => undefined);
  };
  return (
    <div class="settings-notice" role="status" data-testid="settings-repaired">
      <p class="settings-notice-title">{t('optionsRepairedTitle')}</p>
      <ul>
        {health.repaired.map((problem, i) => (
          <li key={`${problem.field}|${i}`}>
            <code class="problem-field">{problem.field}</code> <span class="problem-kind">{problemLabel(problem.code)}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="button" onClick={dismiss}>
        {t('optionsRepairedDismiss')}
      </button>
    </div>
  );
}
