// One chain, with everything the dataset knows about it.
import type { ComponentChildren } from 'preact';
import { ancestry, chainById, chains, glossaryById, glossaryIdForKind, stageMeaning } from '../../data';
import type { Chain } from '../../data/types';
import { t } from '../../ui/i18n';
import { BackLink } from '../BackLink';
import { sourceHref, sourceLabel } from '../format';
import { kindLabel, stageLabel, statusLabel } from '../labels';
import { LayerBadge } from '../LayerBadge';
import { StatusWarning } from './StatusWarning';

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

export function ExternalLink(props: { href: string; children: ComponentChildren }) {
  return (
    <a href={props.href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}

function LayerPath({ chain }: { chain: Chain }) {
  const path = ancestry(chain.id);
  return (
    <ol class="layer-path" aria-label={t('popupLayerPath')}>
      {path.map((c) => (
        <li key={c.id} class={`layer-step layer-step-l${c.layer}`}>
          <LayerBadge layer={c.layer} />
          {c.id === chain.id ? (
            <span aria-current="true">{c.name}</span>
          ) : (
            <a href={`#chain=${c.id}`}>{c.name}</a>
          )}
        </li>
      ))}
    </ol>
  );
}

/** `backHref`: the directory list, for an entry the popup opened on (else the back link returns where the reader was). */
export function EntryView({ id, backHref }: { id: string; backHref: string }) {
  const chain = chainById(id);
  const back = <BackLink fallbackHref={backHref} fallbackLabel={t('popupBackToDirectory')} />;
  if (!chain) {
    return (
      <div class="entry">
        {back}
        <p>{t('popupChainUnknown')}</p>
      </div>
    );
  }
  const kindTerm = glossaryById(glossaryIdForKind(chain.kind));
  const parent = chain.parent ? chainById(chain.parent) : undefined;
  const children = chains.filter((c) => c.parent === chain.id);

  return (
    <article class="entry" aria-labelledby="entry-title">
      <div class="entry-nav">
        {back}
        <a class="button-link" href={`#compare=${chain.id}`}>
          {t('popupCompareWith')}
        </a>
      </div>
      <header class="entry-head">
        <LayerBadge layer={chain.layer} />
        <h2 id="entry-title" class="entry-title" tabIndex={-1} data-view-focus>
          {chain.name}
        </h2>
      </header>
      {chain.aliases.length > 0 && <p class="aliases">{t('popupAliases', chain.aliases.join(', '))}</p>}
      <StatusWarning chain={chain} />
      <p class="lead">{chain.summary}</p>

      <h3 class="subhead">{t('popupWhereItSits')}</h3>
      <LayerPath chain={chain} />

      <h3 class="subhead">{t('popupFacts')}</h3>
      <dl class="facts">
        <Fact label={t('popupFactKind')}>
          {kindTerm ? <a href={`#term=${kindTerm.id}`}>{kindLabel(chain.kind)}</a> : kindLabel(chain.kind)}
          {kindTerm && <span class="fact-note">{kindTerm.short}</span>}
        </Fact>
        {parent && (
          <Fact label={t('popupFactParent')}>
            <a href={`#chain=${parent.id}`}>{parent.name}</a>
          </Fact>
        )}
        {chain.stage !== null && (
          <Fact label={t('popupFactStage')}>
            {stageLabel(chain.stage)}
            <span class="fact-note">{stageMeaning(chain.stage)}</span>
          </Fact>
        )}
        {chain.stack && <Fact label={t('popupFactStack')}>{chain.stack}</Fact>}
        {chain.da && <Fact label={t('popupFactDa')}>{chain.da}</Fact>}
        {chain.proofSystem && <Fact label={t('popupFactProofs')}>{chain.proofSystem}</Fact>}
        {chain.nativeToken && <Fact label={t('popupFactToken')}>{chain.nativeToken}</Fact>}
        {chain.chainId !== null && <Fact label={t('popupFactChainId')}>{String(chain.chainId)}</Fact>}
        {chain.launched !== null && <Fact label={t('popupFactLaunched')}>{String(chain.launched)}</Fact>}
        {chain.website && (
          <Fact label={t('popupFactWebsite')}>
            <ExternalLink href={chain.website}>{sourceLabel(chain.website)}</ExternalLink>
          </Fact>
        )}
        <Fact label={t('popupFactStatus')}>{statusLabel(chain.status)}</Fact>
      </dl>

      {chain.notes && (
        <>
          <h3 class="subhead">{t('popupNotes')}</h3>
          <p class="notes">{chain.notes}</p>
        </>
      )}

      <div class="tradeoffs">
        <section aria-labelledby="entry-gains">
          <h3 id="entry-gains" class="subhead gains-head">
            {t('popupGains')}
          </h3>
          <ul class="bullets gains">
            {chain.tradeoffs.gains.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="entry-risks">
          <h3 id="entry-risks" class="subhead risks-head">
            {t('popupRisks')}
          </h3>
          <ul class="bullets risks">
            {chain.tradeoffs.risks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </section>
      </div>

      {children.length > 0 && (
        <>
          <h3 class="subhead">{t('popupBuiltOn', chain.name)}</h3>
          <ul class="chips">
            {children.map((c) => (
              <li key={c.id}>
                <a class="chip" href={`#chain=${c.id}`}>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 class="subhead">{t('popupSources')}</h3>
      <ul class="sources">
        {chain.sources.map((s) => {
          const href = sourceHref(s);
          return <li key={s}>{href ? <ExternalLink href={href}>{sourceLabel(s)}</ExternalLink> : s}</li>;
        })}
      </ul>
      <p class="as-of">{t('popupAsOf', chain.asOf)}</p>
    </article>
  );
}
