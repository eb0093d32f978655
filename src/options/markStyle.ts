// The preview's mark look, as inline styles: pure, so it is tested in Node beside the page rules it copies.
import type { Settings } from '../settings/schema';
import { drawnMarkStyle } from '../ui/engine';

/**
 * The same look the content script gives marks (see highlightCss in src/content/highlighter.ts), including the tint
 * it draws instead of an underline where highlights paint no decorations (`decorations` false).
 */
export function markStyleFor(style: Settings['markStyle'], color: string, decorations = true): Record<string, string> {
  const drawn = drawnMarkStyle(style, decorations);
  if (drawn === 'underline') return { textDecoration: `underline dotted ${color} 2px`, textUnderlineOffset: '3px' };
  if (drawn === 'background') return { backgroundColor: `${color}2e`, borderRadius: '2px' };
  return {};
}
