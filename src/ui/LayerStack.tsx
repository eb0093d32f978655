// A small SVG of where a chain sits: the chain on top, what it settles to below, down to its layer 1.
import type { Layer } from '../data/types';
import { t } from './i18n';
import { LAYER_COLORS } from './layers';

export interface StackItem {
  id: string;
  name: string;
  layer: Layer;
}

interface Props {
  /** The chain first, then its parent, down to the L1 (data/index.ts `ancestry`). */
  items: StackItem[];
  width?: number;
}

const ROW = 26;
const GAP = 6;

export function LayerStack({ items, width = 240 }: Props) {
  if (!items.length) return null;
  const height = items.length * ROW + (items.length - 1) * GAP;
  const label = items.map((i) => `${i.name} (${t('layerShort', String(i.layer))})`).join(' → ');
  return (
    <svg
      class="layer-stack"
      role="img"
      aria-label={t('layerStackLabel', label)}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      {items.map((item, i) => {
        const y = i * (ROW + GAP);
        // Deeper layers are drawn wider: the base carries what sits on it.
        const inset = (items.length - 1 - i) * 10;
        return (
          <g key={item.id}>
            <rect x={inset} y={y} width={width - inset * 2} height={ROW} rx={6} fill={LAYER_COLORS[item.layer]} />
            <text x={inset + 10} y={y + ROW / 2 + 4} class="layer-stack-name" fill="#fff" font-size="12" font-weight="600">
              {item.name}
            </text>
            <text x={width - inset - 10} y={y + ROW / 2 + 4} text-anchor="end" fill="#fff" font-size="11" opacity="0.9">
              {t('layerShort', String(item.layer))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
