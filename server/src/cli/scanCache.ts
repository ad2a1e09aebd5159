// `skjold scan --cache`: a file's findings are kept between runs and reused while the file is unchanged, like
// `eslint --cache`. What is kept, per file (keyed by absolute path): size, modification time, a KEYED digest of
// its bytes (contentDigest.ts: an HMAC under the user key — a plain hash of a small file holding one CPR number
// is reversed by trying the candidates) and its findings without values: type, line/column, offsets,
// confidence, the masked shape, the description and rule ids — what the text output prints, never a value.
// The whole cache file is also encrypted (AES-256-GCM under a key derived from the user key), so neither the
// paths nor anything else in it can be read, or altered unnoticed, without the key.
//
// When is a file unchanged?
//   metadata (default): same size and modification time as when it was scanned — trusted, as eslint's default
//     does. A file modified within 2 s before the scan that stored it is not trusted by its metadata ("racy",
//     as git treats an index entry as new as the index) and is checked by content.
//   content: every file is read and its digest compared; only a changed file is detected again.
//   In both, a file whose metadata changed but whose digest did not (a checkout, a restored CI cache) is not
//   detected again.
// The whole cache is dropped when the tool (its code, hashed), its version or --max-file-size change, or the
// user key changes (the file no longer decrypts); a file's entry when the allowlist that governs it changes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDENTIFIER_TYPES, keyedHash, type IdentifierType } from '../core';
import { allowlistFor } from './allowlistLookup';
import { writeFileAtomic } from './atomicWrite';
import { readTextFile, DEFAULT_MAX_FILE_SIZE, type FileEntry, type SkipReason } from './files';
import { runScan } from './scanEngine';
import { workerScript } from './scanPool';
import { countFindings, fingerprinter, skippedEvent, type CountEvent, type PositionedFinding, type ScanEvent, type ScanOptions, type WorkItem, type WorkResult } from './scanFiles';
import { TOOL_VERSION } from './usage';
import { STRONG_CONFIDENCE } from '../core';

export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

const FORMAT = 'skjold-scan-cache/1';
const MAGIC = Buffer.from('SKJC1');
/** Files modified this close before the scan that stored them are checked by content next time. */
const RACY_MS = 2000;
/** Entries of files not seen for this many days are dropped when the cache is written. */
const KEEP_DAYS = 30;

const TYPES = Object.keys(IDENTIFIER_TYPES) as IdentifierType[];
const TYPE_INDEX = new Map(TYPES.map((t, i) => [t, i]));
const ENCODINGS = ['utf-8', 'windows-1252'];
const SKIPS: SkipReason[] = ['binary', 'too-large'];

// The file holds two encrypted parts: the entries, and the positioned findings. `--format count` reads the
// entries only; the findings part is opened when a format needs positions or a file was scanned again.
// One entry: [size, mtimeMs, digest | null, racy 0/1, allowlist id, last seen (day number), kind, ...]
//   kind 0 (scanned): encoding index, bytes, counts [findings, warnings, type index, n, …]
//   kind 1 (skipped): reason index, detail | null
// Findings of a file: JSON text of [type, line, column, endLine, endColumn, start, end, confidence, masked,
//   message, rules] per finding, strings as indexes into the string table.
type Entry = [number, number, string | null, number, string, number, 0, number, number, number[]] | [number, number, null, number, string, number, 1, number, string | null];
const SIZE = 0, MTIME = 1, DIGEST = 2, RACY = 3, ALLOW = 4, SEEN = 5, KIND = 6;

interface Payload {
  format: string;
  engine: string;
  maxFileSize: number;
  files: Record<string, Entry>;
}

interface Findings {
  strings: string[];
  files: Record<string, string>;
}

/** The folder for cache files: $XDG_CACHE_HOME/skjold, ~/.cache/skjold (Windows: %LOCALAPPDATA%\skjold). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA || os.homedir() : path.join(os.homedir(), '.cache'));
  return path.join(base, 'skjold');
}

/**
 * The cache file: `--cache-location` (a file, or a folder: the default name in it), else one per folder the
 * scan runs in, named by a keyed hash of that folder (the name says nothing about it).
 */
export function cacheFile(key: string, cwd: string, location?: string): string {
  const name = `scan-${keyedHash(key, 'skjold/scan-cache-name/v1', path.resolve(cwd)).slice(0, 16)}.cache`;
  if (!location) return path.join(defaultCacheDir(), name);
  const target = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (fs.existsSync(target) && fs.statSync(target).isDirectory());
  return isDir ? path.join(target, name) : target;
}

