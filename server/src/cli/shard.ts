// `skjold scan --shard k/n`: each of n CI runners scans its own share of the files, chosen by a stable hash of
// the path (relative to the scanned folder), so the shares are disjoint, cover every file and stay the same
// from run to run. k is 1-based, as CI_NODE_INDEX in GitLab and the `--shard` options of test runners.
import { collectFiles } from './files';
import { excludeFilter, type PathFilter } from './pathFilter';
import { countStream, scanStream, type CountEvent, type ScanEvent, type ScanOptions } from './scanFiles';
import { UsageError } from './usage';

export interface Shard { index: number; count: number }

export function parseShard(v: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = m ? Number(m[1]) : NaN, count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n, not '${v}'`);
  return { index, count };
}

/** FNV-1a, 32 bits: fast, stable across platforms and Node versions. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function inShard(relPath: string, shard: Shard): boolean {
  return fnv1a(relPath) % shard.count === shard.index - 1;
}

/** This shard's files (folders are walked by every shard; files are scanned by one), and the walk's skips. */
function shardFiles(paths: string[], opts: ScanOptions & { cwd: string }, shard: Shard) {
  const globs = excludeFilter(opts.exclude);
  const filter: PathFilter = (rel, isDir) => (globs?.(rel, isDir) ?? false) || (!isDir && !inShard(rel, shard));
  const walked = collectFiles(paths, opts.cwd, filter);
  const skipped = walked.skipped.map((s) => ({ kind: 'skipped' as const, path: s.display, reason: s.reason, ...(s.detail ? { detail: s.detail } : {}) }));
  return { skipped, files: walked.files.map((f) => f.absolute) };
}

/** scanStream over this shard's files only. */
export async function* shardedScanStream(paths: string[], opts: ScanOptions & { cwd: string }, shard: Shard): AsyncGenerator<ScanEvent> {
  const { skipped, files } = shardFiles(paths, opts, shard);
  yield* skipped;
  yield* scanStream(files, { cwd: opts.cwd, maxFileSize: opts.maxFileSize, fingerprintKey: opts.fingerprintKey });
}

/** countStream over this shard's files only (`--format count --shard k/n`). */
export async function* shardedCountStream(paths: string[], opts: ScanOptions & { cwd: string }, shard: Shard): AsyncGenerator<CountEvent> {
  const { skipped, files } = shardFiles(paths, opts, shard);
  yield* skipped;
  yield* countStream(files, { cwd: opts.cwd, maxFileSize: opts.maxFileSize });
}
