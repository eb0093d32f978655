// "Learn": the layer 1 / layer 2 explainer as collapsible sections with a table of contents.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { recallEntry, rememberEntry } from '../history';
import { SECTIONS } from './sections';

/** A click that opens a link elsewhere (new tab, window, download): leave it to the browser. */
const elsewhere = (e: MouseEvent) => e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;

export function Explainer({ focus }: { focus?: string | undefined }) {
  // Back on an entry the reader left (a back link, Back): the sections they had open, and the popup restores the scroll.
  const [returning] = useState(() => recallEntry()?.openSections);
  const [open, setOpen] = useState<Set<string>>(() => new Set(returning ?? [focus ?? SECTIONS[0]?.id ?? '']));
  // The section to bring into view after the next render: a new object each time, so asking again works too.
  const [shown, setShown] = useState<{ id: string; moveFocus: boolean } | null>(null);
  // Returning, the deep-linked section is not scrolled to: the reader's own place is.
  const keepPlace = useRef(returning !== undefined);

  const reveal = (id: string, moveFocus: boolean) => {
    setOpen((prev) => new Set(prev).add(id));
    setShown({ id, moveFocus });
  };

  useEffect(() => {
    if (keepPlace.current) keepPlace.current = false;
    else if (focus) reveal(focus, false);
  }, [focus]);

  useEffect(() => {
    rememberEntry({ openSections: SECTIONS.filter((s) => open.has(s.id)).map((s) => s.id) });
  }, [open]);

  useEffect(() => {
    if (!shown) return;
    document.getElementById(`sec-${shown.id}`)?.scrollIntoView({ block: 'start' });
    if (shown.moveFocus) document.getElementById(`sec-${shown.id}-title`)?.focus({ preventScroll: true });
  }, [shown]);

  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allOpen = SECTIONS.every((s) => open.has(s.id));

  // Leaving for a chain or a term: this entry's URL names the section, so coming back returns to it.
  const rememberSection = (e: MouseEvent) => {
    const link = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    const section = link?.closest<HTMLElement>('section.section');
    const id = section?.id.replace(/^sec-/, '');
    if (id && !elsewhere(e)) history.replaceState(history.state, '', `#learn=${id}`);
  };

  return (
    <div class="explainer" onClickCapture={rememberSection}>
      <p class="lead">{t('popupExplainerIntro')}</p>
      <nav class="toc" aria-labelledby="toc-title">
        <div class="toc-head">
          <h2 id="toc-title" class="toc-title">
            {t('popupTocTitle')}
          </h2>
          <button
            type="button"
            class="link-button"
            onClick={() => setOpen(allOpen ? new Set() : new Set(SECTIONS.map((s) => s.id)))}
          >
            {allOpen ? t('popupCollapseAll') : t('popupExpandAll')}
          </button>
        </div>
        <ol>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={`#learn=${s.id}`}
                onClick={(e) => {
                  // Open, scroll to and focus the section each time, even when the hash is already this one.
                  if (elsewhere(e)) return;
                  e.preventDefault();
                  history.replaceState(history.state, '', `#learn=${s.id}`);
                  reveal(s.id, true);
                }}
              >
                {t(s.titleKey)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((s) => {
        const expanded = open.has(s.id);
        return (
          <section key={s.id} id={`sec-${s.id}`} class="section" aria-labelledby={`sec-${s.id}-title`}>
            <h2 class="section-title">
              {/* A deep-linked section is where focus starts when Learn opens on it (see ../viewFocus.ts). */}
              <button
                type="button"
                id={`sec-${s.id}-title`}
                class="section-toggle"
                aria-expanded={expanded}
                aria-controls={`sec-${s.id}-body`}
                data-view-focus={s.id === focus ? '' : undefined}
                onClick={() => toggle(s.id)}
              >
                <span class="chevron" aria-hidden="true" />
                {t(s.titleKey)}
              </button>
            </h2>
            <div id={`sec-${s.id}-body`} class="section-body" hidden={!expanded}>
              {s.body()}
            </div>
          </section>
        );
      })}
    </div>
  );
}
