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
 * A mention, as the index names it: a slot number, never 0 (so `if (id)` reads as "there is one"). A dropped
 * mention's slot is given to a later one, so an id is good while its mention is held, and callers told of a drop
 * (see removeUnder) let go of it.
 */
export type MentionId = number;

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const DOCUMENT_POSITION_DISCONNECTED = 0x1;
const DOCUMENT_POSITION_FOLLOWING = 0x4;

const CERTAIN = 1;
/** Findable by node and chain (a mention kept aside until the page turns out crypto is made, not held). */
const HELD = 2;

const FIRST_CAPACITY = 1024;

/**
 * The mentions of a page, kept as columns (one typed array per field) rather than one object each: a big page
 * holds 50,000, and as objects they were 2.6 MB the collector copied and marked while the page loaded, in our tasks.
 * Typed arrays live outside the collected heap; only the column of text nodes holds references.
 */
export class MentionIndex {
  private capacity = FIRST_CAPACITY;
  private nodes: (Text | null)[] = [null];
  private starts = new Int32Array(FIRST_CAPACITY);
  private ends = new Int32Array(FIRST_CAPACITY);
  private seqs = new Int32Array(FIRST_CAPACITY);
  private chains = new Uint16Array(FIRST_CAPACITY);
  private flags = new Uint8Array(FIRST_CAPACITY);
  /** The highlighter's place for each mention in its list of shown ones, plus one (0: not shown). See listedAt. */
  private listed = new Int32Array(FIRST_CAPACITY);
  /** Pieces after the first, for the few mentions that span text nodes. */
  private morePieces = new Map<MentionId, MentionPiece[]>();
  /** Slots of dropped mentions, given to the next ones made. */
  private free: MentionId[] = [];
  /** Slots dropped last, still readable by the caller that dropped them: emptied when the next mention is made. */
  private lastDropped: MentionId[] = [];
  /** Chain ids by number, and numbers by chain id (a column holds the number). */
  private chainNames: string[] = [];
  private chainNumbers = new Map<string, number>();

  /**
   * A text node's mention, or its mentions when it holds several. Made the first time it is asked for (a hover, a
   * change to the page), then kept up to date: a page that never changes and is never hovered does not pay for a
   * map of its 50,000 mentions.
   */
  private nodeMap: Map<Text, MentionId | MentionId[]> | null = null;
  /** Per chain (by its number), in discovery order. */
  private byChain: MentionId[][] = [];
  private seq = 0;

  /** The number the next mention found will get. */
  get nextSeq(): number {
    return this.seq;
  }

  /** Room for `count` more mentions, made at once (a batch's answer says how many it holds). */
  reserve(count: number): void {
    const needed = this.nodes.length + count - this.free.length;
    if (needed <= this.capacity) return;
    let capacity = this.capacity;
    while (capacity < needed) capacity *= 2;
    const grow = <T extends Int32Array | Uint16Array | Uint8Array>(old: T, made: T): T => {
      made.set(old);
      return made;
    };
    this.starts = grow(this.starts, new Int32Array(capacity));
    this.ends = grow(this.ends, new Int32Array(capacity));
    this.seqs = grow(this.seqs, new Int32Array(capacity));
    this.chains = grow(this.chains, new Uint16Array(capacity));
    this.flags = grow(this.flags, new Uint8Array(capacity));
    this.listed = grow(this.listed, new Int32Array(capacity));
    this.capacity = capacity;
  }

  /**
   * A mention numbered in discovery order, not held yet (hold() does that; one that counts only if the page turns
   * out crypto waits). `pieces`: one piece, or the pieces of a name spanning text nodes, in order.
   */
  create(chainId: string, pieces: MentionPiece[] | MentionPiece, certain: boolean): MentionId {
    const first = Array.isArray(pieces) ? pieces[0]! : pieces;
    const id = this.createIn(chainId, first.node, first.start, first.end, certain);
    if (Array.isArray(pieces) && pieces.length > 1) this.morePieces.set(id, pieces.slice(1));
    return id;
  }

  /** create() for a mention inside one text node, from its offsets: the scan's usual case, with no piece object. */
  createIn(chainId: string, node: Text, start: number, end: number, certain: boolean): MentionId {
    return this.createInChain(this.chainNumber(chainId), node, start, end, certain);
  }

  /**
   * createIn() with the chain as its number (chainNumber): a scan looks each answer's few chains up once, not once
   * per mention.
   */
  createInChain(chain: number, node: Text, start: number, end: number, certain: boolean): MentionId {
    if (this.lastDropped.length) this.letGoOfDropped();
    let id = this.free.pop();
    if (id === undefined) {
      id = this.nodes.length;
      if (id >= this.capacity) this.reserve(1);
      this.nodes.push(node);
    } else {
      this.nodes[id] = node;
    }
    this.starts[id] = start;
    this.ends[id] = end;
    this.seqs[id] = this.seq++;
    this.chains[id] = chain;
    this.flags[id] = certain ? CERTAIN : 0;
    this.listed[id] = 0;
    return id;
  }

