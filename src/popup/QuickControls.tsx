// Quick controls: Layerlens on/off for this site, pause everywhere, and the way to the options page.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { SettingsPatch } from '../settings/patch';
import { hostForDisplay } from '../settings/punycode';
import type { Settings } from '../settings/schema';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/storage';
import { t } from '../ui/i18n';
import { sitePattern } from '../settings/sites';
import { isSiteOn, ownSiteMode, readRulesBeforeOff, setSiteOn } from './format';

/** Session storage key: each host's own rule from before the popup switched it off (see readRulesBeforeOff). */
const RULES_BEFORE_OFF = 'siteRulesBeforeOff';

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

  /** Saves a change; when storage refuses it, the switches fall back to what is really stored. */
  const save = async (patch: () => Promise<SettingsPatch>) => {
    try {
      setSettings(await saveSettings(await patch()));
    } catch (error) {
      console.warn('[Layerlens] popup could not save settings', error);
      setSettings(await loadSettings());
    }
  };
  const toggleSite = (on: boolean) => {
    if (!host) return;
    void save(async () => {
      const current = await loadSettings();
      const pattern = sitePattern(host);
      const remembered = readRulesBeforeOff((await browser.storage.session.get(RULES_BEFORE_OFF).catch((): Record<string, unknown> => ({})))[RULES_BEFORE_OFF]);
      if (pattern) {
        // Off keeps the host's own rule ("only pages about crypto") for the session, so that on brings it back.
        const own = on ? null : ownSiteMode(current, host);
        const before = remembered[pattern] ?? null;
        delete remembered[pattern];
        if (own && own !== 'never') remembered[pattern] = own;
        await browser.storage.session.set({ [RULES_BEFORE_OFF]: remembered }).catch(() => undefined);
        return { siteRules: setSiteOn(current, host, on, on ? before : null).siteRules };
      }
      return { siteRules: setSiteOn(current, host, on).siteRules };
    });
  };
  const togglePause = (paused: boolean) => void save(async () => ({ enabled: !paused }));
  const openOptions = () => {
    void browser.runtime.openOptionsPage().catch(() => undefined);
  };

  const siteOn = settings && host ? isSiteOn(settings, host) : false;
  return (
    <footer class="quick" aria-label={t('popupQuickLabel')}>
      <Switch
        id="quick-site"
        label={host ? t('popupQuickSite', hostForDisplay(host)) : t('popupQuickSiteUnknown')}
        checked={siteOn}
        disabled={!settings || !host}
        onChange={toggleSite}
      />
      <Switch
        id="quick-pause"
        label={t('popupQuickPause')}
        checked={settings ? !settings.enabled : false}
        disabled={!settings}
        onChange={togglePause}
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
