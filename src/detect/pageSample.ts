// How much of a page's text it sends for the crypto-page verdict (PageSignalInput.sample): its own module, so the
// content script, which must not bundle the detector or the message validators, can import it.

/** Most text a page sends as the sample of its text. */
export const SAMPLE_CHARS = 20_000;
