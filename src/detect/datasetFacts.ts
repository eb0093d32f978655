// The facts of a chain of the bundled dataset, packed for an answer to the page (see packChainFacts). In the
// background and the tests only: the content script must not bundle the dataset.
import { chainById } from '../data/index';
import { packChainFacts } from './packedMentions';

/** The detector names only chains of the dataset: any other id is a bug, not input. */
export function datasetChainFacts(chainId: string): number {
  const chain = chainById(chainId);
  if (!chain) throw new Error(`no chain ${chainId} in the dataset`);
  return packChainFacts(chain);
}
