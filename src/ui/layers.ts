// One colour and one label per layer, shared by marks, tooltip, popup and options so they read as one product.
import type { Layer } from '../data/types';

export const LAYER_COLORS: Record<Layer, string> = { 1: '#0f766e', 2: '#5b4be0', 3: '#b7357a' };
