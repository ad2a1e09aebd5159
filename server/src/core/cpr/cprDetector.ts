// CPR numbers: pattern → CPR rules (date with century, modulus-11, no-modulus-11 dates) → context → score.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { analyseCpr } from './rules';
import { reason } from '../reason';
import { applyContext, describeContext, readContext, round2 } from '../context/score';
import { cprContextFor } from './cprContext';
import { looseCprReadings } from './looseReader';
import { FIRST_OF_JANUARY_CONFIDENCE, FIRST_OF_JANUARY_REASON, isUnlistedFirstOfJanuary } from './firstOfJanuary';
import { isTestCprNumber, testCprFinding } from './testNumbers';

/**
 * DDMMYY then four digits, with no separator, a hyphen, an en/em dash, a non-breaking hyphen or one space;
 * not inside a longer run of letters or digits.
 */
const CLEAN_CPR = /(?<![\p{L}\p{N}])(\d{6})[-\u2010\u2011\u2013\u2014 ]?(\d{4})(?![\p{L}\p{N}])/gu;

/** A digit and a dash, dot or slash right before a candidate. */
const GLUED_TO_NUMBER = /^\d[-./\u2013]$/;

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
  const reasons: Reason[] = c.readingReasons.slice();
  reasons.push(reason('cpr.date', 'real date, born in the {0}s (century from the 7th digit)', Math.floor(a.year / 100) * 100));

  const verdict = readContext(ctx, c.start, c.end, cprContextFor(ctx.options.cprContextWords));

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

/** Clean CPR forms: ten digits, optionally split 6+4 by one separator. */
export function* cleanCprCandidates(text: string, from = 0, to = text.length): Generator<CprCandidate> {
  CLEAN_CPR.lastIndex = from;
  for (let m = CLEAN_CPR.exec(text); m && m.index < to; m = CLEAN_CPR.exec(text)) {
    // Joined to a digit group before it by a dash, dot or slash (`6718-1703580501`, a bank registration and account
    // number): part of a longer number.
    if (m.index >= 2 && GLUED_TO_NUMBER.test(text.slice(m.index - 2, m.index))) continue;
    const sep = m[0].length === 11 ? m[0][6]! : '';
    const readingReasons: Reason[] = [];
    if (sep && sep !== '-') readingReasons.push({ rule: 'cpr.separator', text: sep === ' ' ? 'written with a space' : 'written with a dash' });
    yield { start: m.index, end: m.index + m[0].length, digits: m[1]! + m[2]!, readingReasons };
  }
}

/** Loose forms (OCR, dictated groups, other separators) that the clean pattern does not cover. */
export function* looseCprCandidates(text: string, from = 0, to = text.length, skip: readonly { start: number; end: number }[] = []): Generator<CprCandidate> {
  for (const r of looseCprReadings(text, from, to, skip)) {
    const reading = r.corrections > 0 || r.layout === 'irregular' ? 'ocr' : 'regular';
    yield { start: r.start, end: r.end, digits: r.digits, readingReasons: r.readingReasons, reading };
  }
}

export const cprDetector: Detector = {
  id: 'cpr',
  types: ['cpr'],
  detect(ctx: ScanContext): Finding[] {
    if (!hasAsciiDigit(ctx)) return []; // ten digits, at most three of them OCR look-alikes: no ASCII digit, no finding
    const out: Finding[] = [];
    const clean: CprCandidate[] = [];
    for (const c of cleanCprCandidates(ctx.text, ctx.scanStart, ctx.scanEnd)) {
      clean.push(c);
      const f = scoreCprCandidate(ctx, c);
      if (f) out.push(f);
    }
    // Both lists are in text order: walk the clean ones alongside to skip loose readings of the same digits.
    let k = 0;
    for (const c of looseCprCandidates(ctx.text, ctx.scanStart, ctx.scanEnd, clean)) {
      while (k < clean.length && clean[k]!.end <= c.start) k++;
      if (k < clean.length && clean[k]!.start < c.end) continue;
      const f = scoreCprCandidate(ctx, c);
      if (f) out.push(f);
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
