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
  private slots: Int32Array;
  // Sized like the slots: written at scattered indexes, an empty array would turn into a slow dictionary.
  private keys: string[];
  private values: T[];
  private count = 0;
  /** Packed values not unpacked yet, by slot (see unpack): a value is made the first time a lookup finds its word. */
  private packed: unknown[] | null = null;
  private unpackValue: ((packed: never) => T) | null = null;

  /** `words`: how many words it will hold, if known: room for them from the start, with no growing on the way. */
  constructor(words = 0) {
    let room = 16;
    while (room < words * 4) room *= 2;
    this.slots = new Int32Array(room);
    this.keys = new Array<string>(room);
    this.values = new Array<T>(room);
  }

  /**
   * A table of the words `pack` listed, each value made from its packed form only when a lookup first finds it: a
   * page pays for the names its text reaches, not for every name of the dataset. The hashes come with the words, so
   * no word is hashed here either.
   */
  static unpack<T, P>(layout: PackedWordTable<P>, unpackValue: (packed: P) => T): WordTable<T> {
    const { room, words, hashes, values } = layout;
    if (!Number.isInteger(room) || room < 16 || (room & (room - 1)) !== 0 || words.length * 4 > room) {
      throw new Error('packed word table: room must be a power of two, at least 16 and four times the words');
    }
    if (hashes.length !== words.length || values.length !== words.length) {
      throw new Error('packed word table: words, hashes and values must be as many');
    }
    const table = new WordTable<T>();
    table.slots = new Int32Array(room);
    table.keys = new Array<string>(room);
    table.values = new Array<T>(room);
    const packed = new Array<P>(room);
    for (let i = 0; i < words.length; i++) packed[table.put(hashes[i]!, words[i]!, undefined)] = values[i]!;
    table.packed = packed;
    table.unpackValue = unpackValue as (packed: never) => T;
    return table;
  }

  /** The table's words with their hashes, each value packed by `packValue`: JSON that unpack turns back into the table. */
  pack<P>(packValue: (value: T) => P): PackedWordTable<P> {
    const layout: PackedWordTable<P> = { room: this.slots.length, words: [], hashes: [], values: [] };
    for (let j = 0; j < this.slots.length; j++) {
      if (this.slots[j] === 0) continue;
      layout.words.push(this.keys[j]!);
      layout.hashes.push(this.slots[j]!);
      layout.values.push(packValue(this.valueAt(j)!));
    }
    return layout;
  }

  set(word: string, value: T): void {
    if ((this.count + 1) * 4 > this.slots.length) this.grow();
    this.put(hashWord(word), word, value);
  }

  /** The value of a lowercased word, if the table has it (for building; the scan uses get). */
  find(word: string): T | undefined {
    const mask = this.slots.length - 1;
    for (let j = hashWord(word) & mask; this.slots[j] !== 0; j = (j + 1) & mask) {
      if (this.keys[j] === word) return this.valueAt(j);
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
      if (s === hash && words.is(i, this.keys[j]!)) return this.values[j] ?? this.valueAt(j);
      j = (j + 1) & mask;
    }
    return undefined;
  }

  /** The value in slot j, unpacked now if it is still packed. */
  private valueAt(j: number): T | undefined {
    const value = this.values[j];
    if (value !== undefined || !this.packed || !this.unpackValue) return value;
    const made = this.unpackValue(this.packed[j] as never);
    this.values[j] = made;
    return made;
  }

  /** Stores the word in its slot (undefined: a packed value, made later); returns the slot. */
  private put(hash: number, word: string, value: T | undefined): number {
    const mask = this.slots.length - 1;
    let j = hash & mask;
    for (let s = this.slots[j]!; s !== 0; s = this.slots[j]!) {
      if (s === hash && this.keys[j] === word) {
        this.values[j] = value!;
        return j;
      }
      j = (j + 1) & mask;
    }
    this.slots[j] = hash;
    this.keys[j] = word;
    this.values[j] = value!;
    this.count++;
    return j;
  }

  private grow(): void {
    // A table set into after unpacking: every packed value is made first, so none is lost in the move.
    if (this.packed) for (let j = 0; j < this.slots.length; j++) if (this.slots[j] !== 0) this.valueAt(j);
    this.packed = null;
    const { slots, keys, values } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.keys = new Array<string>(slots.length * 2);
    this.values = new Array<T>(slots.length * 2);
    this.count = 0;
    for (let j = 0; j < slots.length; j++) if (slots[j] !== 0) this.put(slots[j]!, keys[j]!, values[j]!);
  }
}

/** A WordTable as JSON: its size in slots, its words, their hashes (hashWord), and their values packed. */
export interface PackedWordTable<P> {
  room: number;
  words: string[];
  hashes: number[];
  values: P[];
}

/** A set of lowercased words, asked about words of a block: one hash probe for most words. */
export function wordSet(words: Iterable<string>): WordTable<true> {
  const list = [...words];
  const table = new WordTable<true>(list.length);
  for (const w of list) table.set(w, true);
  return table;
}
