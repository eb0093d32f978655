// Detection for the page scanner, done by the background (service worker; event page in Firefox) instead of on the
// page's main thread. The page pays only for reading its text and sending it; the matcher and every rule run in the
// extension's own process, compiled and warmed once for every tab and frame, not again in each of them. The text
// goes no further than that: the background keeps nothing and makes no request (see SECURITY.md).
import { sendToBackground } from '../messaging';
import type { PageSignalInput } from '../detect/pageSignal';
import { SAMPLE_CHARS } from '../detect/pageSample';
import type { BatchDetector } from './scanner';

export const remoteDetector: BatchDetector = {
  detect: (texts, context) => sendToBackground('detectTexts', { texts, context }),
};

/** Longest title, description or heading sent (the background turns longer ones down): their start says enough. */
const META_CHARS = 2_000;

/** Whether the page is about crypto, asked of the background (pageSignal.ts runs the detector on the headings). */
export async function isCryptoPage(input: PageSignalInput): Promise<boolean> {
  const clip = (text: string) => text.slice(0, META_CHARS);
  const { crypto } = await sendToBackground('pageSignal', {
    ...input,
    title: clip(input.title),
    description: clip(input.description),
    headings: input.headings.slice(0, 100).map(clip),
    ...(input.sample === undefined ? {} : { sample: input.sample.slice(0, SAMPLE_CHARS) }),
  });
  return crypto === true;
}
