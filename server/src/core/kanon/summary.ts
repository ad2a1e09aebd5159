// The k-anonymity result in the shape a report needs: what was measured, what was done, what is left.
// Never values: column names and counts only.
import type { KanonStats, LDiversity } from './analyse';

export interface KanonSummary {
  format: 'csv' | 'json';
  rows: number;
  /** The quasi-identifiers the classes were formed over (names; derived ones as "cpr (birth date)"). */
  quasiIdentifiers: string[];
  sensitive: string[];
  /** Direct identifiers still in the file (they make k meaningless until removed). */
  directIdentifiers: string[];
  kRequired: number;
  /** The k the file achieves (after the listed generalisations and suppression). */
  kAchieved: number;
  rowsBelowK: number;
  classes: number;
  columnsGeneralised: { column: string; to: string }[];
  rowsSuppressed: number;
  lDiversity: LDiversity[];
}

export function summaryFrom(
  stats: KanonStats,
  parts: Pick<KanonSummary, 'format' | 'quasiIdentifiers' | 'sensitive' | 'directIdentifiers' | 'columnsGeneralised' | 'rowsSuppressed'>,
): KanonSummary {
  const suppressed = parts.rowsSuppressed > 0;
  return {
    ...parts,
    rows: stats.rows - parts.rowsSuppressed,
    kRequired: stats.kRequired,
    kAchieved: suppressed ? stats.kAfterSuppression : stats.k,
    rowsBelowK: suppressed ? 0 : stats.rowsBelowK,
    classes: suppressed ? stats.classes - stats.classesBelowK : stats.classes,
    lDiversity: stats.lDiversity,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Plain-text lines for the report or the CLI: "k = 3 (5 required) over fødselsdato, køn, postnr; 12 rows below k". */
export function summaryLines(s: KanonSummary): string[] {
  const lines = [
    `k = ${s.kAchieved} (${s.kRequired} required) over ${s.quasiIdentifiers.length ? s.quasiIdentifiers.join(', ') : 'no quasi-identifiers'}; ${plural(s.rows, 'row')} in ${plural(s.classes, 'class', 'classes')}, ${plural(s.rowsBelowK, 'row')} below k`,
  ];
  if (s.columnsGeneralised.length) lines.push(`generalised: ${s.columnsGeneralised.map((g) => `${g.column} → ${g.to}`).join(', ')}`);
  if (s.rowsSuppressed) lines.push(`rows suppressed: ${s.rowsSuppressed}`);
  for (const l of s.lDiversity) lines.push(`l-diversity of ${l.column}: l = ${l.l}${l.homogeneousClasses ? ` (${l.homogeneousClasses} ${l.homogeneousClasses === 1 ? 'class' : 'classes'} where every row has the same value)` : ''}`);
  if (s.directIdentifiers.length) lines.push(`direct identifiers still present: ${s.directIdentifiers.join(', ')} (remove or pseudonymise them; k assumes they are gone)`);
  return lines;
}

/**
 * The k-anonymity section of the anonymisation report (Markdown): one line per table file with k achieved
 * against k required, columns generalised and rows suppressed. Column names and counts only.
 */
export function kanonReportSection(entries: readonly { path: string; summary: KanonSummary }[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [
    '## k-anonymity of tables',
    '',
    entries.length
      ? 'Rows whose combination of quasi-identifiers is shared by fewer than k rows can be singled out (Datatilsynet: the small-denominator problem).'
      : 'No CSV/TSV or JSON table with quasi-identifiers was measured.',
  ];
  if (!entries.length) return lines.join('\n') + '\n';
  lines.push('', '| file | rows | quasi-identifiers | k achieved (required) | rows below k | generalised | rows suppressed | l-diversity | direct identifiers left |', '|---|---|---|---|---|---|---|---|---|');
  for (const { path, summary: s } of entries) {
    lines.push(`| ${[
      cell(path),
      String(s.rows),
      cell(s.quasiIdentifiers.join(', ') || '—'),
      `${s.kAchieved} (${s.kRequired})${s.kAchieved >= s.kRequired ? '' : ' ⚠'}`,
      String(s.rowsBelowK),
      cell(s.columnsGeneralised.map((g) => `${g.column} → ${g.to}`).join(', ') || '—'),
      String(s.rowsSuppressed),
      cell(s.lDiversity.map((l) => `${l.column}: ${l.l}`).join(', ') || '—'),
      cell(s.directIdentifiers.join(', ') || '—'),
    ].join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
