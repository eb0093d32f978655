import { describe, expect, it } from 'vitest';
import { opaqueColour } from '../../../src/content/tooltip/backgroundColour';

describe('opaqueColour (the automatic tooltip theme reads the page behind a name)', () => {
  it('reads rgb() and rgba(), comma or space syntax', () => {
    expect(opaqueColour('rgb(16, 20, 24)')).toEqual([16, 20, 24]);
    expect(opaqueColour('rgba(255, 255, 255, 0.9)')).toEqual([255, 255, 255]);
    expect(opaqueColour('rgb(16 20 24 / 80%)')).toEqual([16, 20, 24]);
  });

  it('treats transparent and mostly transparent colours as no background', () => {
    expect(opaqueColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(opaqueColour('rgba(0, 0, 0, 0.3)')).toBeNull();
    expect(opaqueColour('oklch(0.2 0.02 260 / 0.2)')).toBeNull();
  });

  it('reads oklch() and oklab() by their lightness, as a grey', () => {
    const [dark] = opaqueColour('oklch(0.21 0.034 264.665)')!;
    const [light] = opaqueColour('oklch(98.5% 0.002 247.839)')!;
    expect(dark).toBeLessThan(40);
    expect(light).toBeGreaterThan(240);
    expect(opaqueColour('oklab(0.5 0.01 -0.02)')![0]).toBeGreaterThan(60);
  });

  it('answers null for what it does not understand', () => {
    expect(opaqueColour('color(display-p3 0 0 0)')).toBeNull();
    expect(opaqueColour('')).toBeNull();
  });
});
