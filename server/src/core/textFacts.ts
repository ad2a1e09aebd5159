// Facts about a scanned text that several detectors use as a prefilter, each read once per ScanContext. A
// prefilter must stay a necessary condition for every finding the detector could report in ctx.text (not only in
// its window), so that skipping the scan never changes a result.
import type { ScanContext } from './scan';

/** A pattern a detector tests a whole text for before scanning it (a cue word's stem, a digit). */
export interface Mention {
  /** Asserts nothing after its last character (no lookahead, `\b` or `$` at its end). Not global, not sticky. */
  readonly pattern: RegExp;
  /** How far before a match's end the match reads: its longest length plus its look-behind. */
  readonly reads: number;
}

/**
 * Whether ctx.text holds a match of the mention. In a scan by the incremental engine, ctx.text is a prefix of the
 * document and the answer comes from the engine's PrefixMentions, which remembers what it read: testing every
 * chunk's prefix from offset 0 made a 50 MB line cost O(chunks × length).
 */
export function textMentions(ctx: ScanContext, mention: Mention): boolean {
  return ctx.mentions ? ctx.mentions.test(mention, ctx.text) : mention.pattern.test(ctx.text);
}

/**
 * What is known about one mention in the current text. `clear` holds sorted, disjoint ranges [a, b) (flat pairs)
 * within which no match lies (a match "lies within" a range when it and its look-behind do); a match ends at `hitEnd`.
 */
interface Known { clear: number[]; hitEnd: number }

/** Clear ranges kept per mention (each edit may split one; a query merges those it reads past). Dropping is safe. */
const MAX_CLEAR_RANGES = 512;

/**
 * `mention.pattern.test(prefix)` for prefixes of one text that changes by edits (the incremental engine's document).
 * It remembers where it found no match (clear ranges) and where a match ends, reads only the gaps between clear ranges
 * (widened by `reads`) when asked about a prefix, and moves what it knows past an edit without reading: a check of a
 * whole document reads it once, a check after an edit reads about the edited region.
 */
export class PrefixMentions {
  private known = new Map<Mention, Known>();
  private readonly searchers = new Map<Mention, RegExp>();

  /** The text was replaced as a whole. */
  reset(): void {
    this.known.clear();
  }

  /** Old [start, oldEnd) became new [start, oldEnd + delta). */
  edit(start: number, oldEnd: number, delta: number): void {
    for (const [mention, k] of this.known) {
      // Text before `start` is unchanged, text from oldEnd on moved by delta: a clear range keeps its parts there.
      const out: number[] = [];
      for (let i = 0; i < k.clear.length; i += 2) {
        const a = k.clear[i]!, b = k.clear[i + 1]!;
        if (a < start) out.push(a, Math.min(b, start));
        if (b > oldEnd) out.push(Math.max(a, oldEnd) + delta, b + delta);
      }
      k.clear = out.length > 2 * MAX_CLEAR_RANGES ? out.slice(0, 2 * MAX_CLEAR_RANGES) : out;
      if (k.hitEnd <= start) continue;
      // A match that reads only text after the edit moves with it; one that reads the edit is no longer known.
      k.hitEnd = k.hitEnd - mention.reads >= oldEnd ? k.hitEnd + delta : Infinity;
    }
  }

  /** `mention.pattern.test(prefix)`, where `prefix` is a prefix of the current text. */
  test(mention: Mention, prefix: string): boolean {
    let k = this.known.get(mention);
    if (!k) { k = { clear: [], hitEnd: Infinity }; this.known.set(mention, k); }
    const length = prefix.length;
    if (length >= k.hitEnd) return true;
    let re = this.searchers.get(mention);
    if (!re) { re = new RegExp(mention.pattern.source, mention.pattern.flags.replace(/[gy]/g, '') + 'g'); this.searchers.set(mention, re); }
    const clear = k.clear;
    // Make sure the first range is the clear prefix [0, c) (possibly empty).
    if (!clear.length || clear[0] !== 0) clear.unshift(0, 0);
    for (;;) {
      const c = clear[1]!;
      if (length <= c) return false;
      // Read the gap up to the next clear range, widened by `reads` either side: a match there would lie in neither range.
      const next = clear.length > 2 ? clear[2]! : Infinity;
      const regionEnd = Math.min(length, next + mention.reads);
      re.lastIndex = Math.max(0, c - mention.reads);
      const m = re.exec(regionEnd < length ? prefix.slice(0, regionEnd) : prefix);
      if (m) {
        k.hitEnd = Math.min(k.hitEnd, m.index + m[0].length);
        return true;
      }
      // No match ends at or before regionEnd. If that reaches `reads` into the next range, the two are one clear prefix.
      if (regionEnd >= next + mention.reads || regionEnd >= clear[3]!) {
        clear.splice(1, 3, Math.max(regionEnd, clear[3]!));
      } else {
        clear[1] = regionEnd;
        if (clear.length > 2 && clear[2]! < regionEnd) clear[2] = regionEnd; // keep the ranges disjoint
      }
    }
  }
}

const ASCII_DIGIT: Mention = { pattern: /[0-9]/, reads: 1 };

/**
 * True when the text holds an ASCII digit. Every number-shaped identifier (CPR and its substitutes, eCPR, CVR,
 * phone, card, IBAN check digits) needs ASCII digits; prose without any (a third of a typical notes folder)
 * skips those detectors at once.
 */
export function hasAsciiDigit(ctx: ScanContext): boolean {
  return (ctx.facts.asciiDigit ??= textMentions(ctx, ASCII_DIGIT));
}
