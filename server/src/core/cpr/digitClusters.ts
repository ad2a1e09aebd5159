// Where a number-shaped reading (a clean or loose CPR reading, an eCPR, a substitute form) can start at all: at or
// near the runs of ASCII digits of the text. The runs are found once per scan (one regex jump per run, no match
// arrays) and shared by the CPR-family detectors; each detector then tries only the positions its readings can
// start at — in the same order and with the same skip-ahead as a scan of every position — so its results are those
// of the plain scan, while the prose between numbers is never visited character by character.
import type { ScanContext } from '../scan';

/**
 * Digit runs as flat pairs [start, end) in text order (see digitRuns). A plain array of small integers: built by
 * push and left to the young generation, it costs less than a typed array per text (whose backing store is
 * allocated outside the heap), and most texts hold few runs.
 */
export type DigitRuns = readonly number[];

/** Finds the next ASCII digit; `test` (no match array) leaves lastIndex just past it. */
const NEXT_DIGIT = /[0-9]/g;

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Characters read one by one after a run before the regex looks further for the next digit. */
const PEEK = 8;

/**
 * The maximal runs of ASCII digits in [from, limit) as flat pairs [start, end), in order. Runs are cut at `from`
 * and `limit`: a run starting before `from` is listed from `from`, one reaching past `limit` ends there.
 */
export function digitRuns(text: string, from: number, limit: number): DigitRuns {
  const out: number[] = [];
  if (from >= limit) return out;
  // A window of a long text must cost what the window costs: the regex reads only [from, limit).
  const whole = from === 0 && limit === text.length;
  const scanned = whole ? text : text.slice(from, limit);
  let start = -1;
  NEXT_DIGIT.lastIndex = 0;
  for (;;) {
    if (start < 0) {
      if (!NEXT_DIGIT.test(scanned)) break;
      start = NEXT_DIGIT.lastIndex - 1 + from;
    }
    let end = start + 1;
    while (end < limit && isAsciiDigit(text.charCodeAt(end))) end++;
    out.push(start, end);
    // Digits come in clusters (dates, times, numbers in groups): the next one is looked for a few characters on
    // before the regex is asked (a call costs more than reading those characters).
    start = -1;
    for (let p = end + 1, peekEnd = Math.min(limit, end + 1 + PEEK); p < peekEnd; p++) {
      if (isAsciiDigit(text.charCodeAt(p))) { start = p; break; }
    }
    if (start < 0) NEXT_DIGIT.lastIndex = Math.min(limit, end + 1 + PEEK) - from;
  }
  return out;
}

/**
 * The runs of at least `minRun` ASCII digits in [from, limit), as digitRuns lists them (flat pairs, cut at `from`
 * and `limit`): one regex step per long run, where digitRuns takes one per run. The first place at or after a
 * run's end where `minRun` digits follow is the start of a run (else the place before it would be).
 */
export function longDigitRuns(text: string, from: number, limit: number, minRun: number): DigitRuns {
  const out: number[] = [];
  if (from >= limit) return out;
  const whole = from === 0 && limit === text.length;
  const scanned = whole ? text : text.slice(from, limit);
  const finder = longRunFinder(minRun);
  finder.lastIndex = 0;
  while (finder.test(scanned)) {
    const start = finder.lastIndex - minRun + from;
    let end = finder.lastIndex + from;
    while (end < limit && isAsciiDigit(text.charCodeAt(end))) end++;
    finder.lastIndex = end - from;
    out.push(start, end);
  }
  return out;
}

const longRunFinders = new Map<number, RegExp>();
function longRunFinder(minRun: number): RegExp {
  let re = longRunFinders.get(minRun);
  if (!re) longRunFinders.set(minRun, (re = new RegExp(`[0-9]{${minRun}}`, 'g')));
  return re;
}

/**
 * How far past a scan's end the shared runs reach: at least the longest reading of any shape below (a reading that
 * starts in the scan reads its digits up to its `span` past its start).
 */
export const RUNS_REACH = 128;

/**
 * The runs of the scan read last, kept for the other detectors of the same scan (detect() runs them one after
 * another over one ScanContext). One slot, not a WeakMap: a WeakMap entry per scan cost more than reading the
 * runs of a small file; the slot holds the last scan only until the next one replaces it.
 */
let memo: { ctx: ScanContext; all?: DigitRuns; six?: DigitRuns } | undefined;

function memoFor(ctx: ScanContext): { ctx: ScanContext; all?: DigitRuns; six?: DigitRuns } {
  if (memo?.ctx !== ctx) memo = { ctx };
  return memo;
}

/**
 * Scans longer than this are read block by block (each detector carries its place across blocks), so the runs held
 * at once stay bounded: a 50 MB file of short numbers has some 25 million runs.
 */
export const RUN_BLOCK = 1 << 20;

/**
 * The digit runs of [from, to + RUNS_REACH) for a block [from, to) of the scan: read once per scan and shared by the
 * detectors when the block is the whole scan, read afresh for a block of a longer scan.
 */
export function digitRunsFor(ctx: ScanContext, from = ctx.scanStart, to = ctx.scanEnd): DigitRuns {
  const limit = Math.min(ctx.text.length, to + RUNS_REACH);
  if (from !== ctx.scanStart || to !== ctx.scanEnd) return digitRuns(ctx.text, from, limit);
  const m = memoFor(ctx);
  return (m.all ??= digitRuns(ctx.text, from, limit));
}

