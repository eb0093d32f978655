// Concepts the tooltip and popup link to, in our own words. Ids match chain kinds where a kind has an entry.
import type { ChainKind, ChainStage, GlossaryEntry } from './types';

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'layer-1',
    term: 'Layer 1',
    short: 'A blockchain that orders and secures its own transactions without relying on another chain.',
    long: 'A layer 1 runs its own consensus (proof of work, proof of stake or similar) and keeps its own data. Its security comes from its own miners or stakers, so it is only as strong as they are. Bitcoin, Ethereum and Solana are layer 1s.',
    related: ['layer-2', 'trilemma'],
  },
  {
    id: 'layer-2',
    term: 'Layer 2',
    short: 'A chain that settles to a layer 1 and leans on it for some or all of its security.',
    long: 'A layer 2 executes transactions itself and anchors its state to a layer 1. How much security it really borrows varies a lot: a rollup publishes its data on the layer 1 and proves or lets anyone dispute its state there, while a sidechain with a bridge mostly trusts its own validators. Check the kind, the data availability and the proof system, not just the label.',
    related: ['layer-1', 'layer-3', 'rollup', 'sidechain', 'bridge'],
  },
  {
    id: 'layer-3',
    term: 'Layer 3',
    short: 'A chain that settles to a layer 2 instead of directly to a layer 1.',
    long: 'A layer 3 stacks one more level: it posts its state and usually its data to a layer 2, which in turn settles to a layer 1. This makes transactions even cheaper, but every level adds its own operators, bridges and upgrade keys, and exiting to the layer 1 means going through each of them.',
    related: ['layer-2', 'bridge'],
  },
  {
    id: 'rollup',
    term: 'Rollup',
    short: 'A layer 2 that publishes all its transaction data on its parent chain and has its state checked there.',
    long: 'A rollup executes transactions off the parent chain but posts the data needed to rebuild its state to the parent, and a contract on the parent accepts new state only with a validity proof or after a window for fraud proofs. Because the data is public, anyone can reconstruct balances and exit even if the operator disappears. How safe a rollup is in practice also depends on who can upgrade it; see the stages.',
    related: ['optimistic-rollup', 'zk-rollup', 'data-availability', 'stage-0'],
  },
  {
    id: 'optimistic-rollup',
    term: 'Optimistic rollup',
    short: 'A rollup whose new states are assumed correct unless someone proves them wrong within a challenge window.',
    long: 'An optimistic rollup posts its data to the parent chain and proposes state updates without proving them. During a challenge period (often about a week) anyone allowed to challenge can submit a fraud proof showing an update is wrong, which cancels it. Withdrawals through the official bridge therefore wait out that window. If only whitelisted parties may challenge, users trust those parties.',
    related: ['rollup', 'fraud-proof', 'zk-rollup'],
  },
  {
    id: 'zk-rollup',
    term: 'ZK rollup',
    short: 'A rollup that proves every state update with a validity (zero-knowledge) proof checked on the parent chain.',
    long: 'A ZK rollup posts its data to the parent chain together with a cryptographic proof that the new state follows from the old one. The parent\'s verifier contract rejects anything that does not check out, so there is no challenge window: once a proof is verified, withdrawals can complete. Users still trust that the proof system has no bugs and that whoever can upgrade the verifier will not abuse it.',
    related: ['rollup', 'validity-proof', 'validium'],
  },
  {
    id: 'validium',
    term: 'Validium',
    short: 'Like a ZK rollup, with validity proofs, but its transaction data is kept off the parent chain.',
    long: 'A validium proves its state updates on the parent chain, so operators cannot steal funds by posting a false state. Its data, however, is held by a committee or another data layer. If that data is withheld, users may be unable to build the proofs they need to exit, so funds can be frozen.',
    related: ['zk-rollup', 'data-availability', 'optimium'],
  },
  {
    id: 'optimium',
    term: 'Optimium',
    short: 'Like an optimistic rollup, with fraud proofs, but its transaction data is kept off the parent chain.',
    long: 'An optimium uses fraud proofs to settle disputes, but stores its data with a committee or an external data layer instead of on the parent chain. If the data is withheld, nobody can check the state or build a fraud proof, so a dishonest operator plus a colluding committee could steal funds.',
    related: ['optimistic-rollup', 'data-availability', 'validium'],
  },
  {
    id: 'sidechain',
    term: 'Sidechain',
    short: 'A separate chain with its own validators, connected to another chain by a bridge.',
    long: 'A sidechain runs its own consensus and keeps its own data; the chain it is attached to does not check its state. Assets move across through a bridge, usually secured by the sidechain\'s validators or a federation. If a majority of them are dishonest or hacked, bridged funds can be stolen. It is often marketed as a layer 2, but it borrows little security.',
    related: ['bridge', 'layer-2', 'rollup'],
  },
  {
    id: 'state-channel',
    term: 'State channel',
    short: 'Two or more parties lock funds on-chain, trade signed updates off-chain, and settle the final result on-chain.',
    long: 'In a state channel the parties sign each new balance off-chain, so payments are instant and nearly free. Only opening and closing touch the chain. If someone tries to close with an old state, the other side must notice and respond in time, so users (or a watchtower) have to stay online. Payment-channel networks such as Lightning route payments across many channels.',
    related: ['layer-2', 'bridge'],
  },
  {
    id: 'plasma',
    term: 'Plasma',
    short: 'An early layer 2 design that posts only commitments to the parent chain and relies on users to exit if the operator misbehaves.',
    long: 'A Plasma chain keeps its data off-chain and publishes only small commitments. If the operator withholds data or cheats, users must notice and start an exit within a deadline, which can cause a rush of exits. Rollups largely replaced Plasma because publishing the data removes that burden.',
    related: ['rollup', 'data-availability'],
  },
  {
    id: 'data-availability',
    term: 'Data availability',
    short: 'Whether the data needed to rebuild a chain\'s state is published where anyone can get it.',
    long: 'If transaction data is available, anyone can recompute balances, check the operator and exit on their own. Rollups publish it on their parent chain (on Ethereum, often in blobs); validiums and optimiums keep it with a committee or on a separate data layer such as Celestia, Avail or EigenDA, which is cheaper but adds trust in whoever holds it.',
    related: ['rollup', 'validium', 'optimium', 'modular-blockchain'],
  },
  {
    id: 'sequencer',
    term: 'Sequencer',
    short: 'The party that orders a layer 2\'s transactions and produces its blocks.',
    long: 'Most layer 2s have a single sequencer run by the team. It gives fast confirmations, but it can delay or censor transactions and can capture value from ordering. Good designs let users force a transaction through the parent chain if the sequencer ignores them, after some delay. Some chains share or rotate sequencing, or let the parent chain\'s block proposers do it ("based" sequencing).',
    related: ['rollup', 'layer-2'],
  },
  {
    id: 'fraud-proof',
    term: 'Fraud proof',
    short: 'A proof, submitted during a challenge window, that a proposed state update is wrong.',
    long: 'Optimistic systems accept state updates unless someone disputes them in time. A fraud proof (or fault proof) replays the disputed step on the parent chain to show who is right. It only protects users if challengers are allowed to submit it: permissionless fraud proofs need just one honest watcher, while whitelisted ones mean trusting the whitelist.',
    related: ['optimistic-rollup', 'validity-proof'],
  },
  {
    id: 'validity-proof',
    term: 'Validity proof',
    short: 'A cryptographic proof, checked on-chain, that a batch of transactions was executed correctly.',
    long: 'A validity proof (usually a SNARK or STARK, often called a ZK proof) lets a contract check a whole batch cheaply without re-running it. With a correct verifier, an invalid state cannot be accepted at all. The remaining risks are bugs in the circuits or verifier, trusted-setup assumptions for some proof systems, and whoever can replace the verifier.',
    related: ['zk-rollup', 'validium', 'fraud-proof'],
  },
  {
    id: 'stage-0',
    term: 'Stage 0',
    short: 'L2BEAT\'s first rollup stage: the operators can still override the system.',
    long: 'At Stage 0 a rollup publishes its data and state roots on the parent chain and its software is open, but its proof system, if any, is not yet what protects users: the team or a multisig can override or upgrade it at will. Treat funds as resting on the team\'s honesty.',
    related: ['stage-1', 'stage-2', 'rollup'],
  },
  {
    id: 'stage-1',
    term: 'Stage 1',
    short: 'L2BEAT\'s middle stage: working proofs protect users, but a security council can still overrule them.',
    long: 'At Stage 1 a functional proof system decides which states are accepted, users can exit without the operator\'s help, and ordinary upgrades give users time to leave. A security council (a multisig with outside members) may still override the system, in principle only to fix bugs.',
    related: ['stage-0', 'stage-2', 'fraud-proof', 'validity-proof'],
  },
  {
    id: 'stage-2',
    term: 'Stage 2',
    short: 'L2BEAT\'s last stage: the proof system alone decides, and upgrades leave at least 30 days to exit.',
    long: 'At Stage 2 the proof system is permissionless, the security council can act only on bugs that the chain itself can detect on-chain, and any other upgrade is delayed long enough (at least 30 days) for users to leave first. Few rollups have reached it.',
    related: ['stage-1', 'rollup'],
  },
  {
    id: 'trilemma',
    term: 'Blockchain trilemma',
    short: 'The idea that a single chain struggles to be decentralised, secure and scalable all at once.',
    long: 'Raising throughput on one chain usually means bigger blocks or fewer, stronger machines, which pushes out small participants and weakens decentralisation. Layer 2s and modular designs try to escape the trilemma by keeping a decentralised base layer for security and data, and doing most execution elsewhere.',
    related: ['layer-1', 'layer-2', 'modular-blockchain'],
  },
  {
    id: 'modular-blockchain',
    term: 'Modular blockchain',
    short: 'A design that splits execution, settlement, consensus and data availability across different layers.',
    long: 'A monolithic chain does everything itself. A modular stack lets a rollup execute transactions, settle on one chain and publish data on another (for example Ethereum blobs, Celestia or EigenDA). Each choice changes costs and who you have to trust, so the label says little until you know which layer does what.',
    related: ['data-availability', 'rollup', 'trilemma'],
  },
  {
    id: 'bridge',
    term: 'Bridge',
    short: 'A system that moves assets or messages between chains, usually by locking them on one side and issuing them on the other.',
    long: 'A rollup\'s canonical bridge is secured by the rollup\'s own proofs. Other bridges rely on a multisig, a committee or a set of validators to confirm what happened on the other chain; if those signers are hacked or collude, the locked funds can be stolen, which has happened many times. Bridged tokens are only as good as the bridge behind them.',
    related: ['sidechain', 'layer-2', 'rollup'],
  },
  {
    id: 'other',
    term: 'Other (L2BEAT "Others")',
    short: 'A chain that settles to another chain but lacks a working proof system or guaranteed data availability.',
    long: 'L2BEAT files a project under "Others" when it does not meet the rollup or validium bar: there is no working or permissionless proof system, the proofs are closed to outsiders, or the data sits somewhere the parent chain cannot check (no data availability oracle or a too-small committee). Such chains may still be useful, but their operators can usually change the state or block exits.',
    related: ['rollup', 'validium', 'optimium', 'data-availability'],
  },
];

// Built on first use: a bundle that never looks an entry up (the content script) then drops the texts entirely.
let byId: Map<string, GlossaryEntry> | undefined;

export function glossaryById(id: string): GlossaryEntry | undefined {
  byId ??= new Map(glossary.map((g) => [g.id, g]));
  return byId.get(id);
}

/** The glossary id explaining a chain kind: the kind itself, except `l1` which is explained by `layer-1`. */
export function glossaryIdForKind(kind: ChainKind): string {
  return kind === 'l1' ? 'layer-1' : kind;
}

const STAGE_MEANING: Record<ChainStage, string> = {
  '0': 'Stage 0: the team can still override the system; proofs, if any, do not yet protect you.',
  '1': 'Stage 1: working proofs protect you, but a security council can still overrule them.',
  '2': 'Stage 2: proofs alone decide, and upgrades leave at least 30 days to exit.',
  'not applicable': 'Not staged: L2BEAT stages only apply to rollups, not to layer 1s or sidechains.',
};

/** One line explaining an L2BEAT stage, for the tooltip; null means no stage in our sources. */
export function stageMeaning(stage: ChainStage | null): string {
  return stage === null ? 'Stage not assessed in our sources.' : STAGE_MEANING[stage];
}
