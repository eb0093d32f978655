import type { Layer } from '../data/types';
import { layerLabel } from './labels';

/** "L1" / "L2" / "L3" in the layer's colour; the full name for screen readers and on hover. */
export function LayerBadge({ layer }: { layer: Layer }) {
  const label = layerLabel(layer);
  return (
    <span class={`badge badge-l${layer}`} title={label}>
      <span aria-hidden="true">L{layer}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
