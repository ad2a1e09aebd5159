// Facts about a scanned text that several detectors use as a prefilter, each read once per ScanContext. A
// prefilter must stay a necessary condition for every finding the detector could report in ctx.text (not only in
// its window), so that skipping the scan never changes a result.
import type { ScanContext } from './scan';
import type { TextStructure } from './context/structure';

/** Where a pattern first matches in a whole text ([start, end) of the leftmost match), or null: one entry per pattern. */
type Leftmost = Map<RegExp, readonly [number, number] | null>;
/** Keyed by the structure a text's scans share (its text is the whole text; a scan's ctx.text is a prefix of it). */
const leftmostByText = new WeakMap<TextStructure, Leftmost>();

/**
 * `re.test(ctx.text)`, answered in O(1) for most scans of the same text. The incremental engine hands each chunk's
 * detectors a prefix of the document sharing one TextStructure; testing every prefix from offset 0 made a large
 * document cost O(chunks × length). Here the leftmost match in the whole text is found once, then:
 * a prefix that holds it → true; a prefix ending at or before its start → false (a match in a prefix is a match
 * in the whole text). Only a prefix that ends inside that first match is tested itself.
 * Contract: `re` asserts nothing after its last character (no lookahead, `\b` or `$` at its end), so that a match in
 * a prefix is a match in the whole text and the reverse holds for matches that end within the prefix.
 */
export function textMentions(ctx: ScanContext, re: RegExp): boolean {
  const whole = ctx.structure.text;
  if (whole.length <= ctx.text.length) return re.test(ctx.text) && resetLastIndex(re);
  let memo = leftmostByText.get(ctx.structure);
  if (!memo) { memo = new Map(); leftmostByText.set(ctx.structure, memo); }
  let first = memo.get(re);
  if (first === undefined) {
    const m = new RegExp(re.source, re.flags.replace(/[gy]/g, '')).exec(whole);
    first = m ? [m.index, m.index + m[0].length] : null;
    memo.set(re, first);
  }
  if (!first) return false;
  const length = ctx.text.length;
  if (first[1] <= length) return true;
  if (length <= first[0]) return false;
  return re.test(ctx.text) && resetLastIndex(re);
}

/** A global pattern's test() moves its lastIndex: put it back so a shared pattern behaves like a fresh one. */
function resetLastIndex(re: RegExp): true {
  re.lastIndex = 0;
  return true;
}

const ASCII_DIGIT = /[0-9]/;

/**
 * True when the text holds an ASCII digit. Every number-shaped identifier (CPR and its substitutes, eCPR, CVR,
 * phone, card, IBAN check digits) needs ASCII digits; prose without any (a third of a typical notes folder)
 * skips those detectors at once.
 */
export function hasAsciiDigit(ctx: ScanContext): boolean {
  return (ctx.facts.asciiDigit ??= textMentions(ctx, ASCII_DIGIT));
}
