// Human-readable scan output: one line per finding, like a compiler, values masked; streams per file.
import type { ScanReport } from '../scanFiles';
import { renderReport, type OutputFormat } from './format';

export function textFormat(): OutputFormat {
  return {
    begin: () => '',
    file: (file) =>
      file.findings
        .map((f) => `${file.path}:${f.line}:${f.column}: ${f.level} ${f.type} ${f.masked.replace(/\s+/g, " ")} (confidence ${f.confidence.toFixed(2)}) ${f.message}\n`)
        .join(''),
    skipped: (s) => `${s.path}: skipped (${s.reason}${s.detail ? `: ${s.detail}` : ''})\n`,
    end: (t) => {
      const counts = [...t.perType.entries()].map(([type, n]) => `${type} ${n}`).join(', ');
      return (
        `${t.findings} finding${t.findings === 1 ? '' : 's'}${counts ? ` (${counts})` : ''} in ${t.filesWithFindings} of ${t.filesScanned} file${t.filesScanned === 1 ? '' : 's'} scanned` +
        (t.filesSkipped ? `, ${t.filesSkipped} skipped` : '') +
        '\n'
      );
    },
  };
}

export function formatText(report: ScanReport): string {
  return renderReport(textFormat(), report);
}
