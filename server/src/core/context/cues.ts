// Context words around a candidate: the "context" step of pattern → validation → context scoring.
// A cue is a regular expression matched against a short window of text before (or after) the candidate,
// on the same line or the line before, so a label on its own line ("CPR-nr.:\n010180-1234") still counts.

export interface CueMatch {
  /** The cue as written in the text (a label such as "CPR-nr.", never the identifier). */
  word: string;
  /** Characters between the cue and the candidate. */
  distance: number;
  side: 'before' | 'after';
}

/**
 * A gap that ends a cue's reach: a run of 4+ digits, or of 4+ mask characters (a masked number stands where the
 * number stood, so masking one number does not hand its cue to the next), or a line that starts with its own label
 * ("Ref:").
 */
export const CUE_BARRIER = /\d{4}|[X*]{4}|\n[ \t]*[\p{L}][\p{L}\p{N} .\-]{0,30}:/u;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How far before a candidate a cue may stand. */
export const CUE_WINDOW_BEFORE = 48;
/** How far after a candidate a cue may stand. */
export const CUE_WINDOW_AFTER = 24;

/**
 * The nearest cue before `start` (window: CUE_WINDOW_BEFORE characters, crossing at most one line break).
 * `cues` must be a global regex (flag g) so every occurrence in the window is seen and the last one wins.
 */
export function cueBefore(text: string, start: number, cues: RegExp, window = CUE_WINDOW_BEFORE, barrier: RegExp = CUE_BARRIER): CueMatch | undefined {
  let from = Math.max(0, start - window);
  // Cross at most one line break: start after the second-to-last newline in the window. (Searched within the
  // window only: on a minified line an unbounded search back to the line start would make a scan quadratic.)
  let slice = text.slice(from, start);
  const lastNl = slice.lastIndexOf('\n');
  if (lastNl >= 0) {
    const prevNl = slice.lastIndexOf('\n', lastNl - 1);
    if (prevNl >= 0 && lastNl > 0) { from += prevNl + 1; slice = slice.slice(prevNl + 1); }
  }
  cues.lastIndex = 0;
  let best: RegExpExecArray | null = null;
  for (let m = cues.exec(slice); m; m = cues.exec(slice)) {
    best = m;
    if (m[0].length === 0) cues.lastIndex++;
  }
  if (!best) return undefined;
  // A cue cut short by the window's start is the tail of a longer word: no cue.
  if (best.index === 0 && from > 0 && WORD_CHAR.test(text[from - 1]!)) return undefined;
  const gap = slice.slice(best.index + best[0].length);
  // The cue labels something else when another number or a new label stands between it and the candidate.
  if (barrier.test(gap)) return undefined;
  return { word: best[0].trim(), distance: gap.length, side: 'before' };
}

/** The first cue after `end`, on the same line, within CUE_WINDOW_AFTER characters. */
export function cueAfter(text: string, end: number, cues: RegExp, window = CUE_WINDOW_AFTER): CueMatch | undefined {
  const to = Math.min(text.length, end + window);
  let slice = text.slice(end, to);
  const nl = slice.indexOf('\n'); // within the window only (see cueBefore)
  if (nl >= 0) slice = slice.slice(0, nl);
  cues.lastIndex = 0;
  const m = cues.exec(slice);
  if (!m) return undefined;
  // A cue cut short by the window's end is the start of a longer word ("kr" of "kragjuel"): no cue.
  if (m.index + m[0].length === slice.length && WORD_CHAR.test(text[end + slice.length] ?? '')) return undefined;
  return { word: m[0].trim(), distance: m.index, side: 'after' };
}
