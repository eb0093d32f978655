// Concepts the tooltip and popup link to, in our own words. Ids match chain kinds where a kind has an entry.
import type { ChainKind, ChainStage, GlossaryEntry } from './types';

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'layer-1',
    term: 'Layer 1',
    short: 'A blockchain that orders and secures its own transactions without relying on another chain.',
    long: 'A layer 1 runs its own consensus (proof of work, proof of stake or similar) and keeps its own data. Its security comes from its own miners or stakers. Bitcoin, Ethereum and Solana are layer 1s.',
    related: ['layer-2', 'trilemma'],
  },
  {
    id: 'layer-2',
    term: 'Layer 2',
    short: 'A chain that settles to a layer 1 and leans on it for some of its security.',
    long: 'A layer 2 executes transactions itself but anchors its state to a layer 1. How much security it borrows varies: a rollup posts its data and proves or lets others dispute its state on the layer 1, while a sidechain bridged to it mostly trusts its own validators.',
    related: ['layer-1', 'layer-3', 'rollup', 'sidechain'],
  },
];

const byId = new Map(glossary.map((g) => [g.id, g]));

export function glossaryById(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

/** The glossary id explaining a chain kind: the kind itself, except `l1` which is explained by `layer-1`. */
export function glossaryIdForKind(kind: ChainKind): string {
  return kind === 'l1' ? 'layer-1' : kind;
}

const STAGE_MEANING: Record<ChainStage, string> = {
  '0': 'Stage 0: the operators can still override the rollup; its proofs, if any, do not yet bind them.',
  '1': 'Stage 1: working proofs constrain the operators, but a security council can still override them.',
  '2': 'Stage 2: proofs alone decide; upgrades give users time to exit before they take effect.',
  'not applicable': 'Not staged: stages only apply to rollups.',
};

/** One line explaining an L2BEAT stage, for the tooltip. */
export function stageMeaning(stage: ChainStage): string {
  return STAGE_MEANING[stage];
}
