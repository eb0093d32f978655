// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useHighlightStub } from './highlightStub';

useHighlightStub();

const ROW = 20;
const COUNT = 2_000;

describe('Highlighter near-view plan', () => {
  it('draws the marks near the view and lets go of those far from it after a scroll, on a page of thousands', async () => {
    const { Highlighter } = await import('../../../src/content/highlighter');
    const { MentionIndex } = await import('../../../src/content/mentions');
    // One mention per paragraph, one paragraph every ROW px; the page "scrolls" by moving every box up.
    let scrollY = 0;
    const index = new MentionIndex();
    const registry = new Map<string, unknown>() as unknown as HighlightRegistry;
    const highlighter = new Highlighter(index, registry, () => document.body, new AbortController().signal);
    for (let i = 0; i < COUNT; i++) {
      const p = document.createElement('p');
      p.textContent = 'Arbitrum';
      p.dataset.row = String(i);
      p.getBoundingClientRect = () => ({ top: i * ROW - scrollY, bottom: i * ROW - scrollY + 18 }) as DOMRect;
      document.body.append(p);
      const id = index.createIn('arbitrum', p.firstChild as Text, 0, 8, true);
      index.hold(id);
      highlighter.add(id);
    }
    const marks = registry.get('layerlens-mark') as unknown as Set<StaticRange>;
    const drawnRows = () => [...marks].map((range) => Number((range.startContainer.parentNode as HTMLElement).dataset.row)).sort((a, b) => a - b);
    const planned = async () => {
      // The plan starts when the page is idle and runs in slices: wait until the drawn set stops changing.
      let last = '';
      for (let tries = 0; tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 60));
        const now = drawnRows().join(',');
        if (now && now === last) return drawnRows();
        last = now;
      }
      throw new Error('the plan did not settle');
    };
    const h = innerHeight;

    highlighter.commit();
    let rows = await planned();
    // On screen and within a viewport below it: drawn; nothing more than three viewports away.
    expect(rows[0]).toBe(0);
    expect(rows).toContain(Math.floor((2 * h) / ROW) - 1);
    expect(rows.every((r) => r * ROW <= 5 * h)).toBe(true);
    expect(rows.length).toBeLessThan(COUNT / 4);

    // Far down: what is near the new view is drawn, and the first rows are let go.
    scrollY = 30_000;
    highlighter.commit();
    rows = await planned();
    expect(rows).toContain(scrollY / ROW);
    expect(rows.every((r) => Math.abs(r * ROW - scrollY) <= 5 * h)).toBe(true);
    expect(rows.some((r) => r * ROW < h)).toBe(false);
    highlighter.destroy();
  });
});

describe('Highlighter looks', () => {
  it('registers no marks under the "no mark" look (forced colours would paint them as selected), and again under another', async () => {
    const { Highlighter, MARK, ACTIVE } = await import('../../../src/content/highlighter');
    const { MentionIndex } = await import('../../../src/content/mentions');
    const registry = new Map<string, unknown>() as unknown as HighlightRegistry;
    const highlighter = new Highlighter(new MentionIndex(), registry, () => document.body, new AbortController().signal);
    expect(registry.has(MARK)).toBe(true);
    highlighter.setLook({ style: 'none', color: '#6d5dfc' });
    expect(registry.has(MARK)).toBe(false);
    // A render (a page that cleared the registry gets ours back) does not bring it back either; the hover one stays.
    highlighter.commit();
    expect(registry.has(MARK)).toBe(false);
    expect(registry.has(ACTIVE)).toBe(true);
    highlighter.setLook({ style: 'background', color: '#6d5dfc' });
    expect(registry.has(MARK)).toBe(true);
  });
});
