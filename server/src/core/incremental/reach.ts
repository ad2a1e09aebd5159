// How far an edit's effect reaches: which findings must be re-detected after a change, and which edits touch
// structure that applies far away (a CSV header, an SQL column list) so that only a full re-scan is exact.
// The model: a finding's outcome depends only on the text from `before` characters before its start to `after`
// characters after its end, plus the whole line before it in CSV-like text, plus the structure lines below.
import type { Detector, DetectorReach } from '../scan';
import { CSV_TITLE_LINES, SQL_LOOKBACK } from '../context/structure';

/**
 * The reach assumed for a detector that declares none. Generous on purpose: re-detecting a few kilobytes costs
 * well under a millisecond. `before` covers the SQL column lookup (context/structure.ts reads SQL_LOOKBACK
 * characters back to the INSERT's column list), cue words (48 characters, one line back) and `key: value` (80).
 */
export const DEFAULT_REACH: DetectorReach = { before: SQL_LOOKBACK + 256, after: 512, maxLength: 512 };

/** Lines scanned backwards and forwards beyond the reach, for forms and cues that span a line break. */
export const EXTRA_LINES = 1;

/** A line is snapped to as a whole only when its end lies within this many characters (minified text, base64). */
export const LONG_LINE = 16_384;

/**
 * Lines at the top of a text that define structure for all of it: a CSV header and the line that confirms it, below a
 * title block of up to CSV_TITLE_LINES lines (context/structure.ts), and one more.
 */
export const HEADER_LINES = CSV_TITLE_LINES + 3;
/** A line that can belong to a pipe table: a pipe anywhere, or a `---` rule. */
const TABLE_LINE = /\||^\s*:?-{3,}/m;

/** The lines [from, to) touches, bounded to LONG_LINE characters either side. */
function linesAround(text: string, from: number, to: number): string {
  // Bounded searches: on a 50 MB line an unbounded one would read the line on every edit.
  const before = newlineBefore(text, from - 1, from - LONG_LINE - 1);
  const lo = before === NONE_IN_RANGE ? from - LONG_LINE : Math.max(before + 1, from - LONG_LINE);
  const nl = newlineAfter(text, to, to + LONG_LINE);
  const hi = nl === NONE_IN_RANGE ? to + LONG_LINE : Math.min(nl < 0 ? text.length : nl, to + LONG_LINE);
  return text.slice(Math.max(0, lo), hi);
}

/** Longest first line that may still be read as a header. */
const HEADER_MAX = 8192;

export interface EngineReach extends DetectorReach {
  /** Some detector reads the whole document: every edit means a full re-scan. */
  document: boolean;
}

/** The widest reach over all detectors (each at least the default). */
export function combinedReach(detectors: readonly Detector[]): EngineReach {
  const out: EngineReach = { ...DEFAULT_REACH, document: false };
  for (const d of detectors) {
    if (d.reach === 'document') out.document = true;
    else if (d.reach) {
      out.before = Math.max(out.before, d.reach.before ?? 0);
      out.after = Math.max(out.after, d.reach.after ?? 0);
      out.maxLength = Math.max(out.maxLength, d.reach.maxLength ?? 0);
    }
  }
  return out;
}

/** End offset of the first `n` lines (the offset after the n-th newline, or the text's length). */
export function endOfFirstLines(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text.length;
  }
  return at + 1;
}

/**
 * Where the header lines detectors may read end (endOfFirstLines(text, HEADER_LINES)), or 0 when the first line is
 * longer than HEADER_MAX and so no header: then a single 50 MB line is not handed whole to every chunk's detectors.
 */
export function headerLinesEnd(text: string): number {
  if (text.length > HEADER_MAX && text.lastIndexOf('\n', HEADER_MAX) < 0) return 0;
  return endOfFirstLines(text, HEADER_LINES);
}

/**
 * True when the first line holds a delimiter, so the text may be read as CSV: then a cell's column depends on
 * everything before it on its line, however long (context/structure.ts cellIndex).
 */
export function csvLike(text: string): boolean {
  // The header may stand below a title block (context/structure.ts CSV_TITLE_LINES): its lines are looked at too.
  let from = 0;
  for (let k = 0; k <= CSV_TITLE_LINES && from < text.length; k++) {
    const nl = newlineAfter(text, from, from + 8192);
    const to = nl === NONE_IN_RANGE ? from + 8192 : nl < 0 ? Math.min(text.length, from + 8192) : Math.min(nl, from + 8192);
    if (/[;,\t|]/.test(text.slice(from, to))) return true;
    if (nl === NONE_IN_RANGE || nl < 0) return false;
    from = nl + 1;
  }
  return false;
}

