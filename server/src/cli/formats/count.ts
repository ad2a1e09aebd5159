// `skjold scan --format count`: like `rg -c`, one `path:count` line per file with findings on stdout (the
// number of findings the text format would list for it), nothing for a file without; skipped files and the
// summary line of the text format go to stderr, so stdout stays one path:count per line for `sort`, `awk`…
// Made from counts alone (scanFiles.ts countStream): no finding is positioned, masked or described.
import type { CountedFile } from '../scanFiles';
import type { ScanTotals, SkippedFile } from './format';
import { textFormat } from './text';

export interface CountFormat {
  /** stdout */
  file(file: CountedFile): string;
  /** stderr */
  skipped(s: SkippedFile): string;
  /** stderr: the text format's summary line */
  end(totals: ScanTotals): string;
}

export function countFormat(): CountFormat {
  const text = textFormat();
  return {
    file: (f) => (f.findings ? `${f.path}:${f.findings}\n` : ''),
    skipped: (s) => text.skipped(s),
    end: (t) => text.end(t),
  };
}
