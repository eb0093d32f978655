// Localised labels for dataset enums. Literal keys, so the build can check each one exists.
import type { ChainKind } from '../data/types';
import { t } from './i18n';

export function kindLabel(kind: ChainKind): string {
  switch (kind) {
    case 'l1': return t('kind_l1');
    case 'optimistic-rollup': return t('kind_optimistic_rollup');
    case 'zk-rollup': return t('kind_zk_rollup');
    case 'validium': return t('kind_validium');
    case 'optimium': return t('kind_optimium');
    case 'sidechain': return t('kind_sidechain');
    case 'state-channel': return t('kind_state_channel');
    case 'plasma': return t('kind_plasma');
    case 'other': return t('kind_other');
  }
}
