// CPR numbers: pattern → CPR rules (date with century, modulus-11, no-modulus-11 dates) → context → score.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { analyseCpr } from './rules';
import { reason } from '../reason';
import { applyContext, describeContext, readContext, round2 } from '../context/score';
import { cprContextFor } from './cprContext';
import { LOOSE_READING_SHAPE, looseCprReadingList, type LooseReading } from './looseReader';
import { digitRuns, digitRunsFor, RUN_BLOCK, RUNS_REACH, type DigitRuns } from './digitClusters';
import { FIRST_OF_JANUARY_CONFIDENCE, FIRST_OF_JANUARY_REASON, isUnlistedFirstOfJanuary } from './firstOfJanuary';
import { isTestCprNumber, testCprFinding } from './testNumbers';
import { looseCprLookalike } from '../context/codeTokens';

/**
 * DDMMYY then four digits, with no separator, a hyphen, an en/em dash, a non-breaking hyphen or one space;
 * not inside a longer run of letters or digits.
 */
const CLEAN_CPR = /(?<![\p{L}\p{N}])(\d{6})[-\u2010\u2011\u2013\u2014 ]?(\d{4})(?![\p{L}\p{N}])/uy; // sticky: see cleanMatchEnd

/** A digit and a dash, dot or slash right before a candidate. */
function gluedToNumber(text: string, start: number): boolean {
  if (start < 2) return false;
  const digit = text.charCodeAt(start - 2);
  return digit >= 48 && digit <= 57 && '-./\u2013'.includes(text.charAt(start - 1));
}

/** Confidence of each kind of reading before context. */
export const CPR_CONFIDENCE = {
  valid: 0.95,
  noMod11Date: 0.9,
  /** A real date failing modulus-11, reported only with CPR context (a mistyped number). */
  failsMod11WithContext: 0.6,
  /** Subtracted for a dictated or unusually punctuated but well-formed layout. */
  regularLayoutPenalty: 0.03,
  /** Subtracted for an OCR reading (letters for digits, stray spaces, misplaced dash). */
  ocrPenalty: 0.1,
  /** Subtracted again when such an OCR reading has no CPR context to support it. */
  ocrWithoutContextPenalty: 0.25,
  contextBonus: 0.04,
  negativePenalty: 0.55,
  /** Below this, a candidate is not reported. */
  reportThreshold: 0.5,
} as const;

export interface CprCandidate {
  start: number;
  end: number;
  /** The ten digits as read (after any correction). */
  digits: string;
  /** Reasons describing how the text was read (separators, OCR corrections). */
  readingReasons: Reason[];
  /**
   * How the text was read: `clean` (6+4 with one usual separator), `regular` (dictated groups, other
   * punctuation) or `ocr` (letters read as digits, irregular grouping). Default clean.
   */
  reading?: 'clean' | 'regular' | 'ocr';
}

