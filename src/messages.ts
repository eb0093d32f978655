// One map of every message between the parts of Layerlens: name → request and response.
// Both ends import it; every receiver validates the payload before it trusts it (see parseEnvelope).
import type { Chain } from './data/types';
import { MAX_TEXT_LENGTH, MAX_TEXTS, type PackedMentions } from './detect/packedMentions';
import type { PageSignalInput } from './detect/pageSignal';
import { SAMPLE_CHARS } from './detect/pageSample';
import type { DetectContext } from './detect/types';
import { CHAIN_ID } from './data/chainId';
import { SENSITIVITIES } from './settings/schema';

export interface PageChain {
  chainId: string;
  /** Number of mentions found on the page (all frames of the tab are summed by the background). */
  count: number;
  /** The layer settings leave this chain unmarked: the badge does not count it, the popup lists it apart. */
  unmarked?: true;
}

export interface PageState {
  /** The content script is running and marking on this page (false when off for this site or paused). */
  active: boolean;
  /** Why it is not active, when it is not. */
  reason?: 'paused' | 'site-off' | 'not-crypto' | 'unsupported';
  host: string;
  chains: PageChain[];
}

/** What the tooltip shows of a chain: its entry, and what its kind means in one line (null: no glossary entry). */
export interface ChainDetails {
  chain: Chain | null;
  kindMeaning: string | null;
  /** The chain and those it settles to, down to its layer 1 (the tooltip's stack): empty when there is no chain. */
  stack: { id: string; name: string; layer: Chain['layer'] }[];
}

export interface MessageMap {
  /**
   * content → background: a chain's full entry, the glossary's line on its kind and the chains it settles to (the
   * content script bundles no dataset: it would cost every frame of every page, and grow with the dataset).
   */
  getChain: { request: { chainId: string }; response: ChainDetails };
  /** popup → content: what is on this page. */
  getPageState: { request: Record<string, never>; response: PageState };
  /** popup → content: scroll to the next mention of a chain and flash it. */
  revealMention: { request: { chainId: string }; response: { found: boolean } };
  /** background → content: the keyboard command; open the tooltip at the selection or step to the next mention in view. */
  explainAtSelection: { request: Record<string, never>; response: { opened: boolean } };
  /** content → background: open a chain's full entry (the popup's directory) in a tab. */
  openEntry: { request: { chainId: string }; response: { ok: true } };
  /** popup → background: the chains of every frame of a tab, summed (frames report to the background). */
  getTabChains: { request: { tabId: number }; response: { chains: PageChain[] } };
  /** content → background: the chains of this frame changed (for the badge and the popup's counts). */
  pageChainsChanged: { request: { chains: PageChain[] }; response: { ok: true } };
  /**
   * content → background: the chain names in texts the page scanner read. Detection runs in the background, off the
   * page's main thread, and once per browser rather than once per frame (see src/content/remoteDetector.ts).
   */
  detectTexts: { request: { texts: string[]; context: DetectContext }; response: PackedMentions };
  /** content → background: whether the page is about crypto, from what it says about itself (see pageSignal.ts). */
  pageSignal: { request: PageSignalInput; response: { crypto: boolean } };
}

export type MessageName = keyof MessageMap;
export type RequestOf<N extends MessageName> = MessageMap[N]['request'];
export type ResponseOf<N extends MessageName> = MessageMap[N]['response'];

/** What travels on the wire. */
export interface Envelope<N extends MessageName = MessageName> {
  layerlens: 1;
  name: N;
  payload: RequestOf<N>;
}

