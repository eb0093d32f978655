import { createDetector } from '../../../src/detect/index';
import type { DetectContext } from '../../../src/detect/types';
import { BALANCED, CHAINS } from './fixtures';

export const detector = createDetector(CHAINS);

/** Mentions as "text→chain" strings: easy to read in a failing assertion. */
export function marks(text: string, context: DetectContext = BALANCED): string[] {
  return detector.findMentions(text, context).map((m) => `${text.slice(m.start, m.end)}→${m.chainId}`);
}
