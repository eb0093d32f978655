// The detection API: findMentions over the bundled dataset, and createDetector for any other chain list.

import { bundledLexicon } from './bundledLexicon';
import { detectorOver, type Detector } from './detector';
import type { DetectContext, Mention } from './types';

export { createDetector, type Detector } from './detector';
export { compileLexicon, type Lexicon } from './lexicon';
export { DEFAULT_CONTEXT, type DetectContext, type Mention, type Sensitivity } from './types';

let compiled: Detector | undefined;

/**
 * The detector over the bundled dataset, made on first use and kept: the content script loads on every page, and
 * making it in a task of its own keeps the script's own start-up short. In the content script the lexicon comes
 * packed from the build (see bundledLexicon.ts).
 */
export function defaultDetector(): Detector {
  compiled ??= detectorOver(bundledLexicon());
  return compiled;
}

export function findMentions(text: string, context: DetectContext): readonly Mention[] {
  return defaultDetector().findMentions(text, context);
}
