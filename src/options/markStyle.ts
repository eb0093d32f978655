// The preview's mark look, as inline styles: pure, so it is tested in Node beside the page rules it copies.
import type { Settings } from '../settings/schema';

/**
 * The same look the content script gives marks (see highlightCss in src/content/highlighter.ts), including the tint
 * it draws instead of an underline where highlights paint no decorations (`decorations` false).
 */
export function markStyleFor(style: Settings['markStyle'], color: string, decorations = true): Record<string, string> {
  if (style === 'underline' && decorations) {
    return { textDecoration: `underline dotted ${color} 2px`, textUnderlineOffset: '3px' };
  }
  if (style === 'background' || style === 'underline') return { backgroundColor: `${color}2e`, borderRadius: '2px' };
  return {};
}
