// The anonymisation report's data: what was checked (files with sizes and SHA-256 of the whole file, skipped
// files with reasons), how (method.ts), the self-test, what was found and what is left. Built from any stream
// of ScanEvents (the CLI's scanStream, or the server's workspace scan), holding findings only, never texts.
// No raw identifier goes in: values are masked, and a path that itself holds an identifier is masked too.
// The report masks with '•' rather than the scan's 'X': a masked value then holds no letter or digit at all, so
// not even its shape reads as an identifier (an e-mail masked with X is still name@domain.tld to a detector).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { detect, maskValue, STRONG_CONFIDENCE, type IdentifierType } from '../core';
import type { ScanEvent } from '../cli/scanFiles';
import { describeMethod, type Method } from './method';
import { runSelfTest, type SelfTestCase } from './selfTest';

export interface ReportSettings {
  paths: string[];
  exclude: string[];
  maxFileSize: number;
  /** Anything else that shaped the scan (editor settings, git mode), as key → value. */
  other?: Record<string, string | number | boolean>;
}

export interface CheckedFile { path: string; bytes: number; sha256: string; encoding: string; findings: number }
export interface SkippedEntry { path: string; reason: string; detail?: string; bytes?: number; sha256?: string }
export interface RemainingFinding { path: string; line: number; column: number; type: IdentifierType; masked: string; confidence: number; strength: 'strong' | 'weak' }
export interface TypeCount { type: IdentifierType; findings: number; strong: number; weak: number; files: number }

export interface RedactionSummary {
  /** Whether a redaction log was read. */
  logRead: boolean;
  text: string;
}

export interface AnonymisationReport {
  reportFormat: 'skjold-anonymisation-report/1';
  tool: { name: 'skjold'; version: string };
  generatedAt: string;
  settings: ReportSettings;
  checked: { files: CheckedFile[]; skipped: SkippedEntry[]; totalBytes: number };
  method: Method;
  selfTest: { passed: boolean; cases: SelfTestCase[] };
  found: { total: number; perType: TypeCount[]; perFile: { path: string; perType: Partial<Record<IdentifierType, number>> }[] };
  actions: RedactionSummary;
  remaining: RemainingFinding[];
  /** k-anonymity of the tables among the scanned files (report/kanonSection.ts). */
  kAnonymity?: { path: string; summary: import('../core/kanon').KanonSummary }[];
}

export const REPORT_MASK = '•';

/** A scan's masked value (letters and digits as X) in the report's mask. */
export function reportMasked(masked: string): string {
  return masked.replace(/[\p{L}\p{N}]/gu, REPORT_MASK);
}

/** A path with any identifier in it masked (a file may be named after a person's number). */
export function safePath(p: string): string {
  const found = detect(p);
  let out = p;
  for (const f of [...found].reverse()) out = out.slice(0, f.start) + maskValue(out.slice(f.start, f.end), REPORT_MASK) + out.slice(f.end);
  return out;
}

/** SHA-256 of a whole file, streamed; undefined when it cannot be read. */
export function sha256File(absolute: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const h = crypto.createHash('sha256');
    const s = fs.createReadStream(absolute);
    s.on('data', (d) => h.update(d));
    s.on('error', () => resolve(undefined));
    s.on('end', () => resolve(h.digest('hex')));
  });
}

export interface BuildOptions {
  toolVersion: string;
  settings: ReportSettings;
  /** Folder the event paths are relative to. */
  cwd: string;
  /** Where a shown path is on disk, when events come from several folders (default: resolved against cwd). */
  absolutePath?: (shown: string) => string;
  now?: Date;
  redaction?: RedactionSummary;
  /** Called after each event, e.g. for progress. */
  onEvent?: (ev: ScanEvent) => void;
}

export const NO_REDACTION_LOG: RedactionSummary = {
  logRead: false,
  text: 'No redaction log was read: this report records what was found and is still present. Masking or replacing values is done with the editor quick-fix or the redaction commands; a later version records those edits here.',
};

export async function buildReport(events: AsyncIterable<ScanEvent>, opts: BuildOptions): Promise<AnonymisationReport> {
  const files: CheckedFile[] = [];
  const skipped: SkippedEntry[] = [];
  const remaining: RemainingFinding[] = [];
  const perFile: AnonymisationReport['found']['perFile'] = [];
  const counts = new Map<IdentifierType, TypeCount>();
  let totalBytes = 0;
  const absoluteOf = opts.absolutePath ?? ((p: string) => path.resolve(opts.cwd, p));
  for await (const ev of events) {
    opts.onEvent?.(ev);
    if (ev.kind === 'file') {
      const f = ev.file;
      const shown = safePath(f.path);
      const sha256 = (await sha256File(absoluteOf(f.path))) ?? '';
      files.push({ path: shown, bytes: f.bytes, sha256, encoding: f.encoding, findings: f.findings.length });
      totalBytes += f.bytes;
      const here: Partial<Record<IdentifierType, number>> = {};
      for (const x of f.findings) {
        const strong = x.confidence >= STRONG_CONFIDENCE;
        remaining.push({ path: shown, line: x.line, column: x.column, type: x.type, masked: reportMasked(x.masked), confidence: x.confidence, strength: strong ? 'strong' : 'weak' });
        const c = counts.get(x.type) ?? { type: x.type, findings: 0, strong: 0, weak: 0, files: 0 };
        c.findings++;
        if (strong) c.strong++; else c.weak++;
        if (!here[x.type]) c.files++;
        here[x.type] = (here[x.type] ?? 0) + 1;
        counts.set(x.type, c);
      }
      if (f.findings.length) perFile.push({ path: shown, perType: here });
    } else {
      const absolute = absoluteOf(ev.path);
      let bytes: number | undefined, sha256: string | undefined;
      try {
        const st = fs.statSync(absolute);
        if (st.isFile()) { bytes = st.size; sha256 = await sha256File(absolute); }
      } catch { /* not found or unreadable: the reason says so */ }
      skipped.push({ path: safePath(ev.path), reason: ev.reason, ...(ev.detail ? { detail: ev.detail } : {}), ...(bytes !== undefined ? { bytes } : {}), ...(sha256 ? { sha256 } : {}) });
    }
  }
  const cases = runSelfTest();
  return {
    reportFormat: 'skjold-anonymisation-report/1',
    tool: { name: 'skjold', version: opts.toolVersion },
    generatedAt: (opts.now ?? new Date()).toISOString(),
    settings: { ...opts.settings, paths: opts.settings.paths.map(safePath), exclude: opts.settings.exclude.map(safePath) },
    checked: { files, skipped, totalBytes },
    method: describeMethod(),
    selfTest: { passed: cases.every((c) => c.passed), cases },
    found: { total: remaining.length, perType: [...counts.values()].sort((a, b) => b.findings - a.findings), perFile },
    actions: opts.redaction ?? NO_REDACTION_LOG,
    remaining,
  };
}
