// CPR numbers: pattern → CPR rules (date with century, modulus-11, no-modulus-11 dates) → context → score.
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { analyseCpr } from './rules';
import { reason } from '../reason';
import { cueAfter, cueBefore, type CueMatch } from '../context/cues';
import { CPR_CUES, NEGATIVE_CUES, isCprFieldName, isNegativeFieldName } from './cprContext';
import { FIRST_OF_JANUARY_CONFIDENCE, FIRST_OF_JANUARY_REASON, isUnlistedFirstOfJanuary } from './firstOfJanuary';
import { isTestCprNumber, testCprFinding } from './testNumbers';

/**
 * DDMMYY then four digits, with no separator, a hyphen, an en/em dash, a non-breaking hyphen or one space;
 * not inside a longer run of letters or digits.
 */
const CLEAN_CPR = /(?<![\p{L}\p{N}])(\d{6})[-\u2010\u2011\u2013\u2014 ]?(\d{4})(?![\p{L}\p{N}])/gu;

/** Confidence of each kind of reading before context. */
export const CPR_CONFIDENCE = {
  valid: 0.95,
  noMod11Date: 0.9,
  /** A real date failing modulus-11, reported only with CPR context (a mistyped number). */
  failsMod11WithContext: 0.6,
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
}

/** Scores a ten-digit reading by the CPR rules and its context; undefined when it is not reported. */
export function scoreCprCandidate(ctx: ScanContext, c: CprCandidate): Finding | undefined {
  const a = analyseCpr(c.digits);
  if (!a.realDate) return undefined;
  const reasons: Reason[] = [...c.readingReasons];
  reasons.push(reason('cpr.date', 'real date, born in the {0}s (century from the 7th digit)', Math.floor(a.year / 100) * 100));

  const positive = positiveContext(ctx, c.start, c.end);
  const negative = negativeContext(ctx, c.start, c.end);
  // When both kinds of context stand near, the nearer one speaks.
  const positiveWins = positive && (!negative || positive.distance <= negative.distance);

  let confidence: number;
  if (a.mod11) {
    confidence = CPR_CONFIDENCE.valid;
    reasons.push({ rule: 'cpr.mod11', text: 'valid modulus-11 check digit' });
  } else if (a.noMod11Date) {
    confidence = CPR_CONFIDENCE.noMod11Date;
    reasons.push({ rule: 'cpr.noMod11Date', text: 'birth date on which the CPR office issues numbers without modulus-11' });
  } else if (isTestCprNumber(c.digits)) {
    // The national test-CPR convention (testNumbers.ts): test data, shown as a Hint, where a mistyped CPR would be reported.
    return positiveWins && positive ? testCprFinding(c, reasons, describeContext(positive), ctx.options.minConfidence) : undefined;
  } else if (positiveWins) {
    confidence = CPR_CONFIDENCE.failsMod11WithContext;
    reasons.push({ rule: 'cpr.mod11Fails', text: 'fails modulus-11 (possibly mistyped), reported because of its context', weight: -0.35 });
  } else if (isUnlistedFirstOfJanuary(a)) {
    // 1 January of any year: the office's no-modulus-11 list is not exhaustive (firstOfJanuary.ts).
    confidence = FIRST_OF_JANUARY_CONFIDENCE;
    reasons.push(FIRST_OF_JANUARY_REASON);
  } else {
    return undefined;
  }

  if (positiveWins && positive) {
    confidence = Math.min(0.99, confidence + CPR_CONFIDENCE.contextBonus);
    reasons.push(describeContext(positive));
  } else if (negative) {
    confidence -= CPR_CONFIDENCE.negativePenalty;
    reasons.push({ ...describeContext(negative), rule: 'context.negative', weight: -CPR_CONFIDENCE.negativePenalty });
  }
  if (confidence < (ctx.options.minConfidence ?? CPR_CONFIDENCE.reportThreshold)) return undefined;
  return { type: 'cpr', start: c.start, end: c.end, confidence: round2(confidence), reasons };
}

interface ContextHit extends CueMatch {
  field: boolean;
}

function positiveContext(ctx: ScanContext, start: number, end: number): ContextHit | undefined {
  const field = ctx.structure.fieldNameAt(start);
  if (field !== undefined && isCprFieldName(field)) return { word: field, distance: 0, side: 'before', field: true };
  const hit = cueBefore(ctx.text, start, CPR_CUES) ?? cueAfter(ctx.text, end, CPR_CUES);
  return hit && { ...hit, field: false };
}

function negativeContext(ctx: ScanContext, start: number, end: number): ContextHit | undefined {
  const field = ctx.structure.fieldNameAt(start);
  if (field !== undefined && isNegativeFieldName(field)) return { word: field, distance: 0, side: 'before', field: true };
  const hit = cueBefore(ctx.text, start, NEGATIVE_CUES, 28) ?? cueAfter(ctx.text, end, NEGATIVE_CUES, 12);
  return hit && { ...hit, field: false };
}

function describeContext(hit: ContextHit): Reason {
  // Cue words are labels from the document ("CPR-nr.", "orderId"); they are not identifiers.
  const label = hit.word.length > 40 ? hit.word.slice(0, 40) + '…' : hit.word;
  if (hit.field) return { ...reason('context.field', "in the field '{0}'", label), weight: CPR_CONFIDENCE.contextBonus };
  return { ...reason('context.word', hit.side === 'before' ? "after '{0}'" : "before '{0}'", label), weight: CPR_CONFIDENCE.contextBonus };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Clean CPR forms: ten digits, optionally split 6+4 by one separator. */
export function* cleanCprCandidates(text: string, from = 0, to = text.length): Generator<CprCandidate> {
  CLEAN_CPR.lastIndex = from;
  for (let m = CLEAN_CPR.exec(text); m && m.index < to; m = CLEAN_CPR.exec(text)) {
    const sep = m[0].length === 11 ? m[0][6]! : '';
    const readingReasons: Reason[] = [];
    if (sep && sep !== '-') readingReasons.push({ rule: 'cpr.separator', text: sep === ' ' ? 'written with a space' : 'written with a dash' });
    yield { start: m.index, end: m.index + m[0].length, digits: m[1]! + m[2]!, readingReasons };
  }
}

export const cprDetector: Detector = {
  id: 'cpr',
  types: ['cpr'],
  detect(ctx: ScanContext): Finding[] {
    const out: Finding[] = [];
    for (const c of cleanCprCandidates(ctx.text, ctx.scanStart, ctx.scanEnd)) {
      const f = scoreCprCandidate(ctx, c);
      if (f) out.push(f);
    }
    return out;
  },
};