/** Scores a ten-digit reading by the CPR rules and its context; undefined when it is not reported. */
export function scoreCprCandidate(ctx: ScanContext, c: CprCandidate): Finding | undefined {
  const a = analyseCpr(c.digits);
  if (!a.realDate) return undefined;
  const reading = c.reading ?? 'clean';
  // A corrected OCR reading must pass the arithmetic (below): known before any reason or context is read.
  if (reading === 'ocr' && !a.mod11 && !a.noMod11Date) return undefined;
  const reasons: Reason[] = c.readingReasons.slice();
  reasons.push(reason('cpr.date', 'real date, born in the {0}s (century from the 7th digit)', Math.floor(a.year / 100) * 100));

  const verdict = readContext(ctx, c.start, c.end, cprContextFor(ctx.options.cprContextWords));
  // A hex token, a word, a closing bracket or a date taken for OCR slips: something else unless a CPR cue says so.
  if (reading === 'ocr' && !verdict.positiveWins && looseCprLookalike(ctx.text.slice(c.start, c.end))) return undefined;

  let confidence: number;
  if (a.mod11) {
    confidence = CPR_CONFIDENCE.valid;
    reasons.push({ rule: 'cpr.mod11', text: 'valid modulus-11 check digit' });
  } else if (a.noMod11Date) {
    confidence = CPR_CONFIDENCE.noMod11Date;
    reasons.push({ rule: 'cpr.noMod11Date', text: 'birth date on which the CPR office issues numbers without modulus-11' });
  } else if (reading === 'ocr') {
    // A corrected OCR reading must pass the arithmetic: with letters and stray spaces allowed, context alone
    // would let too much through.
    return undefined;
  } else if (isTestCprNumber(c.digits)) {
    // The national test-CPR convention (testNumbers.ts): test data, shown as a Hint, where a mistyped CPR would be reported.
    return verdict.positiveWins && verdict.positive
      ? testCprFinding(c, reasons, describeContext(verdict.positive, CPR_CONFIDENCE.contextBonus), ctx.options.minConfidence)
      : undefined;
  } else if (verdict.positiveWins) {
    confidence = CPR_CONFIDENCE.failsMod11WithContext;
    reasons.push({ rule: 'cpr.mod11Fails', text: 'fails modulus-11 (possibly mistyped), reported because of its context', weight: -0.35 });
  } else if (isUnlistedFirstOfJanuary(a)) {
    // 1 January of any year: the office's no-modulus-11 list is not exhaustive (firstOfJanuary.ts).
    confidence = FIRST_OF_JANUARY_CONFIDENCE;
    reasons.push(FIRST_OF_JANUARY_REASON);
  } else {
    return undefined;
  }
  if (reading === 'regular') confidence -= CPR_CONFIDENCE.regularLayoutPenalty;
  if (reading === 'ocr') {
    confidence -= CPR_CONFIDENCE.ocrPenalty;
    if (!verdict.positiveWins) confidence -= CPR_CONFIDENCE.ocrWithoutContextPenalty;
  }

  const adjusted = applyContext(confidence, verdict, { bonus: CPR_CONFIDENCE.contextBonus, penalty: CPR_CONFIDENCE.negativePenalty });
  confidence = adjusted.confidence;
  if (adjusted.reason) reasons.push(adjusted.reason);
  if (confidence < (ctx.options.minConfidence ?? CPR_CONFIDENCE.reportThreshold)) return undefined;
  return { type: 'cpr', start: c.start, end: c.end, confidence: round2(confidence), reasons };
}

/**
 * Clean CPR forms: ten digits, optionally split 6+4 by one separator. `runs`: digitRuns over [from, to + RUNS_REACH)
 * at least (digitClusters.ts), when the caller has them already.
 */
export function cleanCprCandidateList(
  text: string,
  from = 0,
  to = text.length,
  runs: DigitRuns = digitRuns(text, from, Math.min(text.length, to + RUNS_REACH)),
): CprCandidate[] {
  // A match begins with six ASCII digits after no letter or digit: at the start of a run (as in runStartMatches),
  // tried in order, each from the end of the last match on.
  const out: CprCandidate[] = [];
  for (let r = 0, after = from; r < runs.length; r += 2) {
    const start = runs[r]!;
    if (start >= to) break;
    const length = runs[r + 1]! - start;
    if (start < after || (length !== 10 && length !== 6)) continue;
    const end = cleanMatchEnd(text, start, length);
    if (end < 0) continue;
    after = end;
    // Joined to a digit group before it by a dash, dot or slash (`6718-1703580501`, a bank registration and account
    // number): part of a longer number.
    if (gluedToNumber(text, start)) continue;
    const sep = end - start === 11 ? text[start + 6]! : '';
    const readingReasons: Reason[] = [];
    if (sep && sep !== '-') readingReasons.push({ rule: 'cpr.separator', text: sep === ' ' ? 'written with a space' : 'written with a dash' });
    const digits = sep ? text.slice(start, start + 6) + text.slice(start + 7, end) : text.slice(start, end);
    out.push({ start, end, digits, readingReasons });
  }
  return out;
}

