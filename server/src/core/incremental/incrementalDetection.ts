// Incremental detection: keeps a text's findings between edits and, after a change, re-detects only the region
// the change can affect (the edited lines widened by the detectors' reach, see reach.ts), shifting the findings
// outside it. Regions still to re-detect are "stale"; the work is done in bounded steps so a caller can yield
// between them, and edits that arrive in between only add stale regions (nothing done is thrown away).
// Invariant: outside the stale regions, the stored findings are exactly what detect() reports for the current text.
import type { DetectOptions, Finding } from '../types';
import { ScanContext } from '../scan';
import { TextStructure } from '../context/structure';
import { detectEach, detectorsFor } from '../detect';
import { asOwnMention, MENTION_REACH, OWN_SYNTHETIC_CONFIDENCE, withOwnNameMentions } from '../redact/ownFindings';
import type { Detector } from '../scan';
import { FindingStore, type FindingProfile, type IndexedFinding, type RawEntry } from './findingStore';
import { PrefixMentions } from '../textFacts';
export type { FindingProfile, IndexedFinding } from './findingStore';
import { combinedReach, csvLike, EXTRA_LINES, headerLinesEnd, snapBack, snapForward, touchesStructure, type EngineReach } from './reach';

/** Characters a detector run starts before the region it reports, so matching is in step at the region's start. */
const SYNC_MARGIN = 256;
/** Default characters re-detected per step (a step takes a few milliseconds). */
export const DEFAULT_CHUNK = 256 * 1024;

export type IncrementalOptions = Omit<DetectOptions, 'window'>;

export class IncrementalDetection {
  private text: string;
  private readonly store = new FindingStore();
  /** Sorted, disjoint [start, end) regions of the current text whose findings are not yet known. */
  private stale: [number, number][] = [];
  /** The current text's structure (field names), read lazily; dropped on every change. */
  private structure?: TextStructure;
  /** The detectors that run under the options (the registry plus custom patterns), built once. */
  private readonly detectors: readonly Detector[];
  private readonly reach: EngineReach;
  /** Detectors' whole-text pre-checks, answered for each chunk's prefix without reading it from the start. */
  private readonly mentions = new PrefixMentions();
  /** Counts for tests and the benchmark: how many characters were re-detected, how many full re-scans. */
  readonly stats = { detectedChars: 0, fullScans: 0 };

  constructor(text: string, private readonly options: IncrementalOptions = {}) {
    this.text = text;
    this.detectors = detectorsFor(options);
    this.reach = combinedReach(this.detectors);
    this.store.afterResolve = (from, to) => this.updateMentions(from, to);
    this.markAllStale();
  }

  get currentText(): string {
    return this.text;
  }

  /** True when the findings are known for the whole current text. */
  get done(): boolean {
    return this.stale.length === 0;
  }

  /** Characters still to re-detect. */
  get pending(): number {
    let n = 0;
    for (const [s, e] of this.stale) n += e - s;
    return n;
  }

  /** Bytes held by the stored findings. */
  get storeBytes(): number {
    return this.store.bytes;
  }

  /** Replaces the whole text (a full-content change): everything is re-detected. */
  replaceText(text: string): void {
    this.text = text;
    this.structure = undefined;
    this.mentions.reset();
    this.store.clear();
    this.markAllStale();
  }

  /**
   * Records one edit: [start, end) of the previous text was replaced by `insertedLength` characters, giving `newText`.
   * Cheap: shifts the stored findings and marks the affected region stale; detection happens in step().
   */
  edit(start: number, end: number, insertedLength: number, newText: string): void {
    const oldText = this.text;
    const newEnd = start + insertedLength;
    const delta = newEnd - end;
    this.text = newText;
    this.structure = undefined;
    this.store.applyEdit(start, end, delta);
    this.mentions.edit(start, end, delta);
    this.stale = this.stale
      .map(([s, e]): [number, number] => [s < start ? s : s >= end ? s + delta : start, e <= start ? e : e >= end ? e + delta : newEnd])
      .filter(([s, e]) => e > s);
    if (this.reach.document || touchesStructure(oldText, newText, start, end, newEnd)) {
      this.markAllStale();
      return;
    }
    // Findings that read the edited text: those starting up to `after + maxLength` before it and up to `before` after it.
    const lo = snapBack(newText, start - this.reach.after - this.reach.maxLength, EXTRA_LINES);
    // In CSV-like text a cell's column depends on its whole line before it: the rest of the line is affected.
    const hi = snapForward(newText, newEnd + this.reach.before, EXTRA_LINES, csvLike(newText));
    this.addStale(Math.max(0, lo), Math.min(newText.length, Math.max(hi, newEnd)));
  }

  /** Re-detects up to about `budget` characters of stale text; true when nothing is stale any more. */
  step(budget = Infinity, chunk = DEFAULT_CHUNK): boolean {
    let used = 0;
    while (this.stale.length && used < budget) {
      const [s, e] = this.stale[0]!;
      let c1 = e;
      if (e - s > chunk) {
        c1 = snapForward(this.text, s + chunk, 0);
        if (c1 <= s || c1 > e) c1 = Math.min(e, s + chunk);
      }
      this.redetect(s, c1);
      used += c1 - s;
      if (c1 >= e) this.stale.shift();
      else this.stale[0] = [c1, e];
    }
    return this.done;
  }

