// "Learn": the layer 1 / layer 2 explainer as collapsible sections with a table of contents.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../ui/i18n';
import { SECTIONS } from './sections';

export function Explainer({ focus }: { focus?: string | undefined }) {
  const [open, setOpen] = useState<Set<string>>(() => new Set([focus ?? SECTIONS[0]?.id ?? '']));

  useEffect(() => {
    if (!focus) return;
    setOpen((prev) => new Set(prev).add(focus));
    requestAnimationFrame(() => document.getElementById(`sec-${focus}`)?.scrollIntoView({ block: 'start' }));
  }, [focus]);

  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allOpen = SECTIONS.every((s) => open.has(s.id));

  return (
    <div class="explainer">
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
              <a href={`#learn=${s.id}`}>{t(s.titleKey)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((s) => {
        const expanded = open.has(s.id);
        return (
          <section key={s.id} id={`sec-${s.id}`} class="section" aria-labelledby={`sec-${s.id}-title`}>
            <h2 class="section-title">
              <button
                type="button"
                id={`sec-${s.id}-title`}
                class="section-toggle"
                aria-expanded={expanded}
                aria-controls={`sec-${s.id}-body`}
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
