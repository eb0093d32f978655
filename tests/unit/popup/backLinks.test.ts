// @vitest-environment jsdom
// The popup's back links, rendered (jsdom, the English messages): they name the view the reader came from and return
// to it, and Learn comes back with the sections the reader had open.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const localeDir = join(import.meta.dirname, '../../../assets/_locales/en');
const MESSAGES: Record<string, { message: string }> = Object.assign(
  {},
  ...readdirSync(localeDir).map((file) => JSON.parse(readFileSync(join(localeDir, file), 'utf8')) as object),
);

// The popup reads its strings through browser.i18n; here, from the English locale files.
vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) => {
        const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
        return (MESSAGES[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
      },
    },
  },
}));

/** The popup's modules, fresh (history numbering starts again), opened on a fresh entry at `hash`. */
async function openPopupAt(hash: string) {
  vi.resetModules();
  history.pushState(null, '', `/popup/index.html${hash}`);
  const popupHistory = await import('../../../src/popup/history');
  popupHistory.noteHistoryEntry();
  return {
    history: popupHistory,
    EntryView: (await import('../../../src/popup/directory/EntryView')).EntryView,
    Compare: (await import('../../../src/popup/directory/Compare')).Compare,
    GlossaryView: (await import('../../../src/popup/explainer/GlossaryView')).GlossaryView,
    Explainer: (await import('../../../src/popup/explainer/Explainer')).Explainer,
  };
}

type Popup = Awaited<ReturnType<typeof openPopupAt>>;

/** Follows a link or goes back as the popup does: waits for the step, noting the entry (once per step). */
function navigate(popup: Popup, move: () => void, scrollTop = 0): Promise<void> {
  return new Promise((resolve) => {
    const onEvent = () => {
      popup.history.noteHistoryEntry({ scrollTop });
      removeEventListener('hashchange', onEvent);
      resolve();
    };
    addEventListener('hashchange', onEvent);
    move();
  });
}

let root: HTMLElement;
beforeEach(() => {
  history.replaceState(null, '', '/');
  root = document.createElement('main');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = (view: ComponentChild) => act(() => render(view, root));
const backLink = () => root.querySelector<HTMLAnchorElement>('a.back')!;

describe("a chain's entry: its back link", () => {
  const cases: [from: string, label: string][] = [
    ['#learn=l2-examples', '← Learn'],
    ['', '← On this page'],
    ['#search=zk%20rollup', '← Directory'],
    ['#compare=arbitrum-one,base', '← Compare'],
    ['#chain=ethereum', '← Back'],
  ];
  for (const [from, label] of cases) {
    it(`says "${label}" and goes back there, coming from "${from || '(On this page)'}"`, async () => {
      const popup = await openPopupAt(from);
      await navigate(popup, () => (location.hash = 'chain=arbitrum-one'));
      await show(h(popup.EntryView, { id: 'arbitrum-one', backHref: '#directory' }));
      expect(backLink().textContent).toBe(label);
      expect(backLink().getAttribute('href')).toBe(from || '#');
      await navigate(popup, () => backLink().click());
      expect(location.hash).toBe(from);
      // The entry left, not a new one: Forward would come back to the chain.
      expect(popup.history.canGoBackInPopup()).toBe(false);
    });
  }

  it('goes to the directory list when the popup opened on the entry', async () => {
    const popup = await openPopupAt('#chain=arbitrum-one');
    await show(h(popup.EntryView, { id: 'arbitrum-one', backHref: '#search=arb' }));
    expect(backLink().textContent).toBe('← Directory');
    expect(backLink().getAttribute('href')).toBe('#search=arb');
  });

  it('is the same link on the compare view and the glossary', async () => {
    const popup = await openPopupAt('#learn=rollups');
    await navigate(popup, () => (location.hash = 'term=optimistic-rollup'));
    await show(h(popup.GlossaryView, { id: 'optimistic-rollup' }));
    expect(backLink().textContent).toBe('← Learn');
    await navigate(popup, () => (location.hash = 'chain=arbitrum-one'));
    await navigate(popup, () => (location.hash = 'compare=arbitrum-one'));
    await show(h(popup.Compare, { a: 'arbitrum-one', b: null, backHref: '#directory', onChange: () => undefined }));
    expect(backLink().textContent).toBe('← Back');
    expect(backLink().getAttribute('href')).toBe('#chain=arbitrum-one');
  });
});

describe('Learn, come back to', () => {
  const expanded = () =>
    [...root.querySelectorAll('.section-toggle[aria-expanded="true"]')].map((el) => el.id.replace(/^sec-|-title$/g, ''));

  it('has the sections the reader had open, and does not jump to the linked section', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const popup = await openPopupAt('#learn');
    await show(h(popup.Explainer, { focus: undefined }));
    // The reader opens "What is a layer 2?" and "Layer 2s you will meet", then follows a chain link from the latter
    // (Learn names that section in its URL on the way out).
    await act(() => root.querySelector<HTMLButtonElement>('#sec-layer-2-title')!.click());
    await act(() => root.querySelector<HTMLButtonElement>('#sec-l2-examples-title')!.click());
    expect(expanded()).toEqual(['layer-1', 'layer-2', 'l2-examples']);
    history.replaceState(history.state, '', '#learn=l2-examples');
    await navigate(popup, () => (location.hash = 'chain=arbitrum-one'), 900);
    render(null, root);

    await navigate(popup, () => history.back());
    expect(popup.history.recallEntry()?.scrollTop).toBe(900);
    await show(h(popup.Explainer, { focus: 'l2-examples' }));
    expect(expanded()).toEqual(['layer-1', 'layer-2', 'l2-examples']);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('opened afresh on a section, shows and scrolls to that one', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const popup = await openPopupAt('#learn=rollups');
    await show(h(popup.Explainer, { focus: 'rollups' }));
    expect(expanded()).toEqual(['rollups']);
    expect(scrolled).toHaveBeenCalledTimes(1);
  });
});
