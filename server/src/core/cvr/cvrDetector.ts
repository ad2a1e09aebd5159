// CVR numbers (Det Centrale Virksomhedsregister): eight digits with a modulus-11 check (weights 2,7,6,5,4,3,2,1).
// One eight-digit number in eleven passes the check by chance, so a CVR finding needs a CVR word, a CVR field or
// the `DK` VAT prefix. It usually names a company, not a person: Information by default (sole traders are people).
import { hasAsciiDigit, textMentions, type Mention } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { applyContext, readContext, round2, squashFieldName, type ContextSpec } from '../context/score';
import { passesWeightedMod11 } from '../checksums';
import { RunStartScanner, type RunStartForm } from '../cpr/runStartScanner';
import { cueRegex, CVR_LABELS, LABEL_TAIL, OTHER_NUMBER_LABELS, PHONE_LABELS } from '../context/vocabulary';

export const CVR_WEIGHTS: readonly number[] = [2, 7, 6, 5, 4, 3, 2, 1];

/** True for eight digits whose weighted sum is divisible by 11 (and that do not start with 0: none is issued). */
export function isValidCvr(eightDigits: string): boolean {
  return /^[1-9]\d{7}$/.test(eightDigits) && passesWeightedMod11(eightDigits, CVR_WEIGHTS);
}

/**
 * Eight digits together or as 2-2-2-2. The boundaries (not inside a longer number or word, an optional DK / DK-
 * prefix) are checked around each match by tokenStart(). The look-behind rejects, before the digits are tried, the
 * starts tokenStart() rejects anyway (right after an ASCII digit, or after a digit and a space, dot or dash; the
 * last eight digits of every ten-digit number were such a match), with the same matches (the old form is the
 * oracle in test/unit/core/contextFast.test.ts): every digit inside such a match follows a digit, or a separator
 * after one, so the old scan, resuming after the match, and this one, trying the positions inside it in vain,
 * resume at the same place. Exported for that test.
 */
export const CVR = /(?<![0-9]|[0-9][ .-])\d{2}(?:\d{6}|([ .])\d{2}\1\d{2}\1\d{2})(?![\p{L}\p{N}]|[ .-]?\d)/gu;
/**
 * Where CVR can match (cpr/runStartScanner.ts): at a run's start (no digit before it), a run of exactly eight digits
 * (none may follow them) or of two followed by the group separator (a space or dot).
 */
export const CVR_FORM: RunStartForm = {
  re: new RegExp(CVR.source, 'uy'),
  lead: 0,
  mayStart: (text, p, _runStart, length) => length === 8 || (length === 2 && isPairSeparator(text.charCodeAt(p + 2))),
};
const isPairSeparator = (c: number): boolean => c === 32 || c === 46;
const DK_PREFIX = /(?<![\p{L}\p{N}])DK[ -]?$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The start of the CVR token for a match at `i` (including a DK prefix), or -1 when the match is glued to more. Exported for the test of CVR. */
export function tokenStart(text: string, i: number): number {
  const before = text.slice(Math.max(0, i - 4), i);
  const dk = DK_PREFIX.exec(before);
  if (dk) return i - dk[0].length;
  const prev = text[i - 1];
  if (prev !== undefined && LETTER_OR_DIGIT.test(prev)) return -1;
  if (/\d[ .-]$/.test(before)) return -1;
  return i;
}

/** Stems of every CVR cue, field name and the DK prefix. */
export const MENTIONS_CVR: Mention = { pattern: /cvr|dk[ -]?\d|\bse[-. ]?n|virksomhed|firma|company|vat|moms|org|aps|a\/s|i\/s|ivs/i, reads: 11 };

export const CVR_CONFIDENCE = { base: 0.55, contextBonus: 0.15, negativePenalty: 0.5, reportThreshold: 0.5 } as const;

export const CVR_CONTEXT: ContextSpec = {
  positive: cueRegex(CVR_LABELS),
  negative: cueRegex([...OTHER_NUMBER_LABELS, ...PHONE_LABELS], LABEL_TAIL),
  isPositiveField: (f) => /cvr|vatno|vatnumber|^vat$|momsnr|senr|virksomhedsnr|companyno|companyreg/.test(squashFieldName(f)),
  isNegativeField: (f) => /phone|tlf|telefon|mobil|order|ordre|faktura|invoice|konto|account/.test(squashFieldName(f)),
};

export const cvrDetector: Detector = {
  id: 'cvr',
  types: ['cvr'],
  detect(ctx: ScanContext): Finding[] {
    if (!hasAsciiDigit(ctx)) return []; // eight digits: no ASCII digit, no finding
    const out: Finding[] = [];
    // A CVR finding needs a CVR word, field or DK prefix: a text without any of them has none. That test reads the
    // whole text, so it is made once, at the first number that passes the check digit (most texts hold none, and
    // for them the answer cannot matter); a text without a mention then stops there, with no finding, as before.
    let mentioned = false;
    // A DK prefix may start up to three characters before the digits.
    const matches = new RunStartScanner(ctx, CVR_FORM, Math.max(0, ctx.scanStart - 3), Math.min(ctx.text.length, ctx.scanEnd + 3));
    for (let m = matches.next(); m; m = matches.next()) {
      const digits = m[0].replace(/\D/g, '');
      if (!isValidCvr(digits)) continue;
      if (!mentioned) {
        if (!textMentions(ctx, MENTIONS_CVR)) return out;
        mentioned = true;
      }
      const start = tokenStart(ctx.text, m.index), end = m.index + m[0].length;
      if (start < 0 || !ctx.inWindow(start)) continue;
      const verdict = readContext(ctx, start, end, CVR_CONTEXT);
      const vatPrefix = start < m.index;
      if (!vatPrefix && !verdict.positiveWins) continue;
      const reasons: Reason[] = [{ rule: 'cvr.mod11', text: 'eight digits with a valid CVR check digit' }];
      let confidence: number = CVR_CONFIDENCE.base;
      if (vatPrefix) {
        confidence += CVR_CONFIDENCE.contextBonus;
        reasons.push({ rule: 'cvr.vat', text: 'Danish VAT prefix DK' });
      }
      const adjusted = applyContext(confidence, verdict, { bonus: CVR_CONFIDENCE.contextBonus, penalty: CVR_CONFIDENCE.negativePenalty, max: 0.75 });
      if (adjusted.reason) reasons.push(adjusted.reason);
      if (adjusted.confidence < (ctx.options.minConfidence ?? CVR_CONFIDENCE.reportThreshold)) continue;
      out.push({ type: 'cvr', start, end, confidence: round2(adjusted.confidence), reasons });
    }
    return out;
  },
};
