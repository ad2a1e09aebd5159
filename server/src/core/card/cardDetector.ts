// Payment card numbers (PAN): 13-19 digits, together or in groups (4-4-4-4, 4-6-5), a known issuer prefix with
// a length that issuer uses, and a valid Luhn check digit. Context (card words) raises confidence; a bare run of
// digits without grouping or context stays Information.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { applyContext, readContext, round2, squashFieldName, type ContextSpec } from '../context/score';
import { cueRegex, LABEL_TAIL, OTHER_NUMBER_LABELS, PAYMENT_LABELS } from '../context/vocabulary';
import { reason } from '../reason';
import { passesLuhn } from '../checksums';
import { betweenHexGroups, isUrlPathSegment } from '../context/codeTokens';
import { isTestCardNumber, testCardFinding } from './testCards';
import { RunStartScanner, type RunStartForm } from '../cpr/runStartScanner';

/** Luhn lives with the other check-digit algorithms (core/checksums.ts); re-exported for this type's callers. */
export { passesLuhn };

interface Issuer { name: string; prefix: RegExp; lengths: readonly number[] }
/** Issuer identification number ranges of the schemes seen in Denmark (Dankort, Visa, Mastercard, ...). */
export const ISSUERS: readonly Issuer[] = [
  { name: 'Dankort', prefix: /^5019/, lengths: [16] },
  { name: 'Visa', prefix: /^4/, lengths: [13, 16, 19] },
  { name: 'Mastercard', prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { name: 'American Express', prefix: /^3[47]/, lengths: [15] },
  { name: 'Diners Club', prefix: /^(?:30[0-5]|36|38|39)/, lengths: [14, 16, 17, 18, 19] },
  { name: 'Discover', prefix: /^(?:6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] },
  { name: 'JCB', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { name: 'Maestro', prefix: /^(?:5[06-8]|6\d)/, lengths: [13, 14, 15, 16, 17, 18, 19] },
];

export function cardIssuer(digits: string): string | undefined {
  return ISSUERS.find((i) => i.prefix.test(digits) && i.lengths.includes(digits.length))?.name;
}

/**
 * 4-4-4-4(-3), 4-6-5 or 13-19 digits together, not glued to a letter or number before and not followed by more.
 * The pattern used to find glued starts too, and the loop passed over them (the old form is the oracle in
 * test/unit/core/contextFast.test.ts); the look-behind now rejects them before the digits are tried, which makes the
 * scan of a text full of ten-digit numbers about twice as fast, with the same matches:
 * - it is the loop's old test: a letter or number right before, read as one UTF-16 unit (so a letter outside the
 *   Basic Multilingual Plane, a surrogate pair, does not glue: hence the `v` flag's set difference), or a space or
 *   dash after an ASCII digit;
 * - the scan still reaches every match the loop kept: a glued match consists of digits and single separators, each
 *   after a digit, so every digit inside it is glued too; the old scan went on after its end, the new one tries the
 *   positions inside it in vain, and both resume at its end.
 * `v`: Node 20 and the supported VS Code versions have it; a RegExp object because TypeScript's ES2022 target rejects
 * a `v` literal. Exported for that test.
 */
export const CARD = new RegExp(
  String.raw`(?<![[\p{L}\p{N}]--[\u{10000}-\u{10FFFF}]]|\d[ \-])\d{4}(?:([ \-])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|([ \-])\d{6}\2\d{4,5}|\d{9,15})(?![\p{L}\p{N}]|[ \-]\d)`,
  'gv',
);

/**
 * Where CARD can match (cpr/runStartScanner.ts): it begins with four ASCII digits after no digit (the look-behind),
 * so at a run's start. A run of exactly four is followed by the group separator (a space or dash) in the grouped
 * forms; a longer run can only be the ungrouped form, 13–19 digits with no digit after them.
 */
export const CARD_FORM: RunStartForm = {
  re: new RegExp(CARD.source, 'vy'),
  lead: 0,
  mayStart: (text, p, _runStart, length) => (length === 4 ? isGroupSeparator(text.charCodeAt(p + 4)) : length >= 13 && length <= 19),
};
const isGroupSeparator = (c: number): boolean => c === 32 || c === 45;

export const CARD_CONFIDENCE = { grouped: 0.85, bare: 0.6, contextBonus: 0.1, negativePenalty: 0.5, reportThreshold: 0.5 } as const;

export const CARD_CONTEXT: ContextSpec = {
  positive: cueRegex(PAYMENT_LABELS.filter((l) => !/konto|account|reg/.test(l))),
  negative: cueRegex([...OTHER_NUMBER_LABELS, 'konto(?:nr|nummer)?\\.?', 'account'], LABEL_TAIL),
  isPositiveField: (f) => /card|kort|pan$|^pan|creditcard/.test(squashFieldName(f)),
  isNegativeField: (f) => /order|ordre|invoice|faktura|^id$|uuid|timestamp|ean|gtin|isbn/.test(squashFieldName(f)),
};

export const cardDetector: Detector = {
  id: 'card',
  types: ['card'],
  detect(ctx: ScanContext): Finding[] {
    if (!hasAsciiDigit(ctx)) return []; // 13–19 digits: no ASCII digit, no finding
    const out: Finding[] = [];
    const matches = new RunStartScanner(ctx, CARD_FORM, ctx.scanStart, ctx.scanEnd);
    for (let m = matches.next(); m; m = matches.next()) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits)) continue;
      const issuer = cardIssuer(digits);
      if (!issuer) continue;
      const start = m.index, end = m.index + m[0].length;
      const grouped = m[1] !== undefined || m[2] !== undefined;
      // A code-point table's 4-hex-digit groups, or an id in a web address: not a card number.
      if (grouped ? m[1] !== undefined && betweenHexGroups(ctx.text, start, end, 4, m[1]) : isUrlPathSegment(ctx.text, start)) continue;
      const reasons: Reason[] = [reason('card.luhn', '{0} number with a valid Luhn check digit', issuer)];
      const adjusted = applyContext(grouped ? CARD_CONFIDENCE.grouped : CARD_CONFIDENCE.bare, readContext(ctx, start, end, CARD_CONTEXT), {
        bonus: CARD_CONFIDENCE.contextBonus, penalty: CARD_CONFIDENCE.negativePenalty, max: 0.95,
      });
      if (adjusted.reason) reasons.push(adjusted.reason);
      // A number processors publish for test payments, where a card would be reported: test data, a Hint (testCards.ts).
      if (isTestCardNumber(digits)) {
        const t = adjusted.confidence >= CARD_CONFIDENCE.reportThreshold ? testCardFinding(start, end, reasons, ctx.options.minConfidence) : undefined;
        if (t) out.push(t);
        continue;
      }
      if (adjusted.confidence < (ctx.options.minConfidence ?? CARD_CONFIDENCE.reportThreshold)) continue;
      out.push({ type: 'card', start, end, confidence: round2(adjusted.confidence), reasons });
    }
    return out;
  },
};
