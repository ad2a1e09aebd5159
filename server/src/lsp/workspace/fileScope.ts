// Whether one file belongs to a folder's scan, by the same rules as the folder walk (cli/files.ts): not in a
// VCS or dependency folder, not matched by a .gitignore from the repository root down, not excluded by a glob.
// Used for files that change on disk after a scan, one at a time.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { excludeFilter } from '../../cli/pathFilter';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

/** Reads .gitignore files once per batch of checks. */
export class GitignoreCache {
  private readonly cache = new Map<string, Ignore | null>();
  get(dir: string): Ignore | null {
    let ig = this.cache.get(dir);
    if (ig === undefined) {
      try { ig = ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')); } catch { ig = null; }
      this.cache.set(dir, ig);
    }
    return ig;
  }
}

/** True when `absolute` (a file, or a folder with `isDir`) is part of the folder's scan. */
export function inFolderScope(folderPath: string, absolute: string, exclude: readonly string[], cache = new GitignoreCache(), isDir = false): boolean {
  const rel = path.relative(folderPath, absolute);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  if ((isDir ? parts : parts.slice(0, -1)).some((p) => ALWAYS_SKIPPED_DIRS.has(p))) return false;
  const filter = excludeFilter(exclude);
  const relPosix = parts.join('/');
  if (filter) {
    // An excluded folder excludes everything in it.
    for (let i = 1; i <= parts.length; i++) if (filter(parts.slice(0, i).join('/'), i < parts.length)) return false;
  }
  // .gitignore files from the repository root (or the filesystem root) down to the file's folder.
  const dirs: string[] = [];
  for (let d = path.dirname(absolute); ; d = path.dirname(d)) {
    dirs.unshift(d);
    if (path.relative(folderPath, d).startsWith('..') && fs.existsSync(path.join(d, '.git'))) break;
    if (d === folderPath && fs.existsSync(path.join(d, '.git'))) break;
    if (path.dirname(d) === d) break;
  }
  for (const d of dirs) {
    const ig = cache.get(d);
    if (!ig) continue;
    const r = path.relative(d, absolute).split(path.sep).join('/');
    if (r && !r.startsWith('..') && ig.ignores(isDir ? r + '/' : r)) return false;
  }
  return relPosix.length > 0;
}
