// Scans files with the detector core and turns findings into positioned, masked results for the formats.
import path from 'node:path';
import { applyDirectives, detect, filterAllowlisted, describeFinding, keyedHash, maskValue, STRONG_CONFIDENCE, type Finding, type IdentifierType } from '../core';
import { readUserKey } from './userKey';
import { allowlistFor } from './allowlistLookup';
import { readTextFile, DEFAULT_MAX_FILE_SIZE, type FileEntry, type SkipReason } from './files';
import { runScan } from './scanEngine';
import { contentDigest } from './contentDigest';

export type Level = 'warning' | 'information';

export interface PositionedFinding {
  type: IdentifierType;
  /** 1-based line and column (UTF-16 code units), as editors and SARIF count. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  confidence: number;
  level: Level;
  /** The value with every letter and digit masked: the raw value never leaves the scan. */
  masked: string;
  message: string;
  rules: string[];
  /** With a fingerprint key: HMAC of the type and value plus its occurrence in the file (`hex:n`); never the value. */
  fingerprint?: string;
}

export interface FileReport {
  path: string;
  encoding: string;
  bytes: number;
  findings: PositionedFinding[];
}

export interface ScanReport {
  files: FileReport[];
  skipped: { path: string; reason: SkipReason; detail?: string }[];
}

const LANGUAGE_BY_EXT: Record<string, string> = {
  '.csv': 'csv', '.tsv': 'tsv', '.json': 'json', '.jsonl': 'json', '.sql': 'sql', '.yaml': 'yaml', '.yml': 'yaml',
  '.md': 'markdown', '.txt': 'plaintext', '.log': 'log', '.ts': 'typescript', '.js': 'javascript', '.py': 'python',
};

export function languageOf(file: string): string {
  return LANGUAGE_BY_EXT[path.extname(file).toLowerCase()] ?? 'plaintext';
}

/** The purpose string that separates SARIF fingerprints from every other keyed hash. */
export const FINGERPRINT_PURPOSE = 'skjold/sarif-fingerprint/v1';

/** SARIF fingerprints, finding by finding in file order: HMAC of type and value, and the value's occurrence so far. */
export function fingerprinter(key: string, text: string): (f: { type: IdentifierType; start: number; end: number }) => string {
  const occurrences = new Map<string, number>();
  return (f) => {
    // Separators do not make another identifier: 010180-1234 and 0101801234 share a fingerprint.
    const hash = keyedHash(key, FINGERPRINT_PURPOSE, `${f.type}\u0000${text.slice(f.start, f.end).replace(/[^\p{L}\p{N}]/gu, '')}`);
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    return `${hash}:${n}`;
  };
}

export function positionFindings(text: string, findings: Finding[], fingerprintKey?: string): PositionedFinding[] {
  const out: PositionedFinding[] = [];
  const fingerprintOf = fingerprintKey ? fingerprinter(fingerprintKey, text) : undefined;
  let line = 1, lineStart = 0, cursor = 0;
  // Lines end at \n, \r\n or a lone \r, as editors and the LSP count them.
  const advance = (to: number) => {
    for (; cursor < to; cursor++) {
      const c = text.charCodeAt(cursor);
      if (c === 10 || (c === 13 && text.charCodeAt(cursor + 1) !== 10)) { line++; lineStart = cursor + 1; }
    }
  };
  for (const f of findings) {
    advance(f.start);
    const sLine = line, sCol = f.start - lineStart + 1;
    advance(f.end);
    const fingerprint = fingerprintOf?.(f);
    out.push({
      type: f.type, line: sLine, column: sCol, endLine: line, endColumn: f.end - lineStart + 1,
      start: f.start, end: f.end, confidence: f.confidence,
      level: f.confidence >= STRONG_CONFIDENCE ? 'warning' : 'information',
      masked: maskValue(text.slice(f.start, f.end)),
      message: describeFinding(f),
      rules: f.reasons.map((r) => r.rule),
      ...(fingerprint ? { fingerprint } : {}),
    });
  }
  return out;
}

