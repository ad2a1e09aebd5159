// Keyed hashing for everything derived from an identifier that must survive outside the document:
// synthetic replacement values, allowlist entries, SARIF fingerprints. A plain hash of a CPR number is
// reversible by trying all ~4·10⁸ candidates; an HMAC under a secret per-workspace key is not.
import { createHmac } from 'node:crypto';

/** HMAC-SHA-256 of `value` under `key`, as hex. `purpose` separates uses, so one key never yields the same hash twice for different jobs. */
export function keyedHash(key: string | Uint8Array, purpose: string, value: string): string {
  return createHmac('sha256', key).update(purpose).update('\u0000').update(value).digest('hex');
}
