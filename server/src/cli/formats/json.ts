// Machine-readable scan output. Values appear masked only.
import type { ScanReport } from '../scanFiles';
import { jsonChunks } from './jsonChunks';

export function formatJson(report: ScanReport, toolVersion: string): string {
  return [...formatJsonChunks(report, toolVersion)].join('');
}

/** The same text in pieces, for reports too large for one string (see jsonChunks.ts). */
export function* formatJsonChunks(report: ScanReport, toolVersion: string): Generator<string> {
  const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
  yield* jsonChunks(
    {
      tool: { name: 'skjold', version: toolVersion },
      summary: { filesScanned: report.files.length, filesSkipped: report.skipped.length, findings },
      files: report.files.map((f) => ({ path: f.path, encoding: f.encoding, bytes: f.bytes, findings: f.findings })),
      skipped: report.skipped,
    },
  );
  yield '\n';
}
