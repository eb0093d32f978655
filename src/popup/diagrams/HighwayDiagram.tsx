// The highway picture: a guarded, busy L1 highway with quick L2 service roads that join it in convoys.
import { t } from '../../ui/i18n';
import { Figure } from './Figure';

function Car({ x, y, cls }: { x: number; y: number; cls: string }) {
  return <rect class={cls} x={x} y={y} width={18} height={9} rx={3} />;
}

export function HighwayDiagram() {
  const queue = [24, 48, 72, 96, 120, 144];
  return (
    <Figure id="diagram-highway" title={t('popupDiagHighwayTitle')} desc={t('popupDiagHighwayDesc')} viewBox="0 0 360 200">
      {/* service road, top */}
      <rect class="d-road-l2" x={0} y={22} width={360} height={26} />
      <text class="d-small" x={8} y={15}>
        {t('popupDiagHighwayL2')}
      </text>
      {[20, 70, 130, 200].map((x) => (
        <g key={x}>
          <Car x={x} y={30} cls="d-car-l2" />
          <line class="d-speed" x1={x - 14} y1={34} x2={x - 4} y2={34} />
        </g>
      ))}
      {/* on-ramps */}
      <path class="d-ramp" d="M250 48 L300 78 L326 78 L276 48 Z" />
      <path class="d-ramp" d="M250 152 L300 122 L326 122 L276 152 Z" />
      {/* a convoy (batch) joining */}
      <rect class="d-batch" x={262} y={54} width={34} height={12} rx={3} transform="rotate(31 279 60)" />
      {/* highway */}
      <rect class="d-road-l1" x={0} y={78} width={360} height={44} />
      <line class="d-lane" x1={0} y1={100} x2={360} y2={100} />
      {queue.map((x) => (
        <Car key={x} x={x} y={84} cls="d-car-l1" />
      ))}
      {queue.slice(0, 4).map((x) => (
        <Car key={x} x={x + 10} y={106} cls="d-car-l1" />
      ))}
      <rect class="d-batch" x={306} y={84} width={40} height={12} rx={3} />
      {/* service road, bottom */}
      <rect class="d-road-l2" x={0} y={152} width={360} height={26} />
      {[40, 110, 170].map((x) => (
        <g key={x}>
          <Car x={x} y={160} cls="d-car-l2" />
          <line class="d-speed" x1={x - 14} y1={164} x2={x - 4} y2={164} />
        </g>
      ))}
      <text class="d-small" x={8} y={194}>
        {t('popupDiagHighwayL2')}
      </text>
      <text class="d-small" x={352} y={194} text-anchor="end">
        {t('popupDiagHighwayRamp')}
      </text>
      <text class="d-label d-strong d-on-road" x={8} y={73}>
        {t('popupDiagHighwayL1')}
      </text>
    </Figure>
  );
}