/** The code that produced the results: a new build (other rules, other word lists) never reuses old results. */
function engineId(): string {
  const h = crypto.createHash('sha256').update(`${FORMAT}\u0000${TOOL_VERSION}\u0000`);
  for (const file of new Set([__filename, workerScript() ?? __filename])) {
    try { h.update(fs.readFileSync(file)); } catch { h.update(file); }
  }
  return h.digest('hex');
}

function encryptionKey(key: string): Buffer {
  return crypto.createHmac('sha256', key).update('skjold/scan-cache-encryption/v1').digest();
}

/** One encrypted part: iv (12 bytes), tag (16), ciphertext. The part's name is authenticated with it. */
function encryptPart(key: string, part: string, plaintext: string): Buffer {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', encryptionKey(key), iv);
  cipher.setAAD(Buffer.from(part));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** A part's text, or undefined when it is not under this key, or was altered. */
function decryptPart(key: string, part: string, data: Buffer): string | undefined {
  if (data.length < 28) return undefined;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', encryptionKey(key), data.subarray(0, 12));
    decipher.setAAD(Buffer.from(part));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The plain text of a cache file's two parts (for tests: what the cache knows, before encryption). */
export function readCacheText(key: string, file: string): { entries?: string; findings?: string } {
  const parts = unpack(fs.readFileSync(file));
  return parts ? { entries: decryptPart(key, 'entries', parts.entries), findings: decryptPart(key, 'findings', parts.findings) } : {};
}

/** The cache file: MAGIC, the entries part's length (4 bytes), the entries part, the findings part. */
function pack(entries: Buffer, findings: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(entries.length);
  return Buffer.concat([MAGIC, len, entries, findings]);
}

function unpack(data: Buffer): { entries: Buffer; findings: Buffer } | undefined {
  if (data.length < MAGIC.length + 4 || !data.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const len = data.readUInt32BE(MAGIC.length), start = MAGIC.length + 4;
  if (start + len > data.length) return undefined;
  return { entries: data.subarray(start, start + len), findings: data.subarray(start + len) };
}

export interface ScanCacheOptions {
  file: string;
  key: string;
  strategy: CacheStrategy;
  /** What the scan prints: counts only, or positioned findings. */
  output: 'full' | 'count';
  maxFileSize?: number;
  /** SARIF fingerprints for reused results: the file is read again to compute them (they are not kept). */
  fingerprintKey?: string;
}

export class ScanCache {
  private readonly payload: Payload;
  /** The findings part: as read (encrypted) until a format or a new result needs it. */
  private findingsRaw: Buffer | undefined;
  private findingsPart: Findings | undefined;
  private stringIndex: Map<string, number> | undefined;
  private readonly stats = new Map<string, { size: number; mtimeMs: number }>();
  private readonly allowIds = new WeakMap<ReadonlySet<string>, string>();
  private readonly runStart = Date.now();
  /** Whether anything changed since the cache was read (a run that only reused results writes nothing). */
  private dirty = false;
  private readonly today = Math.floor(Date.now() / 86_400_000);
  /** Files reused and files scanned this run (for tests and the curious: SKJOLD_CACHE_STATS=1). */
  readonly counts = { reused: 0, scanned: 0 };

  private constructor(private readonly opts: ScanCacheOptions, payload: Payload, findingsRaw: Buffer | undefined) {
    this.payload = payload;
    this.findingsRaw = findingsRaw;
  }

  /** Opens the cache (an empty one when there is none, or it cannot be used). */
  static open(opts: ScanCacheOptions): ScanCache {
    const fresh: Payload = { format: FORMAT, engine: engineId(), maxFileSize: opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, files: {} };
    try {
      const parts = unpack(fs.readFileSync(opts.file));
      const text = parts && decryptPart(opts.key, 'entries', parts.entries);
      const old = text === undefined ? undefined : (JSON.parse(text) as Payload);
      if (old && old.format === fresh.format && old.engine === fresh.engine && old.maxFileSize === fresh.maxFileSize && old.files) return new ScanCache(opts, old, parts!.findings);
    } catch {
      // No cache yet, or unreadable: start empty.
    }
    const cache = new ScanCache(opts, fresh, undefined);
    cache.dirty = true;
    return cache;
  }

  /** The findings part, decrypted on first use; a part that does not decrypt drops the whole cache. */
  private findings(): Findings {
    if (this.findingsPart) return this.findingsPart;
    const text = this.findingsRaw && decryptPart(this.opts.key, 'findings', this.findingsRaw);
    let part: Findings | undefined;
    try {
      part = text === undefined ? undefined : (JSON.parse(text) as Findings);
    } catch {
      part = undefined;
    }
    if (!part || !Array.isArray(part.strings) || !part.files) {
      part = { strings: [], files: {} };
      if (this.findingsRaw) this.payload.files = {}; // entries without their findings are of no use
    }
    this.findingsRaw = undefined;
    this.findingsPart = part;
    this.stringIndex = new Map(part.strings.map((s, i) => [s, i]));
    return part;
  }

  get key(): string {
    return this.opts.key;
  }

  /** A result from the cache, or the file to scan (with the digest its entry was made from, if any). */
  lookup(entry: FileEntry): WorkResult | WorkItem {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(entry.absolute, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (!st) return entry;
    const e = this.payload.files[entry.absolute];
    if (e && e[ALLOW] === this.allowIdFor(entry.absolute) && this.usable(entry.absolute, e)) {
      if (this.opts.strategy === 'metadata' && e[SIZE] === st.size && e[MTIME] === st.mtimeMs && !e[RACY]) {
        if (e[SEEN] !== this.today) { e[SEEN] = this.today; this.dirty = true; }
        this.counts.reused++;
        return this.resultOf(entry, e);
      }
    }
    // To scan: the metadata it is stored under once scanned (taken before the read, so a later change shows).
    this.stats.set(entry.absolute, { size: st.size, mtimeMs: st.mtimeMs });
    return e && e[DIGEST] && e[ALLOW] === this.allowIdFor(entry.absolute) && this.usable(entry.absolute, e) ? { ...entry, expect: e[DIGEST] } : entry;
  }

  /** Whether the entry can answer for the file in this run's output (its findings part is there when needed). */
  private usable(absolute: string, e: Entry): boolean {
    if (e[KIND] === 1 || this.opts.output === 'count' || e[9][0] === 0) return true;
    return this.findings().files[absolute] !== undefined && this.payload.files[absolute] === e;
  }

  /** Keeps a scanned file's result and returns it as the scan prints it. */
  record(entry: FileEntry, result: WorkResult): WorkResult {
    const st = this.stats.get(entry.absolute);
    this.stats.delete(entry.absolute);
    const files = this.payload.files;
    const racy = st && st.mtimeMs > this.runStart - RACY_MS ? 1 : 0;
    this.dirty = true;
    if (result.kind === 'unchanged') {
      const e = files[entry.absolute]!;
      if (st) { e[SIZE] = st.size; e[MTIME] = st.mtimeMs; e[RACY] = racy; }
      e[SEEN] = this.today;
      this.counts.reused++;
      return this.resultOf(entry, e);
    }
    this.counts.scanned++;
    const part = this.findings();
    delete part.files[entry.absolute];
    if (result.kind === 'skipped') {
      const reason = SKIPS.indexOf(result.reason);
      if (st && reason >= 0) files[entry.absolute] = [st.size, st.mtimeMs, null, racy, this.allowIdFor(entry.absolute), this.today, 1, reason, result.detail ?? null];
      else delete files[entry.absolute];
      return result;
    }
    if (result.kind !== 'file') return result;
    const f = result.file;
    if (st && result.digest) {
      const flat: number[] = [];
      for (const p of f.findings) {
        flat.push(TYPE_INDEX.get(p.type)!, p.line, p.column, p.endLine, p.endColumn, p.start, p.end, p.confidence, this.str(p.masked), this.str(p.message), this.str(p.rules.join('\u0001')));
      }
      const c = countFindings(f.path, f.encoding, f.bytes, f.findings);
      const counts = [c.findings, c.warnings, ...c.perType.flatMap(([t, n]) => [TYPE_INDEX.get(t)!, n])];
      files[entry.absolute] = [st.size, st.mtimeMs, result.digest, racy, this.allowIdFor(entry.absolute), this.today, 0, ENCODINGS.indexOf(f.encoding), f.bytes, counts];
      if (flat.length) part.files[entry.absolute] = JSON.stringify(flat);
    } else delete files[entry.absolute];
    if (this.opts.output === 'count') return { kind: 'counted', file: countFindings(f.path, f.encoding, f.bytes, f.findings) };
    return { kind: 'file', file: f };
  }

  /** Writes the cache (entries of files not seen for KEEP_DAYS days are left out). */
  save(): void {
    if (!this.dirty) return;
    const files: Record<string, Entry> = {};
    const stale: string[] = [];
    for (const [k, e] of Object.entries(this.payload.files)) {
      if (e[SEEN] >= this.today - KEEP_DAYS) files[k] = e;
      else stale.push(k);
    }
    if (stale.length) { const part = this.findings(); for (const k of stale) delete part.files[k]; }
    const entries = encryptPart(this.opts.key, 'entries', JSON.stringify({ ...this.payload, files }));
    // Findings nobody opened this run are written back as they were read.
    const findings = this.findingsRaw ?? encryptPart(this.opts.key, 'findings', JSON.stringify(this.findings()));
    fs.mkdirSync(path.dirname(this.opts.file), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.opts.file, pack(entries, findings), 0o600);
  }

  private str(s: string): number {
    const part = this.findings();
    let i = this.stringIndex!.get(s);
    if (i === undefined) { i = part.strings.length; part.strings.push(s); this.stringIndex!.set(s, i); }
    return i;
  }

  /** The allowlist governing a file, as an id (a hash of its entries, which are keyed hashes themselves). */
  private allowIdFor(absolute: string): string {
    const entries = allowlistFor(absolute);
    if (!entries.size) return '';
    let id = this.allowIds.get(entries);
    if (id === undefined) {
      id = crypto.createHash('sha256').update([...entries].sort().join('\n')).digest('base64url').slice(0, 22);
      this.allowIds.set(entries, id);
    }
    return id;
  }

  private resultOf(entry: FileEntry, e: Entry): WorkResult {
    if (e[KIND] === 1) return { kind: 'skipped', path: entry.display, reason: SKIPS[e[7]]!, detail: e[8] ?? undefined };
    const encoding = ENCODINGS[e[7]]!, bytes = e[8], counts = e[9];
    if (this.opts.output === 'count') {
      const perType: [IdentifierType, number][] = [];
      for (let i = 2; i < counts.length; i += 2) perType.push([TYPES[counts[i]!]!, counts[i + 1]!]);
      return { kind: 'counted', file: { path: entry.display, encoding, bytes, findings: counts[0]!, warnings: counts[1]!, perType } };
    }
    const part = this.findings();
    const text = part.files[entry.absolute];
    const flat = text ? (JSON.parse(text) as number[]) : [];
    const strings = part.strings;
    const findings: PositionedFinding[] = [];
    for (let i = 0; i < flat.length; i += 11) {
      const confidence = flat[i + 7]!;
      // The key order of positionFindings (scanFiles.ts): the json format prints these objects as they are.
      findings.push({
        type: TYPES[flat[i]!]!, line: flat[i + 1]!, column: flat[i + 2]!, endLine: flat[i + 3]!, endColumn: flat[i + 4]!,
        start: flat[i + 5]!, end: flat[i + 6]!, confidence, level: confidence >= STRONG_CONFIDENCE ? 'warning' : 'information',
        masked: strings[flat[i + 8]!]!, message: strings[flat[i + 9]!]!, rules: strings[flat[i + 10]!]!.split('\u0001').filter((r) => r.length > 0),
      });
    }
    if (this.opts.fingerprintKey && findings.length) this.addFingerprints(entry, findings, this.opts.fingerprintKey);
    return { kind: 'file', file: { path: entry.display, encoding, bytes, findings } };
  }

  /** SARIF fingerprints of reused findings: keyed hashes of the values, so the file is read to make them. */
  private addFingerprints(entry: FileEntry, findings: PositionedFinding[], key: string): void {
    const read = readTextFile(entry.absolute, this.opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!read.ok) return;
    const fingerprintOf = fingerprinter(key, read.text);
    for (const f of findings) f.fingerprint = fingerprintOf(f);
  }
}

/**
 * The scan with a cache: reused results and scanned ones, in walk order, as scanChunks (output `full`) or
 * countChunks (output `count`) gives them. Call cache.save() after a complete run.
 */
export async function* cachedScanChunks(inputs: string[], opts: ScanOptions, cache: ScanCache): AsyncGenerator<(ScanEvent | CountEvent)[]> {
  for await (const chunk of runScan(inputs, opts, { job: 'digest', lookup: (e) => cache.lookup(e), digestKey: cache.key })) {
    yield chunk.map((ev) => (ev.kind === 'walk-skipped' ? skippedEvent(ev) : ((ev.cached ? ev.result : cache.record(ev.entry, ev.result)) as ScanEvent | CountEvent)));
  }
}