/**
 * The runs of six digits or more of [from, to + RUNS_REACH), for a block as in digitRunsFor: taken from the shared
 * runs when another detector has read those already, else found directly (fewer regex steps than every run).
 */
export function sixDigitRunsFor(ctx: ScanContext, from = ctx.scanStart, to = ctx.scanEnd): DigitRuns {
  const limit = Math.min(ctx.text.length, to + RUNS_REACH);
  if (from !== ctx.scanStart || to !== ctx.scanEnd) return longDigitRuns(ctx.text, from, limit, 6);
  const m = memoFor(ctx);
  if (!m.six) {
    if (m.all) {
      const all = m.all, six: number[] = [];
      for (let r = 0; r < all.length; r += 2) if (all[r + 1]! - all[r]! >= 6) six.push(all[r]!, all[r + 1]!);
      m.six = six;
    } else {
      m.six = longDigitRuns(ctx.text, from, limit, 6);
    }
  }
  return m.six;
}

/**
 * The matches of a sticky regex (`y`) whose every match begins with `minRun` ASCII digits and never right after an
 * ASCII digit (e.g. `(?<![\p{L}\p{N}])\d{6}…`), exactly as a global search from `from` finds those starting before
 * `to`: such a match starts at the start of a run of at least `minRun` digits, so those starts are tried in order,
 * each from the end of the last match on. `runs`: digitRuns over [from, to + RUNS_REACH) at least. `mayStart`, when
 * given, answers false only where the regex cannot match (a check on characters that saves the regex call); it
 * gets the text, the run's start and its length.
 */
export function runStartMatches(
  text: string,
  re: RegExp,
  runs: DigitRuns,
  from: number,
  to: number,
  minRun: number,
  mayStart?: (text: string, start: number, length: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = from;
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    if (start >= to) break;
    const length = runs[r + 1]! - start;
    if (start < after || length < minRun || (mayStart && !mayStart(text, start, length))) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    after = start + m[0].length;
    out.push(m);
  }
  return out;
}

/** What a detector knows about every reading it can make. */
export interface ClusterShape {
  /** Fewest ASCII digits (0-9) in any reading. */
  readonly minDigits: number;
  /** Most characters between two consecutive ASCII digits of a reading (0 when adjacent). */
  readonly maxGap: number;
  /** True for every character (code unit) that may stand in a reading besides its ASCII digits. */
  readonly between: (code: number) => boolean;
  /** Most characters of a reading before its first ASCII digit. */
  readonly lead: number;
  /** Longest reading (end − start); at most RUNS_REACH. */
  readonly span: number;
}

/**
 * Sorted, disjoint ranges [a, b) (flat pairs) within [from, to) outside which no reading of this shape starts.
 * `runs`: digitRuns of [from, limit) for some limit ≥ min(text.length, to + shape.span).
 *
 * Why: call two ASCII digits linked when at most `maxGap` characters stand between them, all of them `between`
 * characters. A reading starting at i in [from, to) has its digits in [i, i + span), at least `minDigits` of them,
 * each linked to the next: they lie in one maximal chain of linked digits that has at least `minDigits` digits
 * (the digits of a run are linked; runs are linked when their gap is). A reading starts at or before its first
 * digit, so before the chain's last digit, and at most `lead` characters before its first digit, on `between`
 * characters only: at or after the chain's first digit c − lead, and after any other character before c.
 */
export function clusterRegions(text: string, from: number, to: number, shape: ClusterShape, runs: DigitRuns): number[] {
  const out: number[] = [];
  if (from >= to) return out;
  const { maxGap, minDigits, lead, between } = shape;
  // The chain being grown: [chainStart, chainEnd) from its first digit to one past its last, and its digits.
  let chainStart = -1, chainEnd = -1, digits = 0;
  for (let r = 0; r <= runs.length; r += 2) {
    const runStart = r < runs.length ? runs[r]! : Infinity, runEnd = r < runs.length ? runs[r + 1]! : Infinity;
    if (chainStart >= 0 && runStart - chainEnd <= maxGap && allBetween(text, chainEnd, runStart, between)) {
      chainEnd = runEnd;
      digits += runEnd - runStart;
      continue;
    }
    if (digits >= minDigits) {
      let a = chainStart;
      while (a > from && chainStart - a < lead && between(text.charCodeAt(a - 1))) a--;
      const b = Math.min(to, chainEnd);
      if (a < b) {
        if (out.length && out[out.length - 1]! >= a) out[out.length - 1] = b;
        else out.push(a, b);
      }
    }
    // A chain starting here begins its region at runStart − lead or later: from `to` on, none is wanted.
    if (runStart - lead >= to) break;
    chainStart = runStart;
    chainEnd = runEnd;
    digits = runEnd - runStart;
  }
  return out;
}

function allBetween(text: string, start: number, end: number, between: (code: number) => boolean): boolean {
  for (let p = start; p < end; p++) if (!between(text.charCodeAt(p))) return false;
  return true;
}

/**
 * A `between` test from a table of ASCII codes and a test for the rest. `ascii` lists the ASCII characters; no
 * ASCII digit may be among them.
 */
export function charTest(ascii: string, other: (code: number) => boolean): (code: number) => boolean {
  const table = new Uint8Array(128);
  for (const ch of ascii) {
    const c = ch.charCodeAt(0);
    if (c >= 128 || isAsciiDigit(c)) throw new Error('charTest: only ASCII non-digits in the table');
    table[c] = 1;
  }
  return (code) => (code < 128 ? table[code] === 1 : other(code));
}
