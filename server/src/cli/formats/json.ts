// Machine-readable scan output. Values appear masked only.
//   json:  one JSON document {tool, files, skipped, summary}, written file by file (skipped entries are held
//          until the end, they are few and small);
//   jsonl: JSON lines, one object per scanned or skipped file as it is done, then a summary line.
import type { ScanReport } from '../scanFiles';
import { renderReport, type OutputFormat, type SkippedFile, type ScanTotals } from './format';

function summary(t: ScanTotals) {
  return { filesScanned: t.filesScanned, filesSkipped: t.filesSkipped, filesWithFindings: t.filesWithFindings, findings: t.findings, perType: t.perTypeObject() };
}

export function jsonFormat(toolVersion: string): OutputFormat {
  let first = true;
  const skipped: SkippedFile[] = [];
  return {
    begin: () => `{"tool":${JSON.stringify({ name: 'skjold', version: toolVersion })},\n"files":[`,
    file: (f) => {
      const chunk = (first ? '\n' : ',\n') + JSON.stringify({ path: f.path, encoding: f.encoding, bytes: f.bytes, findings: f.findings });
      first = false;
      return chunk;
    },
    skipped: (s) => { skipped.push(s); return ''; },
    end: (t) => `\n],\n"skipped":${JSON.stringify(skipped)},\n"summary":${JSON.stringify(summary(t))}}\n`,
  };
}

export function jsonLinesFormat(toolVersion: string): OutputFormat {
  return {
    begin: () => JSON.stringify({ kind: 'tool', name: 'skjold', version: toolVersion }) + '\n',
    file: (f) => JSON.stringify({ kind: 'file', path: f.path, encoding: f.encoding, bytes: f.bytes, findings: f.findings }) + '\n',
    skipped: (s) => JSON.stringify({ kind: 'skipped', ...s }) + '\n',
    end: (t) => JSON.stringify({ kind: 'summary', ...summary(t) }) + '\n',
  };
}

export function formatJson(report: ScanReport, toolVersion: string): string {
  return renderReport(jsonFormat(toolVersion), report);
}
