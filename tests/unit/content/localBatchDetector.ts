// A detector in the test's own thread as the scanner's BatchDetector: the same packing the background answers with.
import type { BatchDetector } from '../../../src/content/scanner';
import { datasetChainFacts } from '../../../src/detect/datasetFacts';
import { detectPacked, type TextDetector } from '../../../src/detect/packedMentions';

export function localBatchDetector(detector: TextDetector): BatchDetector {
  return { detect: async (texts, context) => detectPacked(detector, texts, context, datasetChainFacts) };
}
