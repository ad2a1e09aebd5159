// Delimited text (CSV, TSV, semicolon and pipe exports) per RFC 4180: fields may be quoted with `"`, a quote
// inside a quoted field is doubled, and quoted fields may hold delimiters and line breaks. Records end at
// CRLF, LF or a lone CR. Blank lines are skipped (exports often end with one); they are not records.
// The reader is incremental so that a file of any size can be fed chunk by chunk in bounded memory.

export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/** One record as read, with where it stands in the whole text (UTF-16 offsets, `end` before the line break). */
export interface CsvRecord {
  fields: string[];
  start: number;
  end: number;
  /** 0-based line of the record's first character. */
  line: number;
}

/**
 * Guesses the delimiter from the first lines: the candidate that appears (outside quotes) the same,
 * non-zero number of times on most lines wins; ties go to the one appearing more often per line.
 * `hint` ('tsv' or a file name ending in .tsv) prefers the tab.
 */
export function detectDelimiter(sample: string, hint?: string): string {
  if (hint && /(^|\.)tsv$/i.test(hint)) return '\t';
  const lines = sample.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(0, 30);
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITER_CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    let modeCount = 0, mode = 0;
    for (const [c, n] of freq) if (n > modeCount || (n === modeCount && c > mode)) { modeCount = n; mode = c; }
    // Lines that agree on the count dominate; the count itself breaks ties.
    const score = modeCount * 1000 + mode;
    if (modeCount > 0 && score > bestScore) { bestScore = score; best = d; }
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0, quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

const QUOTE = 34, LF = 10, CR = 13;

/**
 * Incremental RFC 4180 reader. `push()` text chunks in order, then `end()`; each complete record goes to
 * `onRecord` as soon as its line break has been seen. Only the unfinished tail of the last record is kept
 * between chunks, so memory is bounded by the longest record, not the file.
 */
export class CsvReader {
  private buffer = '';
  private readonly delim: number;

  /** `base` and `line`: where the first chunk starts in the whole text (after a skipped directive line). */
  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (record: CsvRecord) => void,
    private base = 0,
    private line = 0,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  push(chunk: string): void {
    this.buffer = this.buffer ? this.buffer + chunk : chunk;
    this.parse(false);
  }

  end(): void {
    this.parse(true);
    this.buffer = '';
  }

  private parse(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    const d = this.delim;
    let i = 0;
    let consumed = 0;
    let line = this.line;
    let nextQuote = -1;
    let nextCr = -1;
    while (i < n) {
      // Blank lines between records.
      const c0 = s.charCodeAt(i);
      if (c0 === LF || c0 === CR) {
        if (c0 === CR && i + 1 >= n && !final) break; // a CRLF may be split across chunks
        i += c0 === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        consumed = i;
        continue;
      }
      // Fast path: a record on one line without quotes or lone CRs is split natively.
      if (c0 !== QUOTE) {
        if (nextQuote < i) { nextQuote = s.indexOf('"', i); if (nextQuote < 0) nextQuote = n; }
        if (nextCr < i) { nextCr = s.indexOf('\r', i); if (nextCr < 0) nextCr = n; }
        const nl = s.indexOf('\n', i);
        if (nl >= 0 && nl < nextQuote) {
          const end = nl > i && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
          if (nextCr >= end) {
            this.onRecord({ fields: s.slice(i, end).split(this.delimiter), start: this.base + i, end: this.base + end, line });
            i = nl + 1;
            line++;
            consumed = i;
            continue;
          }
        }
      }
      const recordStart = i;
      const recordLine = line;
      const fields: string[] = [];
      let complete = false;
      let end = i;
      // One field per iteration.
      for (;;) {
        if (i < n && s.charCodeAt(i) === QUOTE) {
          // Quoted field: up to the quote not followed by another quote.
          let j = i + 1;
          let value = '';
          let from = j;
          let closed = false;
          for (;;) {
            const q = s.indexOf('"', j);
            if (q < 0) break;
            if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) { value += s.slice(from, q + 1); j = from = q + 2; continue; }
            if (q + 1 >= n && !final) break; // cannot yet tell a closing quote from a doubled one
            value += s.slice(from, q);
            j = q + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) break; // wait for the rest of the field
            value += s.slice(from); // unterminated quote at the end of the text: take the rest
            j = n;
          }
          for (let k = i; k < j; k++) if (s.charCodeAt(k) === LF || (s.charCodeAt(k) === CR && s.charCodeAt(k + 1) !== LF)) line++;
          i = j;
          // Lenient: characters between the closing quote and the next delimiter are kept.
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            value += s[i];
            i++;
          }
          fields.push(value);
        } else {
          const from = i;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          fields.push(s.slice(from, i));
        }
        if (i >= n) {
          if (final) { complete = true; end = i; }
          break;
        }
        const c = s.charCodeAt(i);
        if (c === d) { i++; continue; }
        // Line break: the record is complete (CR at the very end of a chunk waits for a possible LF).
        if (c === CR && i + 1 >= n && !final) break;
        end = i;
        i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        complete = true;
        break;
      }
      if (!complete) { line = recordLine; i = recordStart; break; }
      this.onRecord({ fields, start: this.base + recordStart, end: this.base + end, line: recordLine });
      consumed = i;
    }
    if (consumed > 0) {
      this.buffer = s.slice(consumed);
      this.base += consumed;
    }
    this.line = line;
  }
}

/** Reads a whole text (convenience for in-memory documents). */
export function readCsv(text: string, delimiter: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  const r = new CsvReader(delimiter, (rec) => out.push(rec));
  r.push(text);
  r.end();
  return out;
}

/** Writes one field, quoting it when it holds the delimiter, a quote, a line break or edge spaces. */
export function formatField(value: string, delimiter: string): string {
  if (value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

export function formatRecord(fields: readonly string[], delimiter: string): string {
  return fields.map((f) => formatField(f, delimiter)).join(delimiter);
}
