// Which side of a name the card goes on, and how big it may be there. Pure: the controller measures, this decides.
//
// Below or above the name, never beside it while either side has room: beside it, the card covers the rest of the
// line being read. The side is chosen here and the card capped to it before placing: floating-ui's flip() judges a
// side by the card's full height (up to 520 px), so on a laptop screen neither side "fitted" and the card went
// sideways, and shifting a card taller than its side slid it back over the name.
//
// On a short viewport (200% zoom in a small window: 400x300 CSS px) neither side has that room. Then the card goes
// where the most of it shows: beside the name if a side is wide enough, else above or below, its body scrolling.
// Wherever it goes it is capped to that side's room and never slid across the name: a card over the name it
// explains hides the very word the reader asked about.
import type { Placement } from '@floating-ui/dom';

/** Height (px) above or below a name that is worth putting the card in, shrunk to fit, rather than beside the name. */
export const MIN_VERTICAL_ROOM = 160;
/** The card's tallest height: it scrolls past that. */
export const MAX_HEIGHT = 520;
/** The narrowest card worth putting beside a name (its text rewraps to the width). */
export const MIN_BESIDE_WIDTH = 200;
/**
 * The largest share of a cut card its footer may take while it stays in view (sticky) as the body scrolls: past it,
 * as on a short viewport, the footer scrolls with the content and the card shows that much more of it.
 */
export const MAX_FOOTER_SHARE = 0.2;
/** Gap between the card and the name, and between the card and the viewport's edge. */
export const GAP = 6;
export const EDGE = 8;

export interface NameRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardSize extends Size {
  /** The footer's height. */
  footer: number;
}

export interface CardPlace {
  placement: Placement;
  /** The card's height cap (px). */
  maxHeight: number;
  /** The card's width cap (px) beside a name; null: its usual width. */
  maxWidth: number | null;
  /** The card is short and cut: its footer should scroll with the content rather than take a share of the card. */
  compact: boolean;
}

/**
 * Where to put a card whose uncapped size is `card` for a name at `name`, in a viewport of `view` (all in CSS px,
 * viewport coordinates).
 */
export function choosePlace(name: NameRect, view: Size, card: CardSize): CardPlace {
  const natural = { width: Math.max(1, card.width), height: Math.max(1, Math.min(card.height, MAX_HEIGHT)) };
  const below = view.height - name.bottom - GAP - EDGE;
  const above = name.top - GAP - EDGE;
  const vertical = (placement: Placement, room: number): CardPlace => {
    const maxHeight = Math.round(Math.max(0, Math.min(MAX_HEIGHT, room)));
    return { placement, maxHeight, maxWidth: null, compact: isCompact(maxHeight, natural.height, card.footer) };
  };
  // Below if the card fits there, else on the taller side.
  const upDown = below >= natural.height || below >= above ? vertical('bottom-start', below) : vertical('top-start', above);
  if (Math.max(below, above) >= MIN_VERTICAL_ROOM) return upDown;
  const right = view.width - name.right - GAP - EDGE;
  const left = name.left - GAP - EDGE;
  const width = Math.max(right, left);
  if (width < MIN_BESIDE_WIDTH) return upDown;
  const height = Math.round(Math.max(0, Math.min(MAX_HEIGHT, view.height - 2 * EDGE)));
  const besideWidth = Math.floor(Math.min(width, natural.width));
  // How much of the card shows: its text rewraps to a narrower card, so the share is about area over area.
  const shown = (w: number, h: number) => Math.min(1, (Math.min(w, natural.width) * h) / (natural.width * natural.height));
  if (shown(besideWidth, height) <= shown(Math.min(natural.width, view.width - 2 * EDGE), upDown.maxHeight)) return upDown;
  return {
    placement: right >= left ? 'right-start' : 'left-start',
    maxHeight: height,
    maxWidth: besideWidth,
    // Rewrapped narrower, the card and its footer grow about as much taller.
    compact: isCompact(height, (natural.height * natural.width) / besideWidth, (card.footer * natural.width) / besideWidth),
  };
}

/** Whether the card is cut to `maxHeight` and its footer would take too much of what shows. */
function isCompact(maxHeight: number, naturalHeight: number, footer: number): boolean {
  return naturalHeight > maxHeight && footer > maxHeight * MAX_FOOTER_SHARE;
}
