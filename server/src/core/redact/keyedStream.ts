// A deterministic stream of choices derived from one original value under the workspace key: the same
// original gives the same synthetic value in every file, a different key gives a different one, and nothing
// about the original can be read back without the key (HMAC, see ../keyed.ts).
import { keyedHash } from '../keyed';

export class KeyedStream {
  private block = '';
  private pos = 0;
  private counter = 0;

  constructor(
    private readonly key: string,
    private readonly purpose: string,
    private readonly value: string,
  ) {}

  /** 32 fresh pseudo-random bits. */
  next32(): number {
    if (this.pos + 8 > this.block.length) {
      this.block = keyedHash(this.key, this.purpose, `${this.counter++}\u0000${this.value}`);
      this.pos = 0;
    }
    const n = Number.parseInt(this.block.slice(this.pos, this.pos + 8), 16);
    this.pos += 8;
    return n >>> 0;
  }

  /** An integer in [0, n). The modulo bias over 2³² is negligible for the small n used here. */
  int(n: number): number {
    return n <= 1 ? 0 : this.next32() % n;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('KeyedStream.pick: empty list');
    return items[this.int(items.length)]!;
  }

  /** A pick that differs from `avoid` (compared case-insensitively) when the list allows it. */
  pickOther(items: readonly string[], avoid: string): string {
    const first = this.int(items.length);
    for (let i = 0; i < items.length; i++) {
      const c = items[(first + i) % items.length]!;
      if (c.toLowerCase() !== avoid.toLowerCase()) return c;
    }
    return items[first]!;
  }
}

/** Case style of `like` applied to `word`: UPPER, lower or Title (the default). */
export function matchCase(word: string, like: string): string {
  const letters = like.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return word.toUpperCase();
  if (letters && letters === letters.toLowerCase() && letters !== letters.toUpperCase()) return word.toLowerCase();
  return word;
}
