import type { ScanContext } from '../scan';
import { keyOnLineBefore } from '../context/structure';

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

/** Lines longer than this (minified JSON, one-line logs) get the key lookup only, not the CSV/SQL column lookups. */
const LONG_LINE = 2000;

/**
 * The field name a value at `start` stands under (lower case), like ctx.structure.fieldNameAt, but linear on very
 * long lines: the key right before the value is read within 80 characters, and the CSV/SQL column lookups (which
 * read from the line's start) are left out on lines longer than LONG_LINE.
 */
export function fieldNameNear(ctx: ScanContext, start: number): string | undefined {
  const text = ctx.text;
  // `key: value`, `"key": "value"`, `key = 'value'` right before the value on its line (core/context/structure.ts).
  const key = keyOnLineBefore(text, start, 80);
  if (key !== undefined) return key;
  if (start >= LONG_LINE && lineStartWithin(text, start, LONG_LINE) === start - LONG_LINE) return undefined;
  return ctx.structure.fieldNameAt(start);
}
