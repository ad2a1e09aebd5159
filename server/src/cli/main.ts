// The `skjold` command line: the detector core for CI and pre-commit hooks.
//   skjold scan <paths…> [--format text|json|sarif] [--fail-on warning|information|none] [--max-file-size BYTES]
// Exit codes: 0 nothing at or above the threshold, 1 findings at or above it, 2 usage error.
import { scanPaths, type ScanReport } from './scanFiles';
import { formatText } from './formats/text';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';

const VERSION = '0.1.0';

class UsageError extends Error {}

const USAGE = `usage: skjold scan <paths…> [--format text|json|sarif] [--fail-on warning|information|none] [--max-file-size BYTES]
       skjold --version | --help

Finds Danish CPR numbers and other personal identifiers. Values are always printed masked.
Exit code: 0 = nothing at or above --fail-on (default: warning), 1 = found, 2 = usage error.`;

interface ScanArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: 'warning' | 'information' | 'none';
  maxFileSize?: number;
}

function parseScanArgs(argv: string[]): ScanArgs {
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
  return args;
}

function exitCodeFor(report: ScanReport, failOn: ScanArgs['failOn']): number {
  if (failOn === 'none') return 0;
  const hit = report.files.some((f) => f.findings.some((x) => failOn === 'information' || x.level === 'warning'));
  return hit ? 1 : 0;
}

export function run(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`skjold ${VERSION}\n`);
    return 0;
  }
  if (command !== 'scan') throw new UsageError(`unknown command '${command}'`);
  const args = parseScanArgs(rest);
  const report = scanPaths(args.paths, { maxFileSize: args.maxFileSize });
  const out = args.format === 'json' ? formatJson(report, VERSION) : args.format === 'sarif' ? formatSarif(report, VERSION) : formatText(report);
  process.stdout.write(out);
  return exitCodeFor(report, args.failOn);
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`skjold: ${e.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    // Error messages from the core never contain document text; stack traces are kept out of CI logs.
    process.stderr.write(`skjold: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  }
}