export interface ScanOptions {
  maxFileSize?: number;
  cwd?: string;
  /** Exclude globs (see pathFilter.ts), relative to each scanned folder. */
  exclude?: string[];
  /** Key for SARIF fingerprints (see positionFindings); none when omitted. */
  fingerprintKey?: string;
  /**
   * Worker threads to scan with; default: one per core but one (the calling thread walks and formats), at least
   * one; 0 = in this thread.
   * Small scans run in this thread either way. Options must stay plain data: they are copied to the workers.
   */
  workers?: number;
  /**
   * The calling thread scans queued batches itself while it waits for the workers (the CLI: nothing else to do);
   * the editor's workspace scan leaves it off, its thread must stay free to answer the editor.
   */
  mainHelps?: boolean;
}

/** One result of a streaming scan: a scanned file, or a file skipped with its reason. */
export type ScanEvent =
  | { kind: 'file'; file: FileReport }
  | { kind: 'skipped'; path: string; reason: SkipReason; detail?: string };

/** A scanned file as the count format sees it: how many findings, of which types, none of them positioned. */
export interface CountedFile {
  path: string;
  encoding: string;
  bytes: number;
  findings: number;
  /** Findings at level warning (the rest are information). */
  warnings: number;
  /** Findings per type, types in the order of their first finding in the file. */
  perType: [IdentifierType, number][];
}

export type CountEvent =
  | { kind: 'counted'; file: CountedFile }
  | { kind: 'skipped'; path: string; reason: SkipReason; detail?: string };

/**
 * What scanning one file yields, in this thread or a worker (scanWire.ts carries it across):
 *   full   — positioned, masked, described findings (text, json, sarif, the editor);
 *   count  — counts per type and level only (`--format count`): no positions, masks or messages are made;
 *   digest — full, plus the keyed digest of the file's bytes for the scan cache (scanCache.ts); when the
 *            digest equals `expect` (the cache's), the file is not detected again: `unchanged`.
 */
export type ScanJob = 'full' | 'count' | 'digest';

export type WorkResult =
  | { kind: 'file'; file: FileReport; digest?: string }
  | { kind: 'counted'; file: CountedFile }
  | { kind: 'unchanged'; path: string; digest: string }
  | { kind: 'skipped'; path: string; reason: SkipReason; detail?: string };

/** What a worker needs to scan files (plain data: it is copied to the worker threads). */
export interface WorkOptions {
  maxFileSize?: number;
  fingerprintKey?: string;
  /** Key of the content digests (scanCache.ts); with job `digest` only. */
  digestKey?: string;
}

/** A file to scan, and for job `digest` the digest its cached result was made from (if any). */
export interface WorkItem extends FileEntry {
  expect?: string;
}

/**
 * The scan: yields each file's result as soon as it is ready, so output can stream and memory stays bounded
 * by the files in flight, not the folder. Order: input order, files in stable walk order (also when worker
 * threads scan them: see scanEngine.ts).
 */
export async function* scanStream(inputs: string[], opts: ScanOptions = {}): AsyncGenerator<ScanEvent> {
  for await (const chunk of scanChunks(inputs, opts)) yield* chunk;
}

/** scanStream in chunks of the events ready at once (the CLI's output loop: one await per chunk). */
export async function* scanChunks(inputs: string[], opts: ScanOptions = {}): AsyncGenerator<ScanEvent[]> {
  for await (const chunk of runScan(inputs, opts, { job: 'full' })) yield chunk.map((ev) => (ev.kind === 'walk-skipped' ? skippedEvent(ev) : (ev.result as ScanEvent)));
}

/** scanStream for `--format count`: the same files, the same counts, no positioned findings made or sent. */
export async function* countStream(inputs: string[], opts: ScanOptions = {}): AsyncGenerator<CountEvent> {
  for await (const chunk of countChunks(inputs, opts)) yield* chunk;
}

