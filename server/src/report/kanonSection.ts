// The report's k-anonymity section: every CSV/TSV or JSON table among the scanned files is measured with the
// same engine as `skjold kanon` (its directive or the default classification), and the summaries (column
// names and counts only, never values) are added to the report.
import path from 'node:path';
import { analyseKanonFile } from '../cli/kanon/analyseFile';
import { isTableLanguage, type KanonSummary } from '../core/kanon';
import type { AnonymisationReport } from './build';

export async function addKanonSection(report: AnonymisationReport, absolutePath: (shown: string) => string): Promise<void> {
  const entries: { path: string; summary: KanonSummary }[] = [];
  for (const f of report.checked.files) {
    if (!isTableLanguage(path.basename(f.path))) continue;
    try {
      const { summary } = await analyseKanonFile(absolutePath(f.path));
      if (summary.quasiIdentifiers.length) entries.push({ path: f.path, summary });
    } catch {
      // Not a table after all (no header, malformed JSON): the findings section already covers the file.
    }
  }
  report.kAnonymity = entries;
}
