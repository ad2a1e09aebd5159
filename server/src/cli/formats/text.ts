// Human-readable scan output: one line per finding, like a compiler, values masked.
import type { ScanReport } from '../scanFiles';

export function formatText(report: ScanReport): string {
  const lines: string[] = [];
  let total = 0;
  const perType = new Map<string, number>();
  for (const file of report.files) {
    for (const f of file.findings) {
      total++;
      perType.set(f.type, (perType.get(f.type) ?? 0) + 1);
      lines.push(`${file.path}:${f.line}:${f.column}: ${f.level} ${f.type} ${f.masked} (confidence ${f.confidence.toFixed(2)}) ${f.message}`);
    }
  }
  for (const s of report.skipped) lines.push(`${s.path}: skipped (${s.reason}${s.detail ? `: ${s.detail}` : ''})`);
  const counts = [...perType.entries()].map(([t, n]) => `${t} ${n}`).join(', ');
  const filesWith = report.files.filter((f) => f.findings.length).length;
  lines.push(
    `${total} finding${total === 1 ? '' : 's'}${counts ? ` (${counts})` : ''} in ${filesWith} of ${report.files.length} file${report.files.length === 1 ? '' : 's'} scanned` +
      (report.skipped.length ? `, ${report.skipped.length} skipped` : ''),
  );
  return lines.join('\n') + '\n';
}
