// What the page holds: every found mention, by text node (hit-testing, dropping changed text) and by chain
// (counts for the popup and badge, the first mention of a chain). Every operation costs what it touches, not
// the whole page: a feed that appends items pays for the items.

/** One piece of a mention inside one text node (a mention split across inline elements has several). */
export interface MentionPiece {
  node: Text;
  start: number;
  end: number;
}

/**
 * One mention. Its first piece is stored inline (most names sit in one text node), further pieces in `more`:
 * a page can hold tens of thousands of mentions, and every object per mention costs memory the page pays for.
 */
export interface PageMention extends MentionPiece {
  chainId: string;
  /** Further pieces, when the name spans inline elements ("<a>Arbitrum</a> One"). */
  more?: MentionPiece[] | undefined;
  certain: boolean;
  /** Order of discovery; earlier in the first scan means earlier in the document. */
  seq: number;
  /**
   * Where the highlighter lists it among the mentions to mark (settings may show only some: by layer, or the first
   * mention of each chain); -1 when it is not shown.
   */
  listedAt: number;
}

/** Every piece of a mention, in order. */
export function piecesOf(mention: PageMention): MentionPiece[] {
  return mention.more ? [mention, ...mention.more] : [mention];
}

export function lastPiece(mention: PageMention): MentionPiece {
  return mention.more?.[mention.more.length - 1] ?? mention;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const DOCUMENT_POSITION_DISCONNECTED = 0x1;
const DOCUMENT_POSITION_FOLLOWING = 0x4;

/**
 * Whether `a` comes before `b` in the page. Not by discovery order: text read again after a change (a ticking
 * "3 seconds ago") is found late but sits where it always was. Across trees (the document and a shadow root) the DOM
 * gives no order, so discovery order decides there (a tree is read before the shadow roots found in it).
 */
export function comesBefore(a: PageMention, b: PageMention): boolean {
  if (a.node === b.node) return a.start < b.start;
  const position = a.node.compareDocumentPosition(b.node);
  if (position & DOCUMENT_POSITION_DISCONNECTED) return a.seq < b.seq;
  return (position & DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export class MentionIndex {
  /**
   * A text node's mention, or its mentions when it holds several. Made the first time it is asked for (a hover, a
   * change to the page), then kept up to date: a page that never changes and is never hovered does not pay for a
   * map of its 50,000 mentions.
   */
  private nodeMap: Map<Text, PageMention | PageMention[]> | null = null;
  /** Per chain, in discovery order. */
  private byChain = new Map<string, PageMention[]>();
  private seq = 0;

  /** The number the next mention found will get. */
  get nextSeq(): number {
    return this.seq;
  }

  /**
   * A mention numbered in discovery order, not held yet (hold() does that; one that counts only if the page turns
   * out crypto waits). `pieces`: one piece, or the pieces of a name spanning text nodes, in order.
   */
  create(chainId: string, pieces: MentionPiece[] | MentionPiece, certain: boolean): PageMention {
    const first = Array.isArray(pieces) ? pieces[0]! : pieces;
    const mention = this.createIn(chainId, first.node, first.start, first.end, certain);
    if (Array.isArray(pieces) && pieces.length > 1) mention.more = pieces.slice(1);
    return mention;
  }

  /** create() for a mention inside one text node, from its offsets: the scan's usual case, with no piece object. */
  createIn(chainId: string, node: Text, start: number, end: number, certain: boolean): PageMention {
    // One object shape for all mentions, none reshaped when drawn; only a name split across elements gains `more`.
    // No field beyond what every mention needs: a big page holds 50,000 of these, at 4 bytes a field.
    return { chainId, node, start, end, certain, seq: this.seq++, listedAt: -1 };
  }

  /** Holds mentions created earlier; each chain's list is put back in discovery order once, not per mention. */
  insertAll(mentions: readonly PageMention[]): void {
    const touched = new Set<PageMention[]>();
    for (const mention of mentions) {
      this.hold(mention);
      touched.add(this.byChain.get(mention.chainId)!);
    }
    for (const list of touched) list.sort((a, b) => a.seq - b.seq);
  }

  /** Holds a mention made by create(): findable by its text nodes and its chain. */
  hold(mention: PageMention): void {
    if (this.nodeMap) this.mapNodes(this.nodeMap, mention);
    const chainList = this.byChain.get(mention.chainId);
    if (chainList) chainList.push(mention);
    else this.byChain.set(mention.chainId, [mention]);
  }

  /** Text node → mentions, made from the chain lists on first use. */
  private get byNode(): Map<Text, PageMention | PageMention[]> {
    if (!this.nodeMap) {
      const map = new Map<Text, PageMention | PageMention[]>();
      // Chain by chain: a node's mentions need no order (they never overlap), so no sort of the whole page.
      for (const list of this.byChain.values()) for (const mention of list) this.mapNodes(map, mention);
      this.nodeMap = map;
    }
    return this.nodeMap;
  }

  private mapNodes(map: Map<Text, PageMention | PageMention[]>, mention: PageMention): void {
    this.holdIn(map, mention.node, mention);
    const more = mention.more;
    if (more) for (let k = 0; k < more.length; k++) this.holdIn(map, more[k]!.node, mention);
  }

  private holdIn(map: Map<Text, PageMention | PageMention[]>, node: Text, mention: PageMention): void {
    const held = map.get(node);
    if (!held) map.set(node, mention);
    else if (Array.isArray(held)) held.push(mention);
    else map.set(node, [held, mention]);
  }

  private mentionsIn(node: Text): PageMention[] {
    const held = this.byNode.get(node);
    return !held ? [] : Array.isArray(held) ? held : [held];
  }

  /** The mention covering `offset` in `node`, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    return this.mentionsIn(node as Text).find((m) =>
      piecesOf(m).some((p) => p.node === node && offset >= p.start && offset < p.end),
    );
  }

  /** Drops every mention with a piece in a text node under `root`, open shadow trees included (about to be read again). */
  removeUnder(root: Node): PageMention[] {
    const nodes: Text[] = [];
    this.collectUnder(root, nodes);
    return this.drop(nodes);
  }

  private collectUnder(root: Node, out: Text[]): void {
    if (root.nodeType === 3) {
      if (this.byNode.has(root as Text)) out.push(root as Text);
      return;
    }
    const doc = root.ownerDocument ?? (root as Document);
    const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
    if (own) this.collectUnder(own, out);
    const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) {
        if (this.byNode.has(n as Text)) out.push(n as Text);
      } else {
        const shadow = (n as Element).shadowRoot;
        if (shadow) this.collectUnder(shadow, out);
      }
    }
  }

  /** Drops every mention touching a text node that has left the page. */
  removeDisconnected(): PageMention[] {
    const gone: Text[] = [];
    for (const node of this.byNode.keys()) if (!node.isConnected) gone.push(node);
    return this.drop(gone);
  }

  private drop(nodes: Text[]): PageMention[] {
    const dropped = new Set<PageMention>();
    for (const node of nodes) for (const m of this.mentionsIn(node)) dropped.add(m);
    if (!dropped.size) return [];
    const chains = new Set<string>();
    for (const mention of dropped) {
      chains.add(mention.chainId);
      for (const piece of piecesOf(mention)) {
        const rest = this.mentionsIn(piece.node).filter((m) => !dropped.has(m));
        if (rest.length === 0) this.byNode.delete(piece.node);
        else this.byNode.set(piece.node, rest.length === 1 ? rest[0]! : rest);
      }
    }
    for (const chainId of chains) {
      const rest = (this.byChain.get(chainId) ?? []).filter((m) => !dropped.has(m));
      if (rest.length) this.byChain.set(chainId, rest);
      else this.byChain.delete(chainId);
    }
    return [...dropped];
  }

  /** A chain's mentions, in discovery order. */
  ofChain(chainId: string): readonly PageMention[] {
    return this.byChain.get(chainId) ?? [];
  }

  /** Mentions per chain. */
  counts(): { chainId: string; count: number }[] {
    return [...this.byChain].map(([chainId, list]) => ({ chainId, count: list.length }));
  }

  /** Every mention once, in discovery order (user actions and settings changes only: it sorts). */
  all(): PageMention[] {
    return [...this.byChain.values()].flat().sort((a, b) => a.seq - b.seq);
  }

  clear(): void {
    this.nodeMap = null;
    this.byChain.clear();
  }
}
