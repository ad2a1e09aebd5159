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

  /** Every detector asks for the field of each candidate: remember the answers (texts hold thousands of values). */
  private readonly fieldCache = new Map<number, string | undefined>();
  private hasInsert: boolean | undefined;

  /** The field name a value at `offset` stands under, or undefined. Lower case. */
  fieldNameAt(offset: number): string | undefined {
    if (this.fieldCache.has(offset)) return this.fieldCache.get(offset);
    const name = this.keyBefore(offset) ?? this.xmlElementAt(offset) ?? this.csvColumnAt(offset) ?? this.pipeTableColumnAt(offset) ?? this.sqlColumnAtIfAny(offset);
    this.fieldCache.set(offset, name);
    return name;
  }

  private sqlColumnAtIfAny(offset: number): string | undefined {
    // Reading back 4000 characters for VALUES is only worth it in a text that has an INSERT at all.
    this.hasInsert ??= /\bINSERT\s+INTO\b/i.test(this.text);
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
  private pipeLine = { start: -1, end: -1, pipe: false };

  private lineHasPipe(offset: number): boolean {
    const l = this.pipeLine;
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
    while (k >= 0 && /\s/.test(this.text[k]!)) k--;
    if (k < 0 || this.text[k] !== '>') return undefined;
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
    let k = offset - 1;
    while (k >= 0 && (this.text[k] === ' ' || this.text[k] === '\t')) k--;
    if (k < 0 || !':=>"\'`'.includes(this.text[k]!)) return undefined;
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
    // The last VALUES keyword before the value, when it opens a tuple list (linear: one pass, then a sticky match).
    const valuesAt = lastMatch(before, /\bVALUES\b/gi);
    if (valuesAt < 0 || !stickyTest(before, /VALUES\s*\(/iy, valuesAt)) return undefined;
    const head = before.slice(0, valuesAt);
    const insertAt = lastMatch(head, /\bINSERT\s+INTO\s/gi);
    if (insertAt < 0) return undefined;
    const insert = /INSERT\s+INTO\s+[^(;]*\(([^()]*)\)\s*$/iy;
    insert.lastIndex = insertAt;
    const m = insert.exec(head);
    if (!m) return undefined;
    const insertColumns = m[1]!;
    const columns = insertColumns.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, '').toLowerCase());
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

/** Start of the last match of a global regex in `s`, or -1. */
function lastMatch(s: string, re: RegExp): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

function stickyTest(s: string, re: RegExp, at: number): boolean {
  re.lastIndex = at;
  return re.test(s);
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


function cellIndex(text: string, lineStart: number, offset: number, delimiter: string): number {
  let index = 0, quoted = false;
  for (let i = lineStart; i < offset; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) index++;
  }
  return index;
}
