// Remembers, per chain, that its shown first mention is hidden and none of its other mentions was rendered, so the
// search is not repeated after every change to the page (a feed appends every few hundred milliseconds) unless the
// chain's mark or its mentions changed since.

interface Searched<M> {
  current: M;
  count: number;
}

export class VisibleFirstSearch<M> {
  private readonly searched = new Map<string, Searched<M>>();

  /** Whether a chain whose shown mention is `current`, with `count` mentions, is worth searching again. */
  needed(chainId: string, current: M, count: number): boolean {
    const last = this.searched.get(chainId);
    return !last || last.current !== current || last.count !== count;
  }

  /** A search over the chain found no rendered mention. */
  foundNone(chainId: string, current: M, count: number): void {
    this.searched.set(chainId, { current, count });
  }

  /** The chain's mark moved, or the page was read again from the start. */
  forget(chainId?: string): void {
    if (chainId === undefined) this.searched.clear();
    else this.searched.delete(chainId);
  }
}
