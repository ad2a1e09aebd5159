// Finding the files to scan: walks folders, honours .gitignore files (with the `ignore` package) and
// always skips VCS and dependency folders; reads files as UTF-8, falling back to Windows-1252/Latin-1
// for legacy Danish exports; recognises binary files by a NUL byte in their first 8 KB.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { PathFilter } from './pathFilter';

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
const ALWAYS_SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules']);

export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'not-found';

export interface FileEntry {
  /** Path as the user will see it (relative to the current directory when inside it). */
  display: string;
  absolute: string;
}

export interface WalkResult {
  files: FileEntry[];
  skipped: { display: string; reason: SkipReason; detail?: string }[];
}

interface IgnoreLayer {
  dir: string;
  ig: Ignore;
}

/**
 * Collects the files under `inputs` (files or folders), in a stable order. `exclude` sees paths relative to each
 * input folder (for an input file: relative to `cwd`) and prunes excluded folders.
 */
export function collectFiles(inputs: string[], cwd = process.cwd(), exclude?: PathFilter): WalkResult {
  const result: WalkResult = { files: [], skipped: [] };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      result.skipped.push({ display: input, reason: 'not-found' });
      continue;
    }
    if (stat.isFile()) {
      if (!exclude?.(displayPath(absolute, cwd), false)) result.files.push({ display: displayPath(absolute, cwd), absolute });
    } else if (stat.isDirectory()) walk(absolute, loadIgnoreChain(absolute), result, cwd, exclude && { root: absolute, filter: exclude });
  }
  return result;
}

function walk(dir: string, layers: IgnoreLayer[], result: WalkResult, cwd: string, exclude?: { root: string; filter: PathFilter }): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    result.skipped.push({ display: displayPath(dir, cwd), reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code });
    return;
  }
  const own = entries.some((e) => e.name === '.gitignore') ? readGitignore(dir) : undefined;
  const here = own ? [...layers, { dir, ig: own }] : layers;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(e.name) || isIgnored(here, full, true) || isExcluded(exclude, full, true)) continue;
      walk(full, here, result, cwd, exclude);
    } else if (e.isFile()) {
      if (isIgnored(here, full, false) || isExcluded(exclude, full, false)) continue;
      result.files.push({ display: displayPath(full, cwd), absolute: full });
    }
  }
}

function isIgnored(layers: IgnoreLayer[], full: string, isDir: boolean): boolean {
  for (const { dir, ig } of layers) {
    // Walked paths start with their layer's folder: slicing is exact there and much cheaper than path.relative.
    const rel = full.startsWith(dir + path.sep) ? toPosix(full.slice(dir.length + 1)) : path.relative(dir, full).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

function isExcluded(exclude: { root: string; filter: PathFilter } | undefined, full: string, isDir: boolean): boolean {
  if (!exclude) return false;
  return exclude.filter(path.relative(exclude.root, full).split(path.sep).join('/'), isDir);
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

function readGitignore(dir: string): Ignore | undefined {
  try {
    const text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
    return ignore().add(text);
  } catch {
    return undefined;
  }
}

/** .gitignore files of the folders above a scanned folder, up to the repository root, also apply. */
export function loadIgnoreChain(start: string, read: (dir: string) => Ignore | undefined = readGitignore): IgnoreLayer[] {
  const chain: IgnoreLayer[] = [];
  let dir = path.dirname(start);
  for (let i = 0; i < 64; i++) {
    const ig = read(dir);
    if (ig) chain.unshift({ dir, ig });
    if (fs.existsSync(path.join(dir, '.git'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return chain;
}

function displayPath(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : absolute;
}

export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252'; bytes: number }
  | { ok: false; reason: SkipReason; detail?: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Bytes read first: enough to tell a binary file (and most small files whole). */
const HEAD_BYTES = 8192;

/**
 * Reads a text file for scanning, or says why it is skipped. One open: the size is checked on the open file,
 * and a binary file is recognised from its first 8 KB without reading the rest.
 */
export function readTextFile(absolute: string, maxBytes = DEFAULT_MAX_FILE_SIZE): ReadResult {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, 'r');
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return { ok: false, reason: 'too-large', detail: `${size} bytes > ${maxBytes}` };
    buf = Buffer.allocUnsafe(size);
    let got = fs.readSync(fd, buf, 0, Math.min(size, HEAD_BYTES), 0);
    if (looksBinary(buf.subarray(0, got))) return { ok: false, reason: 'binary' };
    while (got < size) {
      const n = fs.readSync(fd, buf, got, size - got, got);
      if (n === 0) break; // the file shrank while we read it
      got += n;
    }
    buf = buf.subarray(0, got);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (looksBinary(buf)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: utf8.decode(buf), encoding: 'utf-8', bytes: buf.length };
  } catch {
    return { ok: true, text: cp1252.decode(buf), encoding: 'windows-1252', bytes: buf.length };
  }
}

/** A NUL byte in the first 8 KB marks a binary file (as git does); UTF-16 text with a BOM is not supported yet. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
