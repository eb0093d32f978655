// One glossary entry in full, reached from the explainer's term links and a chain's kind (#term=<id>).
import { glossaryById } from '../../data';
import { t } from '../../ui/i18n';
import { BackLink } from '../BackLink';

export function GlossaryView({ id }: { id: string }) {
  const entry = glossaryById(id);
  return (
    <article class="glossary">
      <p>
        {/* Back to where the reader came from (Learn, a chain's entry, another term); to Learn when the popup opened here. */}
        <BackLink fallbackHref="#learn=beyond" fallbackLabel={t('popupBackToExplainer')} />
      </p>
      {entry ? (
        <>
          <p class="eyebrow">{t('popupGlossary')}</p>
          <h2 class="entry-title" tabIndex={-1} data-view-focus>
            {entry.term}
          </h2>
          <p class="lead">{entry.short}</p>
          {entry.long.split(/\n\s*\n/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
          {entry.related && entry.related.length > 0 && (
            <>
              <h3 class="subhead">{t('popupRelatedTerms')}</h3>
              <ul class="chips">
                {entry.related.map((rid) => {
                  const related = glossaryById(rid);
                  return related ? (
                    <li key={rid}>
                      <a class="chip" href={`#term=${rid}`}>
                        {related.term}
                      </a>
                    </li>
                  ) : null;
                })}
              </ul>
            </>
          )}
        </>
      ) : (
        <p>{t('popupTermUnknown')}</p>
      )}
    </article>
  );
}
