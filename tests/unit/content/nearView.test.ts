import { describe, expect, it } from 'vitest';
import { FarRuns, planZones, zoneVerdicts, type Extent } from '../../../src/content/nearView';

// Items are y positions on a page scrolled to `scrollY`, one item every 20 px; the viewport is 800 px high.
const view = { height: 800 };
const items = Array.from({ length: 1000 }, (_, i) => i * 20);
const at = (scrollY: number) => (y: number): Extent => ({ top: y - scrollY, bottom: y - scrollY + 18 });

describe('planZones', () => {
  it('draws zones within a viewport of the visible area, undraws those more than three away, keeps the rest', () => {
    const plan = planZones(items, at(8000), view, 10);
    expect(plan).toHaveLength(100);
    const verdictOfY = (y: number) => plan.find((p) => p.zone.includes(y))!.verdict;
    expect(verdictOfY(8000)).toBe('draw'); // on screen
    expect(verdictOfY(7300)).toBe('draw'); // less than a viewport above
    expect(verdictOfY(9500)).toBe('draw'); // less than a viewport below
    expect(verdictOfY(6500)).toBe('keep'); // between one and three viewports away
    expect(verdictOfY(11000)).toBe('keep');
    expect(verdictOfY(0)).toBe('undraw');
    expect(verdictOfY(19980)).toBe('undraw');
  });

  it('judges a zone by its first, middle and last item, so a zone reordered by layout still counts', () => {
    // A zone whose middle item is laid out on screen while its ends are far away.
    const zone = [30000, 8100, 40000];
    const plan = planZones(zone, at(8000), view, 3);
    expect(plan[0]!.verdict).toBe('draw');
  });

  it('draws a zone whose geometry is unknown (text gone or not laid out)', () => {
    const plan = planZones([1, 2, 3], () => null, view, 3);
    expect(plan.map((p) => p.verdict)).toEqual(['draw']);
  });

  it('covers every item once, in order', () => {
    const plan = planZones(items, at(0), view, 48);
    expect(plan.flatMap((p) => p.zone)).toEqual(items);
  });
});

describe('planZones on very many marks', () => {
  it('makes zones larger rather than more numerous, so a plan reads a bounded amount of geometry', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => i * 20);
    let reads = 0;
    const plan = planZones(many, (y) => {
      reads++;
      return at(0)(y);
    }, view);
    expect(plan.length).toBeLessThanOrEqual(500);
    expect(reads).toBeLessThanOrEqual(1500);
    expect(plan.flatMap((p) => p.zone)).toHaveLength(50_000);
  });

  const many = Array.from({ length: 50_000 }, (_, i) => i * 20);
  /** Every zone's verdict, and how many positions were read to reach them. */
  const judge = (extentOf: (y: number) => Extent | null, groupZones?: number) => {
    let reads = 0;
    const counted = (y: number) => {
      reads++;
      return extentOf(y);
    };
    const verdicts = Array.from(zoneVerdicts(many, counted, view, undefined, groupZones), (z) => `${z.from}-${z.to} ${z.verdict}`);
    return { verdicts, reads };
  };

  it('judges runs of zones far from the view on three reads, with the verdicts zone-by-zone reading gives', () => {
    for (const scrollY of [0, 8_000, 500_000, 999_000]) {
      const grouped = judge(at(scrollY));
      const zoneByZone = judge(at(scrollY), 1);
      expect(grouped.verdicts).toEqual(zoneByZone.verdicts);
      expect(zoneByZone.reads).toBe(1_500);
      expect(grouped.reads).toBeLessThanOrEqual(300);
    }
  });

  it('reads zone by zone where a run is out of order down the page, so a mark laid out on screen is still drawn', () => {
    // Column layouts and reordered flex items: the middle of a far run of items is laid out in view.
    const middleOfFourthRun = 3 * 800 + 400;
    const reordered = (y: number): Extent => (y === many[middleOfFourthRun] ? { top: 100, bottom: 118 } : at(0)(y));
    const { verdicts } = judge(reordered);
    expect(verdicts).toContain(`${middleOfFourthRun}-${middleOfFourthRun + 100} draw`);
    expect(judge(at(0)).verdicts).toContain(`${middleOfFourthRun}-${middleOfFourthRun + 100} undraw`);
  });

  it('reads zone by zone where a position in a run is unknown, and draws the zone whose position is', () => {
    const gone = many[5 * 800]!;
    const { verdicts } = judge((y) => (y === gone ? null : at(0)(y)));
    expect(verdicts).toContain(`${5 * 800}-${5 * 800 + 100} draw`);
    expect(verdicts).toContain(`${6 * 800}-${6 * 800 + 100} undraw`);
  });
});

describe('FarRuns', () => {
  it('holds the far zones as merged runs and finds a place in them, at either edge of a run', () => {
    const far = new FarRuns();
    far.add(0, 10);
    far.add(10, 20); // adjacent: one run [0, 20)
    far.add(50, 60);
    far.add(90, 100);
    const inRuns = Array.from({ length: 110 }, (_, k) => k).filter((k) => far.has(k));
    const expected = [...Array.from({ length: 20 }, (_, k) => k), ...Array.from({ length: 10 }, (_, k) => 50 + k), ...Array.from({ length: 10 }, (_, k) => 90 + k)];
    expect(inRuns).toEqual(expected);
    expect(new FarRuns().has(0)).toBe(false);
  });
});
