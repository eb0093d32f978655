// The options page follows the theme setting: 'auto' leaves it to prefers-color-scheme (see options.css).
import type { Theme } from '../settings/schema';

export function applyPageTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