const CLEAN_SEPARATORS = '-\u2010\u2011\u2013\u2014 ';
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** An ASCII letter or digit: in ASCII, exactly what `[\p{L}\p{N}]` matches. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Where CLEAN_CPR's match starting at a run of `length` digits ends, or -1 when it does not match there: read from
 * the characters (a run is maximal, so ten digits are a run of 10, six and a separator a run of 6). A run of 10
 * matches as it stands; a run of 6 with a separator and four digits matches with them (a fifth digit fails the
 * look-ahead, as a letter does). Next to a
 * non-ASCII character the look-behind and look-ahead are Unicode questions: the regex answers those.
 */
function cleanMatchEnd(text: string, start: number, length: number): number {
  let end = start + 10;
  if (length === 6) {
    if (!CLEAN_SEPARATORS.includes(text.charAt(start + 6)) || start + 11 > text.length) return -1;
    for (let k = start + 7; k < start + 11; k++) if (!isDigitCode(text.charCodeAt(k))) return -1;
    end = start + 11;
  }
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (before >= 128 || after >= 128) {
    CLEAN_CPR.lastIndex = start;
    const m = CLEAN_CPR.exec(text);
    return m ? start + m[0].length : -1;
  }
  return isAsciiAlnum(before) || isAsciiAlnum(after) ? -1 : end;
}

/** A loose form (OCR, dictated groups, other separators) that the clean pattern does not cover. */
function looseCandidate(r: LooseReading): CprCandidate {
  const reading = r.corrections > 0 || r.layout === 'irregular' ? 'ocr' : 'regular';
  return { start: r.start, end: r.end, digits: r.digits, readingReasons: r.readingReasons, reading };
}

export const cprDetector: Detector = {
  id: 'cpr',
  types: ['cpr'],
  detect: (ctx) => detectCpr(ctx),
};

/**
 * The CPR detector's findings. A long scan is read in blocks of `block` characters (RUN_BLOCK; smaller in tests),
 * each reader carrying its place across them: the same findings as one pass.
 */
export function detectCpr(ctx: ScanContext, block = RUN_BLOCK): Finding[] {
  if (!hasAsciiDigit(ctx)) return []; // ten digits, at most three of them OCR look-alikes: no ASCII digit, no finding
  const { text, scanStart, scanEnd } = ctx;
  const out: Finding[] = [];
  const clean: CprCandidate[] = [];
  let cleanAfter = scanStart, looseAfter = scanStart, k = 0, skipFrom = 0;
  for (let from = scanStart, to = from; from < scanEnd; from = to) {
    to = Math.min(scanEnd, from + block);
    const runs = digitRunsFor(ctx, from, to);
    for (const c of cleanCprCandidateList(text, Math.max(from, cleanAfter), to, runs)) {
      clean.push(c);
      cleanAfter = c.end;
      const f = scoreCprCandidate(ctx, c);
      if (f) out.push(f);
    }
    // A loose reading that overlaps a clean candidate is dropped, also one starting in the next block: those clean
    // candidates (found again there) are read here too, as far as a reading from this block reaches.
    const ahead = to < scanEnd ? cleanCprCandidateList(text, Math.max(to, cleanAfter), Math.min(scanEnd, to + LOOSE_READING_SHAPE.span), runs) : [];
    while (skipFrom < clean.length && clean[skipFrom]!.end <= from) skipFrom++; // no reading of this block starts in those
    for (const r of looseCprReadingList(text, Math.max(from, looseAfter), to, clean, runs, skipFrom)) {
      looseAfter = r.end;
      // Both lists are in text order: walk the clean ones alongside to skip loose readings of the same digits.
      while (k < clean.length && clean[k]!.end <= r.start) k++;
      if (k < clean.length ? clean[k]!.start < r.end : ahead.some((c) => c.start < r.end && c.end > r.start)) continue;
      const f = scoreCprCandidate(ctx, looseCandidate(r));
      if (f) out.push(f);
    }
  }
  // Clean and loose findings never share a start (overlapping loose readings are dropped): this order is the text's.
  // Mostly there already (few texts hold a loose reading): then the sort would change nothing.
  return inStartOrder(out) ? out : out.sort(byStart);
}

const byStart = (x: Finding, y: Finding): number => x.start - y.start;

function inStartOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (findings[i - 1]!.start > findings[i]!.start) return false;
  return true;
}
