// Findings kept compactly between edits: four typed arrays (start, end, detector, profile) sorted by start,
// where a profile is everything about a finding except its position (type, confidence, reasons…), interned:
// thousands of findings share a handful of profiles. About 13 bytes per finding instead of a few hundred.
import type { Finding } from '../types';
import { resolveOverlaps } from '../detect';

/** A finding as a detector reported it, with the detector's index (its place in DETECTORS) for tie-breaking. */
export interface RawEntry {
  finding: Finding;
  detector: number;
}

type Profile = Omit<Finding, 'start' | 'end'>;

/** A finding without its reasons, pointing back to its entry in the store (valid until the next change). */
export interface IndexedFinding extends Finding {
  storeIndex: number;
}

const NO_REASONS: Finding['reasons'] = [];

export class FindingStore {
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private detectors = new Uint8Array(64);
  private profileIds = new Uint32Array(64);
  private n = 0;
  private readonly profiles: Profile[] = [];
  private readonly profileIndex = new Map<string, number>();

  get size(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
  }

  /** Index of the first finding starting at or after `offset`. */
  lowerBound(offset: number): number {
    let lo = 0, hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Applies an edit that replaced old [start, end) by `delta` more characters: drops the findings starting inside, shifts those after. */
  applyEdit(start: number, end: number, delta: number): void {
    const from = this.lowerBound(start);
    const to = this.lowerBound(end);
    this.splice(from, to, 0);
    if (delta !== 0) {
      for (let i = from; i < this.n; i++) {
        this.starts[i]! += delta;
        this.ends[i]! += delta;
      }
    }
  }

  /** Replaces the findings starting in [from, to) by `entries` (sorted by start, then detector, then report order). */
  replace(from: number, to: number, entries: readonly RawEntry[]): void {
    const i = this.lowerBound(from);
    const j = this.lowerBound(to);
    this.splice(i, j, entries.length);
    for (let k = 0; k < entries.length; k++) {
      const { finding, detector } = entries[k]!;
      this.starts[i + k] = finding.start;
      this.ends[i + k] = finding.end;
      this.detectors[i + k] = detector;
      this.profileIds[i + k] = this.intern(finding);
    }
  }

  finding(i: number): Finding {
    return { ...this.profiles[this.profileIds[i]!]!, start: this.starts[i]!, end: this.ends[i]! } as Finding;
  }

  /**
   * The findings after overlap resolution, in document order, as light copies (no reasons; `storeIndex` leads
   * back to the full finding through finding()). Overlaps are resolved per cluster of findings that overlap one
   * another (with the core's resolveOverlaps, in the order detect() would hand them over), so the result equals
   * detect() over the whole text while an isolated finding costs one comparison.
   */
  resolved(): IndexedFinding[] {
    const out: IndexedFinding[] = [];
    let i = 0;
    while (i < this.n) {
      let j = i + 1;
      let maxEnd = this.ends[i]!;
      while (j < this.n && this.starts[j]! < maxEnd) { maxEnd = Math.max(maxEnd, this.ends[j]!); j++; }
      if (j === i + 1) out.push(this.light(i));
      else {
        // detect() concatenates detector by detector: order the cluster the same way before resolving.
        const cluster: number[] = [];
        for (let k = i; k < j; k++) cluster.push(k);
        cluster.sort((a, b) => this.detectors[a]! - this.detectors[b]! || a - b);
        const full = cluster.map((k) => this.finding(k));
        for (const f of resolveOverlaps(full)) out.push(this.light(cluster[full.indexOf(f)]!));
      }
      i = j;
    }
    return out;
  }

  private light(i: number): IndexedFinding {
    const p = this.profiles[this.profileIds[i]!]!;
    return { type: p.type, start: this.starts[i]!, end: this.ends[i]!, confidence: p.confidence, reasons: NO_REASONS, storeIndex: i };
  }

  /** Bytes held by the arrays (for the benchmark's memory figure). */
  get bytes(): number {
    return this.starts.byteLength * 2 + this.detectors.byteLength + this.profileIds.byteLength;
  }

  private intern(f: Finding): number {
    const { start: _s, end: _e, ...profile } = f;
    const key = JSON.stringify(profile);
    let id = this.profileIndex.get(key);
    if (id === undefined) {
      id = this.profiles.length;
      this.profiles.push(profile);
      this.profileIndex.set(key, id);
    }
    return id;
  }

  /** Removes [from, to) and opens `count` slots at `from`. */
  private splice(from: number, to: number, count: number): void {
    const newN = this.n - (to - from) + count;
    if (newN > this.starts.length) this.grow(newN);
    if (to !== from + count) {
      this.starts.copyWithin(from + count, to, this.n);
      this.ends.copyWithin(from + count, to, this.n);
      this.detectors.copyWithin(from + count, to, this.n);
      this.profileIds.copyWithin(from + count, to, this.n);
    }
    this.n = newN;
  }

  private grow(min: number): void {
    const cap = Math.max(min, this.starts.length * 2);
    const g = <T extends Int32Array | Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => { const b = make(cap); b.set(a.subarray(0, this.n)); return b; };
    this.starts = g(this.starts, (k) => new Int32Array(k));
    this.ends = g(this.ends, (k) => new Int32Array(k));
    this.detectors = g(this.detectors, (k) => new Uint8Array(k));
    this.profileIds = g(this.profileIds, (k) => new Uint32Array(k));
  }
}
