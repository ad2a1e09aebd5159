// Facts about a scanned text that several detectors use as a prefilter, each read once per ScanContext. A
// prefilter must stay a necessary condition for every finding the detector could report in ctx.text (not only in
// its window), so that skipping the scan never changes a result.
import type { ScanContext } from './scan';

/**
 * True when the text holds an ASCII digit. Every number-shaped identifier (CPR and its substitutes, eCPR, CVR,
 * phone, card, IBAN check digits) needs ASCII digits; prose without any (a third of a typical notes folder)
 * skips those detectors at once.
 */
export function hasAsciiDigit(ctx: ScanContext): boolean {
  return (ctx.facts.asciiDigit ??= /[0-9]/.test(ctx.text));
}
