import type { Layer } from '../data/types';
import { layerLabel } from './labels';

/**
 * "L1" / "L2" / "L3" in the layer's colour; the full name for screen readers and on hover. `decorative` when the
 * layer's name is already written next to it, so screen readers do not hear it twice.
 */
export function LayerBadge({ layer, decorative = false }: { layer: Layer; decorative?: boolean }) {
  const label = layerLabel(layer);
  if (decorative) {
    return (
      <span class={`badge badge-l${layer}`} aria-hidden="true">
        L{layer}
      </span>
    );
  }
  return (
    <span class={`badge badge-l${layer}`} title={label}>
      <span aria-hidden="true">L{layer}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
