// Finding the files to scan: walks folders, honours .gitignore files (with the `ignore` package) and
// always skips VCS and dependency folders; reads files as UTF-8, falling back to Windows-1252/Latin-1
// for legacy Danish exports; recognises binary files by a NUL byte in their first 8 KB.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { PathFilter } from './pathFilter';
import { ALLOWLIST_FOLDER, noAllowlistIn } from './allowlistLookup';

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
  /**
   * Whether the layer must be asked about files. A .gitignore found by the walk whose patterns all name folders
   * (`build/`) cannot ignore a file below it: the walk asked about each folder on the way down and pruned the
   * ignored ones. Layers above the scanned folder are always asked (a scanned folder may lie inside an ignored one).
   */
  filesToo: boolean;
}

/** One result of a walk, in walk order: a file to scan, or an input or folder that could not be walked. */
export type WalkItem =
  | { kind: 'file'; entry: FileEntry }
  | { kind: 'skipped'; display: string; reason: SkipReason; detail?: string };

/**
 * Collects the files under `inputs` (files or folders), in a stable order. `exclude` sees paths relative to each
 * input folder (for an input file: relative to `cwd`) and prunes excluded folders.
 */
export function collectFiles(inputs: string[], cwd = process.cwd(), exclude?: PathFilter): WalkResult {
  const result: WalkResult = { files: [], skipped: [] };
  for (const item of walkFiles(inputs, cwd, exclude)) {
    if (item.kind === 'file') result.files.push(item.entry);
    else result.skipped.push('detail' in item ? { display: item.display, reason: item.reason, detail: item.detail } : { display: item.display, reason: item.reason });
  }
  return result;
}

/** collectFiles as it goes: the scan engine starts scanning the first files while the walk goes on. */
export function* walkFiles(inputs: string[], cwd = process.cwd(), exclude?: PathFilter): Generator<WalkItem> {
  const display = displayPaths(cwd);
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      yield { kind: 'skipped', display: input, reason: 'not-found' };
      continue;
    }
    if (stat.isFile()) {
      if (!exclude?.(display(absolute), false)) yield { kind: 'file', entry: { display: display(absolute), absolute } };
    } else if (stat.isDirectory()) yield* walk(absolute, loadIgnoreChain(absolute), childDisplay(absolute, cwd), exclude && { root: absolute, filter: exclude });
  }
}

/**
 * How the files in a folder are shown: under `prefix` + name when the folder is inside cwd (the result of
 * displayPath without a path.relative per file), or by their absolute path (null) when it is outside.
 */
function childDisplay(dir: string, cwd: string): string | null {
  const rel = path.relative(cwd, dir);
  if (rel === '') return '';
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') + '/' : null;
}

function* walk(dir: string, layers: IgnoreLayer[], shown: string | null, exclude?: { root: string; filter: PathFilter }): Generator<WalkItem> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    // displayPath of the folder itself: its shown prefix without the trailing slash, or its absolute path.
    yield { kind: 'skipped', display: shown ? shown.slice(0, -1) : dir, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code };
    return;
  }
  if (!entries.some((e) => e.name === ALLOWLIST_FOLDER)) noAllowlistIn(dir);
  const ownText = entries.some((e) => e.name === '.gitignore') ? readGitignoreText(dir) : undefined;
  const own = ownText === undefined ? undefined : ignore().add(ownText);
  const here = own ? [...layers, { dir, ig: own, filesToo: patternsMayMatchFiles(ownText!) }] : layers;
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  for (const e of entries) {
    const full = prefix + e.name;
    // displayPath shows a name starting with '..' right under cwd by its absolute path; so does this.
    const childShown = shown === null || (shown === '' && e.name.startsWith('..')) ? null : shown + e.name;
    if (e.isDirectory()) {
      if (ALWAYS_SKIPPED_DIRS.has(e.name) || isIgnored(here, full, true) || isExcluded(exclude, full, true)) continue;
      yield* walk(full, here, childShown === null ? null : childShown + '/', exclude);
    } else if (e.isFile()) {
      if (isIgnored(here, full, false) || isExcluded(exclude, full, false)) continue;
      yield { kind: 'file', entry: { display: childShown ?? full, absolute: full } };
    }
  }
}

