// Quick controls: Layerlens on/off for this site, pause everywhere, and the way to the options page.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/storage';
import { t } from '../ui/i18n';
import { isSiteOn, setSiteOn } from './format';

function Switch(props: { id: string; label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class={`switch${props.disabled ? ' is-disabled' : ''}`} for={props.id} title={props.label}>
      <input
        id={props.id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-label">{props.label}</span>
    </label>
  );
}

export function QuickControls({ host }: { host: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((s) => {
      if (!controller.signal.aborted) setSettings(s);
    });
    onSettingsChanged(setSettings, controller.signal);
    return () => controller.abort();
  }, []);

  const toggleSite = async (on: boolean) => {
    if (!host) return;
    const current = await loadSettings();
    setSettings(await saveSettings({ siteRules: setSiteOn(current, host, on).siteRules }));
  };
  const togglePause = async (paused: boolean) => setSettings(await saveSettings({ enabled: !paused }));
  const openOptions = () => {
    void browser.runtime.openOptionsPage().catch(() => undefined);
  };

  const siteOn = settings && host ? isSiteOn(settings, host) : false;
  return (
    <footer class="quick" aria-label={t('popupQuickLabel')}>
      <Switch
        id="quick-site"
        label={host ? t('popupQuickSite', host) : t('popupQuickSiteUnknown')}
        checked={siteOn}
        disabled={!settings || !host}
        onChange={(on) => void toggleSite(on)}
      />
      <Switch
        id="quick-pause"
        label={t('popupQuickPause')}
        checked={settings ? !settings.enabled : false}
        disabled={!settings}
        onChange={(paused) => void togglePause(paused)}
      />
      <button type="button" class="options-button" onClick={openOptions} title={t('popupQuickOptions')}>
        <svg viewBox="0 0 20 20" aria-hidden="true" class="icon">
          <path d="M8.6 2h2.8l.4 2.2 1.5.8 2.1-.8 1.4 2.4-1.7 1.5v1.8l1.7 1.5-1.4 2.4-2.1-.8-1.5.8-.4 2.2H8.6l-.4-2.2-1.5-.8-2.1.8-1.4-2.4 1.7-1.5V8.1L3.2 6.6l1.4-2.4 2.1.8 1.5-.8zM10 7.2a2.8 2.8 0 1 0 0 5.6 2.8 2.8 0 0 0 0-5.6z" />
        </svg>
        <span class="sr-only">{t('popupQuickOptions')}</span>
      </button>
    </footer>
  );
}
