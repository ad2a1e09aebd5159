// `skjold report <paths…> --out report.md [--json report.json]`: the anonymisation report (server/src/report/).
// Exit codes: 0 written and nothing left at warning level, 1 written with findings left (or a self-test case
// failed), 2 usage error.
import fs from 'node:fs';
import path from 'node:path';
import { addKanonSection } from '../../report/kanonSection';
import { scanStream } from '../scanFiles';
import { DEFAULT_MAX_FILE_SIZE } from '../files';
import { buildReport } from '../../report/build';
import { renderMarkdown } from '../../report/markdown';
import { parseArgs, parseByteCount } from './scan';
import { UsageError, TOOL_VERSION } from '../usage';

interface ReportArgs { paths: string[]; out?: string; json?: string; exclude: string[]; maxFileSize: number }

export function parseReportArgs(argv: string[]): ReportArgs {
  const args: ReportArgs = { paths: [], exclude: [], maxFileSize: DEFAULT_MAX_FILE_SIZE };
  parseArgs(
    argv,
    (flag, value) => {
      switch (flag) {
        case '--out': args.out = value(); return true;
        case '--json': args.json = value(); return true;
        case '--exclude': args.exclude.push(value()); return true;
        case '--max-file-size': args.maxFileSize = parseByteCount(flag, value()); return true;
        default: return false;
      }
    },
    (p) => args.paths.push(p),
  );
  if (!args.paths.length) throw new UsageError('report needs at least one file or folder');
  if (!args.out && !args.json) throw new UsageError('report needs --out report.md (and/or --json report.json)');
  return args;
}

export async function reportCommand(argv: string[]): Promise<number> {
  const args = parseReportArgs(argv);
  const cwd = process.cwd();
  const report = await buildReport(scanStream(args.paths, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize }), {
    toolVersion: TOOL_VERSION,
    cwd,
    settings: { paths: args.paths, exclude: args.exclude, maxFileSize: args.maxFileSize },
  });
  await addKanonSection(report, (shown) => path.resolve(cwd, shown));
  if (args.out) fs.writeFileSync(args.out, renderMarkdown(report));
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  process.stderr.write(
    `skjold: report written (${report.checked.files.length} files scanned, ${report.checked.skipped.length} skipped, ${report.found.total} findings left, self-test ${report.selfTest.passed ? 'passed' : 'FAILED'})\n`,
  );
  return report.found.total > 0 || !report.selfTest.passed ? 1 : 0;
}
