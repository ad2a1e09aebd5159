// k-anonymity diagnostics for an open table (CSV/TSV, JSON array of records): one `k-anonymity` diagnostic
// on each row whose class is below k (column names and class size, never values), one
// `k-anonymity-summary` on the header row (k achieved, rows below k, l-diversity, direct identifiers), and a
// `k-anonymity-directive` warning for directive or settings names that match no column.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyseRows,
  classifyColumns,
  describeFlagged,
  isTableLanguage,
  listWords,
  parseTable,
  toConfig,
  type Classification,
  type ClassificationOverrides,
  type FlaggedRow,
  type KanonConfig,
  type KanonStats,
  type ParsedTable,
} from '../core/kanon';
import type { KanonSettings } from './kanonSettings';

export const KANON_SOURCE = 'skjold';
/** At most this many row diagnostics per document; the summary gives the full count. */
export const MAX_ROW_DIAGNOSTICS = 1000;
/** Larger documents are left to `skjold kanon`, which streams (analysing 5 M characters takes about half a second,
 * run at once with each publication); the editor says so once. */
export const MAX_DOCUMENT_CHARS = 5_000_000;

export interface KanonDocAnalysis {
  uri: string;
  version: number;
  table: ParsedTable;
  classification: Classification;
  config: KanonConfig;
  stats: KanonStats;
  flagged: FlaggedRow[];
}

/** What a code action needs to know about a k-anonymity diagnostic. */
export interface KanonDiagnosticData {
  kanon: 'row' | 'summary' | 'directive';
  version: number;
}

export function isKanonDiagnosticData(x: unknown): x is KanonDiagnosticData {
  return !!x && typeof x === 'object' && typeof (x as KanonDiagnosticData).kanon === 'string' && typeof (x as KanonDiagnosticData).version === 'number';
}

/**
 * Analyses a document as a table: undefined when it is none or has no quasi-identifiers, 'too-large' when it is
 * a table file too large to measure in the editor.
 */
export function analyseDocument(doc: TextDocument, settings: KanonSettings): KanonDocAnalysis | 'too-large' | undefined {
  if (!settings.enable) return undefined;
  const kind = isTableLanguage(doc.languageId) ?? isTableLanguage(doc.uri);
  if (!kind) return undefined;
  if (doc.getText().length > MAX_DOCUMENT_CHARS) return 'too-large';
  const table = parseTable(doc.getText(), kind, doc.uri);
  if (!table) return undefined;
  const d = table.directive;
  const orNone = (v: string[]) => (v.length ? v : undefined);
  const overrides: ClassificationOverrides = {
    qi: d?.qi ?? orNone(settings.quasiIdentifiers),
    sensitive: d?.sensitive ?? orNone(settings.sensitiveAttributes),
    direct: d?.direct ?? orNone(settings.directIdentifiers),
    ignore: d?.ignore ?? orNone(settings.ignoreColumns),
  };
  const classification = classifyColumns(table.header, table.rows.slice(0, 200).map((r) => r.fields), overrides, d ? 'directive' : 'settings');
  if (classification.qis.length === 0 && !d) return undefined;
  const config = toConfig(classification, d?.k ?? settings.k);
  const { stats, flagged } = analyseRows(table.rows.map((r) => r.fields), config, { explainPairs: true });
  return { uri: doc.uri, version: doc.version, table, classification, config, stats, flagged };
}

export function kanonDiagnostics(doc: TextDocument, a: KanonDocAnalysis | 'too-large'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const data = (kanon: KanonDiagnosticData['kanon']): KanonDiagnosticData => ({ kanon, version: doc.version });
  if (a === 'too-large') {
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Hint, source: KANON_SOURCE,
      code: 'k-anonymity-summary', data: data('directive'),
      message: `k-anonymity: this file is too large to measure in the editor (over ${MAX_DOCUMENT_CHARS / 1_000_000} million characters); run \`skjold kanon <file>\`, which streams it.`,
    }];
  }
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const headerRange = range(a.table.headerStart, a.table.headerEnd);
  if (a.classification.unknownNames.length) {
    const where = a.table.directiveLine !== undefined ? range(0, a.table.directiveLine.length) : headerRange;
    out.push({
      range: where, severity: DiagnosticSeverity.Warning, source: KANON_SOURCE, code: 'k-anonymity-directive', data: data('directive'),
      message: `k-anonymity: no column named ${listWords(a.classification.unknownNames.map((n) => `'${n}'`))} (columns: ${a.table.header.join(', ')}).`,
    });
  }
  out.push({
    range: headerRange,
    severity: a.stats.rowsBelowK > 0 ? DiagnosticSeverity.Information : DiagnosticSeverity.Hint,
    source: KANON_SOURCE,
    code: 'k-anonymity-summary',
    message: summaryMessage(a),
    data: data('summary'),
  });
  for (const f of a.flagged.slice(0, MAX_ROW_DIAGNOSTICS)) {
    const row = a.table.rows[f.row - 1]!;
    out.push({
      range: range(row.start, row.end), severity: DiagnosticSeverity.Warning, source: KANON_SOURCE, code: 'k-anonymity',
      message: describeFlagged(f, a.config), data: data('row'),
    });
  }
  return out;
}

function summaryMessage(a: KanonDocAnalysis): string {
  const s = a.stats;
  const qis = a.config.qis.map((q) => `'${q.name}'`);
  const parts = [
    qis.length
      ? `k = ${s.k} over ${listWords(qis)} (${s.kRequired} required): ${s.rowsBelowK} of ${s.rows} rows are in classes smaller than ${s.kRequired}.`
      : `No quasi-identifiers: every row is in one class of ${s.rows}.`,
  ];
  if (a.flagged.length > MAX_ROW_DIAGNOSTICS) parts.push(`The first ${MAX_ROW_DIAGNOSTICS} are marked.`);
  for (const l of s.lDiversity) parts.push(`l-diversity of '${l.column}': l = ${l.l}${l.homogeneousClasses ? ` (${l.homogeneousClasses} ${l.homogeneousClasses === 1 ? 'class' : 'classes'} where every row has the same value)` : ''}.`);
  if (a.classification.direct.length) parts.push(`Direct identifiers ${listWords(a.classification.direct.map((d) => `'${d.name}'`))} must be removed or pseudonymised before release.`);
  return `k-anonymity: ${parts.join(' ')}`;
}
