// Redaction over whole texts: a finding's text → its mask or synthetic value; findings → edits → new text.
// Pure: the LSP quick-fixes, fix-all, the workspace redaction and the CLI all call these.
import { TEST_DATA_CONFIDENCE, type Finding, type IdentifierType } from '../types';
import { maskFinding } from './mask';
import { redactorFor } from './registry';
import { hasOwnMark } from './ownMark';
import { looksLikeOwnAddress } from './synthetic/address';
import { hasOwnNameMark } from './synthetic/name';
import { hasOwnDateMark } from './synthetic/date';
import type { RedactOptions, RedactionEdit } from './types';

/** The replacement for one identifier's text. Synthetic mode needs `options.key`. */
export function redactValue(type: IdentifierType, value: string, options: RedactOptions): string {
  const redactor = redactorFor(type);
  if (options.mode === 'mask') return maskFinding(type, value, options.maskStyle ?? 'full', options.maskChar ?? 'X', redactor.maskKeepingBirthDate);
  if (!options.key) throw new Error('synthetic redaction needs a key');
  return redactor.synthetic(value, { key: options.key, shiftBirthDate: options.shiftBirthDate ?? true });
}

/** One edit per finding (findings must not overlap, as detect() returns them). */
export function redactionEdits(text: string, findings: readonly Finding[], options: RedactOptions): RedactionEdit[] {
  return findings.map((f) => ({ start: f.start, end: f.end, newText: redactValue(f.type, text.slice(f.start, f.end), options) }));
}

/** Applies non-overlapping edits to `text`. */
export function applyRedactionEdits(text: string, edits: readonly RedactionEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping redaction edits');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Whether `value` is one of Skjold's own synthetic values of `type`, and what to do with it:
 * - 'drop': a visible form only Skjold writes (example.com, 0-prefixed phones, marked eCPR, a value masked with
 *   X): not reported again;
 * - 'hint': the keyed mark of addresses, names and dates of birth (given the workspace key). A real value carries
 *   such a mark by chance (1 in 512 to 1 in 1,024), so these are shown as a Hint, never hidden;
 * - undefined: not Skjold's.
 */
export function ownSyntheticVerdict(type: IdentifierType, value: string, key?: string): 'drop' | 'hint' | undefined {
  if (redactorFor(type).isSynthetic?.(value) || isMasked(value)) return 'drop';
  const marked = key ? KEYED_MARKS[type] : undefined;
  return marked && marked(key!, value) ? 'hint' : undefined;
}

/** A value masked with the default mask character: every letter and digit is an X (XXXX.XXXXXX@XXXXX.XXX). */
function isMasked(value: string): boolean {
  return /[Xx]/.test(value) && !/[\p{L}\p{N}]/u.test(value.replace(/[Xx]/g, ''));
}

/** True when `value` is one of Skjold's own synthetic values of `type` (either verdict above). */
export function isSyntheticValue(type: IdentifierType, value: string, key?: string): boolean {
  return ownSyntheticVerdict(type, value, key) !== undefined;
}

/**
 * Types whose synthetic values carry the keyed mark instead of a visible one (./ownMark.ts). Addresses also need
 * the shape every such value has (drawn from the shipped lists), which keeps chance marks on real ones rarer.
 */
const KEYED_MARKS: Partial<Record<IdentifierType, (key: string, value: string) => boolean>> = {
  address: (key, value) => looksLikeOwnAddress(value) && hasOwnMark(key, 'address', value),
  name: hasOwnNameMark,
  'date-of-birth': hasOwnDateMark,
};

/**
 * The findings a bulk redaction replaces: all but known test data (below TEST_DATA_CONFIDENCE, e.g. numbers of
 * the test-CPR convention, which Skjold's own synthetic CPR numbers follow), so redacting twice changes nothing.
 */
export function findingsToRedact(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.confidence >= TEST_DATA_CONFIDENCE);
}
