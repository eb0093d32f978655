// What the tooltip says about one chain: where it sits, what kind it is, what you gain and what you trust.
import { stageMeaning } from '../../data/glossary';
import type { Chain } from '../../data/types';
import type { ChainDetails } from '../../messages';
import { t } from '../../ui/i18n';
import { kindLabel } from '../../ui/labels';
import { LAYER_COLORS } from '../../ui/layers';
import { LayerStack } from '../../ui/LayerStack';
import { reportUrl, sourceUrl } from './links';

interface Props {
  chain: Chain;
  /** The glossary's line on the chain's kind, from the background with the chain. */
  kindMeaning: string | null;
  /** The chain and those it settles to, from the background with the chain. */
  stack: ChainDetails['stack'];
  labelId: string;
  onOpenEntry: (chainId: string) => void;
  onClose: () => void;
}

export function TooltipCard({ chain, kindMeaning, stack, labelId, onOpenEntry, onClose }: Props) {
  const parent = stack[1];
  const source = chain.sources[0];
  const sourceHref = source ? sourceUrl(source) : null;
  return (
    <div class="card">
      <header class="head">
        <span class="badge" style={{ background: LAYER_COLORS[chain.layer] }}>
          {t('layerLong', String(chain.layer))}
        </span>
        <h2 id={labelId} class="name">{chain.name}</h2>
        <button type="button" class="close" aria-label={t('tooltipClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {chain.aliases.length > 0 && <p class="aliases">{t('tooltipAlsoCalled', chain.aliases.join(', '))}</p>}
      <p class="parent">{parent ? t('tooltipSettlesTo', parent.name) : t('tooltipOwnChain')}</p>
      {chain.status !== 'active' && (
        <p class="warning" role="note">
          {chain.status === 'shut-down' ? t('tooltipShutDown') : t('tooltipWindingDown')}
        </p>
      )}
      <p class="summary">{chain.summary}</p>
      {stack.length > 1 && <LayerStack items={stack} width={288} />}
      <dl class="facts">
        <dt>{t('tooltipKind')}</dt>
        <dd>
          <strong>{kindLabel(chain.kind)}</strong>
          {kindMeaning && <span class="meaning"> — {kindMeaning}</span>}
        </dd>
        {chain.stage && chain.stage !== 'not applicable' && (
          <>
            <dt>{t('tooltipStage')}</dt>
            <dd>{stageMeaning(chain.stage)}</dd>
          </>
        )}
        {chain.da && (
          <>
            <dt>{t('tooltipData')}</dt>
            <dd>{chain.da}</dd>
          </>
        )}
        {chain.proofSystem && (
          <>
            <dt>{t('tooltipProofs')}</dt>
            <dd>{chain.proofSystem}</dd>
          </>
        )}
      </dl>
      <section class="tradeoffs">
        <h3 class="gains-title">{t('tooltipGains')}</h3>
        <ul class="gains">
          {chain.tradeoffs.gains.map((g) => <li key={g}>{g}</li>)}
        </ul>
        <h3 class="risks-title">{t('tooltipRisks')}</h3>
        <ul class="risks">
          {chain.tradeoffs.risks.map((r) => <li key={r}>{r}</li>)}
        </ul>
      </section>
      <footer class="foot">
        <span class="asof">{t('tooltipAsOf', chain.asOf)}</span>
        {sourceHref && (
          <a href={sourceHref} target="_blank" rel="noopener noreferrer">{t('tooltipSource')}</a>
        )}
        <button type="button" class="link" onClick={() => onOpenEntry(chain.id)}>{t('tooltipFullEntry')}</button>
        <a href={reportUrl(chain)} target="_blank" rel="noopener noreferrer">{t('tooltipReport')}</a>
      </footer>
    </div>
  );
}
