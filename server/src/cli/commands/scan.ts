// `skjold scan <paths…>`: report personal identifiers in files and folders, values masked.
import fs from 'node:fs';
import { scanPaths, type ScanReport } from '../scanFiles';
import { formatText } from '../formats/text';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { UsageError, TOOL_VERSION } from '../usage';

interface ScanArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: 'warning' | 'information' | 'none';
  maxFileSize?: number;
}

export function parseScanArgs(argv: string[]): ScanArgs {
  const args: ScanArgs = { paths: [], format: 'text', failOn: 'warning' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not '${v}'`);
        args.format = v;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (v !== 'warning' && v !== 'information' && v !== 'none') throw new UsageError(`--fail-on must be warning, information or none, not '${v}'`);
        args.failOn = v;
        break;
      }
      case '--max-file-size': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-file-size must be a positive number of bytes, not '${v}'`);
        args.maxFileSize = n;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option '${a}'`);
        args.paths.push(a);
    }
  }
  if (!args.paths.length) throw new UsageError('scan needs at least one file or folder');
  // A mistyped path must not pass a CI check silently.
  const missing = args.paths.filter((p) => !fs.existsSync(p));
  if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  return args;
}

function exitCodeFor(report: ScanReport, failOn: ScanArgs['failOn']): number {
  if (failOn === 'none') return 0;
  const hit = report.files.some((f) => f.findings.some((x) => failOn === 'information' || x.level === 'warning'));
  return hit ? 1 : 0;
}

export async function scanCommand(argv: string[]): Promise<number> {
  const args = parseScanArgs(argv);
  const report = await scanPaths(args.paths, { maxFileSize: args.maxFileSize });
  const out = args.format === 'json' ? formatJson(report, TOOL_VERSION) : args.format === 'sarif' ? formatSarif(report, TOOL_VERSION) : formatText(report);
  process.stdout.write(out);
  return exitCodeFor(report, args.failOn);
}
