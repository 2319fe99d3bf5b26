/**
 * Word shingles: runs of SHINGLE word ids hashed to 32 bits, used to locate a reference inside a longer
 * text. A reference's shingles live in an open-addressing table of Int32s rather than a Set<number>:
 * half of all 32-bit hashes are not small integers in V8 and a Set boxes each one, so `Set.has` was the
 * hottest line of the matcher. Membership answers are the same as the Set's, only cheaper.
 */

/** Width of the word shingles used to locate a reference inside a longer text. */
export const SHINGLE = 3;

/** Hash of the shingle starting at `i` (32-bit; collisions only blur region finding, never the diff). */
export function shingleAt(words: Int32Array, i: number): number {
  return (
    (Math.imul(words[i]!, 73856093) ^
      Math.imul(words[i + 1]!, 19349663) ^
      Math.imul(words[i + 2]!, 83492791)) |
    0
  );
}

/** The hashes of every shingle of `words` (one per start position that has SHINGLE words). */
export function shingleHashes(words: Int32Array): Int32Array {
  const out = new Int32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) out[i] = shingleAt(words, i);
  return out;
}

/**
 * A set of 32-bit hashes: linear probing in a power-of-two table at most half full. 0 marks an empty
 * slot, so the hash 0 itself is kept as a flag.
 */
export class ShingleSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private hasZero = false;

  constructor(hashes: Int32Array) {
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const h of hashes) this.add(h);
  }

  private add(h: number): void {
    if (h === 0) {
      this.hasZero = true;
      return;
    }
    let i = Math.imul(h, 0x9e3779b1) & this.mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === h) return;
      i = (i + 1) & this.mask;
    }
    this.slots[i] = h;
  }

  has(h: number): boolean {
    if (h === 0) return this.hasZero;
    let i = Math.imul(h, 0x9e3779b1) & this.mask;
    for (;;) {
      const s = this.slots[i]!;
      if (s === h) return true;
      if (s === 0) return false;
      i = (i + 1) & this.mask;
    }
  }
}
