// Line boundaries within a bounded distance: a document may be one very long line (minified JSON, a log joined
// into one string), and an unbounded lastIndexOf('\n') per candidate would make detection quadratic there.

/** Start of the line holding `pos`, looking back at most `limit` characters; `pos - limit` (≥ 0) if none is found. */
export function lineStartWithin(text: string, pos: number, limit: number): number {
  const stop = Math.max(0, pos - limit);
  for (let i = pos - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/** End of the line holding `pos` (index of its '\n' or text length), looking at most `limit` characters ahead. */
export function lineEndWithin(text: string, pos: number, limit: number): number {
  const stop = Math.min(text.length, pos + limit);
  for (let i = pos; i < stop; i++) if (text.charCodeAt(i) === 10) return i;
  return stop;
}
