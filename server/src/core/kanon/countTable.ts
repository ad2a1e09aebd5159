// Counting equivalence classes without keeping their values: each key (the joined quasi-identifier values
// of a row) is reduced to a 64-bit hash, and an open-addressing table over typed arrays holds hash → count.
// 12 bytes per slot, at most three quarters full: ten million distinct classes need 200-400 MB, one
// thousand need kilobytes; the values themselves are never retained (privacy and memory both). Two distinct keys share a hash with
// probability about n²/2⁶⁵ (≈ 3·10⁻⁶ for n = 10⁷), which would merge two classes.

/** The last hash computed by `hashKey`, two 32-bit halves (one shared object avoids an allocation per row). */
export const lastHash = { hi: 0, lo: 0 };

/** Hashes a string into `lastHash`: two independent 32-bit multiplicative hashes with a final mix. */
export function hashKey(s: string): void {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9747b28c | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  lastHash.hi = fmix(h1 ^ s.length) >>> 0;
  lastHash.lo = fmix(h2 ^ Math.imul(s.length, 0x27d4eb2d)) >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

export class CountTable {
  /** Slot i is words 3i (hash hi), 3i+1 (hash lo), 3i+2 (count; 0 = empty): one cache line per probe. */
  private slots: Uint32Array;
  private capacity: number;
  private mask: number;
  /** Number of distinct keys. */
  size = 0;
  /** Whether the last `increment` inserted a new key. */
  lastWasNew = false;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap * 3 < initialCapacity * 4) cap *= 2;
    this.capacity = cap;
    this.slots = new Uint32Array(cap * 3);
    this.mask = cap - 1;
  }

  /** Word offset of the key's slot, or of the empty slot where it would go. */
  private slot(hi: number, lo: number): number {
    const w = this.slots;
    let i = lo & this.mask;
    for (;;) {
      const o = i * 3;
      if (w[o + 2] === 0 || (w[o] === hi && w[o + 1] === lo)) return o;
      i = (i + 1) & this.mask;
    }
  }

  /** Adds `by` to the key's count and returns the new count. */
  increment(hi: number, lo: number, by = 1): number {
    let o = this.slot(hi, lo);
    if (this.slots[o + 2] === 0) {
      if ((this.size + 1) * 4 > this.capacity * 3) {
        this.grow();
        o = this.slot(hi, lo);
      }
      this.slots[o] = hi;
      this.slots[o + 1] = lo;
      this.size++;
      this.lastWasNew = true;
    } else this.lastWasNew = false;
    this.slots[o + 2] = this.slots[o + 2]! + by;
    return this.slots[o + 2]!;
  }

  get(hi: number, lo: number): number {
    return this.slots[this.slot(hi, lo) + 2]!;
  }

  /** Calls `fn` with every key and its count. */
  forEach(fn: (count: number, hi: number, lo: number) => void): void {
    const w = this.slots;
    for (let o = 0; o < w.length; o += 3) if (w[o + 2] !== 0) fn(w[o + 2]!, w[o]!, w[o + 1]!);
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * 3);
    this.mask = this.capacity - 1;
    for (let o = 0; o < old.length; o += 3) {
      if (old[o + 2] === 0) continue;
      const n = this.slot(old[o]!, old[o + 1]!);
      this.slots[n] = old[o]!;
      this.slots[n + 1] = old[o + 1]!;
      this.slots[n + 2] = old[o + 2]!;
    }
  }
}

/** A growable list of unsigned 32-bit numbers (flagged row numbers, class sizes) in typed arrays. */
export class U32List {
  private data = new Uint32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}
