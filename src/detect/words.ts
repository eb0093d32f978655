// The words of one block, as the matcher and disambiguation read them: offsets and hashes in reusable typed arrays.
// A word's lowercase is compared char by char with the word in the text; a string is kept only for the few words whose
// lowercase is not char by char (see scan.ts) and for tokenize()'s words.

import { lowerCode } from './scan';
import { hashWord } from './wordHash';
import type { Tokens } from './tokenize';

export class Words {
  text = '';
  count = 0;
  /** UTF-16 offset where each word starts / ends in the text. */
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** hashWord() of each word lowercased (see wordHash.ts). */
  hashes = new Int32Array(256);
  private lowers: string[] = [];
  /** lowers[i] is this block's only when made[i] === block: a new block needs no clearing. */
  private made = new Int32Array(256);
  private block = 0;

  /**
   * Starts a new block, with room for `room` words. The arrays are reused, so a Words is good for one block at a
   * time.
   */
  reset(text: string, room = 0): void {
    this.text = text;
    this.count = 0;
    this.block = (this.block + 1) | 0 || 1;
    while (this.starts.length < room) this.grow();
  }

  push(start: number, end: number, hash: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.hashes[i] = hash;
  }

  /** Whether word i lowercased is `lower`, compared char by char unless its string is made already. */
  is(i: number, lower: string): boolean {
    if (this.made[i] === this.block) return this.lowers[i] === lower;
    // Not made: a word from scanWords() whose every char has a one-unit lowercase.
    const start = this.starts[i]!;
    if (this.ends[i]! - start !== lower.length) return false;
    for (let k = 0; k < lower.length; k++) {
      if (lowerCode(this.text.charCodeAt(start + k)) !== lower.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether word i is written all in lowercase (it equals its own lowercase). */
  writtenLower(i: number): boolean {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (this.made[i] === this.block) return this.text.slice(start, end) === this.lowers[i];
    for (let k = start; k < end; k++) {
      const c = this.text.charCodeAt(k);
      if (lowerCode(c) !== c) return false;
    }
    return true;
  }

  setLower(i: number, lower: string): void {
    this.lowers[i] = lower;
    this.made[i] = this.block;
  }

  /** Takes tokenize()'s words (the path for text with invisible characters, whose words are not plain slices). */
  fromTokens(text: string, tokens: Tokens): this {
    this.reset(text);
    for (let i = 0; i < tokens.starts.length; i++) {
      const lower = tokens.lower[i]!;
      this.push(tokens.starts[i]!, tokens.ends[i]!, hashWord(lower));
      this.setLower(i, lower);
    }
    return this;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const copy = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = copy(this.starts);
    this.ends = copy(this.ends);
    this.hashes = copy(this.hashes);
    this.made = copy(this.made);
  }
}