  /** Runs every pending step and returns the findings (what detect() gives for the current text). */
  findings(): Finding[] {
    return this.lightFindings().map((f) => this.fullFinding(f));
  }

  /**
   * The findings without their reasons: cheap to list for a large document (filter, count, cap), then
   * fullFinding() for the ones shown. Valid until the next edit or step.
   */
  lightFindings(): IndexedFinding[] {
    this.step();
    // The same last step as detect(): lone mentions of Skjold's own synthetic names become Hints.
    return withOwnNameMentions(this.text, this.store.resolved());
  }

  /** How many findings lightFindings() lists, without listing them. */
  resolvedCount(): number {
    this.step();
    return this.store.resolvedCount();
  }

  /**
   * The `max` findings of least rank, ties to the earliest, in document order (FindingStore.best): what ranking
   * lightFindings() gives, read from the kept resolution and the kept own-name mentions.
   */
  best(max: number, rankLimit: number, rankOf: (p: FindingProfile) => number): IndexedFinding[] {
    this.step();
    return this.store.best(max, rankLimit, rankOf);
  }

  /**
   * Everything but the position of a finding best() listed: what fullFinding() gives, without copying it out of
   * the store. Shared by every finding of that kind: read only.
   */
  kindOf(f: IndexedFinding): FindingProfile {
    return this.store.kindOf(f);
  }

  /**
   * Keeps the store's own-name mention flags equal to what withOwnNameMentions() gives over the whole list, after
   * a resolution that changed entries between `from` and `to`. A finding's verdict depends only on itself and the
   * own names within MENTION_REACH of it, so only findings within MENTION_REACH of the change can change verdict,
   * and they are judged over the findings within MENTION_REACH of them. Nothing to do while the text holds no own
   * name and no finding is flagged (the usual case).
   */
  private updateMentions(from: number, to: number): void {
    if (!this.store.hasMentions && this.store.keptCountWhere(isOwnName) === 0) return;
    const lo = from - MENTION_REACH, hi = to + MENTION_REACH;
    const list = this.store.resolvedBetween(lo - MENTION_REACH, hi + MENTION_REACH);
    const judged = withOwnNameMentions(this.text, list);
    list.forEach((f, k) => { if (f.start >= lo && f.start <= hi) this.store.setMention(f.storeIndex, judged[k] !== f); });
  }

  fullFinding(f: IndexedFinding): Finding {
    const full = this.store.finding(f.storeIndex);
    return f.confidence === full.confidence ? full : asOwnMention(full); // downgraded by lightFindings()
  }

  private markAllStale(): void {
    this.stale = this.text.length ? [[0, this.text.length]] : [];
    if (!this.text.length) this.store.clear();
    this.stats.fullScans++;
  }

  private addStale(lo: number, hi: number): void {
    if (hi <= lo) return;
    const out: [number, number][] = [];
    let placed = false;
    for (const [s, e] of this.stale) {
      if (e < lo) out.push([s, e]);
      else if (s > hi) {
        if (!placed) { out.push([lo, hi]); placed = true; }
        out.push([s, e]);
      } else { lo = Math.min(lo, s); hi = Math.max(hi, e); }
    }
    if (!placed) out.push([lo, hi]);
    this.stale = out;
  }

  /** Replaces the stored findings starting in [from, to) by a fresh detection of that region. */
  private redetect(from: number, to: number): void {
    const scanFrom = snapBack(this.text, from - SYNC_MARGIN, 0);
    // Detectors see the text only up to what findings starting before `to` can read (the reach) and the header
    // lines: a regex looking for the next match after the window then stops there instead of running on to the
    // end of a large document. V8 makes such a prefix without copying.
    const needed = Math.max(to + this.reach.maxLength + this.reach.after + SYNC_MARGIN, headerLinesEnd(this.text));
    const text = needed < this.text.length ? this.text.slice(0, needed) : this.text;
    // One structure per text version, read over the whole text and shared by the chunks: its whole-text parts
    // (tables, header) are read once, and its answers for offsets in the chunk are those a full scan gets.
    if (!this.structure) {
      this.structure = new TextStructure(this.text, this.options.languageId);
      this.structure.mentions = this.mentions;
    }
    const ctx = new ScanContext(text, { ...this.options, window: { start: scanFrom, end: to } }, this.structure);
    ctx.mentions = this.mentions;
    const entries: (RawEntry & { seq: number })[] = [];
    detectEach(ctx, this.detectors).forEach((list, detector) => {
      list.forEach((finding, seq) => { if (finding.start >= from && finding.start < to) entries.push({ finding, detector, seq }); });
    });
    entries.sort((a, b) => a.finding.start - b.finding.start || a.detector - b.detector || a.seq - b.seq);
    this.store.replace(from, to, entries);
    this.stats.detectedChars += to - scanFrom;
  }
}

/** One of Skjold's own synthetic names, as withOwnNameMentions() recognises them. */
function isOwnName(p: FindingProfile): boolean {
  return p.type === 'name' && p.confidence === OWN_SYNTHETIC_CONFIDENCE;
}
