// A table held in memory (an open editor document): CSV/TSV with a header row, or a JSON array of flat
// records. Each data row keeps its place in the text so diagnostics can point at it.
import { CsvReader, detectDelimiter, type CsvRecord } from './csv';
import { parseDirective, type KanonDirective } from './directive';
import { detect } from '../detect';

/**
 * True when a would-be header row holds data instead (numbers, dates, e-mail addresses, identifiers): messages
 * name columns by their header, so a headerless file must not be read as having one, or values would leak.
 */
export function headerLooksLikeData(cells: readonly string[]): boolean {
  return cells.some((c) => {
    const v = c.trim();
    return /^[\d\s.,:/+-]+$/.test(v) && /\d/.test(v) || v.includes('@') || detect(v, { languageId: 'plaintext' }).length > 0;
  });
}

export interface TableRow {
  fields: string[];
  /** UTF-16 offsets of the row in the text (the record, or the JSON object). */
  start: number;
  end: number;
}

export interface ParsedTable {
  format: 'csv' | 'json';
  /** CSV only. */
  delimiter: string;
  header: string[];
  /** Where the header stands (CSV: the header record; JSON: the opening bracket). */
  headerStart: number;
  headerEnd: number;
  rows: TableRow[];
  /** The directive line (CSV), kept verbatim for copies of the file. */
  directiveLine?: string;
  directive?: KanonDirective;
  /** Line ending used by the file. */
  eol: string;
  /** JSON only: the parsed records, for writing a copy. */
  records?: Record<string, unknown>[];
}

/** True for document languages and file names this module reads. */
export function isTableLanguage(languageIdOrName: string): 'csv' | 'json' | undefined {
  const v = languageIdOrName.toLowerCase();
  if (/^(csv|tsv|psv|ssv)$|\.(csv|tsv|psv)$|^csv \(/.test(v)) return 'csv';
  if (/^jsonc?$|\.json$/.test(v)) return 'json';
  return undefined;
}

/** Splits off a first-line directive: returns it and where the table starts. */
export function splitDirective(text: string): { directiveLine?: string; directive?: KanonDirective; bodyStart: number; bodyLine: number } {
  const nl = text.search(/\r\n|\n|\r/);
  const first = nl < 0 ? text : text.slice(0, nl);
  const directive = parseDirective(first);
  if (!directive) return { bodyStart: text.charCodeAt(0) === 0xfeff ? 1 : 0, bodyLine: 0 };
  const after = nl < 0 ? text.length : nl + (text.startsWith('\r\n', nl) ? 2 : 1);
  return { directiveLine: first.replace(/^\uFEFF/, ''), directive, bodyStart: after, bodyLine: 1 };
}

/** Parses a document as a table, or returns undefined when it is none (no header, not an array of records). */
export function parseTable(text: string, kind: 'csv' | 'json', nameHint?: string): ParsedTable | undefined {
  return kind === 'csv' ? parseCsvTable(text, nameHint) : parseJsonTable(text);
}

function parseCsvTable(text: string, nameHint?: string): ParsedTable | undefined {
  const { directiveLine, directive, bodyStart } = splitDirective(text);
  const body = text.slice(bodyStart);
  const delimiter = detectDelimiter(body.slice(0, 64 * 1024), nameHint);
  const records: CsvRecord[] = [];
  const reader = new CsvReader(delimiter, (r) => records.push(r), bodyStart);
  reader.push(body);
  reader.end();
  const head = records.shift();
  if (!head || head.fields.length < 2 || headerLooksLikeData(head.fields)) return undefined;
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
  return {
    format: 'csv', delimiter, header: head.fields.map((h) => h.trim()), headerStart: head.start, headerEnd: head.end, eol, directiveLine, directive,
    rows: records.map((r) => ({ fields: r.fields, start: r.start, end: r.end })),
  };
}

function parseJsonTable(text: string): ParsedTable | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('[')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data) || data.length === 0) return undefined;
  if (!data.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) return undefined;
  const records = data as Record<string, unknown>[];
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); header.push(k); }
  // Flat records: nested objects and arrays are allowed in a few fields but must not dominate.
  const nested = records.reduce((n, r) => n + Object.values(r).filter((v) => v !== null && typeof v === 'object').length, 0);
  if (header.length === 0 || nested > records.length * header.length * 0.5) return undefined;
  const spans = topLevelElementSpans(text);
  if (spans.length !== records.length) return undefined;
  const rows = records.map((r, i) => ({ fields: header.map((h) => cellText(r[h])), start: spans[i]![0], end: spans[i]![1] }));
  const eol = /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n';
  const bracket = text.indexOf('[');
  return { format: 'json', delimiter: ',', header, headerStart: bracket, headerEnd: bracket + 1, rows, eol, records };
}

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** [start, end) of each element of the top-level JSON array (the text must be valid JSON). */
function topLevelElementSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a string, minding escapes.
      if (depth === 1 && start < 0) start = i;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      continue;
    }
    if (c === 91 || c === 123) {
      if (depth === 1 && start < 0) start = i;
      depth++;
    } else if (c === 93 || c === 125) {
      depth--;
      if (depth === 1 && start >= 0) { spans.push([start, i + 1]); start = -1; }
      else if (depth === 0 && start >= 0) { spans.push([start, trimEnd(text, i)]); start = -1; }
    } else if (c === 44 && depth === 1) {
      if (start >= 0) { spans.push([start, trimEnd(text, i)]); start = -1; }
    } else if (depth === 1 && start < 0 && c > 32) start = i;
  }
  return spans;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}
