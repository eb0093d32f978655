// The extension's own pages (options, popup) follow the theme setting: 'auto' leaves it to prefers-color-scheme;
// 'light' and 'dark' set :root[data-theme], which their stylesheets turn into a color-scheme (see options.css).
import type { Settings, Theme } from '../settings/schema';
import { loadSettings, onSettingsChanged } from '../settings/storage';

export function applyPageTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the stored theme now and whenever it changes (a page that reads no other setting). */
export function followThemeSetting(signal: AbortSignal, root: HTMLElement = document.documentElement): void {
  const apply = (settings: Settings) => applyPageTheme(settings.theme, root);
  loadSettings().then(apply, (error: unknown) => console.warn('[Layerlens] could not read the theme setting', error));
  onSettingsChanged(apply, signal);
}
