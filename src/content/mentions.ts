// What the page holds: every marked mention, found by text node (hit-testing) and by chain (popup, badge).

/** One piece of a mention inside one text node (a mention split across inline elements has several). */
export interface MentionPiece {
  node: Text;
  start: number;
  end: number;
}

export interface PageMention {
  chainId: string;
  pieces: MentionPiece[];
  certain: boolean;
  /** Order of discovery; earlier in the first scan means earlier in the document. */
  seq: number;
}

export class MentionIndex {
  private byNode = new Map<Text, PageMention[]>();
  private seq = 0;

  add(chainId: string, pieces: MentionPiece[], certain: boolean): PageMention {
    const mention: PageMention = { chainId, pieces, certain, seq: this.seq++ };
    for (const piece of pieces) {
      const list = this.byNode.get(piece.node);
      if (list) list.push(mention);
      else this.byNode.set(piece.node, [mention]);
    }
    return mention;
  }

  /** The mention covering `offset` in `node`, if any. */
  at(node: Node, offset: number): PageMention | undefined {
    const list = this.byNode.get(node as Text);
    return list?.find((m) => m.pieces.some((p) => p.node === node && offset >= p.start && offset < p.end));
  }

  /** Drops every mention touching a node that fails `keep` (gone from the page, or about to be rescanned). */
  removeWhere(drop: (node: Text) => boolean): number {
    const dropped = new Set<PageMention>();
    for (const [node, list] of this.byNode) {
      if (drop(node)) for (const m of list) dropped.add(m);
    }
    if (!dropped.size) return 0;
    for (const mention of dropped) {
      for (const piece of mention.pieces) {
        const list = this.byNode.get(piece.node);
        if (!list) continue;
        const rest = list.filter((m) => m !== mention);
        if (rest.length) this.byNode.set(piece.node, rest);
        else this.byNode.delete(piece.node);
      }
    }
    return dropped.size;
  }

  /** Every mention once, in discovery order. */
  all(): PageMention[] {
    const seen = new Set<PageMention>();
    for (const list of this.byNode.values()) for (const m of list) seen.add(m);
    return [...seen].sort((a, b) => a.seq - b.seq);
  }

  clear(): void {
    this.byNode.clear();
  }
}
