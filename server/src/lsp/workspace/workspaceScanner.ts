// The workspace scan in the server: walks each folder with its own settings (folderConfig.ts), scans the files
// with the CLI's engine (scanStream, the same detector), and publishes diagnostics for files that are not open
// (an open document's own results take precedence and are never overwritten). Keeps the results true
// afterwards: files changed, created or deleted on disk are re-scanned (watched files, debounced), and a file
// closed in the editor gets its on-disk results back.
// Responsiveness: the walk (asyncWalk.ts) and the scan loop give the event loop a turn every few milliseconds,
// so open-document checks, hovers and cancellation keep flowing during a scan of tens of thousands of files.
// Privacy: diagnostics carry the same messages as open documents; progress carries counts only.
import fs from 'node:fs';
import path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { walkFolder } from './asyncWalk';
import { scanStream, type FileReport, type ScanEvent, type ScanOptions } from '../../cli/scanFiles';
import { DIAGNOSTIC_SOURCE, severityFor, type FindingData } from '../diagnostics';
import type { SkjoldSettings } from '../settings';
import { readFolderConfig, type FolderConfig } from './folderConfig';
import { GitignoreCache, inFolderScope } from './fileScope';
import {
  SCAN_PROGRESS, SCAN_WORKSPACE, RESCAN_FILES,
  type FolderRef, type ScanProgressParams, type ScanWorkspaceParams, type ScanWorkspaceResult, type SkippedFileInfo,
} from './protocol';

/** Diagnostics computed from the file on disk carry this version: no quick-fix applies until the file is open. */
export const ON_DISK_VERSION = -1;
const YIELD_EVERY_MS = 8;
const PROGRESS_EVERY_MS = 150;
export const WATCH_DEBOUNCE_MS = 300;
/**
 * Files handed to one scanStream call. scanStream stats its inputs synchronously before scanning; chunks keep
 * that pause short (and each chunk still spreads over the engine's worker threads).
 */
export const SCAN_CHUNK = 2000;

/** scanStream over many files, chunk by chunk, with the same events in the same order. */
export async function* chunkedScan(files: string[], opts: ScanOptions): AsyncGenerator<ScanEvent> {
  for (let i = 0; i < files.length; i += SCAN_CHUNK) yield* scanStream(files.slice(i, i + SCAN_CHUNK), opts);
}

/** Skipped files listed in a scan result (the count is always complete). */
const MAX_SKIPPED_LISTED = 5000;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The file's findings as diagnostics, under the folder's settings (`skjold.rules`: types off, severities). */
export function toDiskDiagnostics(file: FileReport, settings: SkjoldSettings): Diagnostic[] {
  return file.findings.filter((f) => settings.rules[f.type] !== 'off').map((f) => {
    const data: FindingData = { type: f.type, confidence: f.confidence, version: ON_DISK_VERSION };
    return {
      range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } },
      severity: severityFor({ type: f.type, start: f.start, end: f.end, confidence: f.confidence, reasons: [] }, settings),
      source: DIAGNOSTIC_SOURCE,
      code: f.type,
      message: f.message,
      data,
    };
  });
}

