// Field names in structured text: the name under which a value stands, so that `"cpr": "0101801234"`,
// a CSV column headed `cpr`, `cpr=...` in a log line and the `cpr` column of an SQL INSERT all count as
// context for the value. The structure is read lazily and once per text.

import { isJsSpace } from './chars';
import { hl7FieldNameAt, isHl7Message } from './hl7';
import type { Mention, PrefixMentions } from '../textFacts';

/**
 * A necessary condition for any SQL column answer: sqlColumnAt needs an `INSERT INTO` (matched as
 * /\bINSERT\s+INTO\s/i), which starts with this. Bounded, so the incremental engine can track it across edits.
 */
const INSERT_MENTION: Mention = { pattern: /\bINSERT\s/i, reads: 8 };

/** Delimiters we recognise in delimited text (CSV, TSV, pipe-separated). */
const DELIMITERS = [';', ',', '\t', '|'] as const; // delimiterCounts() counts them in this order

/** How far back from a value the SQL column lookup reads (the incremental engine's reach depends on it). */
export const SQL_LOOKBACK = 4000;

export interface CsvLayout {
  delimiter: string;
  /** Header cells, lower-cased and trimmed of quotes. */
  header: string[];
  /** Offset where the first data row starts. */
  bodyStart: number;
}

interface SqlIndex { values: number[]; inserts: number[]; insertEnds: number[] }

export class TextStructure {
  private csv: CsvLayout | null | undefined;
  /**
   * Set by the incremental engine: its record of where the document mentions what, kept across edits, so the
   * whole-text check for an INSERT reads about the edited region instead of the whole document on every edit.
   */
  mentions?: PrefixMentions;

  constructor(
    readonly text: string,
    readonly languageId: string | undefined,
  ) {}

  /**
   * Every detector asks for the field of each candidate: remember the answers (texts hold thousands of values).
   * Made on the first question, as are the other caches below: most texts are asked nothing, and a structure is
   * made for every text scanned.
   */
  private fieldCache: Map<number, string | null> | undefined; // null: no field
  private hasInsert: boolean | undefined;

  /** The field name a value at `offset` stands under, or undefined. Lower case. */
  fieldNameAt(offset: number): string | undefined {
    const cache = (this.fieldCache ??= new Map());
    const cached = cache.get(offset); // one lookup: undefined is "not asked yet", null "no field"
    if (cached !== undefined) return cached ?? undefined;
    const name = this.keyBefore(offset) ?? this.xmlElementAt(offset) ?? this.hl7FieldAt(offset) ?? this.csvColumnAt(offset) ?? this.pipeTableColumnAt(offset) ?? this.sqlColumnAtIfAny(offset);
    cache.set(offset, name ?? null);
    return name;
  }

  private hl7: boolean | undefined;

  /** The standard name of the HL7 v2 field holding the value, in a text that is an HL7 message (context/hl7.ts). */
  private hl7FieldAt(offset: number): string | undefined {
    this.hl7 ??= isHl7Message(this.text);
    return this.hl7 ? hl7FieldNameAt(this.text, offset) : undefined;
  }

  private sqlColumnAtIfAny(offset: number): string | undefined {
    // Reading back 4000 characters for VALUES is only worth it in a text that has an INSERT at all.
    this.hasInsert ??= this.mentions ? this.mentions.test(INSERT_MENTION, this.text) : INSERT_MENTION.pattern.test(this.text);
    return this.hasInsert ? this.sqlColumnAt(offset) : undefined;
  }

  private pipeTables: PipeTable[] | undefined;