  /** A chain's number in this index (given the first time it is asked for): what chainNumberOf returns. */
  chainNumber(chainId: string): number {
    let n = this.chainNumbers.get(chainId);
    if (n === undefined) {
      n = this.chainNames.length;
      this.chainNames.push(chainId);
      this.chainNumbers.set(chainId, n);
      this.byChain.push([]);
    }
    return n;
  }

  /** Gives back made mentions that were never held (kept aside for a page that turned out not to be crypto). */
  release(ids: readonly MentionId[]): void {
    for (const id of ids) if (!(this.flags[id]! & HELD) && this.nodes[id]) this.freeSlot(id);
  }

  /** The dropped mentions' nodes and pieces are let go, so text the page removed is not kept alive by us. */
  private letGoOfDropped(): void {
    for (const id of this.lastDropped) {
      if (this.flags[id]! & HELD) continue;
      this.nodes[id] = null;
      this.morePieces.delete(id);
    }
    this.lastDropped = [];
  }

  private freeSlot(id: MentionId): void {
    this.nodes[id] = null;
    this.morePieces.delete(id);
    this.flags[id] = 0;
    this.free.push(id);
  }

  /**
   * Whether the slot holds a mention, held or not: false once a dropped one was let go of. A plan that waits between
   * slices may meet one (see Highlighter.plan).
   */
  isLive(id: MentionId): boolean {
    return this.nodes[id] != null;
  }

  chainOf(id: MentionId): string {
    return this.chainNames[this.chains[id]!]!;
  }

  /** Its chain's number (see chainNumber): a small integer, for per-chain tables. */
  chainNumberOf(id: MentionId): number {
    return this.chains[id]!;
  }

  /** The text node of its first piece. */
  nodeOf(id: MentionId): Text {
    return this.nodes[id]!;
  }

  startOf(id: MentionId): number {
    return this.starts[id]!;
  }

  /** The piece it ends in (its only one, unless the name spans text nodes). */
  lastPieceOf(id: MentionId): MentionPiece {
    const more = this.morePieces.get(id);
    return more ? more[more.length - 1]! : { node: this.nodes[id]!, start: this.starts[id]!, end: this.ends[id]! };
  }

  /** Every piece, in order. */
  piecesOf(id: MentionId): MentionPiece[] {
    const first = { node: this.nodes[id]!, start: this.starts[id]!, end: this.ends[id]! };
    const more = this.morePieces.get(id);
    return more ? [first, ...more] : [first];
  }

  isCertain(id: MentionId): boolean {
    return (this.flags[id]! & CERTAIN) !== 0;
  }

  seqOf(id: MentionId): number {
    return this.seqs[id]!;
  }

  /** Where the highlighter lists it among the mentions to mark; -1 when it is not shown (the highlighter's field). */
  listedAt(id: MentionId): number {
    return this.listed[id]! - 1;
  }

  setListedAt(id: MentionId, at: number): void {
    this.listed[id] = at + 1;
  }

  /**
   * Whether `a` comes before `b` in the page. Not by discovery order: text read again after a change (a ticking
   * "3 seconds ago") is found late but sits where it always was. Across trees (the document and a shadow root) the
   * DOM gives no order, so discovery order decides there (a tree is read before the shadow roots found in it).
   */
  comesBefore(a: MentionId, b: MentionId): boolean {
    const nodeA = this.nodes[a]!;
    const nodeB = this.nodes[b]!;
    if (nodeA === nodeB) return this.starts[a]! < this.starts[b]!;
    const position = nodeA.compareDocumentPosition(nodeB);
    if (position & DOCUMENT_POSITION_DISCONNECTED) return this.seqs[a]! < this.seqs[b]!;
    return (position & DOCUMENT_POSITION_FOLLOWING) !== 0;
  }

  /** Holds mentions created earlier; each chain's list is put back in discovery order once, not per mention. */
  insertAll(ids: readonly MentionId[]): void {
    const touched = new Set<MentionId[]>();
    for (const id of ids) {
      this.hold(id);
      touched.add(this.byChain[this.chains[id]!]!);
    }
    const seqs = this.seqs;
    for (const list of touched) list.sort((a, b) => seqs[a]! - seqs[b]!);
  }

  /** Holds a mention made by create(): findable by its text nodes and its chain. */
  hold(id: MentionId): void {
    this.flags[id] = this.flags[id]! | HELD;
    if (this.nodeMap) this.mapNodes(this.nodeMap, id);
    this.byChain[this.chains[id]!]!.push(id);
  }

  /** Text node → mentions, made from the chain lists on first use. */
  private get byNode(): Map<Text, MentionId | MentionId[]> {
    if (!this.nodeMap) {
      const map = new Map<Text, MentionId | MentionId[]>();
      // Chain by chain: a node's mentions need no order (they never overlap), so no sort of the whole page.
      for (const list of this.byChain) for (const id of list) this.mapNodes(map, id);
      this.nodeMap = map;
    }
    return this.nodeMap;
  }

