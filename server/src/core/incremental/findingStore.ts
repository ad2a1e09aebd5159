// Findings kept compactly between edits: four typed arrays (start, end, detector, profile) sorted by start,
// where a profile is everything about a finding except its position (type, confidence, reasons…), interned:
// thousands of findings share a handful of profiles. About 16 bytes per finding instead of a few hundred.
// Overlap resolution is kept too (which entries survive it, where clusters of overlapping entries begin, which
// are own-name mentions) and redone after a change only for the clusters the change touched: an edit costs the
// same in a document with a hundred findings or a hundred thousand.
import type { Finding } from '../types';
import { resolveOverlaps } from '../detect';
import { asOwnMention, OWN_SYNTHETIC_CONFIDENCE } from '../redact/ownFindings';

/** A finding as a detector reported it, with the detector's index (its place in DETECTORS) for tie-breaking. */
export interface RawEntry {
  finding: Finding;
  detector: number;
}

/** Everything about a finding except its position: shared by all findings of the same kind. */
export type FindingProfile = Omit<Finding, 'start' | 'end'>;
type Profile = FindingProfile;

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
  /** 1 where the entry survives overlap resolution (known outside the dirty range; 0 inside it). */
  private kept = new Uint8Array(64);
  /** 1 where an entry begins a cluster: it starts at or after the end of every entry before it. */
  private heads = new Uint8Array(64);
  /**
   * 1 where a kept entry is a lone mention of one of Skjold's own synthetic names (withOwnNameMentions downgrades
   * it): set by the engine through setMention() after each resolution, for the entries near what changed.
   */
  private mention = new Uint8Array(64);
  private n = 0;
  private readonly profiles: Profile[] = [];
  private readonly profileIndex = new Map<string, number>();
  /** Entries with kept = 1, in all and per profile. */
  private keptTotal = 0;
  private keptByProfile: number[] = [];
  /** Kept entries flagged as own-name mentions, in all and per profile. */
  private mentionTotal = 0;
  private mentionByProfile: number[] = [];
  /** Per profile, the profile downgraded as an own-name mention (made once, so its reasons array is shared). */
  private readonly mentionProfiles: (Profile | undefined)[] = [];
  /**
   * Called at the end of every resolution that changed something, with the positions (current text) between
   * which entries changed, were added or removed, or moved relative to each other: the engine re-reads the
   * own-name mentions around them.
   */
  afterResolve?: (from: number, to: number) => void;
  /**
   * Entries [dirtyLo, dirtyHi) changed since resolution was last brought up to date (a hull over every change;
   * `dirty` also when the range is empty: an edit that only moved entries apart changes the clusters around it).
   * Outside it, entries are as they were then, those after it all shifted by the same amount.
   */
  private dirty = false;
  private dirtyLo = 0;
  private dirtyHi = 0;

  get size(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
    this.keptTotal = 0;
    this.keptByProfile.fill(0);
    this.mentionTotal = 0;
    this.mentionByProfile.fill(0);
    this.dirty = false;
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
   * back to the full finding through finding()). Equals detect()'s resolution over the whole text (see resolve()).
   */
  resolved(): IndexedFinding[] {
    this.resolve();
    const out: IndexedFinding[] = [];
    for (let i = 0; i < this.n; i++) if (this.kept[i]) out.push(this.light(i));
    return out;
  }

  /** The resolved findings starting in [from, to] (positions), as resolved() lists them, for the engine's mention pass. */
  resolvedBetween(from: number, to: number): IndexedFinding[] {
    const out: IndexedFinding[] = [];
    for (let i = this.lowerBound(from); i < this.n && this.starts[i]! <= to; i++) if (this.kept[i]) out.push(this.light(i));
    return out;
  }

  /** Flags (or clears) resolved entry `i` as a lone mention of an own synthetic name. */
  setMention(i: number, on: boolean): void {
    if (!this.kept[i] || !!this.mention[i] === on) return;
    this.mention[i] = on ? 1 : 0;
    const d = on ? 1 : -1;
    this.mentionTotal += d;
    this.mentionByProfile[this.profileIds[i]!]! += d;
  }

  /** True when some resolved entry is flagged as an own-name mention (without bringing resolution up to date). */
  get hasMentions(): boolean {
    return this.mentionTotal > 0;
  }

  /** Resolved entries of the kinds `test` accepts, without bringing resolution up to date (for afterResolve). */
  keptCountWhere(test: (p: FindingProfile) => boolean): number {
    let count = 0;
    this.profiles.forEach((p, id) => { if (this.keptByProfile[id] && test(p)) count += this.keptByProfile[id]!; });
    return count;
  }

  /** How many findings survive overlap resolution. */
  resolvedCount(): number {
    this.resolve();
    return this.keptTotal;
  }

  /** How many findings surviving overlap resolution match `test` (one call per kind of finding, not per finding). */
  resolvedCountWhere(test: (p: FindingProfile) => boolean): number {
    this.resolve();
    return this.keptCountWhere(test);
  }

  /**
   * The `max` resolved findings of least rank (a small non-negative integer below `rankLimit`, read per kind of
   * finding), ties going to the earliest, in document order, with the flagged own-name mentions downgraded (as
   * withOwnNameMentions does): what sorting that list by rank and document order and taking the first `max`
   * gives. The rank counts are kept per kind, so only the entries up to the last one taken are read, as typed
   * arrays, without building the list of all findings.
   */
  best(max: number, rankLimit: number, rankOf: (p: FindingProfile) => number): IndexedFinding[] {
    this.resolve();
    if (this.keptTotal <= max) {
      const all: IndexedFinding[] = [];
      for (let i = 0; i < this.n; i++) if (this.kept[i]) all.push(this.light(i, true));
      return all;
    }
    const rankById = new Int32Array(this.profiles.length);
    const mentionRankById = new Int32Array(this.profiles.length);
    const counts = new Float64Array(rankLimit);
    const checked = (rank: number) => {
      if (!(rank >= 0 && rank < rankLimit && Number.isInteger(rank))) throw new RangeError(`rank ${rank} outside [0, ${rankLimit})`);
      return rank;
    };
    this.profiles.forEach((p, id) => {
      const mentions = this.mentionByProfile[id] ?? 0;
      rankById[id] = checked(rankOf(p));
      counts[rankById[id]!]! += (this.keptByProfile[id] ?? 0) - mentions;
      if (mentions) {
        mentionRankById[id] = checked(rankOf(this.mentionProfile(id)));
        counts[mentionRankById[id]!]! += mentions;
      }
    });
    // The cut-off rank: every entry ranked better is taken, and the earliest of the cut-off rank fill the rest.
    let taken = 0, cutoff = 0;
    while (cutoff < rankLimit && taken + counts[cutoff]! < max) taken += counts[cutoff++]!;
    let room = max - taken;
    const out: IndexedFinding[] = [];
    for (let i = 0; i < this.n && out.length < max; i++) {
      if (!this.kept[i]) continue;
      const rank = (this.mention[i] ? mentionRankById : rankById)[this.profileIds[i]!]!;
      if (rank < cutoff) out.push(this.light(i, true));
      else if (rank === cutoff && room > 0) { out.push(this.light(i, true)); room--; }
    }
    return out;
  }

  /** The kind of a finding best() listed: its profile, or the profile downgraded as an own-name mention. */
  kindOf(f: IndexedFinding): FindingProfile {
    const id = this.profileIds[f.storeIndex]!;
    return this.mention[f.storeIndex] ? this.mentionProfile(id) : this.profiles[id]!;
  }

  private mentionProfile(id: number): Profile {
    let p = this.mentionProfiles[id];
    if (!p) {
      const { start: _s, end: _e, ...downgraded } = asOwnMention({ ...this.profiles[id]!, start: 0, end: 0 } as Finding);
      this.mentionProfiles[id] = p = downgraded;
    }
    return p;
  }

  /**
   * Brings the kept and cluster-head flags up to date over the dirty range: from the head of the cluster before
   * it, cluster by cluster, until a cluster begins past the range where one began before. From there on every
   * entry has the same neighbours as at the last resolution (all shifted alike), so its flags still hold.
   * Overlaps are resolved per cluster with the core's resolveOverlaps, in the order detect() hands them over, so
   * the result equals detect() over the whole text while an isolated finding costs one comparison.
   */
  private resolve(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const hi = this.dirtyHi;
    let i = Math.min(this.dirtyLo, this.n) - 1;
    while (i > 0 && !this.heads[i]) i--;
    i = Math.max(i, 0);
    const first = i;
    while (i < this.n && !(i >= hi && this.heads[i])) {
      let j = i + 1;
      let maxEnd = this.ends[i]!;
      while (j < this.n && this.starts[j]! < maxEnd) { maxEnd = Math.max(maxEnd, this.ends[j]!); j++; }
      for (let k = i; k < j; k++) { this.unkeep(k); this.heads[k] = 0; }
      this.heads[i] = 1;
      if (j === i + 1) this.keep(i);
      else {
        // detect() concatenates detector by detector: order the cluster the same way before resolving.
        const cluster: number[] = [];
        for (let k = i; k < j; k++) cluster.push(k);
        cluster.sort((a, b) => this.detectors[a]! - this.detectors[b]! || a - b);
        const full = cluster.map((k) => this.finding(k));
        for (const f of resolveOverlaps(full)) this.keep(cluster[full.indexOf(f)]!);
      }
      i = j;
    }
    // Every change lies between the first cluster redone and the cluster where the old structure resumed.
    this.afterResolve?.(first === 0 ? 0 : this.starts[first]!, i >= this.n ? Infinity : this.starts[i]!);
  }

  private keep(i: number): void {
    this.kept[i] = 1;
    this.keptTotal++;
    this.keptByProfile[this.profileIds[i]!]!++;
  }

  private unkeep(i: number): void {
    if (!this.kept[i]) return;
    this.setMention(i, false);
    this.kept[i] = 0;
    this.keptTotal--;
    this.keptByProfile[this.profileIds[i]!]!--;
  }

  /** Entry `i` as a light finding; `mentions`: downgraded when flagged as an own-name mention. */
  private light(i: number, mentions = false): IndexedFinding {
    const p = this.profiles[this.profileIds[i]!]!;
    const confidence = mentions && this.mention[i] ? OWN_SYNTHETIC_CONFIDENCE : p.confidence;
    return { type: p.type, start: this.starts[i]!, end: this.ends[i]!, confidence, reasons: NO_REASONS, storeIndex: i };
  }

  /** Bytes held by the arrays (for the benchmark's memory figure). */
  get bytes(): number {
    return this.starts.byteLength * 2 + this.detectors.byteLength + this.profileIds.byteLength + this.kept.byteLength + this.heads.byteLength + this.mention.byteLength;
  }

  private intern(f: Finding): number {
    const { start: _s, end: _e, ...profile } = f;
    const key = JSON.stringify(profile);
    let id = this.profileIndex.get(key);
    if (id === undefined) {
      id = this.profiles.length;
      this.profiles.push(profile);
      this.keptByProfile.push(0);
      this.mentionByProfile.push(0);
      this.profileIndex.set(key, id);
    }
    return id;
  }

  /** Removes [from, to) and opens `count` slots at `from` (not kept, to be resolved: the dirty range grows over them). */
  private splice(from: number, to: number, count: number): void {
    for (let k = from; k < to; k++) this.unkeep(k);
    const newN = this.n - (to - from) + count;
    if (newN > this.starts.length) this.grow(newN);
    if (to !== from + count) {
      this.starts.copyWithin(from + count, to, this.n);
      this.ends.copyWithin(from + count, to, this.n);
      this.detectors.copyWithin(from + count, to, this.n);
      this.profileIds.copyWithin(from + count, to, this.n);
      this.kept.copyWithin(from + count, to, this.n);
      this.heads.copyWithin(from + count, to, this.n);
      this.mention.copyWithin(from + count, to, this.n);
    }
    // New slots count as not kept; their cluster-head flags are written before they are read (resolve()).
    this.kept.fill(0, from, from + count);
    this.mention.fill(0, from, from + count);
    // The dirty range as it lies after the splice, grown over the new slots.
    const moved = (x: number) => (x < from ? x : x >= to ? x + count - (to - from) : from);
    if (this.dirty) {
      this.dirtyLo = Math.min(moved(this.dirtyLo), from);
      this.dirtyHi = Math.max(moved(this.dirtyHi), from + count);
    } else {
      this.dirty = true;
      this.dirtyLo = from;
      this.dirtyHi = from + count;
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
    this.kept = g(this.kept, (k) => new Uint8Array(k));
    this.heads = g(this.heads, (k) => new Uint8Array(k));
    this.mention = g(this.mention, (k) => new Uint8Array(k));
  }
}