  /** The header of the column a cell stands in, in a Markdown-style pipe table anywhere in the text. */
  private pipeTableColumnAt(offset: number): string | undefined {
    // Every table row holds a pipe: a value on a line without one is in no table, and the tables (a pass over
    // every line) need not be read at all.
    if (!this.lineHasPipe(offset)) return undefined;
    this.pipeTables ??= readPipeTables(this.text);
    // Binary search for the table whose body holds the offset.
    let lo = 0, hi = this.pipeTables.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.pipeTables[mid]!;
      if (offset < t.bodyStart) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else {
        const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
        // Cells are counted after a leading pipe, when the row has one.
        let from = lineStart;
        while (from < offset && (this.text[from] === ' ' || this.text[from] === '\t')) from++;
        if (this.text[from] === '|') from++;
        return t.header[cellIndex(this.text, from, offset, '|')];
      }
    }
    return undefined;
  }

  /** The line last looked at for a pipe: later values on the same line reuse the answer (linear on long lines). */
  private pipeLine: { start: number; end: number; pipe: boolean } | undefined;

  private lineHasPipe(offset: number): boolean {
    const l = (this.pipeLine ??= { start: -1, end: -1, pipe: false });
    if (offset < l.start || offset >= l.end) {
      l.start = this.text.lastIndexOf('\n', offset - 1) + 1;
      const nl = this.text.indexOf('\n', offset);
      l.end = nl < 0 ? this.text.length : nl;
      l.pipe = this.text.slice(l.start, l.end).includes('|');
      if (l.end === offset) l.end++; // a value at the newline itself: keep the cache valid for it
    }
    return l.pipe;
  }

  /** `<cpr>value`, `<Telefon type="mobil">value`, `<td data-field="cpr">value`: the element or attribute naming it. */
  private xmlElementAt(offset: number): string | undefined {
    let k = offset - 1;
    while (k >= 0 && isJsSpace(this.text.charCodeAt(k))) k--;
    if (k < 0 || this.text.charCodeAt(k) !== 62 /* > */) return undefined;
    const from = Math.max(0, offset - 120);
    const before = this.text.slice(from, offset);
    const m = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s*>\s*$/.exec(before);
    if (!m) return undefined;
    const named = /\b(?:name|field|data-field|key|id)\s*=\s*["']([^"']{1,40})["']/i.exec(m[2] ?? '');
    return (named ? named[1]! : m[1]!.replace(/^[\w-]+:/, '')).toLowerCase();
  }

  /** `key: value`, `"key": "value"`, `key = 'value'`, `key=value` on the same line, just before the value. */
  private keyBefore(offset: number): string | undefined {
    // Cheap test first: a key/value pair ends in `:`, `=`, `>` or a quote right before the value.
    const text = this.text;
    let k = offset - 1;
    while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
    if (k < 0 || !isKeyValueEnd(text.charCodeAt(k))) return undefined;
    // Within the 80 characters before the value only: linear on minified one-line files.
    return keyOnLineBefore(text, offset, 80);
  }

  private layout(): CsvLayout | null {
    if (this.csv !== undefined) return this.csv;
    this.csv = readCsvLayout(this.text, this.languageId);
    return this.csv;
  }

  /** The header of the column a cell at `offset` stands in, for delimited text with a header row. */
  private csvColumnAt(offset: number): string | undefined {
    const csv = this.layout();
    if (!csv || offset < csv.bodyStart) return undefined;
    return csv.header[this.cellIndexAt(offset, csv.delimiter)];
  }

  /** Where the last cell count stopped: later offsets on the same line continue from there (linear per line). */
  private cellCursor: { pos: number; index: number; quoted: boolean } | undefined;

  /** The index of the cell `offset` stands in on its line. */
  private cellIndexAt(offset: number, delimiter: string): number {
    const c = (this.cellCursor ??= { pos: -1, index: 0, quoted: false });
    if (c.pos < 0 || offset < c.pos) {
      // Start over from the line's start (found once per line and pass, not per value).
      c.pos = this.text.lastIndexOf('\n', offset - 1) + 1;
      c.index = 0;
      c.quoted = false;
    }
    const text = this.text, d = delimiter.charCodeAt(0);
    let index = c.index, quoted = c.quoted; // walked in locals, stored once
    for (let i = c.pos; i < offset; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) { index = 0; quoted = false; } // a later line: count afresh from its start
      else if (ch === 34) quoted = !quoted;
      else if (ch === d && !quoted) index++;
    }
    c.index = index; c.quoted = quoted;
    c.pos = offset;
    return index;
  }

  /**
   * Where `VALUES` and `INSERT INTO` occur in the text (case-insensitive, word boundaries checked per lookup), read
   * per block of the text on first need: each lookup then binary-searches instead of re-running two regexes over
   * 4,000 characters, and an edit in a large document (a new structure per version) reads only the blocks around
   * it, not the whole text.
   */
  private sqlBlocks: Map<number, SqlIndex> | undefined;
  /** The blocks' positions merged for the last span of blocks asked about (lookups come in text order). */
  private sqlSpan: { first: number; last: number; index: SqlIndex } | undefined;
  /** Characters per block of the SQL index (a parameter for the tests only). */
  static sqlBlockChars = 64 * 1024;
  /** The INSERT column list last read, for its (INSERT offset, VALUES offset) pair; null when the statement has none. */
  private sqlColumns: { insertAt: number; valuesAt: number; columns: string[] | null } | undefined;
  /** Where the last tuple walk stopped: later values after the same VALUES continue from there (linear per statement). */
  private tupleCursor: { valuesAt: number; pos: number; depth: number; index: number; quote: number; ended: boolean } | undefined;
  /**
   * The tuple walk's state every TUPLE_MARK_STEP characters after the cursor's VALUES, as flat quadruples (position,
   * quote, depth, cell index), from its first `(` on. Each detector asks about its own values in text order, so
   * the cursor used to walk back to VALUES once per detector and statement; it now resumes from the last mark at
   * or before the value. The walk's state at a position depends only on the text before it, so the answer is the same.
   */
  private tupleMarks: number[] | undefined;

  /** Every VALUES and INSERT INTO starting in [from, to], from the blocks that hold that range. */
  private sqlIndexFor(from: number, to: number): SqlIndex {
    const size = TextStructure.sqlBlockChars;
    const first = Math.floor(Math.max(0, from) / size), last = Math.floor(Math.max(0, to) / size);
    const span = this.sqlSpan;
    if (span && span.first === first && span.last === last) return span.index;
    let index: SqlIndex;
    if (first === last) index = this.sqlBlock(first);
    else {
      index = { values: [], inserts: [], insertEnds: [] };
      for (let b = first; b <= last; b++) {
        const block = this.sqlBlock(b);
        for (const v of block.values) index.values.push(v);
        for (let i = 0; i < block.inserts.length; i++) { index.inserts.push(block.inserts[i]!); index.insertEnds.push(block.insertEnds[i]!); }
      }
    }
    this.sqlSpan = { first, last, index };
    return index;
  }

  /**
   * The matches of /VALUES/gi and /INSERT\s+INTO\s/gi that start in block `b`. Neither pattern can overlap itself
   * (nor can a match start inside another), so the non-overlapping matches over the whole text are every place
   * where the pattern matches, and a block's share is the places that start in it: VALUES read from the block's
   * start to 5 characters past its end, INSERT INTO tried (sticky, running as far as its spaces do) at each
   * `INSERT` + space that starts in the block.
   */
  private sqlBlock(b: number): SqlIndex {
    const blocks = (this.sqlBlocks ??= new Map());
    const known = blocks.get(b);
    if (known) return known;
    const size = TextStructure.sqlBlockChars, text = this.text;
    const start = b * size, end = Math.min(text.length, start + size);
    const values: number[] = [], inserts: number[] = [], insertEnds: number[] = [];
    const valuesRe = /VALUES/gi, insertStartRe = /INSERT\s/gi, insertRe = /INSERT\s+INTO\s/iy;
    const valuesIn = text.slice(0, Math.min(text.length, end + 5));
    valuesRe.lastIndex = start;
    for (let m = valuesRe.exec(valuesIn); m; m = valuesRe.exec(valuesIn)) values.push(m.index);
    const insertsIn = text.slice(0, Math.min(text.length, end + 6));
    insertStartRe.lastIndex = start;
    for (let m = insertStartRe.exec(insertsIn); m; m = insertStartRe.exec(insertsIn)) {
      insertRe.lastIndex = m.index;
      const full = insertRe.exec(text);
      if (full) { inserts.push(m.index); insertEnds.push(m.index + full[0].length); }
    }
    const index = { values, inserts, insertEnds };
    blocks.set(b, index);
    return index;
  }

  /** The column of an `INSERT INTO t (a, b) VALUES (x, y)` statement that a value stands in. */
  private sqlColumnAt(offset: number): string | undefined {
    // Same answer as matching /\bVALUES\b/ and /\bINSERT\s+INTO\s/ in text.slice(windowStart, offset): a word
    // boundary at either end of that slice always holds, inside it the neighbouring character decides.
    const windowStart = Math.max(0, offset - SQL_LOOKBACK);
    const text = this.text;
    const index = this.sqlIndexFor(windowStart, offset);
    // The last VALUES keyword before the value (ending by the value), when it opens a tuple list.
    let valuesAt = -1;
    for (let i = lastAtOrBelow(index.values, offset - 6); i >= 0 && index.values[i]! >= windowStart; i--) {
      const p = index.values[i]!;
      if (wordStartsAt(text, p, windowStart) && wordEndsAt(text, p + 6, offset)) { valuesAt = p; break; }
    }
    if (valuesAt < 0) return undefined;
    let k = valuesAt + 6;
    while (k < offset && isJsSpace(text.charCodeAt(k))) k++;
    if (k >= offset || text.charCodeAt(k) !== 40 /* ( */) return undefined;
    // The last INSERT INTO ending by the VALUES keyword.
    let insertAt = -1;
    for (let i = lastAtOrBelow(index.inserts, valuesAt); i >= 0 && index.inserts[i]! >= windowStart; i--) {
      if (index.insertEnds[i]! <= valuesAt && wordStartsAt(text, index.inserts[i]!, windowStart)) { insertAt = index.inserts[i]!; break; }
    }
    if (insertAt < 0) return undefined;
    const cached = (this.sqlColumns ??= { insertAt: -1, valuesAt: -1, columns: null });
    if (cached.insertAt !== insertAt || cached.valuesAt !== valuesAt) {
      const insert = /INSERT\s+INTO\s+[^(;]*\(([^()]*)\)\s*$/iy;
      insert.lastIndex = insertAt;
      const m = insert.exec(text.slice(0, valuesAt));
      cached.insertAt = insertAt;
      cached.valuesAt = valuesAt;
      cached.columns = m ? m[1]!.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, '').toLowerCase()) : null;
    }
    const columns = cached.columns;
    if (!columns) return undefined;
    // Walk the tuples after VALUES, counting top-level commas in the current tuple; continue the last walk when
    // this value comes later after the same VALUES.
    const c = (this.tupleCursor ??= { valuesAt: -1, pos: -1, depth: 0, index: 0, quote: 0, ended: false });
    let marks = this.tupleMarks;
    if (c.valuesAt !== valuesAt || !marks) {
      c.valuesAt = valuesAt; c.pos = k; c.depth = 0; c.index = 0; c.quote = 0; c.ended = false;
      marks = this.tupleMarks = [k, 0, 0, 0];
    } else if (offset < c.pos) {
      // Marks stand at k, k + step, …: the last one at or before the offset (k < offset, checked above).
      const at = Math.min(marks.length / 4 - 1, Math.floor((offset - marks[0]!) / TUPLE_MARK_STEP)) * 4;
      c.pos = marks[at]!; c.quote = marks[at + 1]!; c.depth = marks[at + 2]!; c.index = marks[at + 3]!; c.ended = false;
    }
    // Char codes: 39 ', 34 ", 40 (, 41 ), 44 comma, 59 ;. `quote` is the open quote's code, 0 outside quotes.
    // The cursor's state is walked in locals and stored once (the walk is the lookup's inner loop).
    let quote = c.quote, depth = c.depth, cell = c.index, ended = c.ended;
    let nextMark = marks[marks.length - 4]! + TUPLE_MARK_STEP; // marks are added only past the last one
    for (let i = c.pos; i < offset && !ended; i++) {
      if (i === nextMark) { marks.push(i, quote, depth, cell); nextMark += TUPLE_MARK_STEP; }
      const ch = text.charCodeAt(i);
      if (quote) { if (ch === quote) quote = 0; continue; }
      if (ch === 39 || ch === 34) quote = ch;
      else if (ch === 40) { depth++; if (depth === 1) cell = 0; }
      else if (ch === 41) depth--;
      else if (ch === 44 && depth === 1) cell++;
      else if (ch === 59) ended = true;
    }
    c.quote = quote; c.depth = depth; c.index = cell; c.ended = ended;
    c.pos = Math.max(c.pos, offset);
    if (c.ended) return undefined;
    return c.depth >= 1 ? columns[c.index] : undefined;
  }
}

