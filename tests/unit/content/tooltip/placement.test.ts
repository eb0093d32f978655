import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choosePlace, EDGE, GAP, MAX_HEIGHT, MIN_VERTICAL_ROOM, type NameRect } from '../../../../src/content/tooltip/placement';

/** A one-line name `width` wide at (x, y), 20 px tall. */
const nameAt = (x: number, y: number, width = 86): NameRect => ({ left: x, right: x + width, top: y, bottom: y + 20 });
/** A card as measured uncapped: 340 px wide, 560 px tall, a two-line footer. */
const CARD = { width: 340, height: 560, footer: 56 };

describe('choosePlace (where the tooltip card goes)', () => {
  it('on a laptop screen: below a name mid-page, capped to the room there, its footer kept in view', () => {
    const place = choosePlace(nameAt(300, 340), { width: 1280, height: 720 }, CARD);
    expect(place).toEqual({ placement: 'bottom-start', maxHeight: 720 - 360 - GAP - EDGE, maxWidth: null, compact: false });
  });

  it('on a laptop screen: above a name near the bottom', () => {
    const place = choosePlace(nameAt(300, 650), { width: 1280, height: 720 }, CARD);
    expect(place.placement).toBe('top-start');
    expect(place.maxHeight).toBe(Math.min(MAX_HEIGHT, 650 - GAP - EDGE));
  });

  it('at 200% zoom in an 800x600 window (400x300): beside a name mid-page, never over it, full height', () => {
    const right = choosePlace(nameAt(88, 140), { width: 400, height: 300 }, CARD);
    expect(right.placement).toBe('right-start');
    expect(right.maxWidth).toBeLessThanOrEqual(400 - (88 + 86) - GAP - EDGE);
    expect(right.maxHeight).toBe(300 - 2 * EDGE);
    const left = choosePlace(nameAt(290, 140), { width: 400, height: 300 }, CARD);
    expect(left.placement).toBe('left-start');
    expect(left.maxWidth).toBeLessThanOrEqual(290 - GAP - EDGE);
  });

  it('at 400x300 with no side wide enough: above or below, whichever is taller, the body scrolling, the footer too', () => {
    const place = choosePlace(nameAt(150, 130, 110), { width: 400, height: 300 }, CARD);
    expect(place.placement).toBe('bottom-start');
    expect(place.maxHeight).toBe(300 - 150 - GAP - EDGE);
    expect(place.maxWidth).toBeNull();
    expect(place.compact).toBe(true);
    const up = choosePlace(nameAt(150, 160, 110), { width: 400, height: 300 }, CARD);
    expect(up).toMatchObject({ placement: 'top-start', maxHeight: 160 - GAP - EDGE, compact: true });
  });

  it('a short card that fits whole below a name goes there, not beside it, and is not compact', () => {
    const small = { width: 300, height: 100, footer: 40 };
    expect(choosePlace(nameAt(20, 150), { width: 400, height: 300 }, small)).toMatchObject({ placement: 'bottom-start', compact: false });
  });

  it('never gives the card room that overlaps the name, and keeps it inside the viewport', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 240, max: 2000 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 12, max: 60 }),
        fc.record({ width: fc.integer({ min: 120, max: 400 }), height: fc.integer({ min: 40, max: 1200 }), footer: fc.integer({ min: 20, max: 90 }) }),
        (vw, vh, fx, fy, w, h, card) => {
          const left = Math.round(fx * Math.max(0, vw - w));
          const top = Math.round(fy * Math.max(0, vh - h));
          const name = { left, right: left + w, top, bottom: top + h };
          const place = choosePlace(name, { width: vw, height: vh }, card);
          const below = vh - name.bottom - GAP - EDGE;
          const above = name.top - GAP - EDGE;
          expect(place.maxHeight).toBeGreaterThanOrEqual(0);
          expect(place.maxHeight).toBeLessThanOrEqual(MAX_HEIGHT);
          if (Math.max(below, above) >= MIN_VERTICAL_ROOM) expect(place.placement).toMatch(/^(bottom|top)-start$/);
          switch (place.placement) {
            case 'bottom-start':
              expect(place.maxHeight).toBeLessThanOrEqual(Math.max(0, below));
              break;
            case 'top-start':
              expect(place.maxHeight).toBeLessThanOrEqual(Math.max(0, above));
              break;
            case 'right-start':
              expect(name.right + GAP + place.maxWidth!).toBeLessThanOrEqual(vw - EDGE);
              expect(place.maxHeight).toBeLessThanOrEqual(vh - 2 * EDGE);
              break;
            case 'left-start':
              expect(place.maxWidth!).toBeLessThanOrEqual(name.left - GAP - EDGE);
              expect(place.maxHeight).toBeLessThanOrEqual(vh - 2 * EDGE);
              break;
            default:
              throw new Error(`unexpected ${place.placement}`);
          }
        },
      ),
    );
  });
});
