// Substitute CPR numbers (substituteRules.ts): the CPR office's day+60 form and letter-bearing forms.
// A day+60 number looks like many other ten-digit numbers (order numbers with a high first digit), so it is only
// reported where a CPR or substitute label or field stands; the letter form is rarer and is also reported weakly
// on its own.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { reason } from '../reason';
import { substituteContext } from '../ecpr/substituteContext';
import { isRealDateAnyCentury, readDayPlus60 } from './substituteRules';
import { RUN_BLOCK, runStartMatches, sixDigitRunsFor } from '../cpr/digitClusters';

// Both forms begin with six ASCII digits after no letter or digit. Sticky: tried only at the starts of runs of six
// digits or more (runStartMatches, cpr/digitClusters.ts), which finds what a global search finds.
const DIGIT_FORM = /(?<![\p{L}\p{N}])([6-9]\d{5})[-\u2010\u2011\u2013\u2014 ]?(\d{4})(?![\p{L}\p{N}])/uy;
const LETTER_FORM = /(?<![\p{L}\p{N}])(\d{6})[-\u2010\u2011\u2013 ]?([A-ZÆØÅ]{3}\d)(?![\p{L}\p{N}])/uy;

/**
 * Where the forms cannot match, read from the characters (runStartMatches' `mayStart`). A run is maximal, and
 * after the six (or ten) digits of a form stands no digit: the run is exactly that long (a run cut at the scan's
 * reach is longer than either). The day+60 form starts with 6–9; the letter form has an upper-case letter right
 * after the run or after one separator.
 */
export function mayStartDigitForm(text: string, start: number, length: number): boolean {
  return (length === 6 || length === 10) && text.charCodeAt(start) >= 54;
}
export function mayStartLetterForm(text: string, start: number, length: number): boolean {
  if (length !== 6) return false;
  // Char codes, not one-character strings: past the text's end both tests are false (NaN), as the old form's were.
  const at = isLetterFormSeparator(text.charCodeAt(start + 6)) ? start + 7 : start + 6;
  return isLetterFormLetter(text.charCodeAt(at));
}
/** `-\u2010\u2011\u2013 `: the separators LETTER_FORM allows after the date. */
const isLetterFormSeparator = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 32;
/** `[A-ZÆØÅ]`. */
const isLetterFormLetter = (c: number): boolean => (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5;

export const SUBSTITUTE_CONFIDENCE = {
  /** Under a label that names a substitute ("erstatningspersonnummer", "fiktivt CPR", …). */
  namedSubstitute: 0.9,
  /** Under a CPR label or in a CPR field. */
  cprContext: 0.82,
  /** Letter form with no label at all. */
  letterFormAlone: 0.6,
  mod11Bonus: 0.03,
  negativePenalty: 0.55,
  reportThreshold: 0.5,
} as const;

export const cprSubstituteDetector: Detector = {
  id: 'cpr-substitute',
  types: ['cpr-substitute'],
  detect: (ctx) => detectSubstitutes(ctx),
};

/** The substitute detector's findings (day+60 ones, then letter ones); a long scan read in blocks (see detectCpr). */
export function detectSubstitutes(ctx: ScanContext, block = RUN_BLOCK): Finding[] {
  if (!hasAsciiDigit(ctx)) return []; // both forms start with six digits: no ASCII digit, no finding
  const digitForm: Finding[] = [], letterForm: Finding[] = [];
  const { text } = ctx;
  for (let from = ctx.scanStart, to = from, afterDigit = from, afterLetter = from; from < ctx.scanEnd; from = to) {
    to = Math.min(ctx.scanEnd, from + block);
    const runs = sixDigitRunsFor(ctx, from, to);
    for (const m of runStartMatches(text, DIGIT_FORM, runs, Math.max(from, afterDigit), to, 6, mayStartDigitForm)) {
      afterDigit = m.index + m[0].length;
      const r = readDayPlus60(m[1]! + m[2]!);
      if (!r) continue;
      const reasons: Reason[] = [reason('substitute.dayPlus60', 'birth day + 60 (CPR office substitute form), real date, born in the {0}s', Math.floor(r.year / 100) * 100)];
      const f = score(ctx, m.index, m.index + m[0].length, reasons, undefined, r.mod11);
      if (f) digitForm.push(f);
    }
    for (const m of runStartMatches(text, LETTER_FORM, runs, Math.max(from, afterLetter), to, 6, mayStartLetterForm)) {
      afterLetter = m.index + m[0].length;
      if (!isRealDateAnyCentury(m[1]!)) continue;
      const reasons: Reason[] = [{ rule: 'substitute.letters', text: 'birth date followed by three letters and a sex digit (letter-bearing substitute form)' }];
      const f = score(ctx, m.index, m.index + m[0].length, reasons, SUBSTITUTE_CONFIDENCE.letterFormAlone, false);
      if (f) letterForm.push(f);
    }
  }
  return digitForm.concat(letterForm);
}

/** `alone`: the confidence without any label (undefined: not reported without one). */
function score(ctx: ScanContext, start: number, end: number, reasons: Reason[], alone: number | undefined, mod11: boolean): Finding | undefined {
  const context = substituteContext(ctx, start, end);
  let confidence: number;
  if (context.positive) {
    confidence = context.namesSubstitute ? SUBSTITUTE_CONFIDENCE.namedSubstitute : SUBSTITUTE_CONFIDENCE.cprContext;
    reasons.push(context.positive);
  } else if (alone !== undefined) {
    confidence = alone;
    if (context.negative) {
      confidence -= SUBSTITUTE_CONFIDENCE.negativePenalty;
      reasons.push({ ...context.negative, weight: -SUBSTITUTE_CONFIDENCE.negativePenalty });
    }
  } else return undefined;
  if (mod11) {
    confidence = Math.min(0.99, confidence + SUBSTITUTE_CONFIDENCE.mod11Bonus);
    reasons.push({ rule: 'substitute.mod11', text: 'valid modulus-11 check digit', weight: SUBSTITUTE_CONFIDENCE.mod11Bonus });
  }
  if (confidence < (ctx.options.minConfidence ?? SUBSTITUTE_CONFIDENCE.reportThreshold)) return undefined;
  return { type: 'cpr-substitute', start, end, confidence: Math.round(confidence * 100) / 100, reasons };
}
