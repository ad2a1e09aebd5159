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

/** What is known about one mention in the current text: no match ends at or before `clearEnd`; one ends at `hitEnd`. */
interface Known { clearEnd: number; hitEnd: number }

/**
 * `mention.pattern.test(prefix)` for prefixes of one text that changes by edits (the incremental engine's document).
 * test(text.slice(0, L)) is false up to the end of the earliest-ending match and true from there on; this keeps a
 * lower bound (no match ends at or before clearEnd) and an upper bound (a match ends at hitEnd) of that point, reads
 * only the text between them when asked about a prefix in between, and moves both past an edit without reading.
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
      // A match ending at or before `start` reads only text before the edit: unchanged, and none such appears.
      k.clearEnd = Math.min(k.clearEnd, start);
      if (k.hitEnd <= start) continue;
      // A match that reads only text after the edit moves with it; one that reads the edit is no longer known.
      k.hitEnd = k.hitEnd - mention.reads >= oldEnd ? k.hitEnd + delta : Infinity;
    }
  }

  /** `mention.pattern.test(prefix)`, where `prefix` is a prefix of the current text. */
  test(mention: Mention, prefix: string): boolean {
    let k = this.known.get(mention);
    if (!k) { k = { clearEnd: -1, hitEnd: Infinity }; this.known.set(mention, k); }
    const length = prefix.length;
    if (length >= k.hitEnd) return true;
    if (length <= k.clearEnd) return false;
    // A match ending after clearEnd starts after clearEnd − reads: look from there, within the prefix only.
    let re = this.searchers.get(mention);
    if (!re) { re = new RegExp(mention.pattern.source, mention.pattern.flags.replace(/[gy]/g, '') + 'g'); this.searchers.set(mention, re); }
    re.lastIndex = Math.max(0, k.clearEnd - mention.reads);
    const m = re.exec(prefix);
    if (m) {
      k.hitEnd = Math.min(k.hitEnd, m.index + m[0].length);
      return true;
    }
    k.clearEnd = length;
    return false;
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
