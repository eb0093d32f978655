// The detection API: findMentions over the bundled dataset, and createDetector for any other chain list.

import { chains } from '../data/index';
import { createDetector, type Detector } from './detector';
import type { DetectContext, Mention } from './types';

export { createDetector, type Detector } from './detector';
export { compileLexicon, type Lexicon } from './lexicon';
export { DEFAULT_CONTEXT, type DetectContext, type Mention, type Sensitivity } from './types';

let compiled: Detector | undefined;

/**
 * The detector over the bundled dataset, compiled on first use and kept: the content script loads on every page,
 * and compiling inside the first scan slice keeps the script's own start-up short.
 */
export function defaultDetector(): Detector {
  compiled ??= createDetector(chains);
  return compiled;
}

export function findMentions(text: string, context: DetectContext): Mention[] {
  return defaultDetector().findMentions(text, context);
}
