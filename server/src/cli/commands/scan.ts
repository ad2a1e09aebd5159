// `skjold scan <paths…>`: report personal identifiers in files and folders, values masked.
// Output streams file by file (text, json, jsonl); SARIF buffers results only. --staged and --diff read git.
import fs from 'node:fs';
import { countChunks, scanChunks, type CountEvent, type ScanEvent, type ScanOptions } from '../scanFiles';
import { gitScanStream } from '../gitScan';
import { GitError, gitTopLevel, verifyRevision } from '../git';
import { loadUserKey } from '../userKey';
import { parseShard, shardedCountStream, shardedScanStream, type Shard } from '../shard';
import { textFormat } from '../formats/text';
import { jsonFormat, jsonLinesFormat } from '../formats/json';
import { sarifFormat } from '../formats/sarif';
import { fileOutput, ScanTotals, type OutputFormat } from '../formats/format';
import { countFormat } from '../formats/count';
import { BufferedOutput } from '../output';
import { commandThreads } from '../scanPool';
import { UsageError, TOOL_VERSION } from '../usage';
import { CACHE_STRATEGIES, ScanCache, cacheFile, cachedScanChunks, type CacheStrategy } from '../scanCache';

const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'count'] as const;
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
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy: CacheStrategy;
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
  const args: ScanArgs = { paths: [], format: 'text', failOn: 'warning', exclude: [], staged: false, cache: false, cacheStrategy: 'metadata' };
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
        case '--cache': args.cache = true; return true;
        case '--cache-location': args.cacheLocation = value(); args.cache = true; return true;
        case '--cache-strategy': {
          const v = value();
          if (!(CACHE_STRATEGIES as readonly string[]).includes(v)) throw new UsageError(`--cache-strategy must be ${CACHE_STRATEGIES.join(' or ')}, not '${v}'`);
          args.cacheStrategy = v as CacheStrategy;
          args.cache = true;
          return true;
        }
        default: return false;
      }
    },
    (p) => args.paths.push(p),
  );
  if (args.cache && (args.staged || args.diff !== undefined || args.shard)) throw new UsageError('--cache keeps results of files on disk; it does not combine with --staged, --diff or --shard');
  if (args.shard && (args.staged || args.diff !== undefined)) throw new UsageError('--shard splits a folder scan; it does not combine with --staged or --diff');
  if (!args.paths.length && !args.staged && args.diff === undefined) throw new UsageError('scan needs at least one file or folder (or --staged / --diff <rev>)');
  if (!args.staged && args.diff === undefined) {
    // A mistyped path must not pass a CI check silently. (With --staged/--diff, paths are git pathspecs.)
    const missing = args.paths.filter((p) => !fs.existsSync(p));
    if (missing.length) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  }
  return args;
}

function formatFor(name: Exclude<FormatName, 'count'>): OutputFormat {
  switch (name) {
    case 'json': return jsonFormat(TOOL_VERSION);
    case 'jsonl': return jsonLinesFormat(TOOL_VERSION);
    case 'sarif': return sarifFormat(TOOL_VERSION);
    default: return textFormat();
  }
}

