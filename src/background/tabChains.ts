// The chains found in each frame of each tab, summed per tab for the badge and the popup. Kept in
// storage.session: a service worker can be stopped at any time, and its memory with it.
import { isPageChain, type PageChain } from '../messages';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

type Frames = Record<string, PageChain[]>;

const keyOf = (tabId: number) => `tab:${tabId}`;

/** Sums per chain over frames. A chain is unmarked only if every frame that found it left it unmarked. */
export function sumFrames(frames: Frames): PageChain[] {
  const sums = new Map<string, PageChain>();
  for (const chains of Object.values(frames)) {
    for (const { chainId, count, unmarked } of chains) {
      const sum = sums.get(chainId);
      if (!sum) sums.set(chainId, unmarked ? { chainId, count, unmarked } : { chainId, count });
      else {
        sum.count += count;
        if (!unmarked) delete sum.unmarked;
      }
    }
  }
  return [...sums.values()];
}

/** How many chains the badge shows: those marked on the page, not those the layer settings leave unmarked. */
export function markedCount(chains: readonly PageChain[]): number {
  return chains.reduce((n, chain) => (chain.unmarked ? n : n + 1), 0);
}

export class TabChains {
  /** Updates run one at a time: frames report at once, and each update reads before it writes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: SessionArea) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The stored frames of a tab; anything malformed in storage is dropped, never trusted. */
  private async frames(tabId: number): Promise<Frames> {
    const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    const frames: Frames = {};
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return frames;
    for (const [frameId, chains] of Object.entries(stored as Record<string, unknown>)) {
      if (Array.isArray(chains) && chains.every(isPageChain)) frames[frameId] = chains;
    }
    return frames;
  }

  /** A frame's chains changed; resolves with the tab's sum. The top frame (0) starting over clears the others. */
  report(tabId: number, frameId: number, chains: PageChain[]): Promise<PageChain[]> {
    return this.serial(async () => {
      const frames = await this.frames(tabId);
      if (chains.length) frames[String(frameId)] = chains;
      else delete frames[String(frameId)];
      await this.area.set({ [keyOf(tabId)]: frames });
      return sumFrames(frames);
    });
  }

  of(tabId: number): Promise<PageChain[]> {
    return this.serial(async () => sumFrames(await this.frames(tabId)));
  }

  /** The tab navigated or closed: its frames' reports belong to the old page. */
  forget(tabId: number): Promise<void> {
    return this.serial(() => this.area.remove(keyOf(tabId)));
  }
}