/**
 * True when an edit touches structure that applies beyond any reach: the header lines (a CSV header names the
 * columns of every row below). `oldText`/`newText` are the whole texts; the edit replaced old [start, oldEnd) by new
 * [start, newEnd). An SQL INSERT's column list needs no such fallback: its lookup reaches SQL_LOOKBACK characters,
 * which DEFAULT_REACH covers, so edits to it re-detect the rows that can see it.
 */
export function touchesStructure(oldText: string, newText: string, start: number, oldEnd: number, newEnd: number): boolean {
  // A Markdown pipe table's header names the cells of every row below it (context/structure.ts): an edit on a
  // line with a pipe, or on a `---` rule line, may change a table's extent or header.
  if (TABLE_LINE.test(linesAround(oldText, start, oldEnd)) || TABLE_LINE.test(linesAround(newText, start, newEnd))) return true;
  for (const text of [oldText, newText]) {
    // The first line's end, or HEADER_MAX + 1 for any first line longer than HEADER_MAX (read no further).
    const nl = newlineAfter(text, 0, HEADER_MAX);
    const firstEnd = nl === NONE_IN_RANGE ? HEADER_MAX + 1 : nl < 0 ? text.length : nl + 1;
    // A first line longer than HEADER_MAX is no header (structure.ts reads at most 4000 characters); an edit
    // beyond HEADER_MAX cannot make it one, so a minified one-line file is not re-scanned whole on every edit.
    if (start < Math.min(firstEnd, HEADER_MAX)) return true;
    if (firstEnd <= HEADER_MAX && start < endOfFirstLines(text, HEADER_LINES)) return true;
  }
  return false;
}

/**
 * Start of the line holding `offset`, moved `extraLines` lines further back; stops at the last line start within
 * LONG_LINE characters of `offset` (unless `unbounded`), so minified text is not re-scanned whole.
 */
export function snapBack(text: string, offset: number, extraLines: number, unbounded = false): number {
  let at = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i <= extraLines && at > 0; i++) {
    const from = i === 0 ? at - 1 : at - 2;
    // Newlines more than LONG_LINE back are not looked for (on a 50 MB line that search would read it all).
    const lowest = unbounded ? 0 : offset - LONG_LINE - 1;
    const nl = from < 0 ? -1 : newlineBefore(text, from, lowest);
    if (nl === NONE_IN_RANGE) return at;
    const lineStart = nl + 1;
    if (!unbounded && offset - lineStart > LONG_LINE) return at;
    at = lineStart;
  }
  return at;
}

/** End of the line holding `offset` (after its newline), moved `extraLines` lines further on; bounded likewise. */
export function snapForward(text: string, offset: number, extraLines: number, unbounded = false): number {
  let at = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i <= extraLines && at < text.length; i++) {
    const nl = newlineAfter(text, at, unbounded ? text.length : offset + LONG_LINE);
    if (nl === NONE_IN_RANGE) return at;
    const lineEnd = nl < 0 ? text.length : nl + 1;
    if (!unbounded && lineEnd - offset > LONG_LINE) return at;
    at = lineEnd;
  }
  return at;
}

/** Returned by the bounded newline searches when a newline may exist but not within the bound. */
const NONE_IN_RANGE = -2;

/**
 * text.lastIndexOf('\n', from), looking no further back than `lowest`: the index, -1 when the text has no newline
 * up to `from`, NONE_IN_RANGE when none lies in [lowest, from] but one may lie before.
 */
export function newlineBefore(text: string, from: number, lowest: number): number {
  if (lowest <= 0) return text.lastIndexOf('\n', from);
  const i = text.slice(lowest, from + 1).lastIndexOf('\n');
  return i < 0 ? NONE_IN_RANGE : lowest + i;
}

/**
 * text.indexOf('\n', from), looking no further than before `highest`: the index, -1 when the text has no newline
 * from `from` on, NONE_IN_RANGE when none lies in [from, highest) but one may lie after.
 */
export function newlineAfter(text: string, from: number, highest: number): number {
  if (highest >= text.length) return text.indexOf('\n', from);
  const i = text.slice(from, highest).indexOf('\n');
  return i < 0 ? NONE_IN_RANGE : from + i;
}
