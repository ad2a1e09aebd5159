// The compact form of a batch of scan results on its way from a worker thread to the main thread: one
// Float64Array of numbers (transferred, not copied) and one array of distinct strings, instead of an object
// graph per finding that structured cloning walks property by property on both sides. Paths do not travel
// back: the main thread knows which files it sent. decodeResults rebuilds exactly the objects the worker had,
// with the same keys in the same order (the json format prints them as they are).
import { IDENTIFIER_TYPES, STRONG_CONFIDENCE, type IdentifierType } from '../core';
import type { SkipReason } from './files';
import type { CountedFile, FileReport, PositionedFinding, WorkResult } from './scanFiles';

export interface WireBatch {
  nums: Float64Array;
  strs: string[];
}

const TYPES = Object.keys(IDENTIFIER_TYPES) as IdentifierType[];
const TYPE_INDEX = new Map(TYPES.map((t, i) => [t, i]));
const REASONS: SkipReason[] = ['binary', 'too-large', 'unreadable', 'not-found'];
const ENCODINGS = ['utf-8', 'windows-1252'];
const enum Tag { Skipped = 0, File = 1, Counted = 2, Unchanged = 3 }

class Writer {
  readonly nums: number[] = [];
  readonly strs: string[] = [];
  private readonly index = new Map<string, number>();
  num(n: number): void { this.nums.push(n); }
  /** Strings repeat (messages, masks, rules): each distinct one travels once per batch. -1 = none. */
  str(s: string | undefined): void {
    if (s === undefined) { this.nums.push(-1); return; }
    let i = this.index.get(s);
    if (i === undefined) { i = this.strs.length; this.strs.push(s); this.index.set(s, i); }
    this.nums.push(i);
  }
}

export function encodeResults(results: WorkResult[]): WireBatch {
  const w = new Writer();
  for (const r of results) {
    switch (r.kind) {
      case 'skipped':
        w.num(Tag.Skipped); w.num(REASONS.indexOf(r.reason)); w.str(r.detail);
        break;
      case 'unchanged':
        w.num(Tag.Unchanged); w.str(r.digest);
        break;
      case 'counted': {
        const f = r.file;
        w.num(Tag.Counted); w.num(ENCODINGS.indexOf(f.encoding)); w.num(f.bytes); w.num(f.findings); w.num(f.warnings); w.num(f.perType.length);
        for (const [type, n] of f.perType) { w.num(TYPE_INDEX.get(type)!); w.num(n); }
        break;
      }
      case 'file': {
        const f = r.file;
        w.num(Tag.File); w.num(ENCODINGS.indexOf(f.encoding)); w.num(f.bytes); w.str(r.digest); w.num(f.findings.length);
        for (const p of f.findings) {
          w.num(TYPE_INDEX.get(p.type)!); w.num(p.line); w.num(p.column); w.num(p.endLine); w.num(p.endColumn);
          w.num(p.start); w.num(p.end); w.num(p.confidence); w.str(p.masked); w.str(p.message);
          w.num(p.rules.length);
          for (const rule of p.rules) w.str(rule);
          w.str(p.fingerprint);
        }
        break;
      }
    }
  }
  return { nums: Float64Array.from(w.nums), strs: w.strs };
}

/** The results of a batch, in order; `paths` are the display paths of the files that were sent. */
export function decodeResults(batch: WireBatch, paths: readonly string[]): WorkResult[] {
  const { nums, strs } = batch;
  let i = 0;
  const num = () => nums[i++]!;
  const str = () => { const k = nums[i++]!; return k < 0 ? undefined : strs[k]!; };
  const out: WorkResult[] = [];
  for (const path of paths) {
    const tag = num();
    if (tag === Tag.Skipped) {
      const reason = REASONS[num()]!, detail = str();
      out.push({ kind: 'skipped', path, reason, detail });
    } else if (tag === Tag.Unchanged) {
      out.push({ kind: 'unchanged', path, digest: str()! });
    } else if (tag === Tag.Counted) {
      const encoding = ENCODINGS[num()]!, bytes = num(), findings = num(), warnings = num(), n = num();
      const perType: [IdentifierType, number][] = [];
      for (let k = 0; k < n; k++) { const t = TYPES[num()]!; perType.push([t, num()]); }
      const file: CountedFile = { path, encoding, bytes, findings, warnings, perType };
      out.push({ kind: 'counted', file });
    } else {
      const encoding = ENCODINGS[num()]!, bytes = num(), digest = str(), n = num();
      const findings: PositionedFinding[] = [];
      for (let k = 0; k < n; k++) {
        const type = TYPES[num()]!, line = num(), column = num(), endLine = num(), endColumn = num(), start = num(), end = num(), confidence = num();
        const masked = str()!, message = str()!;
        const rules: string[] = [];
        for (let r = num(); r > 0; r--) rules.push(str()!);
        const fingerprint = str();
        // The key order of positionFindings (scanFiles.ts).
        const p: PositionedFinding = {
          type, line, column, endLine, endColumn, start, end, confidence,
          level: confidence >= STRONG_CONFIDENCE ? 'warning' : 'information', masked, message, rules,
        };
        if (fingerprint !== undefined) p.fingerprint = fingerprint;
        findings.push(p);
      }
      const file: FileReport = { path, encoding, bytes, findings };
      out.push(digest === undefined ? { kind: 'file', file } : { kind: 'file', file, digest });
    }
  }
  return out;
}
