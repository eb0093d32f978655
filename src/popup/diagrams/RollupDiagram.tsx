// A rollup at work: many transactions in, one compressed batch (and its proof) posted to a block on the L1.
import { t } from '../../ui/i18n';
import { ArrowDown, ArrowRight, Figure } from './Figure';

export function RollupDiagram() {
  const txs: [number, number][] = [];
  for (let row = 0; row < 4; row++) for (let col = 0; col < 3; col++) txs.push([14 + col * 20, 30 + row * 16]);
  return (
    <Figure id="diagram-rollup" title={t('popupDiagRollupTitle')} desc={t('popupDiagRollupDesc')} viewBox="0 0 360 196">
      <rect class="d-l1-band" x={6} y={120} width={348} height={70} rx={10} />
      <text class="d-small" x={14} y={18}>
        {t('popupDiagRollupTxs')}
      </text>
      {txs.map(([x, y]) => (
        <rect key={`${x}-${y}`} class="d-tx" x={x} y={y} width={14} height={10} rx={2} />
      ))}
      <ArrowRight x1={80} x2={116} y={56} />
      <rect class="d-l2" x={118} y={24} width={126} height={64} rx={10} />
      <text class="d-label d-strong" x={181} y={48} text-anchor="middle">
        {t('popupDiagRollupBox')}
      </text>
      <text class="d-small" x={181} y={66} text-anchor="middle">
        {t('popupDiagRollupExec')}
      </text>
      <ArrowRight x1={244} x2={272} y={56} />
      <rect class="d-batch" x={274} y={38} width={72} height={36} rx={6} />
      <text class="d-label d-on-dark" x={310} y={54} text-anchor="middle">
        {t('popupDiagRollupBatch')}
      </text>
      <text class="d-small d-on-dark" x={310} y={67} text-anchor="middle">
        {t('popupDiagRollupProof')}
      </text>
      <ArrowDown x={311} y1={74} y2={133} />
      <text class="d-small" x={302} y={106} text-anchor="end">
        {t('popupDiagRollupPost')}
      </text>
      {[24, 110, 196, 282].map((x, i) => (
        <g key={x}>
          <rect class={i === 3 ? 'd-block d-block-new' : 'd-block'} x={x} y={134} width={58} height={34} rx={5} />
          {i < 3 && <line class="d-chainlink" x1={x + 58} y1={151} x2={x + 86} y2={151} />}
        </g>
      ))}
      <text class="d-small" x={180} y={184} text-anchor="middle">
        {t('popupDiagRollupL1')}
      </text>
    </Figure>
  );
}
