// Small inline chains for detector tests: independent of the bundled dataset, which grows and changes.
import type { Chain } from '../../../src/data/types';
import { chain } from '../chain';

export { chain };

export const CHAINS: Chain[] = [
  chain({ id: 'ethereum', name: 'Ethereum', aliases: ['Ethereum Mainnet'], layer: 1, parent: null, kind: 'l1', nativeToken: 'ETH' }),
  chain({ id: 'bitcoin', name: 'Bitcoin', layer: 1, parent: null, kind: 'l1', nativeToken: 'BTC' }),
  chain({ id: 'arbitrum-one', name: 'Arbitrum One', aliases: ['Arbitrum', 'Arb One'], nativeToken: 'ETH' }),
  chain({ id: 'arbitrum-nova', name: 'Arbitrum Nova', aliases: ['Arb Nova'], nativeToken: 'ETH' }),
  chain({ id: 'op-mainnet', name: 'OP Mainnet', aliases: ['Optimism'], ambiguous: ['Optimism'], qualifiers: ['Optimism mainnet', 'Optimism L2'], nativeToken: 'ETH' }),
  chain({
    id: 'base',
    name: 'Base',
    aliases: ['Base Chain'],
    ambiguous: ['Base'],
    qualifiers: ['Base mainnet', "Coinbase's Base", 'on Base chain'],
    nativeToken: 'ETH',
  }),
  chain({ id: 'scroll', name: 'Scroll', ambiguous: ['Scroll'], qualifiers: ['Scroll zkEVM', 'Scroll L2'] }),
  chain({ id: 'polygon-pos', name: 'Polygon PoS', aliases: ['Polygon', 'Matic'], ambiguous: ['Polygon'], kind: 'sidechain', nativeToken: 'POL' }),
  chain({ id: 'polygon-zkevm', name: 'Polygon zkEVM', kind: 'zk-rollup' }),
  chain({
    id: 'avalanche',
    name: 'Avalanche C-Chain',
    aliases: ['Avalanche', 'C-Chain'],
    ambiguous: ['Avalanche'],
    layer: 1,
    parent: null,
    kind: 'l1',
    nativeToken: 'AVAX',
  }),
  chain({
    id: 'zksync-era',
    name: 'ZKsync Era',
    aliases: ['zkSync', 'ZKsync 2.0'],
    kind: 'zk-rollup',
    sharedForms: [{ form: 'zkSync', note: 'today Era', preferred: true }],
  }),
  chain({
    id: 'zksync-lite',
    name: 'ZKsync Lite',
    aliases: ['zkSync'],
    kind: 'zk-rollup',
    sharedForms: [{ form: 'zkSync', note: 'before 2023', preferred: false }],
  }),
  chain({ id: 'lightning-network', name: 'Lightning Network', aliases: ['Lightning', 'LN'], ambiguous: ['Lightning', 'LN'], layer: 2, parent: 'bitcoin', kind: 'state-channel', nativeToken: 'BTC' }),
  chain({ id: 'bnb-smart-chain', name: 'BNB Smart Chain', aliases: ['BSC', 'Smart Chain'], layer: 1, parent: null, kind: 'l1', nativeToken: 'BNB' }),
  chain({ id: 'near', name: 'NEAR Protocol', aliases: ['NEAR'], ambiguous: ['NEAR'], layer: 1, parent: null, kind: 'l1', nativeToken: 'NEAR' }),
  chain({ id: 'aztec-connect', name: 'Aztec Connect', aliases: ['zk.money'], kind: 'zk-rollup' }),
  chain({ id: 'world-chain', name: 'World Chain', ambiguous: ['World Chain'], qualifiers: ['World Chain mainnet'] }),
  chain({ id: 'cosmos-hub', name: 'Cosmos Hub', aliases: ['Cosmos'], ambiguous: ['Cosmos'], layer: 1, parent: null, kind: 'l1', nativeToken: 'ATOM' }),
  chain({ id: 'celo', name: 'Celo', nativeToken: 'CELO' }),
  chain({ id: 'gnosis', name: 'Gnosis Chain', aliases: ['Gnosis', 'xDai'], ambiguous: ['Gnosis'], nativeToken: 'XDAI' }),
  chain({ id: 'merlin', name: 'Merlin Chain', aliases: ['Merlin'], ambiguous: ['Merlin'], nativeToken: 'BTC' }),
  chain({ id: 'sonic', name: 'Sonic', ambiguous: ['Sonic'], layer: 1, parent: null, kind: 'l1', nativeToken: 'S' }),
];

export const BALANCED = { sensitivity: 'balanced', cryptoPage: false } as const;
export const STRICT = { sensitivity: 'strict', cryptoPage: false } as const;
export const EVERYWHERE = { sensitivity: 'everywhere', cryptoPage: false } as const;