/** Characters between the tuple walk's marks (TextStructure.tupleMarks). */
const TUPLE_MARK_STEP = 32;

/** `:`, `=`, `>` or a quote: how a key/value pair ends right before its value. */
const isKeyValueEnd = (c: number): boolean => c === 58 || c === 61 || c === 62 || c === 34 || c === 39 || c === 96;
/** A character of a key: `[\w\u00C0-\u017F.-]`. */
const isKeyChar = (c: number): boolean => isAsciiWordChar(c) || (c >= 0xc0 && c <= 0x17f) || c === 46 || c === 45;
/** A character a key may start with: `[A-Za-z_\u00C0-\u017F]`. */
const isKeyStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && c <= 0x17f);
/** A character KEY_TAIL can hold: a quote, `:`, `=`, `>` or what `\s` matches. */
const isKeyTailChar = (c: number): boolean => c === 34 || c === 39 || c === 96 || c === 58 || c === 61 || c === 62 || isJsSpace(c);
/** What follows a key up to the value: quote, separator (`:`, `=`, `=>`, `:=`), quote, spaces. */
const KEY_TAIL = /^["'`]?\s*(?::|=|=>|:=)\s*["'`]?\s*$/;

/**
 * The key (lower case) of a `key: value` / `"key": "value"` / `key = 'value'` / `key=value` pair whose value starts at
 * `to`, reading text[from, to): the same answer as
 * `/([A-Za-z_\u00C0-\u017F][\w\u00C0-\u017F.-]*)["'`]?\s*(?::|=|=>|:=)\s*["'`]?\s*$/.exec(text.slice(from, to))?.[1]`
 * lower-cased (the form kept as the oracle in test/unit/core/contextFast.test.ts), read backwards instead of trying
 * the regex at every position. Why it is the same: no character of the tail (quotes, spaces, `:`, `=`, `>`) can be
 * a key character, so any match's key ends right after the last key character of the slice, the tail must match
 * everything after it, and the leftmost match starts at the first key-start character of the run of key characters
 * ending there (a key cannot reach across a character outside the run).
 */
export function keyEndingAt(text: string, from: number, to: number): string | undefined {
  let keyEnd = to;
  for (; keyEnd > from; keyEnd--) {
    const c = text.charCodeAt(keyEnd - 1);
    if (isKeyChar(c)) break;
    // Only quotes, `:`, `=`, `>` and spaces can follow a key: another character (`, '` in an SQL tuple) rules it out.
    if (!isKeyTailChar(c)) return undefined;
  }
  if (keyEnd === from || !KEY_TAIL.test(text.slice(keyEnd, to))) return undefined;
  let run = keyEnd;
  while (run > from && isKeyChar(text.charCodeAt(run - 1))) run--;
  while (run < keyEnd && !isKeyStart(text.charCodeAt(run))) run++;
  return run < keyEnd ? text.slice(run, keyEnd).toLowerCase() : undefined;
}

/**
 * keyEndingAt(text, lineStart, to), where lineStart is the start of the line holding `to`, looked for at most
 * `window` characters back (`to - window` when the line starts earlier): the key right before a value on its line.
 * The line start is not looked for first: both backward reads stop at a line break (the tail of a key cannot hold
 * one within its line, and a key character never is one), which is where they would stop at lineStart.
 */
export function keyOnLineBefore(text: string, to: number, window: number): string | undefined {
  const from = Math.max(0, to - window);
  let keyEnd = to;
  for (; keyEnd > from; keyEnd--) {
    const c = text.charCodeAt(keyEnd - 1);
    if (isKeyChar(c)) break;
    if (c === 10 || !isKeyTailChar(c)) return undefined; // a line break: no key character on the line
  }
  if (keyEnd === from || !KEY_TAIL.test(text.slice(keyEnd, to))) return undefined;
  let run = keyEnd;
  while (run > from && isKeyChar(text.charCodeAt(run - 1))) run--;
  while (run < keyEnd && !isKeyStart(text.charCodeAt(run))) run++;
  return run < keyEnd ? text.slice(run, keyEnd).toLowerCase() : undefined;
}

const isAsciiWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `\b` before `p` in text.slice(sliceStart, …): always at the slice's start, else decided by the character before. */
function wordStartsAt(text: string, p: number, sliceStart: number): boolean {
  return p === sliceStart || !isAsciiWordChar(text.charCodeAt(p - 1));
}

/** `\b` at `e` in text.slice(…, sliceEnd): always at the slice's end, else decided by the character at `e`. */
function wordEndsAt(text: string, e: number, sliceEnd: number): boolean {
  return e === sliceEnd || !isAsciiWordChar(text.charCodeAt(e));
}

/** Index of the last element ≤ `x` in an ascending array, or -1. */
function lastAtOrBelow(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return at;
}

interface PipeTable {
  /** Offset where the rows under the header (and its `|---|` rule) begin. */
  bodyStart: number;
  /** Offset just after the table's last row. */
  end: number;
  header: string[];
}

/**
 * Markdown pipe tables: a row `| a | b |`, a rule `|---|:--:|`, then rows starting with `|`. One pass over the
 * lines, done once per text, so looking up many cells stays linear.
 */
function readPipeTables(text: string): PipeTable[] {
  const tables: PipeTable[] = [];
  const lineAt = (start: number) => {
    const nl = text.indexOf('\n', start);
    return { line: text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, ''), next: nl < 0 ? text.length : nl + 1 };
  };
  let pos = 0;
  let prev: { line: string; start: number } | undefined;
  while (pos < text.length) {
    const { line, next } = lineAt(pos);
    if (prev && /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line) && prev.line.includes('|')) {
      const header = splitCells(prev.line.trim().replace(/^\||\|$/g, ''), '|').map((c) => c.trim().replace(/[*_`]/g, '').toLowerCase());
      let end = next;
      while (end < text.length) {
        const row = lineAt(end);
        if (!row.line.includes('|')) break;
        end = row.next;
      }
      tables.push({ bodyStart: next, end, header });
      pos = end;
      prev = undefined;
      continue;
    }
    prev = { line, start: pos };
    pos = next;
  }
  return tables;
}

/**
 * The delimiter and header of delimited text (CSV, TSV, pipe-separated), or null when the text does not read as such:
 * the header is the first line, or the line below a title (and blank lines), as spreadsheet and EPJ exports write it
 * (`Patientliste afd. B, udtræk 12.03.2024` above `cpr;navn;telefon`).
 */
export function readCsvLayout(text: string, languageId: string | undefined): CsvLayout | null {
  const first = firstLineCsvLayout(text, languageId);
  // A first line the second does not confirm (in declared CSV any first line with a delimiter is taken) yields to a
  // well-formed header below it.
  if (first && secondLineCells(text, first.delimiter) === first.header.length) return first;
  return csvLayoutBelowTitle(text) ?? first;
}

/** The number of cells of the text's second line under `delimiter` (0 when there is none). */
function secondLineCells(text: string, delimiter: string): number {
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0) return 0;
  const secondEnd = text.indexOf('\n', firstEnd + 1);
  return cellCount(text, firstEnd + 1, secondEnd < 0 ? text.length : secondEnd, delimiter.charCodeAt(0));
}

/** Lines a title block above a CSV header may take (a title and a blank line). The incremental engine re-scans the
 * whole text on an edit within the header lines (incremental/reach.ts HEADER_LINES covers these, the header and the
 * line that confirms it). */
export const CSV_TITLE_LINES = 2;
/** Longest title line above a CSV header. */
const CSV_TITLE_MAX = 200;

/**
 * A header below one or two title lines: the header has at least three cells, all short and name-like (declared CSV
 * or not), the line below it has as many, and each title line holds fewer of the delimiter than the header (a title's
 * comma is no row of a comma-separated table).
 */
function csvLayoutBelowTitle(text: string): CsvLayout | null {
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const titles: [number, number][] = [];
  for (let k = 0; k < CSV_TITLE_LINES; k++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl - lineStart > CSV_TITLE_MAX) return null;
    titles.push([lineStart, nl]);
    lineStart = nl + 1;
    const layout = headerAt(text, lineStart, titles);
    if (layout) return layout;
  }
  return null;
}

/** The layout with its header at `lineStart`, below the `titles` lines (see csvLayoutBelowTitle), or null. */
function headerAt(text: string, lineStart: number, titles: readonly [number, number][]): CsvLayout | null {
  const nl = text.indexOf('\n', lineStart);
  if (nl < 0) return null;
  const lineEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  if (lineEnd - lineStart > 4000) return null;
  const counts = delimiterCounts(text, lineStart, lineEnd);
  const best = mostFrequentDelimiter(counts);
  if (best < 0 || counts[best]! < 2) return null;
  for (const [from, to] of titles) if (delimiterCounts(text, from, to)[best]! >= counts[best]!) return null;
  const delimiter = DELIMITERS[best]!;
  const cells = splitCells(text.slice(lineStart, lineEnd), delimiter).map((c) => unquoted(c.trim()).toLowerCase());
  if (!cells.every((c) => HEADER_CELL.test(c))) return null;
  const secondEnd = text.indexOf('\n', nl + 1);
  if (cellCount(text, nl + 1, secondEnd < 0 ? text.length : secondEnd, delimiter.charCodeAt(0)) !== cells.length) return null;
  return { delimiter, header: cells, bodyStart: nl + 1 };
}

/** The layout with the header on the first line (see readCsvLayout). */
export function firstLineCsvLayout(text: string, languageId: string | undefined): CsvLayout | null {
  const firstEnd = text.indexOf('\n');
  // The first line without a leading BOM and a trailing CR, as offsets: most texts are ruled out by its delimiter
  // counts before it is sliced or split.
  const lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let lineEnd = firstEnd < 0 ? text.length : firstEnd;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  if (lineEnd <= lineStart || lineEnd - lineStart > 4000) return null;
  const counts = delimiterCounts(text, lineStart, lineEnd);
  const bestIndex = mostFrequentDelimiter(counts);
  if (bestIndex < 0) return null;
  const best = DELIMITERS[bestIndex]!;
  // Neither pattern matches an empty language id: no regex for a text without one.
  const isCsvLanguage = !!languageId && (/^(csv|tsv|psv|csv \(semicolon\)|csv \(pipe\)|csv\(semicolon\))$/i.test(languageId) || /(^|\.)(c|t|p)sv$/i.test(languageId));
  // Outside declared CSV, require a header of short, name-like cells (checked cell by cell: prose fails at its
  // first long cell) and a second line with as many delimiters.
  // The cells of splitCells(first line, best), each checked as soon as it is read.
  const cells: string[] = [];
  const d = best.charCodeAt(0);
  let cellStart = lineStart, quoted = false;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i < lineEnd) {
      const ch = text.charCodeAt(i);
      if (ch === 34) { quoted = !quoted; continue; }
      if (ch !== d || quoted) continue;
    }
    const cell = unquoted(text.slice(cellStart, i).trim()).toLowerCase();
    if (!isCsvLanguage && !HEADER_CELL.test(cell)) return null;
    cells.push(cell);
    cellStart = i + 1;
  }
  if (!isCsvLanguage) {
    const secondEnd = text.indexOf('\n', firstEnd + 1);
    if (cellCount(text, firstEnd + 1, secondEnd < 0 ? text.length : secondEnd, d) !== cells.length) return null;
  }
  return { delimiter: best, header: cells, bodyStart: firstEnd < 0 ? text.length : firstEnd + 1 };
}

/** A header cell outside declared CSV: short and name-like. */
const HEADER_CELL = /^[\p{L}_][\p{L}\p{N} _.\-/#()]{0,40}$/u;

/** The cells of a delimited line; a delimiter between double quotes belongs to its cell. */
function splitCells(line: string, delimiter: string): string[] {
  const out: string[] = [];
  const d = delimiter.charCodeAt(0);
  let cellStart = 0, quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === d && !quoted) { out.push(line.slice(cellStart, i)); cellStart = i + 1; }
  }
  out.push(line.slice(cellStart));
  return out;
}

/** splitCells(text.slice(from, to), delimiter).length, without building the cells. */
function cellCount(text: string, from: number, to: number, d: number): number {
  let n = 1, quoted = false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

/** Index in DELIMITERS of the one counted most often (the first on a tie), or -1 when none occurs. */
function mostFrequentDelimiter(counts: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < DELIMITERS.length; i++) if (counts[i]! > (best < 0 ? 0 : counts[best]!)) best = i;
  return best;
}

/** How often each of DELIMITERS occurs in text[from, to) (`split(d).length - 1` for each, in one pass and no arrays). */
function delimiterCounts(text: string, from: number, to: number): [number, number, number, number] {
  let semicolon = 0, comma = 0, tab = 0, pipe = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59) semicolon++;
    else if (c === 44) comma++;
    else if (c === 9) tab++;
    else if (c === 124) pipe++;
  }
  return [semicolon, comma, tab, pipe]; // the order of DELIMITERS
}

const isQuote = (c: number): boolean => c === 34 || c === 39;

/** `cell.replace(/^["']|["']$/g, '')`: one quote off each end (a lone quote is taken once). */
function unquoted(cell: string): string {
  const from = cell.length > 0 && isQuote(cell.charCodeAt(0)) ? 1 : 0;
  const to = cell.length > from && isQuote(cell.charCodeAt(cell.length - 1)) ? cell.length - 1 : cell.length;
  return from === 0 && to === cell.length ? cell : cell.slice(from, to);
}


function cellIndex(text: string, lineStart: number, offset: number, delimiter: string): number {
  let index = 0, quoted = false;
  for (let i = lineStart; i < offset; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) index++;
  }
  return index;
}
