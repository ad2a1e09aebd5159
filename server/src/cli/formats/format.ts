// The shape every output format has: text chunks produced as the scan goes (one call per file, so output
// streams) and a closing chunk with the totals. Formats buffer at most what they must (SARIF: results only).
import type { FileReport, ScanReport } from '../scanFiles';
import type { SkipReason } from '../files';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail?: string;
}

export interface OutputFormat {
  begin(): string;
  file(file: FileReport): string;
  /** The same text as `file`, in pieces to write one by one: for formats whose output for one file can outgrow a string. */
  filePieces?(file: FileReport): Iterable<string>;
  skipped(s: SkippedFile): string;
  end(totals: ScanTotals): string;
}

/** Running counts of a scan: everything the summary lines need, nothing per file. */
export class ScanTotals {
  filesScanned = 0;
  filesWithFindings = 0;
  filesSkipped = 0;
  findings = 0;
  readonly perType = new Map<string, number>();

  addFile(file: FileReport): void {
    this.filesScanned++;
    if (file.findings.length) this.filesWithFindings++;
    this.findings += file.findings.length;
    for (const f of file.findings) this.perType.set(f.type, (this.perType.get(f.type) ?? 0) + 1);
  }
  addSkipped(): void {
    this.filesSkipped++;
  }
  perTypeObject(): Record<string, number> {
    return Object.fromEntries([...this.perType.entries()].sort());
  }
}

/** What to write for one file: its pieces when the format makes them, else its one chunk. */
export function fileOutput(format: OutputFormat, file: FileReport): Iterable<string> {
  return format.filePieces ? format.filePieces(file) : [format.file(file)];
}

/** Runs a format over a whole in-memory report (for small inputs and tests). */
export function renderReport(format: OutputFormat, report: ScanReport): string {
  const totals = new ScanTotals();
  let out = format.begin();
  for (const f of report.files) {
    totals.addFile(f);
    for (const piece of fileOutput(format, f)) out += piece;
  }
  for (const s of report.skipped) { totals.addSkipped(); out += format.skipped(s); }
  return out + format.end(totals);
}