export async function scanCommand(argv: string[]): Promise<number> {
  const args = parseScanArgs(argv);
  const cwd = process.cwd();
  const fingerprintKey = args.format === 'sarif' ? loadUserKey() : undefined;
  const out = new BufferedOutput(process.stdout);
  const cache = args.cache ? openCache(args, cwd, fingerprintKey) : undefined;
  if (args.format === 'count') {
    if (args.staged || args.diff !== undefined) throw new UsageError('--format count scans files and folders; it does not combine with --staged or --diff');
    try {
      const code = await countCommand(args, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize, ...commandThreads() }, out, cache);
      if (cache) saveCache(cache);
      return code;
    } finally {
      await out.flush();
    }
  }
  let events: AsyncIterable<ScanEvent[]>;
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
    events = oneByOne(gitScanStream({ cwd, pathspecs: args.paths, staged: args.staged, diffRev: args.diff, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey }));
  } else if (cache) {
    events = cachedScanChunks(args.paths, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey, ...commandThreads() }, cache) as AsyncIterable<ScanEvent[]>;
  } else if (args.shard) {
    events = oneByOne(shardedScanStream(args.paths, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey }, args.shard));
  } else {
    events = scanChunks(args.paths, { cwd, exclude: args.exclude, maxFileSize: args.maxFileSize, fingerprintKey, ...commandThreads() });
  }

  const format = formatFor(args.format);
  const totals = new ScanTotals();
  let hit = false;
  try {
    await out.write(format.begin());
    for await (const chunk of events) {
      for (const ev of chunk) {
        let wait: Promise<void> | undefined;
        if (ev.kind === 'file') {
          totals.addFile(ev.file);
          if (args.failOn !== 'none' && ev.file.findings.some((f) => args.failOn === 'information' || f.level === 'warning')) hit = true;
          for (const piece of fileOutput(format, ev.file)) {
            const w = out.write(piece);
            if (w) await w;
          }
        } else {
          totals.addSkipped();
          wait = out.write(format.skipped({ path: ev.path, reason: ev.reason, ...(ev.detail ? { detail: ev.detail } : {}) }));
        }
        if (wait) await wait;
      }
    }
    await out.write(format.end(totals));
    if (cache) saveCache(cache);
  } finally {
    await out.flush();
  }
  return hit ? 1 : 0;
}

function openCache(args: ScanArgs, cwd: string, fingerprintKey: string | undefined): ScanCache {
  // The user key makes the content digests keyed and encrypts the cache file (scanCache.ts).
  const key = loadUserKey();
  return ScanCache.open({
    file: cacheFile(key, cwd, args.cacheLocation), key, strategy: args.cacheStrategy,
    output: args.format === 'count' ? 'count' : 'full', maxFileSize: args.maxFileSize, fingerprintKey,
  });
}

/** A stream of single events as chunks of one (git and shard scans, which do not come in chunks). */
async function* oneByOne<T>(events: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const ev of events) yield [ev];
}

/** A cache that cannot be written costs the next run time, not this run its result: a note on stderr. */
function saveCache(cache: ScanCache): void {
  try {
    cache.save();
  } catch (e) {
    process.stderr.write(`skjold: the scan cache was not written (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
  }
  if (process.env.SKJOLD_CACHE_STATS === '1') process.stderr.write(`skjold: cache: ${cache.counts.reused} files reused, ${cache.counts.scanned} scanned\n`);
}

/** `--format count`: path:count lines on stdout; skipped files and the summary on stderr (formats/count.ts). */
async function countCommand(args: ScanArgs, opts: ScanOptions, out: BufferedOutput, cache: ScanCache | undefined): Promise<number> {
  const format = countFormat();
  const err = new BufferedOutput(process.stderr);
  const totals = new ScanTotals();
  let hit = false;
  const events: AsyncIterable<CountEvent[]> = cache
    ? (cachedScanChunks(args.paths, opts, cache) as AsyncIterable<CountEvent[]>)
    : args.shard ? oneByOne(shardedCountStream(args.paths, { ...opts, cwd: opts.cwd! }, args.shard)) : countChunks(args.paths, opts);
  try {
    for await (const chunk of events) {
      for (const ev of chunk) {
        let wait: Promise<void> | undefined;
        if (ev.kind === 'counted') {
          totals.addCounted(ev.file);
          if (args.failOn !== 'none' && (args.failOn === 'information' ? ev.file.findings > 0 : ev.file.warnings > 0)) hit = true;
          wait = out.write(format.file(ev.file));
        } else {
          totals.addSkipped();
          wait = err.write(format.skipped({ path: ev.path, reason: ev.reason, ...(ev.detail ? { detail: ev.detail } : {}) }));
        }
        if (wait) await wait;
      }
    }
    await out.flush();
    await err.write(format.end(totals));
  } finally {
    await err.flush();
  }
  return hit ? 1 : 0;
}
