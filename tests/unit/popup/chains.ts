// A small hand-made dataset for the popup's pure logic, independent of the real one as it grows.
import type { Chain } from '../../../src/data/types';
import { chain } from '../chain';

export const CHAINS: Chain[] = [
  chain({ id: 'bitcoin', name: 'Bitcoin', aliases: ['BTC network'], layer: 1, parent: null, kind: 'l1', nativeToken: 'BTC' }),
  chain({ id: 'ethereum', name: 'Ethereum', aliases: ['Ethereum mainnet'], layer: 1, parent: null, kind: 'l1', nativeToken: 'ETH' }),
  chain({ id: 'arbitrum-one', name: 'Arbitrum One', aliases: ['Arbitrum', 'Arb One'], nativeToken: 'ETH', stage: '1' }),
  chain({ id: 'arbitrum-nova', name: 'Arbitrum Nova', aliases: ['Nova'], kind: 'optimium', nativeToken: 'ETH' }),
  chain({ id: 'op-mainnet', name: 'OP Mainnet', aliases: ['Optimism'], nativeToken: 'ETH' }),
  chain({ id: 'zksync-era', name: 'zkSync Era', aliases: ['ZKsync'], kind: 'zk-rollup', nativeToken: 'ETH' }),
  chain({ id: 'polygon-pos', name: 'Polygon PoS', aliases: ['Polygon', 'Matic'], kind: 'sidechain', nativeToken: 'POL' }),
  chain({ id: 'lightning-network', name: 'Lightning Network', aliases: ['Lightning'], parent: 'bitcoin', kind: 'state-channel' }),
  chain({ id: 'xai', name: 'Xai', layer: 3, parent: 'arbitrum-one', kind: 'optimium', nativeToken: 'XAI' }),
  chain({ id: 'aevo', name: 'Aevo', kind: 'optimium', status: 'winding-down' }),
  chain({ id: 'loopring', name: 'Loopring', kind: 'zk-rollup', status: 'shut-down', nativeToken: 'LRC' }),
];
