// Everyday English words that chain names collide with. A form made only of these is not matched when written all in
// lowercase ("the open network", "sonic boom", "a smart chain of events"), even if the dataset forgot to mark it
// ambiguous; only a lowercase name of two words or more that ends like a chain's ("on gnosis chain") is read, and kept
// with evidence (see matcher.ts and otherCase.ts). Capitalised or exact writings still match.

import { words } from './wordList';

// Read only when a lexicon is compiled (at build time for the content script): pure, so a bundle that never compiles
// one leaves it out.
export const COMMON_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ words(`
  a an the of on in to for by and or build open network chain smart base scroll lightning avalanche near mode
  optimism polygon mantle ink blast cosmos gnosis sonic stacks liquid ronin merlin lens abstract world one nova flow
  fuel harmony core corn stellar gravity swell waves icon oasis osmosis injective immutable treasure morph cyber
  degen flare songbird moonbeam theta bob kava boba manta redstone rootstock andromeda monad sui play proof apex
  connect hub protocol mainnet era lite pacific zero unit sei ton ln secret
`));