export async function* countChunks(inputs: string[], opts: ScanOptions = {}): AsyncGenerator<CountEvent[]> {
  for await (const chunk of runScan(inputs, opts, { job: 'count' })) yield chunk.map((ev) => (ev.kind === 'walk-skipped' ? skippedEvent(ev) : (ev.result as CountEvent)));
}

/** A walk's skip as scan events carry it (the `detail` key always there, as before). */
export function skippedEvent(ev: { path: string; reason: SkipReason; detail?: string }): { kind: 'skipped'; path: string; reason: SkipReason; detail?: string } {
  return { kind: 'skipped', path: ev.path, reason: ev.reason, detail: ev.detail };
}

export function workOptions(opts: ScanOptions, digestKey?: string): WorkOptions {
  return {
    ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
    ...(opts.fingerprintKey !== undefined ? { fingerprintKey: opts.fingerprintKey } : {}),
    ...(digestKey !== undefined ? { digestKey } : {}),
  };
}

/** Reads and scans one file: the unit of work, the same in this thread and in a worker (scanWorker.ts). */
export function scanOneFile(file: FileEntry, opts: ScanOptions): ScanEvent {
  return workOnFile(file, 'full', workOptions(opts)) as ScanEvent;
}

export function workOnFile(file: WorkItem, job: ScanJob, opts: WorkOptions): WorkResult {
  const digestKey = job === 'digest' ? opts.digestKey : undefined;
  const read = readTextFile(file.absolute, opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, digestKey ? (bytes) => contentDigest(digestKey, bytes) : undefined);
  if (!read.ok) return { kind: 'skipped', path: file.display, reason: read.reason, detail: read.detail };
  if (read.digest !== undefined && read.digest === file.expect) return { kind: 'unchanged', path: file.display, digest: read.digest };
  const findings = detectInFile(file.absolute, read.text);
  if (job === 'count') return { kind: 'counted', file: countFindings(file.display, read.encoding, read.bytes, findings) };
  const report: FileReport = { path: file.display, encoding: read.encoding, bytes: read.bytes, findings: positionFindings(read.text, findings, opts.fingerprintKey) };
  return read.digest === undefined ? { kind: 'file', file: report } : { kind: 'file', file: report, digest: read.digest };
}

/** Detection as every scan of a file on disk does it: the detectors, in-file directives, the allowlist. */
function detectInFile(absolute: string, text: string): Finding[] {
  const detected = applyDirectives(text, detect(text, { languageId: languageOf(absolute), ownMarkKey: ownMarkKey() }));
  return filterAllowlisted(text, detected, allowlistFor(absolute), ownMarkKey());
}

/** The counts of a file's findings, levels as positionFindings sets them. */
export function countFindings(path: string, encoding: string, bytes: number, findings: readonly { type: IdentifierType; confidence: number }[]): CountedFile {
  let warnings = 0;
  const perType: [IdentifierType, number][] = [];
  for (const f of findings) {
    if (f.confidence >= STRONG_CONFIDENCE) warnings++;
    const entry = perType.find((e) => e[0] === f.type);
    if (entry) entry[1]++;
    else perType.push([f.type, 1]);
  }
  return { path, encoding, bytes, findings: findings.length, warnings, perType };
}

/** Collects a whole scan into memory (for small inputs, tests and the formats that need everything). */
export async function scanPaths(inputs: string[], opts: ScanOptions = {}): Promise<ScanReport> {
  const report: ScanReport = { files: [], skipped: [] };
  for await (const ev of scanStream(inputs, opts)) {
    if (ev.kind === 'file') report.files.push(ev.file);
    else report.skipped.push({ path: ev.path, reason: ev.reason, detail: ev.detail });
  }
  return report;
}

let cachedOwnMarkKey: string | undefined | null = null;
/** The user key, if it exists: names and addresses Skjold wrote under it are not reported again. */
function ownMarkKey(): string | undefined {
  if (cachedOwnMarkKey === null) cachedOwnMarkKey = readUserKey();
  return cachedOwnMarkKey;
}