export class WorkspaceScanner {
  private initFolders: FolderRef[] = [];
  private canPull = false;
  private canWatch = false;
  private fallbackSettings: unknown;
  private watching = false;
  private scanCounter = 0;
  private activeScan: { id: number; superseded: boolean } | undefined;
  /** Files whose on-disk diagnostics are published (non-empty), with their folder. */
  private readonly published = new Map<string, string>();
  /** Folders scanned at least once, by URI: the scope of watching and re-scanning. */
  private readonly scannedFolders = new Map<string, FolderRef>();
  private pendingChanges = new Map<string, FileChangeType>();
  private changeTimer: NodeJS.Timeout | undefined;
  private rescanning: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settingsFor: (uri: string) => Promise<SkjoldSettings>,
  ) {}

  /** Call from onInitialize. */
  initialize(params: InitializeParams): void {
    this.initFolders = (params.workspaceFolders ?? []).map((f) => ({ uri: f.uri, name: f.name }));
    if (!this.initFolders.length && params.rootUri) this.initFolders = [{ uri: params.rootUri }];
    this.canPull = !!params.capabilities.workspace?.configuration;
    this.canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const init = params.initializationOptions as Record<string, unknown> | undefined;
    this.fallbackSettings = init && typeof init === 'object' ? (init.skjold ?? init) : undefined;
  }

  /** Registers the requests and listeners. Call once, before connection.listen(). */
  register(): void {
    this.connection.onRequest(SCAN_WORKSPACE, (params: ScanWorkspaceParams | undefined, token: CancellationToken) => this.scanWorkspace(params ?? {}, token));
    this.connection.onNotification(RESCAN_FILES, (params: { uris?: unknown }) => {
      const uris = Array.isArray(params?.uris) ? params.uris.filter((u): u is string => typeof u === 'string') : [];
      this.queueChanges(uris.map((uri) => ({ uri, type: FileChangeType.Changed })), 0);
    });
    this.connection.onDidChangeWatchedFiles((p) => this.queueChanges(p.changes, WATCH_DEBOUNCE_MS));
    // The open document's checker clears its diagnostics on close; put the file's on-disk results back.
    this.documents.onDidClose((e) => {
      if (this.folderOf(e.document.uri)) this.queueChanges([{ uri: e.document.uri, type: FileChangeType.Changed }], 0);
    });
  }

  /** The folders to scan: those asked for, else the client's current workspace folders. */
  async resolveFolders(requested?: FolderRef[]): Promise<{ uri: string; path: string; name: string }[]> {
    let refs = requested?.length ? requested : undefined;
    if (!refs) {
      try {
        const live = await this.connection.workspace.getWorkspaceFolders();
        if (live?.length) refs = live.map((f) => ({ uri: f.uri, name: f.name }));
      } catch { /* the client does not offer workspace folders */ }
    }
    refs ??= this.initFolders;
    return refs
      .map((r) => ({ uri: r.uri, path: URI.parse(r.uri).fsPath, name: r.name ?? path.basename(URI.parse(r.uri).fsPath) }))
      .filter((f) => URI.parse(f.uri).scheme === 'file');
  }

  async folderConfigs(requested?: FolderRef[]): Promise<FolderConfig[]> {
    const folders = await this.resolveFolders(requested);
    return Promise.all(folders.map((f) => readFolderConfig(this.connection, this.canPull, this.fallbackSettings, f)));
  }

  async scanWorkspace(params: ScanWorkspaceParams, token: CancellationToken): Promise<ScanWorkspaceResult> {
    const t0 = Date.now();
    if (this.activeScan) this.activeScan.superseded = true;
    const scan = { id: ++this.scanCounter, superseded: false };
    this.activeScan = scan;
    const stopped = () => token.isCancellationRequested || scan.superseded;

    const configs = await this.folderConfigs(params.folders);
    const progress: ScanProgressParams = { scanId: scan.id, total: 0, scanned: 0, skipped: 0, findings: 0, filesWithFindings: 0 };
    const perType: Record<string, number> = {};
    const skipped: SkippedFileInfo[] = [];
    const seen = new Set<string>();
    let lastProgress = 0, lastTurn = Date.now();
    const report = (force = false) => {
      const now = Date.now();
      if (force || now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        void this.connection.sendNotification(SCAN_PROGRESS, { ...progress });
      }
    };

    // Walk every folder first, so progress has a total.
    const work: { cfg: FolderConfig; files: string[] }[] = [];
    for (const cfg of configs) {
      if (!cfg.enable) {
        // skjold.enable off for this folder: its earlier on-disk results go.
        for (const [uri, folder] of [...this.published]) if (folder === cfg.uri) this.clearOnDisk(uri);
        continue;
      }
      this.scannedFolders.set(cfg.uri, { uri: cfg.uri, name: cfg.name });
      const walked = await walkFolder(cfg.path, cfg.exclude, stopped);
      for (const s of walked.skipped) this.noteSkipped(skipped, progress, cfg, s.path, s.reason, s.detail);
      work.push({ cfg, files: walked.files });
      progress.total += walked.files.length;
      report();
      if (stopped()) break;
    }
    report(true);

    for (const { cfg, files } of work) {
      if (stopped()) break;
      const settings = await this.settingsFor(cfg.uri);
      for await (const ev of chunkedScan(files, { cwd: cfg.path, maxFileSize: cfg.maxFileSize })) {
        this.applyEvent(ev, cfg, settings, { progress, perType, skipped, seen });
        report();
        if (Date.now() - lastTurn >= YIELD_EVERY_MS) { await turn(); lastTurn = Date.now(); }
        if (stopped()) break;
      }
    }
    const cancelled = stopped();
    if (!cancelled) {
      // Files with results from an earlier scan that this scan no longer found (deleted, excluded, cleaned).
      const folderUris = new Set(work.map((w) => w.cfg.uri));
      for (const [uri, folder] of this.published) if (folderUris.has(folder) && !seen.has(uri)) this.clearOnDisk(uri);
    }
    report(true);
    if (this.activeScan === scan) this.activeScan = undefined;
    void this.startWatching();
    return {
      scanId: scan.id, cancelled, folders: work.length, filesScanned: progress.scanned, filesWithFindings: progress.filesWithFindings,
      findings: progress.findings, perType, skipped, durationMs: Date.now() - t0,
    };
  }

  private noteSkipped(list: SkippedFileInfo[], progress: ScanProgressParams, cfg: FolderConfig, rel: string, reason: string, detail?: string): void {
    progress.skipped++;
    if (list.length < MAX_SKIPPED_LISTED) list.push({ uri: URI.file(path.resolve(cfg.path, rel)).toString(), reason, ...(detail ? { detail } : {}) });
  }

  private applyEvent(
    ev: ScanEvent,
    cfg: FolderConfig,
    settings: SkjoldSettings,
    acc: { progress: ScanProgressParams; perType: Record<string, number>; skipped: SkippedFileInfo[]; seen: Set<string> },
  ): void {
    if (ev.kind === 'skipped') {
      this.noteSkipped(acc.skipped, acc.progress, cfg, ev.path, ev.reason, ev.detail);
      const uri = URI.file(path.resolve(cfg.path, ev.path)).toString();
      if (this.published.has(uri)) this.clearOnDisk(uri);
      return;
    }
    const uri = URI.file(path.resolve(cfg.path, ev.file.path)).toString();
    acc.seen.add(uri);
    acc.progress.scanned++;
    // Types switched off by skjold.rules are neither shown nor counted.
    const file = { ...ev.file, findings: ev.file.findings.filter((f) => settings.rules[f.type] !== 'off') };
    if (file.findings.length) {
      acc.progress.filesWithFindings++;
      acc.progress.findings += file.findings.length;
      for (const f of file.findings) acc.perType[f.type] = (acc.perType[f.type] ?? 0) + 1;
    }
    this.publishOnDisk(uri, cfg.uri, file, settings);
  }

  private publishOnDisk(uri: string, folderUri: string, file: FileReport, settings: SkjoldSettings): void {
    if (!file.findings.some((f) => settings.rules[f.type] !== 'off')) {
      if (this.published.has(uri)) this.clearOnDisk(uri);
      return;
    }
    this.published.set(uri, folderUri);
    // An open document's own (fresher) results stand; the on-disk ones come back when it is closed.
    if (this.documents.get(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: toDiskDiagnostics(file, settings) });
  }

  private clearOnDisk(uri: string): void {
    this.published.delete(uri);
    if (!this.documents.get(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Clears the file's on-disk results, or those of every file under it when it was a folder. */
  private clearUnder(uri: string): void {
    if (this.published.has(uri)) this.clearOnDisk(uri);
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const u of [...this.published.keys()]) if (u.startsWith(prefix)) this.clearOnDisk(u);
  }

  private folderOf(uri: string): FolderRef | undefined {
    let best: FolderRef | undefined;
    let bestLen = -1;
    const file = URI.parse(uri);
    if (file.scheme !== 'file') return undefined;
    for (const f of this.scannedFolders.values()) {
      const root = URI.parse(f.uri).fsPath;
      const rel = path.relative(root, file.fsPath);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && root.length > bestLen) { best = f; bestLen = root.length; }
    }
    return best;
  }

  private async startWatching(): Promise<void> {
    if (this.watching || !this.canWatch) return;
    this.watching = true;
    try {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    } catch {
      this.watching = false;
    }
  }

  private queueChanges(changes: { uri: string; type: FileChangeType }[], delay: number): void {
    for (const c of changes) {
      // A delete followed by a create is a change; otherwise the latest event wins.
      const prev = this.pendingChanges.get(c.uri);
      this.pendingChanges.set(c.uri, prev === FileChangeType.Deleted && c.type === FileChangeType.Created ? FileChangeType.Changed : c.type);
    }
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      const batch = this.pendingChanges;
      this.pendingChanges = new Map();
      this.rescanning = this.rescanning.then(() => this.rescan(batch)).catch(() => undefined);
    }, delay);
  }

  /** Re-checks changed files against their folder's current settings; forgets deleted and newly excluded ones. */
  private async rescan(batch: Map<string, FileChangeType>): Promise<void> {
    const byFolder = new Map<string, string[]>();
    for (const [uri, type] of batch) {
      const folder = this.folderOf(uri);
      if (!folder) continue;
      if (type === FileChangeType.Deleted) { this.clearUnder(uri); continue; }
      const list = byFolder.get(folder.uri) ?? [];
      list.push(uri);
      byFolder.set(folder.uri, list);
    }
    for (const [folderUri, uris] of byFolder) {
      const [cfg] = await this.folderConfigs([this.scannedFolders.get(folderUri)!]);
      if (!cfg) continue;
      const settings = await this.settingsFor(cfg.uri);
      const ignoreCache = new GitignoreCache();
      const files: string[] = [];
      for (const uri of uris) {
        const abs = URI.parse(uri).fsPath;
        let isDir: boolean;
        try { isDir = (await fs.promises.stat(abs)).isDirectory(); } catch { this.clearUnder(uri); continue; }
        if (!cfg.enable || !inFolderScope(cfg.path, abs, cfg.exclude, ignoreCache, isDir)) { this.clearUnder(uri); continue; }
        // A folder created or moved in arrives as one event: walk it by the workspace folder's rules.
        if (isDir) files.push(...(await walkFolder(abs, cfg.exclude, () => false, cfg.path)).files);
        else files.push(abs);
      }
      let lastTurn = Date.now();
      for await (const ev of chunkedScan(files, { cwd: cfg.path, maxFileSize: cfg.maxFileSize })) {
        if (ev.kind === 'file') this.publishOnDisk(URI.file(path.resolve(cfg.path, ev.file.path)).toString(), cfg.uri, ev.file, settings);
        else {
          const uri = URI.file(path.resolve(cfg.path, ev.path)).toString();
          if (this.published.has(uri)) this.clearOnDisk(uri);
        }
        if (Date.now() - lastTurn >= YIELD_EVERY_MS) { await turn(); lastTurn = Date.now(); }
      }
    }
  }
}
