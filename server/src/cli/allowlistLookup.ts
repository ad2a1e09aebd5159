// The CLI's view of `.skjold/allow` (core/allowlist/allowlist.ts): a file is governed by the nearest allowlist in
// its folder or above it (like .editorconfig), so scanning a repository or any folder inside it agrees with the
// editor, which reads the allowlist of the workspace folder. Entries match only under the user key the editor
// shares (cli/userKey.ts; SKJOLD_KEY_FILE in CI). Cached per folder for the life of the process.
import fs from 'node:fs';
import path from 'node:path';
import { ALLOWLIST_PATH, parseAllowlist } from '../core';

const byDir = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();
/** Folders the walk listed without a `.skjold` entry: no need to look for an allowlist file there. */
const withoutAllowlist = new Set<string>();
export const ALLOWLIST_FOLDER = ALLOWLIST_PATH.split('/')[0]!;

/** Called by the walk (files.ts) for a folder it listed that has no `.skjold` entry. */
export function noAllowlistIn(dir: string): void {
  withoutAllowlist.add(dir);
}

/**
 * The folders of `paths` the walk listed without a `.skjold` entry, each once: sent with a batch to a scan worker
 * (scanPool.ts), whose own copy of this module has not seen the walk, so it need not look for an allowlist there.
 */
export function foldersWithoutAllowlist(paths: readonly string[]): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  for (const p of paths) {
    const folder = folderOf(p);
    if (folder === previous) continue; // the walk gives a folder's files in a row
    previous = folder;
    if (withoutAllowlist.has(folder) && !out.includes(folder)) out.push(folder);
  }
  return out;
}

/** The allowlist entries that govern the file at `absolute` (empty when there is none). */
export function allowlistFor(absolute: string): ReadonlySet<string> {
  // The walk gives the files of one folder in a row: the last folder's answer, without hashing its path again.
  const cut = absolute.lastIndexOf(path.sep);
  if (last && cut === last.folder.length && cut < absolute.length - 1 && absolute.startsWith(last.folder) && absolute.indexOf(`${path.sep}.`, cut) < 0) return last.entries;
  const folder = folderOf(absolute);
  const entries = entriesFrom(folder);
  last = { folder, entries };
  return entries;
}

let last: { folder: string; entries: ReadonlySet<string> } | undefined;

/**
 * path.dirname(path.resolve(p)), without resolving a path the walk already made absolute and normal (its folder
 * joined with a name): asked once per scanned file, and path.resolve was a tenth of a cached scan's time.
 */
export function folderOf(p: string): string {
  const cut = p.lastIndexOf(path.sep);
  const normal = cut > p.indexOf(path.sep) && path.isAbsolute(p) && !p.includes(`${path.sep}.${path.sep}`) && !p.includes(`${path.sep}..`) &&
    !p.includes(path.sep + path.sep) && !p.endsWith(path.sep) && !p.endsWith(`${path.sep}.`) && (path.sep === '/' || !p.includes('/'));
  return normal ? p.slice(0, cut) : path.dirname(path.resolve(p));
}

function entriesFrom(dir: string): ReadonlySet<string> {
  const cached = byDir.get(dir);
  if (cached) return cached;
  let entries: ReadonlySet<string> | undefined;
  // Most folders have none: the walk saw that (no path built), or existsSync answers it without building an
  // exception (a third of a small file's scan time when read-and-catch was the test). A file that exists but cannot
  // be read falls through too.
  if (!withoutAllowlist.has(dir)) {
    const file = path.join(dir, ...ALLOWLIST_PATH.split('/'));
    if (fs.existsSync(file)) {
      try {
        entries = parseAllowlist(fs.readFileSync(file, 'utf8'));
      } catch {
        entries = undefined;
      }
    }
  }
  if (!entries) {
    const parent = path.dirname(dir);
    entries = parent === dir ? EMPTY : entriesFrom(parent);
  }
  byDir.set(dir, entries);
  return entries;
}
