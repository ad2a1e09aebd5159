// Redaction over whole texts: a finding's text → its mask or synthetic value; findings → edits → new text.
// Pure: the LSP quick-fixes, fix-all, the workspace redaction and the CLI all call these.
import { TEST_DATA_CONFIDENCE, type Finding, type IdentifierType } from '../types';
import { maskFinding } from './mask';
import { redactorFor } from './registry';
import { hasOwnMark } from './ownMark';
import { looksLikeOwnAddress } from './synthetic/address';
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
 * True when `value` is one of Skjold's own synthetic values of `type`: a visible form (example.com, 0-prefixed
 * phones, marked eCPR) or, given the workspace key, the keyed mark of addresses.
 */
export function isSyntheticValue(type: IdentifierType, value: string, key?: string): boolean {
  if (redactorFor(type).isSynthetic?.(value)) return true;
  const shape = KEYED_MARK_SHAPES[type];
  return !!key && !!shape && shape(value) && hasOwnMark(key, type, value);
}

/**
 * Types whose synthetic values carry the keyed mark instead of a visible one (./ownMark.ts), with the shape
 * every such value has (drawn from the shipped lists): a real value must have that shape AND the mark to be
 * taken for Skjold's own, which keeps such misses far below the mark's 1 in 1,024.
 */
const KEYED_MARK_SHAPES: Partial<Record<IdentifierType, (value: string) => boolean>> = {
  // Not names: synthetic names are drawn from the most common Danish names, so the shape check cannot narrow the
  // real names that would carry the mark by chance, and 1 in 1,024 real names missed is too many (measured on
  // the dev corpus: name recall fell by up to 0.4 %). Synthetic names may therefore be reported again.
  address: looksLikeOwnAddress,
};

/**
 * The findings a bulk redaction replaces: all but known test data (below TEST_DATA_CONFIDENCE, e.g. numbers of
 * the test-CPR convention, which Skjold's own synthetic CPR numbers follow), so redacting twice changes nothing.
 */
export function findingsToRedact(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.confidence >= TEST_DATA_CONFIDENCE);
}
