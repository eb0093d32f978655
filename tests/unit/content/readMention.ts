// A mention read out of a MentionIndex whole, as one object to compare: the page keeps mentions as columns.
import type { MentionId, MentionIndex, MentionPiece } from '../../../src/content/mentions';

export interface ReadMention extends MentionPiece {
  id: MentionId;
  chainId: string;
  /** Pieces after the first, only when the name spans text nodes. */
  more?: MentionPiece[];
  certain: boolean;
  seq: number;
}

export function readMention(index: MentionIndex, id: MentionId): ReadMention {
  const [first, ...more] = index.piecesOf(id);
  return {
    id,
    chainId: index.chainOf(id),
    ...first!,
    ...(more.length ? { more } : {}),
    certain: index.isCertain(id),
    seq: index.seqOf(id),
  };
}
