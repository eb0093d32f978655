// Firefox makes host access opt-in for Manifest V3 extensions: until the user grants it, our content script
// runs nowhere. Say so plainly and ask, from a click (permissions.request needs a user gesture).
// In Chrome access comes with the install, so this shows nothing there.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';

/** The pages our content script asks to read: the manifest's own matches, so there is one source of truth. */
function contentOrigins(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return [...new Set(scripts.flatMap((s) => s.matches ?? []))];
}

export function HostAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const origins = contentOrigins();
    const check = () =>
      browser.permissions.contains({ origins }).then(setGranted, () => setGranted(true));
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  if (granted !== false) return null;
  const ask = () => {
    // Called straight from the click: the browser only shows its prompt for a user action.
    browser.permissions.request({ origins: contentOrigins() }).then(
      (ok) => {
        setGranted(ok);
        setRefused(!ok);
      },
      () => setRefused(true),
    );
  };
  return (
    <section class="host-access" aria-labelledby="host-access-title">
      <h2 id="host-access-title">{t('popupHostAccessTitle')}</h2>
      <p>{t('popupHostAccessText')}</p>
      <button type="button" class="host-access-button" onClick={ask}>
        {t('popupHostAccessButton')}
      </button>
      {refused && <p role="status">{t('popupHostAccessRefused')}</p>}
    </section>
  );
}
