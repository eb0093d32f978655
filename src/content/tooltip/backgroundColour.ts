// A computed background-color as an sRGB triple, when it is mostly opaque: the automatic tooltip theme asks whether
// the page behind a name is dark. Computed colours come as rgb()/rgba(), or as oklch()/oklab() when the page wrote
// them so (Tailwind 4, among others), which Chromium keeps in the computed value.

const RGB = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/;
const OKLAB = /^okl(?:ch|ab)\(\s*([\d.]+)(%?)\s+[^/)]*?(?:\/\s*([\d.]+)(%?))?\s*\)$/;

/** Opacity from a parsed alpha: undefined means opaque. */
function alphaOf(value: string | undefined, percent: string | undefined): number {
  if (value === undefined) return 1;
  return percent ? Number(value) / 100 : Number(value);
}

/** The colour as [r, g, b] (0–255) if it is more than half opaque; null otherwise or if it is not understood. */
export function opaqueColour(css: string): [number, number, number] | null {
  const rgb = RGB.exec(css.trim());
  if (rgb) return alphaOf(rgb[4], rgb[5]) > 0.5 ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
  const ok = OKLAB.exec(css.trim());
  if (ok) {
    if (alphaOf(ok[3], ok[4]) <= 0.5) return null;
    const lightness = ok[2] ? Number(ok[1]) / 100 : Number(ok[1]);
    // Oklab lightness is about the cube root of luminance; as an sRGB grey, whose value is about luminance^(1/2.2).
    const grey = Math.round(255 * Math.min(1, Math.max(0, lightness)) ** (3 / 2.2));
    return [grey, grey, grey];
  }
  return null;
}
