// A keyed watermark for synthetic values that cannot carry a visible mark (addresses): among the many
// candidate values, the generator keeps one whose HMAC under the workspace key starts with MARK_BITS zero bits.
// Whoever holds the key (the server, the CLI) recognises Skjold's own values and does not report them again;
// without the key the values are indistinguishable from real ones. The price: a real value passes as "own"
// with probability 2^-MARK_BITS (about 1 in 1,000) where the key is known.
import { keyedHash } from '../keyed';
import type { IdentifierType } from '../types';
import { normaliseForKey } from './synthetic/generic';

/** Zero bits required: 10 → one real value in 1,024 is taken for Skjold's own; ~1,000 candidates per value. */
export const MARK_BITS = 10;
/** Candidates tried before giving up (the value is then written unmarked): failure odds e^-(MAX/1024) ≈ 3·10⁻⁹. */
const MAX_ATTEMPTS = 20_000;

/**
 * True when the keyed hash of `value` starts with `bits` zero bits. Types with fewer possible values (a name
 * drawn from a few thousand first names, a birth date within three years) use fewer bits, so that a marked
 * candidate exists; a real value then carries the mark by chance with probability 2^-bits.
 */
export function hasOwnMark(key: string, type: IdentifierType, value: string, bits = MARK_BITS): boolean {
  const h = keyedHash(key, `own-mark:${type}`, normaliseForKey(value));
  const whole = bits >> 2, rest = bits & 3;
  for (let i = 0; i < whole; i++) if (h[i] !== '0') return false;
  return rest === 0 || Number.parseInt(h[whole]!, 16) < 1 << (4 - rest);
}

/** The first candidate (attempt 0, 1, 2…) that carries the mark; the unmarked first candidate if none does. */
export function markedCandidate(key: string, type: IdentifierType, candidate: (attempt: number) => string | undefined, bits = MARK_BITS, maxAttempts = MAX_ATTEMPTS): string | undefined {
  const first = candidate(0);
  if (first === undefined || hasOwnMark(key, type, first, bits)) return first;
  for (let attempt = 1; attempt < maxAttempts; attempt++) {
    const c = candidate(attempt);
    if (c !== undefined && hasOwnMark(key, type, c, bits)) return c;
  }
  return first;
}
