// What the browser we run in can draw, where no feature test can tell: shared by the content script (how marks are
// drawn) and the options page (so its preview and help show what the user will really see).
import type { MarkStyle } from '../settings/schema';

/**
 * Whether ::highlight() paints text-decoration here. Firefox painted only colours and backgrounds in highlights
 * before 146, so an underline look would mark nothing there; told by the user agent, as no feature test shows it.
 */
export function paintsDecorations(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return !firefox || Number(firefox[1]) >= 146;
}

/** The look marks are really drawn with: where highlights paint no underline, the underline look is drawn as the tint. */
export function drawnMarkStyle(style: MarkStyle, decorations: boolean): MarkStyle {
  return style === 'underline' && !decorations ? 'background' : style;
}
