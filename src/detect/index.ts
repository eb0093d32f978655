// The detection API: findMentions over the bundled dataset, and createDetector for any other chain list.

import { chains } from '../data/index';
import { createDetector, type Detector } from './detector';
import type { DetectContext, Mention } from './types';

export { createDetector, type Detector } from './detector';
export { compileLexicon, type Lexicon } from './lexicon';
export { DEFAULT_CONTEXT, type DetectContext, type Mention, type Sensitivity } from './types';

/** Compiled once, when the module loads: every call after that only reads it. */
export const defaultDetector: Detector = createDetector(chains);

export function findMentions(text: string, context: DetectContext): Mention[] {
  return defaultDetector.findMentions(text, context);
}
