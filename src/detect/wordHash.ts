// A 32-bit hash of a lowercased word, and a table keyed by it: the matcher and disambiguation look a word of the block up
// by the hash the scan computed from its char codes, so a word that is no name (and no cue) costs no string. A hash hit
// is only a maybe: the table then compares the word itself, char by char.

import type { Words } from './words';

export const HASH_SEED = 0x811c9dc5 | 0;

/** One FNV-1a step: the scan calls this per char code of the lowercased word, so it must stay this small. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** Mixes the high bits into the low ones (the table indexes by the low bits); never 0, which marks an empty slot. */
export function hashFinish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

/** The hash of a string that is already lowercase: what the scan computes inline for the same word. */
export function hashWord(lower: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < lower.length; i++) h = hashStep(h, lower.charCodeAt(i));
  return hashFinish(h);
}

/**
 * Lowercased words → values, found from a word of a block by its hash, then confirmed char by char: no string made.
 * Open addressing over an Int32Array at most a quarter full, so a miss usually reads one slot.
 */
export class WordTable<T> {
  private slots = new Int32Array(16);
  // Sized like the slots: written at scattered indexes, an empty array would turn into a slow dictionary.
  private keys: string[] = new Array<string>(16);
  private values: T[] = new Array<T>(16);
  private count = 0;

  set(word: string, value: T): void {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    this.put(hashWord(word), word, value);
  }

  /** The value of a lowercased word, if the table has it (for building; the scan uses get). */
  find(word: string): T | undefined {
    const mask = this.slots.length - 1;
    for (let j = hashWord(word) & mask; this.slots[j] !== 0; j = (j + 1) & mask) {
      if (this.keys[j] === word) return this.values[j];
    }
    return undefined;
  }

  /** Whether the table has word i of `words` (lowercased). */
  has(words: Words, i: number): boolean {
    return this.get(words, i) !== undefined;
  }

  /** The value of word i of `words` (lowercased), if the table has it. */
  get(words: Words, i: number): T | undefined {
    const hash = words.hashes[i]!;
    const slots = this.slots;
    const mask = slots.length - 1;
    let j = hash & mask;
    // Two keys may share a hash: each one with this hash is compared.
    for (let s = slots[j]!; s !== 0; s = slots[j]!) {
      if (s === hash && words.is(i, this.keys[j]!)) return this.values[j];
      j = (j + 1) & mask;
    }
    return undefined;
  }

  private put(hash: number, word: string, value: T): void {
    const mask = this.slots.length - 1;
    let j = hash & mask;
    for (let s = this.slots[j]!; s !== 0; s = this.slots[j]!) {
      if (s === hash && this.keys[j] === word) {
        this.values[j] = value;
        return;
      }
      j = (j + 1) & mask;
    }
    this.slots[j] = hash;
    this.keys[j] = word;
    this.values[j] = value;
    this.count++;
  }

  private grow(): void {
    const { slots, keys, values } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.keys = new Array<string>(slots.length * 2);
    this.values = new Array<T>(slots.length * 2);
    this.count = 0;
    for (let j = 0; j < slots.length; j++) if (slots[j] !== 0) this.put(slots[j]!, keys[j]!, values[j]!);
  }
}

/** A set of lowercased words, asked about words of a block: one hash probe for most words. */
export function wordSet(words: Iterable<string>): WordTable<true> {
  const table = new WordTable<true>();
  for (const w of words) table.set(w, true);
  return table;
}
