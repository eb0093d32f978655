// The layer stack: app chains (L3) settle to rollups (L2), which settle to the base chain (L1).
import { t } from '../../ui/i18n';
import { ArrowDown, Figure } from './Figure';

export function LayerStackDiagram() {
  const l2x = [14, 130, 246];
  return (
    <Figure id="diagram-stack" title={t('popupDiagStackTitle')} desc={t('popupDiagStackDesc')} viewBox="0 0 360 214">
      {[72, 188].map((x) => (
        <g key={x}>
          <rect class="d-l3" x={x} y={8} width={100} height={34} rx={8} />
          <text class="d-label" x={x + 50} y={30} text-anchor="middle">
            {t('popupDiagStackL3')}
          </text>
        </g>
      ))}
      <ArrowDown x={122} y1={42} y2={72} />
      <ArrowDown x={238} y1={42} y2={72} />
      <text class="d-small" x={180} y={62} text-anchor="middle">
        {t('popupDiagSettles')}
      </text>
      {l2x.map((x) => (
        <g key={x}>
          <rect class="d-l2" x={x} y={72} width={100} height={40} rx={8} />
          <text class="d-label" x={x + 50} y={97} text-anchor="middle">
            {t('popupDiagStackL2')}
          </text>
        </g>
      ))}
      {l2x.map((x) => (
        <ArrowDown key={x} x={x + 50} y1={112} y2={142} />
      ))}
      <text class="d-small" x={122} y={132} text-anchor="middle">
        {t('popupDiagSettles')}
      </text>
      <rect class="d-l1" x={14} y={142} width={332} height={62} rx={10} />
      <text class="d-label d-strong" x={180} y={167} text-anchor="middle">
        {t('popupDiagStackL1')}
      </text>
      <text class="d-small d-on-dark" x={180} y={187} text-anchor="middle">
        {t('popupDiagStackL1Sub')}
      </text>
    </Figure>
  );
}