function isIgnored(layers: IgnoreLayer[], full: string, isDir: boolean): boolean {
  for (const { dir, ig, filesToo } of layers) {
    if (!isDir && !filesToo) continue;
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
  const text = readGitignoreText(dir);
  return text === undefined ? undefined : ignore().add(text);
}

function readGitignoreText(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Whether a .gitignore has a pattern that can match a file: any pattern but comments, negations (they only
 * re-include) and folder-only patterns (ending in `/` once trailing spaces are trimmed). Erring towards true.
 */
export function patternsMayMatchFiles(gitignore: string): boolean {
  for (const line of gitignore.split('\n')) {
    const pattern = line.replace(/\r$/, '').replace(/ +$/, '');
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) continue;
    if (!pattern.endsWith('/')) return true;
  }
  return false;
}

/** .gitignore files of the folders above a scanned folder, up to the repository root, also apply. */
export function loadIgnoreChain(start: string, read: (dir: string) => Ignore | undefined = readGitignore): IgnoreLayer[] {
  const chain: IgnoreLayer[] = [];
  let dir = path.dirname(start);
  for (let i = 0; i < 64; i++) {
    const ig = read(dir);
    if (ig) chain.unshift({ dir, ig, filesToo: true });
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

/**
 * displayPath for one cwd: a walked path inside it (already normalised: the walk joins names to a resolved
 * folder) is sliced, not passed through path.relative; anything else takes the general way.
 */
function displayPaths(cwd: string): (absolute: string) => string {
  const root = path.resolve(cwd);
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return (absolute) => {
    if (absolute.length > prefix.length && absolute.startsWith(prefix) && !absolute.includes(`${path.sep}..`)) {
      const rel = absolute.slice(prefix.length);
      if (!rel.startsWith('..')) return path.sep === '/' ? rel : rel.split(path.sep).join('/');
    }
    return displayPath(absolute, cwd);
  };
}

export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252'; bytes: number; digest?: string }
  | { ok: false; reason: SkipReason; detail?: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** Bytes read first: enough to tell a binary file (and most small files whole). */
const HEAD_BYTES = 8192;
/** One read buffer per thread, reused: a small file is read whole into it without asking its size first. */
const SCRATCH_BYTES = 64 * 1024;
let scratch: Buffer | undefined;

/**
 * Reads a text file for scanning, or says why it is skipped. One open and, for a file smaller than the scratch
 * buffer, one read (its size is what the read returned); a larger file's size is checked on the open file, and
 * a binary file is recognised from its first 8 KB without reading the rest.
 */
export function readTextFile(absolute: string, maxBytes = DEFAULT_MAX_FILE_SIZE, digestOf?: (bytes: Uint8Array) => string): ReadResult {
  let buf: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, 'r');
    scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    let got = fs.readSync(fd, scratch, 0, SCRATCH_BYTES, 0);
    if (got < SCRATCH_BYTES) {
      if (got > maxBytes) return { ok: false, reason: 'too-large', detail: `${got} bytes > ${maxBytes}` };
      buf = scratch.subarray(0, got);
    } else {
      const size = fs.fstatSync(fd).size;
      if (size > maxBytes) return { ok: false, reason: 'too-large', detail: `${size} bytes > ${maxBytes}` };
      if (looksBinary(scratch.subarray(0, HEAD_BYTES))) return { ok: false, reason: 'binary' };
      buf = Buffer.allocUnsafe(Math.max(size, got));
      scratch.copy(buf, 0, 0, got);
      while (got < size) {
        const n = fs.readSync(fd, buf, got, size - got, got);
        if (n === 0) break; // the file shrank while we read it
        got += n;
      }
      buf = buf.subarray(0, Math.min(got, size));
    }
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (looksBinary(buf)) return { ok: false, reason: 'binary' };
  // The decoders copy: `buf` may be the shared scratch buffer.
  const digest = digestOf?.(buf);
  let text: string, encoding: 'utf-8' | 'windows-1252';
  try {
    text = utf8.decode(buf);
    encoding = 'utf-8';
  } catch {
    text = cp1252.decode(buf);
    encoding = 'windows-1252';
  }
  return digest === undefined ? { ok: true, text, encoding, bytes: buf.length } : { ok: true, text, encoding, bytes: buf.length, digest };
}

/** A NUL byte in the first 8 KB marks a binary file (as git does); UTF-16 text with a BOM is not supported yet. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}
