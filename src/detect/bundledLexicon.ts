// The bundled dataset's lexicon. Here (Node: tests, the scan CLI) it is compiled from the dataset on first use. In
// the content script, build.mjs swaps this module for one that unpacks the same lexicon, compiled and packed at
// build time by this same code (lexiconPack.ts): no page compiles the dataset.

import { chains } from '../data/index';
import { compileLexicon, type Lexicon } from './lexicon';

export function bundledLexicon(): Lexicon {
  return compileLexicon(chains);
}
