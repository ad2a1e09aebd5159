// Machine-readable scan output. Values appear masked only.
import type { ScanReport } from '../scanFiles';

export function formatJson(report: ScanReport, toolVersion: string): string {
  const findings = report.files.reduce((n, f) => n + f.findings.length, 0);
  return JSON.stringify(
    {
      tool: { name: 'skjold', version: toolVersion },
      summary: { filesScanned: report.files.length, filesSkipped: report.skipped.length, findings },
      files: report.files.map((f) => ({ path: f.path, encoding: f.encoding, bytes: f.bytes, findings: f.findings })),
      skipped: report.skipped,
    },
    null,
    2,
  ) + '\n';
}
