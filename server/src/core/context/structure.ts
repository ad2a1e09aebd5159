// Field names in structured text: the name under which a value stands, so that `"cpr": "0101801234"`,
// a CSV column headed `cpr`, `cpr=...` in a log line and the `cpr` column of an SQL INSERT all count as
// context for the value. The structure is read lazily and once per text.

/** Delimiters we recognise in delimited text (CSV, TSV, pipe-separated). */
const DELIMITERS = [';', ',', '\t', '|'] as const;

/** How far back from a value the SQL column lookup reads (the incremental engine's reach depends on it). */
export const SQL_LOOKBACK = 4000;

interface CsvLayout {
  delimiter: string;
  /** Header cells, lower-cased and trimmed of quotes. */
  header: string[];
  /** Offset where the first data row starts. */
  bodyStart: number;
}

export class TextStructure {
  private csv: CsvLayout | null | undefined;

  constructor(
    readonly text: string,
    readonly languageId: string | undefined,
  ) {}

  /** The field name a value at `offset` stands under, or undefined. Lower case. */
  fieldNameAt(offset: number): string | undefined {
    return this.keyBefore(offset) ?? this.csvColumnAt(offset) ?? this.sqlColumnAt(offset);
  }

  /** `key: value`, `"key": "value"`, `key = 'value'`, `key=value` on the same line, just before the value. */
  private keyBefore(offset: number): string | undefined {
    // The line start is looked for within the 80 characters only: linear on minified one-line files.
    let before = this.text.slice(Math.max(0, offset - 80), offset);
    const nl = before.lastIndexOf('\n');
    if (nl >= 0) before = before.slice(nl + 1);
    const m = /([A-Za-z_\u00C0-\u017F][\w\u00C0-\u017F.-]*)["'`]?\s*(?::|=|=>|:=)\s*["'`]?\s*$/.exec(before);
    return m ? m[1]!.toLowerCase() : undefined;
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
  private cellCursor = { pos: -1, index: 0, quoted: false };

  /** The index of the cell `offset` stands in on its line. */
  private cellIndexAt(offset: number, delimiter: string): number {
    const c = this.cellCursor;
    if (c.pos < 0 || offset < c.pos) {
      // Start over from the line's start (found once per line and pass, not per value).
      c.pos = this.text.lastIndexOf('\n', offset - 1) + 1;
      c.index = 0;
      c.quoted = false;
    }
    for (let i = c.pos; i < offset; i++) {
      const ch = this.text.charCodeAt(i);
      if (ch === 10) { c.index = 0; c.quoted = false; } // a later line: count afresh from its start
      else if (ch === 34) c.quoted = !c.quoted;
      else if (ch === delimiter.charCodeAt(0) && !c.quoted) c.index++;
    }
    c.pos = offset;
    return c.index;
  }

  /** The column of an `INSERT INTO t (a, b) VALUES (x, y)` statement that a value stands in. */
  private sqlColumnAt(offset: number): string | undefined {
    const windowStart = Math.max(0, offset - SQL_LOOKBACK);
    const before = this.text.slice(windowStart, offset);
    const valuesAt = lastValuesTuple(before);
    if (valuesAt < 0) return undefined;
    const head = before.slice(0, valuesAt);
    const insert = /\bINSERT\s+INTO\s+[^(;]*\(([^()]*)\)\s*$/i.exec(head);
    if (!insert) return undefined;
    const columns = insert[1]!.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, '').toLowerCase());
    // Walk the tuples after VALUES, counting top-level commas in the current tuple.
    const tail = before.slice(valuesAt);
    let depth = 0, index = 0, quote = '';
    for (let i = tail.indexOf('('); i < tail.length; i++) {
      const ch = tail[i]!;
      if (quote) { if (ch === quote) quote = ''; continue; }
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '(') { depth++; if (depth === 1) index = 0; }
      else if (ch === ')') depth--;
      else if (ch === ',' && depth === 1) index++;
      else if (ch === ';') return undefined;
    }
    return depth >= 1 ? columns[index] : undefined;
  }
}

const VALUES_WORD = /\bVALUES\b/gi;
const VALUES_TUPLE = /VALUES\s*\(/iy;

/**
 * Where the last `VALUES (` of the window starts, or -1 when the last VALUES word does not open a tuple. One
 * forward pass (a lookahead for "no later VALUES" would rescan the rest of the window at every occurrence).
 */
function lastValuesTuple(window: string): number {
  let last = -1;
  VALUES_WORD.lastIndex = 0;
  for (let m = VALUES_WORD.exec(window); m; m = VALUES_WORD.exec(window)) last = m.index;
  if (last < 0) return -1;
  VALUES_TUPLE.lastIndex = last;
  return VALUES_TUPLE.test(window) ? last : -1;
}

function readCsvLayout(text: string, languageId: string | undefined): CsvLayout | null {
  const firstEnd = text.indexOf('\n');
  const headerLine = (firstEnd < 0 ? text : text.slice(0, firstEnd)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (!headerLine || headerLine.length > 4000) return null;
  const isCsvLanguage = /^(csv|tsv|psv|csv \(semicolon\)|csv \(pipe\)|csv\(semicolon\))$/i.test(languageId ?? '') || /(^|\.)(c|t|p)sv$/i.test(languageId ?? '');
  let best: string | undefined;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = headerLine.split(d).length - 1;
    if (n > bestCount) { best = d; bestCount = n; }
  }
  if (!best || bestCount < 1) return null;
  // Outside declared CSV, require a header of short, name-like cells and a second line with as many delimiters.
  const cells = splitCells(headerLine, best).map((c) => c.trim().replace(/^["']|["']$/g, '').toLowerCase());
  if (!isCsvLanguage) {
    if (!cells.every((c) => /^[\p{L}_][\p{L}\p{N} _.\-/#()]{0,40}$/u.test(c))) return null;
    const secondEnd = text.indexOf('\n', firstEnd + 1);
    const second = text.slice(firstEnd + 1, secondEnd < 0 ? undefined : secondEnd);
    if (splitCells(second, best).length !== cells.length) return null;
  }
  return { delimiter: best, header: cells, bodyStart: firstEnd < 0 ? text.length : firstEnd + 1 };
}

function splitCells(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '', quoted = false;
  for (const ch of line) {
    if (ch === '"') { quoted = !quoted; cur += ch; }
    else if (ch === delimiter && !quoted) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

