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
  private hi: Uint32Array;
  private lo: Uint32Array;
  private counts: Uint32Array;
  private mask: number;
  /** Number of distinct keys. */
  size = 0;
  /** Whether the last `increment` inserted a new key. */
  lastWasNew = false;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap * 3 < initialCapacity * 4) cap *= 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.counts = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  private slot(hi: number, lo: number): number {
    let i = lo & this.mask;
    while (this.counts[i] !== 0 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & this.mask;
    return i;
  }

  /** Adds `by` to the key's count and returns the new count. */
  increment(hi: number, lo: number, by = 1): number {
    let i = this.slot(hi, lo);
    if (this.counts[i] === 0) {
      if ((this.size + 1) * 4 > this.counts.length * 3) {
        this.grow();
        i = this.slot(hi, lo);
      }
      this.hi[i] = hi;
      this.lo[i] = lo;
      this.size++;
      this.lastWasNew = true;
    } else this.lastWasNew = false;
    this.counts[i] = this.counts[i]! + by;
    return this.counts[i]!;
  }

  get(hi: number, lo: number): number {
    return this.counts[this.slot(hi, lo)]!;
  }

  /** Calls `fn` with every key and its count. */
  forEach(fn: (count: number, hi: number, lo: number) => void): void {
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] !== 0) fn(this.counts[i]!, this.hi[i]!, this.lo[i]!);
  }

  private grow(): void {
    const { hi, lo, counts } = this;
    const cap = counts.length * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.counts = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let j = 0; j < counts.length; j++) {
      if (counts[j] === 0) continue;
      const i = this.slot(hi[j]!, lo[j]!);
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.counts[i] = counts[j]!;
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
