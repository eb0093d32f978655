// Settings state for the options page: load once, follow changes from every other page, save each change at once.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { mergeSettings, type SettingsPatch } from '../settings/patch';
import type { Settings } from '../settings/schema';
import { loadSettings, NewerSettingsError, onSettingsChanged, saveSettings } from '../settings/storage';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'newer';

export function useSettings(): {
  settings: Settings | null;
  status: SaveStatus;
  save: (patch: SettingsPatch) => void;
  replace: (settings: Settings) => void;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then((loaded) => {
      if (!controller.signal.aborted) setSettings(loaded);
    });
    // While our own saves are in flight, their echoes would briefly undo newer local changes: skip them.
    onSettingsChanged((next) => {
      if (pending.current === 0) setSettings(next);
    }, controller.signal);
    return () => controller.abort();
  }, []);

  const save = useCallback((patch: SettingsPatch) => {
    setSettings((current) => (current ? mergeSettings(current, patch).settings : current));
    setStatus('saving');
    pending.current++;
    saveSettings(patch).then(
      (stored) => {
        pending.current--;
        if (pending.current === 0) {
          setSettings(stored);
          setStatus('saved');
        }
      },
      (error: unknown) => {
        pending.current--;
        console.warn('[Layerlens] saving a setting failed', error);
        setStatus(error instanceof NewerSettingsError ? 'newer' : 'error');
        // The controls go back to what is stored, not what could not be saved.
        if (pending.current === 0) void loadSettings().then(setSettings);
      },
    );
  }, []);

  const replace = useCallback((next: Settings) => {
    setSettings(next);
    setStatus('saved');
  }, []);

  return { settings, status, save, replace };
}
