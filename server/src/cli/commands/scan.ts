// `skjold scan <paths…>`: report personal identifiers in files and folders, values masked.
// Output streams file by file (text, json, jsonl); SARIF buffers results only. --staged and --diff read git.
import fs from 'node:fs';
import { scanStream, type ScanEvent } from '../scanFiles';
import { gitScanStream } from '../gitScan';
import { GitError, gitTopLevel, verifyRevision } from '../git';
import { loadUserKey } from '../userKey';
import { parseShard, shardedScanStream, type Shard } from '../shard';
import { textFormat } from '../formats/text';
import { jsonFormat, jsonLinesFormat } from '../formats/json';
import { sarifFormat } from '../formats/sarif';
import { fileOutput, ScanTotals, type OutputFormat } from '../formats/format';
import { UsageError, TOOL_VERSION } from '../usage';

const FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const;
type FormatName = (typeof FORMATS)[number];

export interface ScanArgs {
  paths: string[];
  format: FormatName;
  failOn: 'warning' | 'information' | 'none';
  maxFileSize?: number;
  exclude: string[];
  staged: boolean;
  diff?: string;
  shard?: Shard;
}

/** Reads `--flag value` and `--flag=value` forms; `onFlag` handles each flag and returns false for an unknown one. */
export function parseArgs(argv: string[], onFlag: (flag: string, value: () => string) => boolean, onPath: (p: string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (a === '--') { argv.slice(i + 1).forEach(onPath); return; }
    if (a.startsWith('-') && a !== '-') {
      if (!onFlag(flag, value)) throw new UsageError(`unknown option '${a}'`);
    } else onPath(a);
  }
}

export function parseByteCount(flag: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?b?$/i.exec(v.trim());
  const n = m ? Math.round(Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g']) : NaN;
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive size in bytes (or with K, M, G), not '${v}'`);
  return n;
}

export function parseScanArgs(argv: string[]): ScanArgs {
  const args: ScanArgs = { paths: [], format: 'text', failOn: 'warning', exclude: [], staged: false };
  parseArgs(
    argv,
    (flag, value) => {
      switch (flag) {
        case '--format': {
          const v = value();
          if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not '${v}'`);
          args.format = v as FormatName;
          return true;
        }
        case '--fail-on': {
          const v = value();
          if (v !== 'warning' && v !== 'information' && v !== 'none') throw new UsageError(`--fail-on must be warning, information or none, not '${v}'`);
          args.failOn = v;
          return true;
        }
        case '--max-file-size': args.maxFileSize = parseByteCount(flag, value()); return true;
        case '--exclude': args.exclude.push(value()); return true;
        case '--staged': args.staged = true; return true;
        case '--diff': args.diff = value(); return true;
        case '--shard': args.shard = parseShard(value()); return true;
        default: return false;
      }
    },
    (p) => args.paths.push(p),
  );
  if (args.shard && (args.staged || args.diff !== undefined)) throw new UsageError('--shard splits a folder scan; it does not combine with --staged or --diff');
  if (!args.paths.length && !args.staged && args.diff === undefined) throw new UsageError('scan needs at least one file or folder (or --staged / --diff <rev>)');
  if (!args.staged && args.diff === undefined) {
    // A mistyped path must not pass a CI check silently. (With --staged/--diff, paths are git pathspecs.)
    const missing = args.paths.filter((p) => !fs.existsSync(p));
    if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  }
  return args;
}

function formatFor(name: FormatName): OutputFormat {
  switch (name) {
    case 'json': return jsonFormat(TOOL_VERSION);
    case 'jsonl': return jsonLinesFormat(TOOL_VERSION);
    case 'sarif': return sarifFormat(TOOL_VERSION);
    default: return textFormat();
  }
}

/** Writes to stdout and waits when the pipe is full, so a slow reader never makes output pile up in memory. */
async function write(chunk: string): Promise<void> {
  if (!chunk) return;
  if (!process.stdout.write(chunk)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

export async function scanCommand(argv: string[]): Promise<number> {
  const args = parseScanArgs(argv);
  const cwd = process.cwd();
  const fingerprintKey = args.format === 'sarif' ? loadUserKey() : undefined;
  let events: AsyncGenerator<ScanEvent>;
  if (args.staged || args.diff !== undefined) {
    try {
      gitTopLevel(cwd);
    } catch (e) {
      throw new UsageError(`${args.staged ? '--staged' : '--diff'} needs a git repository: ${e instanceof GitError ? e.message : String(e)}`);
    }
    try {
      if (args.diff !== undefined) verifyRevision(cwd, args.diff);
    } catch (e) {
      throw new UsageError(`--diff: '${args.diff}' is not a commit${e instanceof GitError && e.message ? ` (${e.message})` : ''}`);
    }
    events = gitScanStream({ cwd, pathspecs: args.paths, staged: args.staged, diffRev: args.diff, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey });
  } else if (args.shard) {
    events = shardedScanStream(args.paths, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey }, args.shard);
  } else {
    events = scanStream(args.paths, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey });
  }

  const format = formatFor(args.format);
  const totals = new ScanTotals();
  let hit = false;
  await write(format.begin());
  for await (const ev of events) {
    if (ev.kind === 'file') {
      totals.addFile(ev.file);
      if (args.failOn !== 'none' && ev.file.findings.some((f) => args.failOn === 'information' || f.level === 'warning')) hit = true;
      for (const piece of fileOutput(format, ev.file)) await write(piece);
    } else {
      totals.addSkipped();
      await write(format.skipped({ path: ev.path, reason: ev.reason, ...(ev.detail ? { detail: ev.detail } : {}) }));
    }
  }
  await write(format.end(totals));
  return hit ? 1 : 0;
}
