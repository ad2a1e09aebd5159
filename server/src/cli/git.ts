// What git knows, for `skjold scan --staged` and `--diff <rev>`: the files git would commit (content from the
// index, not the working tree), the files changed since a revision, and which of their lines changed.
// Runs the `git` program; paths are passed after `--` so a file name is never read as an option.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export class GitError extends Error {}

function git(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): Buffer {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT') throw new GitError('git is not installed or not on PATH');
    // git's own message names the revision or path the user gave; it never holds file content.
    const msg = err.stderr?.toString().trim().split('\n')[0] ?? err.message;
    throw new GitError(msg);
  }
}

/** The repository's top-level folder, or a GitError outside a repository. */
export function gitTopLevel(cwd: string): string {
  return git(cwd, ['rev-parse', '--show-toplevel']).toString().trim();
}

/** Fails with a GitError when `rev` is not a commit. */
export function verifyRevision(cwd: string, rev: string): void {
  git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
}

/**
 * Files whose content changed: staged ones (index vs `rev`, or vs HEAD when no rev), or working-tree ones vs
 * `rev`. Added, copied, modified, renamed and type-changed files; deletions have nothing left to scan.
 * Paths are relative to the top level.
 */
export function changedFiles(cwd: string, opts: { staged: boolean; rev?: string; pathspecs: string[] }): string[] {
  const args = ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT'];
  if (opts.staged) args.push('--cached');
  if (opts.rev) args.push('--end-of-options', opts.rev);
  args.push('--', ...opts.pathspecs);
  const out = git(cwd, args).toString('utf8');
  return out.split('\0').filter((p) => p.length > 0);
}

/** Size in bytes of the staged blob at `relPath` (relative to the top level). */
export function stagedSize(top: string, relPath: string): number {
  return Number(git(top, ['cat-file', '-s', `:${relPath}`]).toString().trim());
}

/** The staged content of `relPath`. */
export function stagedContent(top: string, relPath: string, maxBytes: number): Buffer {
  return git(top, ['cat-file', 'blob', `:${relPath}`], maxBytes + 1024);
}

/**
 * The lines of each file that are new in the compared version (1-based, in the new file), from a
 * zero-context diff. Keys are paths relative to the top level.
 */
export function changedLines(cwd: string, opts: { staged: boolean; rev: string; pathspecs: string[] }): Map<string, LineSet> {
  const args = ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', '--diff-filter=ACMRT'];
  if (opts.staged) args.push('--cached');
  args.push('--end-of-options', opts.rev, '--', ...opts.pathspecs);
  return parseUnifiedDiff(git(cwd, args, 1024 * 1024 * 1024).toString('utf8'));
}

/** Sorted, merged 1-based inclusive line ranges. */
export class LineSet {
  private readonly ranges: [number, number][] = [];
  add(from: number, to: number): void {
    this.ranges.push([from, to]);
  }
  /** True when any line from `from` to `to` (inclusive) is in the set. */
  intersects(from: number, to: number): boolean {
    return this.ranges.some(([a, b]) => from <= b && to >= a);
  }
  get size(): number {
    return this.ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
  }
}

export function parseUnifiedDiff(diff: string): Map<string, LineSet> {
  const out = new Map<string, LineSet>();
  let current: LineSet | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4));
      current = undefined;
      if (name === '/dev/null') continue;
      const rel = name.startsWith('b/') ? name.slice(2) : name;
      current = out.get(rel) ?? new LineSet();
      out.set(rel, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      if (count > 0) current.add(start, start + count - 1);
    }
  }
  return out;
}

/** git quotes unusual file names C-style ("a\tb", octal escapes for bytes); this reads them back. */
function unquote(name: string): string {
  const trimmed = name.replace(/\t$/, '');
  if (!trimmed.startsWith('"') || !trimmed.endsWith('"')) return trimmed;
  const bytes: number[] = [];
  const body = trimmed.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') { bytes.push(...Buffer.from(c, 'utf8')); continue; }
    const next = body[++i]!;
    if (/[0-7]/.test(next)) { bytes.push(parseInt(body.slice(i, i + 3), 8)); i += 2; }
    else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Absolute path of a top-level-relative git path. */
export function fromTop(top: string, rel: string): string {
  return path.join(top, ...rel.split('/'));
}
