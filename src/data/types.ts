// The shape of one chain in the bundled dataset (src/data/chains.json).
// Every part of Layerlens (matcher, tooltip, popup, CLI) reads chains through these types.

export type Layer = 1 | 2 | 3;

export const CHAIN_KINDS = [
  'l1',
  'optimistic-rollup',
  'zk-rollup',
  'validium',
  'optimium',
  'sidechain',
  'state-channel',
  'plasma',
  'other',
] as const;
export type ChainKind = (typeof CHAIN_KINDS)[number];

export const CHAIN_STATUSES = ['active', 'winding-down', 'shut-down'] as const;
export type ChainStatus = (typeof CHAIN_STATUSES)[number];

/** L2BEAT's maturity stages for rollups; "not applicable" for L1s and non-rollups L2BEAT does not stage. */
export const CHAIN_STAGES = ['0', '1', '2', 'not applicable'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

export interface Tradeoffs {
  /** What a user gains by using this chain (2–4 chain-specific items). */
  gains: string[];
  /** What a user must trust and what can go wrong (2–4 chain-specific items). */
  risks: string[];
}

export interface Chain {
  /** Kebab-case slug, unique. */
  id: string;
  /** The name people know it by ("Arbitrum One"). */
  name: string;
  /** Other ways people write it ("Arbitrum", "Arb One"). Tickers are not aliases: see nativeToken. */
  aliases: string[];
  /**
   * Surface forms (from name or aliases) that are also ordinary English words ("Base", "Scroll").
   * These are matched case-sensitively and only with evidence of crypto context.
   */
  ambiguous?: string[];
  /**
   * Phrases that make an ambiguous form certain on their own ("Base chain", "Base mainnet", "Lightning Network").
   * Each must contain one of the chain's surface forms.
   */
  qualifiers?: string[];
  /**
   * Surface forms this chain shares with another chain, with how to tell them apart.
   * A form appearing in two chains is an error unless both list it here.
   */
  sharedForms?: { form: string; note: string; preferred: boolean }[];
  layer: Layer;
  /** Id of the chain it settles to; null for L1s. */
  parent: string | null;
  kind: ChainKind;
  stack: string | null;
  /** Where transaction data is published (data availability). */
  da: string | null;
  proofSystem: string | null;
  stage: ChainStage | null;
  nativeToken: string | null;
  chainId: number | null;
  launched: number | null;
  website: string | null;
  status: ChainStatus;
  /** One plain sentence in our own words. */
  summary: string;
  /** Contested or changed facts, said plainly (e.g. "moved from L1 to L2 in 2025"). */
  notes?: string;
  tradeoffs: Tradeoffs;
  /** `github:owner/repo@commit:path` or an https URL; at least one. */
  sources: string[];
  /** ISO date (YYYY-MM-DD) the facts were last checked against the sources. */
  asOf: string;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  /** One short sentence for tooltips. */
  short: string;
  /** A paragraph or two for the popup, in our own words. */
  long: string;
  /** Ids of related glossary entries. */
  related?: string[];
}
