// A global regex search over a scan, made by trying the regex only where a match can begin: at the start of a run
// of ASCII digits, or a few characters before one (`+45…`, `(+45)…`, `DK12…`). The number detectors (phone, card,
// CVR, IBAN) used to let the regex engine try every position of the text — with a look-behind first at each — while
// their matches can only begin next to a digit; the runs are read once per scan and shared (digitClusters.ts).
//
// Why the matches are the same as `re.lastIndex = from; while ((m = re.exec(text)) && m.index < to) …` with the
// global form of the regex: a global exec from `after` returns the match at the smallest position p ≥ after where
// the regex matches, and the sticky exec at p returns that same match (same pattern, same start, same preference).
// The scanner tries, in increasing order, every position p ≥ after that `form` allows (a superset of the positions
// where a match can begin), so the first one that matches is that smallest p; then it goes on from the match's end,
// as the global search does (no form matches the empty string). The candidates of one run lie after those of the
// run before: a candidate before its run's start stands on non-digits only, so after the previous run's end.
import type { ScanContext } from '../scan';
import { digitRuns, digitRunsFor, RUN_BLOCK, RUNS_REACH, type DigitRuns } from './digitClusters';

/** Where a regex's matches can begin, relative to the runs of ASCII digits. */
export interface RunStartForm {
  /** The pattern, sticky (`y`): tried at the candidate positions only. */
  readonly re: RegExp;
  /** How many characters before a run's start a match may begin (0: only at a run's start); at most RUNS_REACH. */
  readonly lead: number;
  /**
   * False only where no match can begin at `p`, a position `runStart - lead … runStart` whose characters up to the
   * run are not ASCII digits; the run is `length` digits long (or cut at the scan's reach: then at least
   * RUNS_REACH − lead long). A check on characters that saves the regex call.
   */
  readonly mayStart: (text: string, p: number, runStart: number, length: number) => boolean;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

function noDigitIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Scans longer than this search with the global regex itself: on one large text (a 5 MB document in the editor, the
 * bench's joined corpus) the runs are read per block by each detector, not shared, and a sticky call per run start
 * cost more than one global pass (phone, card and CVR together +40 ms on 5 MB). Small texts — files in the CLI, the
 * incremental engine's windows — gain from the runs.
 */
export const WHOLE_SEARCH_ABOVE = 256 * 1024;

/** The global form of each sticky pattern, made once. */
const globalForms = new WeakMap<RegExp, RegExp>();
function globalFormOf(re: RegExp): RegExp {
  let g = globalForms.get(re);
  if (!g) globalForms.set(re, (g = new RegExp(re.source, re.flags.replace('y', '') + (re.flags.includes('g') ? '' : 'g'))));
  return g;
}

/**
 * The matches of `form.re` beginning in [from, to), in order, as a global search from `from` finds them (see the
 * module comment). A scan longer than `block` is read block by block, so the runs held at once stay bounded; one
 * longer than `wholeAbove` is the global search itself.
 */
export class RunStartScanner {
  /** The global regex, when this scan is the plain global search (see WHOLE_SEARCH_ABOVE). */
  private readonly whole: RegExp | undefined;
  private runs: DigitRuns;
  /** Index (of the pair) of the run whose candidates are tried next, and which of them (lead … 0). */
  private r = 0;
  private k: number;
  /** The block being read: [blockStart, blockEnd). */
  private blockEnd: number;
  /** Positions below this were tried or lie inside a match found. */
  private after: number;

  constructor(
    private readonly ctx: ScanContext,
    private readonly form: RunStartForm,
    from: number,
    private readonly to: number,
    private readonly block = RUN_BLOCK,
    wholeAbove = WHOLE_SEARCH_ABOVE,
  ) {
    this.after = from;
    this.whole = to - from > wholeAbove ? globalFormOf(form.re) : undefined;
    this.k = form.lead;
    this.blockEnd = Math.min(to, from + block);
    this.runs = this.whole ? [] : this.runsOf(from, this.blockEnd);
  }

  /** Positions from here on are not wanted (a detector skips over what it read: an IBAN's rest). */
  skipTo(position: number): void {
    if (position > this.after) this.after = position;
  }

  next(): RegExpExecArray | null {
    const { text } = this.ctx, { re, lead, mayStart } = this.form;
    if (this.whole) {
      const g = this.whole;
      g.lastIndex = this.after;
      const m = g.exec(text);
      if (!m || m.index >= this.to) return null;
      this.after = m.index + m[0].length;
      return m;
    }
    for (;;) {
      const runs = this.runs, blockEnd = this.blockEnd;
      for (; this.r < runs.length; this.r += 2, this.k = lead) {
        const runStart = runs[this.r]!, length = runs[this.r + 1]! - runStart;
        for (; this.k >= 0; this.k--) {
          const p = runStart - this.k;
          if (p >= blockEnd) break;
          if (p < this.after || (p < runStart && !noDigitIn(text, p, runStart)) || !mayStart(text, p, runStart, length)) continue;
          re.lastIndex = p;
          const m = re.exec(text);
          if (!m) continue;
          this.after = p + m[0].length;
          this.k--;
          return m;
        }
        if (this.k >= 0) break; // a candidate at or past the block's end: the rest belongs to the next block
      }
      if (blockEnd >= this.to) return null;
      // The next block's runs are read from its start: a candidate before it was tried in this block.
      this.after = Math.max(this.after, blockEnd);
      this.blockEnd = Math.min(this.to, blockEnd + this.block);
      this.runs = this.runsOf(blockEnd, this.blockEnd);
      this.r = 0;
      this.k = lead;
    }
  }

  /**
   * The runs of [start, end + RUNS_REACH): the scan's shared runs when the block lies at the start of the scan and
   * within it (those reach further, and a run they cut is cut later, so it is still at least as long as the reach).
   */
  private runsOf(start: number, end: number): DigitRuns {
    const ctx = this.ctx;
    if (start === ctx.scanStart && end <= ctx.scanEnd && ctx.scanEnd - start <= this.block) return digitRunsFor(ctx);
    return digitRuns(ctx.text, start, Math.min(ctx.text.length, end + RUNS_REACH));
  }
}