/** A receiver's answer: a typed response or a typed error, never a throw across the boundary. */
export type Reply<N extends MessageName> = { ok: true; value: ResponseOf<N> } | { ok: false; error: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyObject(value: unknown): value is Record<string, never> {
  return isPlainObject(value) && Object.keys(value).length === 0;
}

export function isPageChain(value: unknown): value is PageChain {
  return (
    isPlainObject(value) &&
    typeof value.chainId === 'string' &&
    CHAIN_ID.test(value.chainId) &&
    typeof value.count === 'number' &&
    Number.isInteger(value.count) &&
    value.count >= 0 &&
    (value.unmarked === undefined || value.unmarked === true)
  );
}

/** Most text one detectTexts batch may carry (the scanner sends far less: see scanner.ts). */
const MAX_BATCH_CHARS = 1 << 22;

function isDetectContext(value: unknown): value is DetectContext {
  if (!isPlainObject(value)) return false;
  const { sensitivity, cryptoPage, tickers, deferCryptoPage } = value;
  const optionalFlag = (flag: unknown) => flag === undefined || typeof flag === 'boolean';
  return (
    typeof sensitivity === 'string' &&
    (SENSITIVITIES as readonly string[]).includes(sensitivity) &&
    typeof cryptoPage === 'boolean' &&
    optionalFlag(tickers) &&
    optionalFlag(deferCryptoPage)
  );
}

function isTextBatch(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length > MAX_TEXTS) return false;
  let total = 0;
  for (const text of value) {
    if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return false;
    total += text.length;
  }
  return total <= MAX_BATCH_CHARS;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isShortText = (s: unknown): s is string => typeof s === 'string' && s.length <= 10_000;

function isPageSignalInput(p: unknown): p is PageSignalInput {
  return (
    isPlainObject(p) &&
    isShortText(p.title) &&
    isShortText(p.description) &&
    Array.isArray(p.headings) &&
    p.headings.length <= 100 &&
    p.headings.every(isShortText) &&
    isCount(p.certainMentionCount) &&
    (p.certainChainCount === undefined || isCount(p.certainChainCount)) &&
    isCount(p.textLength) &&
    (p.sample === undefined || (typeof p.sample === 'string' && p.sample.length <= SAMPLE_CHARS))
  );
}

const requestValidators: { [N in MessageName]: (payload: unknown) => payload is RequestOf<N> } = {
  getPageState: isEmptyObject,
  explainAtSelection: isEmptyObject,
  revealMention: (p): p is { chainId: string } =>
    isPlainObject(p) && typeof p.chainId === 'string' && CHAIN_ID.test(p.chainId),
  getChain: (p): p is { chainId: string } =>
    isPlainObject(p) && typeof p.chainId === 'string' && CHAIN_ID.test(p.chainId),
  openEntry: (p): p is { chainId: string } =>
    isPlainObject(p) && typeof p.chainId === 'string' && CHAIN_ID.test(p.chainId),
  getTabChains: (p): p is { tabId: number } =>
    isPlainObject(p) && typeof p.tabId === 'number' && Number.isInteger(p.tabId) && p.tabId >= 0,
  pageChainsChanged: (p): p is { chains: PageChain[] } =>
    isPlainObject(p) && Array.isArray(p.chains) && p.chains.length <= 1000 && p.chains.every(isPageChain),
  detectTexts: (p): p is { texts: string[]; context: DetectContext } =>
    isPlainObject(p) && isTextBatch(p.texts) && isDetectContext(p.context),
  pageSignal: isPageSignalInput,
};

export function isMessageName(value: unknown): value is MessageName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestValidators, value);
}

/** Checks shape only; the sender check is the receiver's (see isOwnSender). */
export function parseEnvelope(value: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (!isPlainObject(value) || value.layerlens !== 1) return { ok: false, error: 'not a Layerlens message' };
  if (!isMessageName(value.name)) return { ok: false, error: `unknown message ${JSON.stringify(String(value.name)).slice(0, 80)}` };
  const validate = requestValidators[value.name] as (p: unknown) => boolean;
  if (!validate(value.payload)) return { ok: false, error: `malformed payload for ${value.name}` };
  return { ok: true, envelope: value as unknown as Envelope };
}

export function envelope<N extends MessageName>(name: N, payload: RequestOf<N>): Envelope<N> {
  return { layerlens: 1, name, payload };
}

/** A sender is ours when it comes from this extension (not a page, not another extension). */
export function isOwnSender(sender: { id?: string | undefined } | undefined, ownId: string): boolean {
  return !!sender && sender.id === ownId;
}
