// The scan cache's digest of a file's bytes: an HMAC under the user key (cli/userKey.ts), never a plain hash —
// a plain hash of a small file holding one CPR number is reversed by hashing the ~4·10⁸ candidates.
import { createHmac } from 'node:crypto';

const PURPOSE = 'skjold/scan-cache-content/v1\u0000';

/** HMAC-SHA-256 truncated to 128 bits (base64url): ample to tell a changed file, a third less to store. */
export function contentDigest(key: string, bytes: Uint8Array): string {
  return createHmac('sha256', key).update(PURPOSE).update(bytes).digest().subarray(0, 16).toString('base64url');
}