  private mapNodes(map: Map<Text, MentionId | MentionId[]>, id: MentionId): void {
    this.holdIn(map, this.nodes[id]!, id);
    const more = this.morePieces.get(id);
    if (more) for (let k = 0; k < more.length; k++) this.holdIn(map, more[k]!.node, id);
  }

  private holdIn(map: Map<Text, MentionId | MentionId[]>, node: Text, id: MentionId): void {
    const held = map.get(node);
    if (held === undefined) map.set(node, id);
    else if (Array.isArray(held)) held.push(id);
    else map.set(node, [held, id]);
  }

  /** The mentions with a piece in `node` (none: an empty array). */
  inNode(node: Text): readonly MentionId[] {
    return this.mentionsIn(node);
  }

  private mentionsIn(node: Text): MentionId[] {
    const held = this.byNode.get(node);
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  }

  /** The mention covering `offset` in `node`, or 0 when none does. */
  at(node: Node, offset: number): MentionId {
    for (const id of this.mentionsIn(node as Text)) {
      if (this.piecesOf(id).some((p) => p.node === node && offset >= p.start && offset < p.end)) return id;
    }
    return 0;
  }

  /**
   * Drops every mention with a piece in a text node under `root`, open shadow trees included (about to be read
   * again). The dropped mentions stay readable until the next one is made, so the caller can let go of them.
   */
  removeUnder(root: Node): MentionId[] {
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

  /** Drops every mention touching a text node that has left the page (readable until the next is made, as above). */
  removeDisconnected(): MentionId[] {
    const gone: Text[] = [];
    for (const node of this.byNode.keys()) if (!node.isConnected) gone.push(node);
    return this.drop(gone);
  }

  /** The mentions held with a piece in a text node under `root` (open shadow trees included), each once. */
  heldUnder(root: Node): MentionId[] {
    const nodes: Text[] = [];
    this.collectUnder(root, nodes);
    const ids = new Set<MentionId>();
    for (const node of nodes) for (const id of this.mentionsIn(node)) ids.add(id);
    return [...ids];
  }

  /** Drops these held mentions (readable until the next is made, as above). */
  removeIds(ids: Iterable<MentionId>): MentionId[] {
    if (this.lastDropped.length) this.letGoOfDropped();
    const dropped = new Set<MentionId>();
    for (const id of ids) if (this.flags[id]! & HELD) dropped.add(id);
    return this.dropSet(dropped);
  }

  private drop(nodes: Text[]): MentionId[] {
    if (this.lastDropped.length) this.letGoOfDropped();
    const dropped = new Set<MentionId>();
    for (const node of nodes) for (const id of this.mentionsIn(node)) dropped.add(id);
    return this.dropSet(dropped);
  }

  private dropSet(dropped: Set<MentionId>): MentionId[] {
    if (!dropped.size) return [];
    const chains = new Set<number>();
    for (const id of dropped) {
      chains.add(this.chains[id]!);
      for (const piece of this.piecesOf(id)) {
        const rest = this.mentionsIn(piece.node).filter((m) => !dropped.has(m));
        if (rest.length === 0) this.byNode.delete(piece.node);
        else this.byNode.set(piece.node, rest.length === 1 ? rest[0]! : rest);
      }
    }
    for (const chain of chains) this.byChain[chain] = this.byChain[chain]!.filter((m) => !dropped.has(m));
    // Given back only now: until the next mention is made, the caller can still read what it dropped.
    const ids = [...dropped];
    for (const id of ids) {
      this.flags[id] = this.flags[id]! & ~HELD;
      this.free.push(id);
    }
    this.lastDropped = ids;
    return ids;
  }

  /** A chain's mentions, in discovery order. */
  ofChain(chainId: string): readonly MentionId[] {
    const n = this.chainNumbers.get(chainId);
    return n === undefined ? [] : this.byChain[n]!;
  }

  /** Mentions per chain. */
  counts(): { chainId: string; count: number }[] {
    const counts: { chainId: string; count: number }[] = [];
    this.byChain.forEach((list, n) => list.length && counts.push({ chainId: this.chainNames[n]!, count: list.length }));
    return counts;
  }

  /** Every held mention once, in discovery order (user actions and settings changes only: it sorts). */
  all(): MentionId[] {
    const seqs = this.seqs;
    return this.byChain.flat().sort((a, b) => seqs[a]! - seqs[b]!);
  }

  /** Forgets every mention; ids given out before are not good any more. */
  clear(): void {
    this.nodeMap = null;
    this.byChain = this.chainNames.map(() => []);
    this.morePieces.clear();
    this.free = [];
    this.lastDropped = [];
    this.nodes = [null];
  }
}
