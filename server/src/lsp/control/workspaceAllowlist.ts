// The server's view of `.skjold/allow` (core/allowlist/allowlist.ts) for each workspace folder: workspace folders
// from the initialize params, else the root (standalone clients). Checks, hovers, quick-fixes and fix-all drop
// allowlisted findings through `filter`. The file is re-read when it changes on disk (an edit, a `git pull`), and
// written only by `add` (the "Ignore this value" quick-fix the user chose); either way `onChange` re-checks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeParams } from 'vscode-languageserver/node';
import { ALLOWLIST_PATH, allowlistEntry, filterAllowlisted, parseAllowlist, withAllowlistEntry, type Finding, type IdentifierType } from '../../core';
import { serverRedactionKey } from '../redactionKey';

const POLL_MS = 1000;

interface Folder {
  dir: string;
  file: string;
  entries: Set<string>;
}

export class WorkspaceAllowlist {
  private folders: Folder[] = [];
  private listeners: (() => void)[] = [];

  /** Takes the workspace folders (or root) from the initialize params and starts watching their allowlists. */
  init(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri' | 'rootPath'>): void {
    const dirs = new Set<string>();
    for (const f of params.workspaceFolders ?? []) { const d = toPath(f.uri); if (d) dirs.add(d); }
    if (!dirs.size && params.rootUri) { const d = toPath(params.rootUri); if (d) dirs.add(d); }
    if (!dirs.size && params.rootPath) dirs.add(path.resolve(params.rootPath));
    this.dispose();
    this.folders = [...dirs].map((dir) => ({ dir, file: path.join(dir, ...ALLOWLIST_PATH.split('/')), entries: new Set<string>() }));
    for (const f of this.folders) {
      this.load(f);
      fs.watchFile(f.file, { interval: POLL_MS, persistent: false }, () => { this.load(f); this.changed(); });
    }
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** True when a document at `uri` has an allowlist to add to. */
  canAdd(uri: string): boolean {
    return !!this.folderFor(uri);
  }

  /** Findings of the document at `uri` without the allowlisted values. */
  filter<F extends Finding>(uri: string, text: string, findings: F[]): F[] {
    const entries = this.entriesFor(uri);
    if (!entries?.size || !findings.length) return findings;
    return filterAllowlisted(text, findings, entries, serverRedactionKey.peek());
  }

  /** True when filter() passes every finding of the document at `uri` as it is (no allowlist entry applies). */
  passesAll(uri: string): boolean {
    return !this.entriesFor(uri)?.size;
  }

  private entriesFor(uri: string): Set<string> | undefined {
    const folder = this.folderFor(uri);
    return folder ? folder.entries : this.folders.length ? undefined : new Set<string>();
  }

  /** Adds the value (as a keyed fingerprint) to the allowlist of the folder holding `uri`. Returns the file written. */
  add(uri: string, type: IdentifierType, value: string): string {
    const folder = this.folderFor(uri);
    if (!folder) throw new Error('no workspace folder to hold .skjold/allow');
    const entry = allowlistEntry(serverRedactionKey.get(), type, value);
    let existing: string | undefined;
    try { existing = fs.readFileSync(folder.file, 'utf8'); } catch { existing = undefined; }
    const next = withAllowlistEntry(existing, entry);
    if (next !== existing) {
      fs.mkdirSync(path.dirname(folder.file), { recursive: true });
      fs.writeFileSync(folder.file, next);
    }
    this.load(folder);
    this.changed();
    return folder.file;
  }

  dispose(): void {
    for (const f of this.folders) fs.unwatchFile(f.file);
  }

  /** The workspace folder (a path) whose tree holds the document at `uri`, if any. */
  containingFolder(uri: string): string | undefined {
    const p = toPath(uri);
    if (!p) return undefined;
    return this.folders.filter((f) => p === f.dir || p.startsWith(f.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length)[0]?.dir;
  }

  /** The folder whose tree holds the document; a single folder also serves documents outside it (untitled). */
  private folderFor(uri: string): Folder | undefined {
    const p = toPath(uri);
    if (p) {
      const inside = this.folders.filter((f) => p === f.dir || p.startsWith(f.dir + path.sep)).sort((a, b) => b.dir.length - a.dir.length);
      if (inside[0]) return inside[0];
    }
    return this.folders.length === 1 ? this.folders[0] : undefined;
  }

  private load(folder: Folder): void {
    try { folder.entries = parseAllowlist(fs.readFileSync(folder.file, 'utf8')); } catch { folder.entries = new Set(); }
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try { return path.resolve(fileURLToPath(uri)); } catch { return undefined; }
}

/** The server's one allowlist (main.ts initialises it; the checker, hovers and fixes filter through it). */
export const serverAllowlist = new WorkspaceAllowlist();
