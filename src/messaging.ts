// The browser side of src/messages.ts: typed send and a validating listener.
import browser from 'webextension-polyfill';
import {
  envelope,
  isOwnSender,
  parseEnvelope,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
} from './messages';

export type Handlers = {
  [N in MessageName]?: (
    payload: RequestOf<N>,
    sender: browser.Runtime.MessageSender,
  ) => ResponseOf<N> | Promise<ResponseOf<N>>;
};

function unwrap<N extends MessageName>(name: N, reply: unknown): ResponseOf<N> {
  const r = reply as Reply<N> | undefined;
  if (!r || typeof r !== 'object') throw new Error(`no reply to ${name}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export async function sendToBackground<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  return unwrap(name, await browser.runtime.sendMessage(envelope(name, payload)));
}

export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  frameId?: number,
): Promise<ResponseOf<N>> {
  const options = frameId === undefined ? undefined : { frameId };
  return unwrap(name, await browser.tabs.sendMessage(tabId, envelope(name, payload), options));
}

/**
 * Answers our messages with a typed Reply: a bad sender or malformed payload gets an error reply,
 * a handler that throws gets an error reply; nothing throws back across the boundary.
 * Messages for handlers this end does not have are left for other listeners, and so are those `wants` turns down
 * (a message to a tab reaches every frame, and the first answer wins: a frame it is not for must stay silent).
 */
export function listen(
  handlers: Handlers,
  signal?: AbortSignal,
  wants?: <N extends MessageName>(name: N, payload: RequestOf<N>) => boolean,
): void {
  const onMessage = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const parsed = parseEnvelope(message);
    if (!parsed.ok) {
      // Not ours at all: stay silent so other listeners (if any) can answer.
      if (parsed.error === 'not a Layerlens message') return undefined;
      return Promise.resolve({ ok: false, error: parsed.error });
    }
    const handler = handlers[parsed.envelope.name] as
      | ((p: unknown, s: browser.Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler || (wants && !wants(parsed.envelope.name, parsed.envelope.payload))) return undefined;
    if (!isOwnSender(sender, browser.runtime.id)) return Promise.resolve({ ok: false, error: 'sender is not Layerlens' });
    return Promise.resolve()
      .then(() => handler(parsed.envelope.payload, sender))
      .then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal?.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // Context invalidated: the listener is gone with it.
    }
  });
}
