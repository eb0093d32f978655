// Handler-level fuzzing of the message listener (src/messaging.ts `listen`), in Node with the extension API
// stubbed: random messages from random senders never throw across the boundary; every answer is a typed Reply;
// a handler runs only for a well-formed message from this extension, with the validated payload, once; a
// handler that throws or rejects becomes an error reply. (parseEnvelope alone is fuzzed in messages.test.ts.)
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { envelope, parseEnvelope } from '../../../src/messages';
import { listen } from '../../../src/messaging';

const OWN_ID = 'layerlens-test-id';
type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
const listeners: Listener[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'layerlens-test-id',
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
  },
}));


const NAMES = ['getChain', 'getPageState', 'revealMention', 'explainAtSelection', 'openEntry', 'pageChainsChanged'] as const;
type Name = (typeof NAMES)[number];

const chainId = fc.oneof(fc.constantFrom('ethereum', 'arbitrum-one', 'x', 'a'.repeat(64), 'A', '-x', '', 'a'.repeat(65), '../x', 'eth\u0000'), fc.string());
const payloadFor: Record<Name, fc.Arbitrary<unknown>> = {
  getChain: fc.record({ chainId }),
  revealMention: fc.record({ chainId }),
  openEntry: fc.record({ chainId }),
  getPageState: fc.oneof(fc.constant({}), fc.anything()),
  explainAtSelection: fc.oneof(fc.constant({}), fc.anything()),
  pageChainsChanged: fc.oneof(
    fc.record({ chains: fc.array(fc.record({ chainId, count: fc.oneof(fc.nat(), fc.integer(), fc.double()) }), { maxLength: 5 }) }),
    fc.record({ chains: fc.anything() }),
  ),
};

/** Mostly near-valid envelopes (so handlers do run), plus anything at all. */
const message = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES).chain((name) => payloadFor[name].map((payload) => ({ layerlens: 1, name, payload }))) },
  { weight: 1, arbitrary: fc.record({ layerlens: fc.oneof(fc.constant(1), fc.anything()), name: fc.oneof(fc.constantFrom(...NAMES, '__proto__', 'toString', 'constructor', 'hasOwnProperty'), fc.string()), payload: fc.anything() }) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const sender: fc.Arbitrary<{ id?: string }> = fc.oneof(fc.constant({ id: OWN_ID }), fc.constant({ id: OWN_ID }), fc.record({ id: fc.string(), url: fc.webUrl() }, { requiredKeys: [] }), fc.constant({}));
/** How a handler behaves: answers, throws, rejects, or answers late. */
const behaviour = fc.constantFrom('value', 'throw', 'reject', 'async', 'throw-non-error');

describe('message listener fuzz', () => {
  it('never throws; answers with a typed Reply; runs a handler only for a valid message from us, once', async () => {
    await fc.assert(
      fc.asyncProperty(message, sender, behaviour, fc.subarray([...NAMES]), async (raw, from, how, handled) => {
        listeners.length = 0;
        const calls: { name: string; payload: unknown }[] = [];
        const handlers = Object.fromEntries(
          handled.map((name) => [
            name,
            (payload: unknown) => {
              calls.push({ name, payload });
              if (how === 'throw') throw new Error(`boom in ${name}`);
              if (how === 'throw-non-error') throw 42;
              if (how === 'reject') return Promise.reject(new Error('rejected'));
              if (how === 'async') return Promise.resolve({ answered: name });
              return { answered: name };
            },
          ]),
        );
        const controller = new AbortController();
        listen(handlers, controller.signal);
        expect(listeners).toHaveLength(1);

        let answer: Promise<unknown> | undefined;
        expect(() => (answer = listeners[0]!(raw, from))).not.toThrow();
        const parsed = parseEnvelope(raw);
        const name = parsed.ok ? parsed.envelope.name : undefined;
        const ours = from.id === OWN_ID;

        if (!parsed.ok && parsed.error === 'not a Layerlens message') expect(answer).toBeUndefined();
        else if (parsed.ok && !handled.includes(name as Name)) expect(answer).toBeUndefined();
        else expect(answer).toBeInstanceOf(Promise);

        const reply = (await answer) as { ok: boolean; value?: unknown; error?: unknown } | undefined;
        if (reply !== undefined) {
          expect(typeof reply.ok).toBe('boolean');
          if (reply.ok) expect(reply.value).toEqual({ answered: name });
          else expect(typeof reply.error).toBe('string');
        }
        if (parsed.ok && ours && handled.includes(name as Name)) {
          expect(calls).toEqual([{ name, payload: parsed.envelope.payload }]);
          expect(reply!.ok).toBe(how === 'value' || how === 'async');
        } else {
          expect(calls).toEqual([]);
          if (parsed.ok && handled.includes(name as Name)) expect(reply).toEqual({ ok: false, error: 'sender is not Layerlens' });
        }
        controller.abort();
        expect(listeners).toHaveLength(0);
      }),
      { numRuns: 500 },
    );
  });

  it('every well-formed envelope we build is accepted by the listener', async () => {
    listeners.length = 0;
    listen({ getChain: ({ chainId: id }) => ({ chain: null, id }) as never });
    const reply = await listeners[0]!(envelope('getChain', { chainId: 'arbitrum-one' }), { id: OWN_ID });
    expect(reply).toEqual({ ok: true, value: { chain: null, id: 'arbitrum-one' } });
  });
});
