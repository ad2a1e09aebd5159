// The workspace allowlist (`.skjold/allow`): values a team has decided are not personal data (a test person in a
// fixture, the company's own switchboard number). The file is meant to be committed, so it holds only keyed
// fingerprints — HMAC under the per-workspace key kept outside the repository (core/keyed.ts) — one per line with
// the identifier type: `cpr 3f2a…`. Never the value: a plain hash of a CPR number is reversible by brute force.
// Values are normalised before hashing, so `010180-1234` and `0101801234` are one entry.
import { keyedHash } from '../keyed';
import type { Finding, IdentifierType } from '../types';

export const ALLOWLIST_PATH = '.skjold/allow';
const PURPOSE = 'skjold-allowlist-v1';
const ENTRY = /^([a-z][a-z0-9-]*)\s+([0-9a-f]{64})\s*$/;

export const ALLOWLIST_HEADER = [
  '# Skjold allowlist: values that are not to be reported (added with the "Ignore this value" quick-fix).',
  '# One entry per line: identifier type and a keyed fingerprint (HMAC-SHA-256) of the normalised value.',
  '# The values themselves are not stored here; the key lives outside the repository (VS Code secret storage',
  '# or the Skjold user key file). Commit this file; delete a line to report that value again.',
  '',
].join('\n');

/** The value in a canonical form, so spellings of one identifier share a fingerprint. */
export function normaliseAllowlistValue(type: IdentifierType | string, raw: string): string {
  switch (type) {
    case 'cpr':
    case 'ecpr':
    case 'cpr-substitute':
    case 'cvr':
    case 'card':
      return raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
    case 'phone': {
      const digits = raw.replace(/\D/g, '');
      // +45 / 0045 in front of a Danish eight-digit number is the same number.
      const m = /^(?:00)?45(\d{8})$/.exec(digits);
      return m ? m[1]! : digits;
    }
    case 'iban':
      return raw.replace(/\s+/g, '').toUpperCase();
    case 'email':
      return raw.trim().toLowerCase();
    default:
      return raw.trim().replace(/\s+/g, ' ').toLowerCase();
  }
}

export function allowlistFingerprint(key: string, type: IdentifierType | string, raw: string): string {
  return keyedHash(key, PURPOSE, `${type}\u0000${normaliseAllowlistValue(type, raw)}`);
}

/** The line for one allowlisted value. */
export function allowlistEntry(key: string, type: IdentifierType | string, raw: string): string {
  return `${type} ${allowlistFingerprint(key, type, raw)}`;
}

/** The entries of an allowlist file, as `type fingerprint` strings; comments, blank and malformed lines are skipped. */
export function parseAllowlist(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = ENTRY.exec(line.trim());
    if (m) out.add(`${m[1]} ${m[2]}`);
  }
  return out;
}

/** The file's text with `entry` appended (with the header when the file is new); unchanged when already there. */
export function withAllowlistEntry(existing: string | undefined, entry: string): string {
  if (existing === undefined || existing.trim() === '') return ALLOWLIST_HEADER + entry + '\n';
  if (parseAllowlist(existing).has(entry)) return existing;
  return existing + (existing.endsWith('\n') ? '' : '\n') + entry + '\n';
}

/** Drops findings whose value is on the allowlist. Costs nothing when the allowlist is empty. */
export function filterAllowlisted<F extends Finding>(text: string, findings: F[], entries: ReadonlySet<string>, key: string | undefined): F[] {
  if (!entries.size || !key || !findings.length) return findings;
  return findings.filter((f) => !entries.has(allowlistEntry(key, f.type, text.slice(f.start, f.end))));
}
