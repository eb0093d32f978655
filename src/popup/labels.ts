// Message keys for dataset enums, spelled out so every key used is visible to the key check in tests.
import type { ChainKind, ChainStage, ChainStatus, Layer } from '../data/types';
import { t } from '../ui/i18n';

const KIND_KEYS: Record<ChainKind, string> = {
  l1: 'popupKindL1',
  'optimistic-rollup': 'popupKindOptimisticRollup',
  'zk-rollup': 'popupKindZkRollup',
  validium: 'popupKindValidium',
  optimium: 'popupKindOptimium',
  sidechain: 'popupKindSidechain',
  'state-channel': 'popupKindStateChannel',
  plasma: 'popupKindPlasma',
  other: 'popupKindOther',
};

const STATUS_KEYS: Record<ChainStatus, string> = {
  active: 'popupStatusActive',
  'winding-down': 'popupStatusWindingDown',
  'shut-down': 'popupStatusShutDown',
};

const LAYER_KEYS: Record<Layer, string> = { 1: 'popupLayer1', 2: 'popupLayer2', 3: 'popupLayer3' };

export const kindLabel = (kind: ChainKind): string => t(KIND_KEYS[kind]);
export const statusLabel = (status: ChainStatus): string => t(STATUS_KEYS[status]);
export const layerLabel = (layer: Layer): string => t(LAYER_KEYS[layer]);
export const stageLabel = (stage: ChainStage): string =>
  stage === 'not applicable' ? t('popupStageNotApplicable') : t('popupStageN', stage);
