// What the page knows of the chains it found: each one's layer and whether it has shut down, for the layer settings.
// Learned from the detector's answers (see PackedMentions.facts), not bundled: the content script carries no dataset.
import { unpackChainFacts, type ChainFacts } from '../detect/packedMentions';

export class KnownChains {
  private readonly facts = new Map<string, ChainFacts>();

  /** Takes in an answer's chains and their facts (checked with the answer: see checkedMentions). */
  learn(ids: readonly string[], facts: string): void {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.facts.has(id)) continue;
      const known = unpackChainFacts(facts.charCodeAt(k));
      if (known) this.facts.set(id, known);
    }
  }

  /** A chain's facts; undefined for a chain no answer named (the page never found it). */
  of(chainId: string): ChainFacts | undefined {
    return this.facts.get(chainId);
  }
}
