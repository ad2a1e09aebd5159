// Danish telephone numbers: pattern (8 digits, optional +45/0045, the usual groupings) → numbering plan →
// context → score. A bare run of eight digits is as likely a CVR, an order or a reference number as a phone,
// so it needs a phone word or a phone field; a +45 prefix or the 2-2-2-2 grouping speaks for itself.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { applyContext, readContext, round2, squashFieldName, type ContextSpec, type ContextVerdict } from '../context/score';
import { phoneLookalike, weakPhoneCue } from '../context/codeTokens';
import { RunStartScanner, type RunStartForm } from '../cpr/runStartScanner';
import { cueRegex, CPR_LABELS, CVR_LABELS, LABEL_TAIL, OTHER_NUMBER_LABELS, PHONE_LABELS, PHONE_VERBS } from '../context/vocabulary';

/**
 * +45 / 0045 / (+45) prefix (or a bare `45 ` before four pairs), then eight digits: together, 2-2-2-2 or 4-4 with one consistent separator, or
 * 3-3-2. Not inside a longer run of digits or digit groups. No nested quantifiers: linear matching.
 * The body's four forms share their first two digits, read once (`\d\d(?:…)`: about a third faster on digit-heavy
 * text). Same matches and groups as the four forms written out (`\d{8}|\d{2}(…)…|\d{4}(…)\d{4}|\d{3} \d{3} \d{2}`,
 * the oracle in test/unit/core/contextFast.test.ts): `\d\d` matches two digits or fails, with nothing to backtrack
 * into, so trying it once before the alternatives in their old order tries the same things. Exported for that test.
 */
export const PHONE =
  /(?<![\p{L}\p{N}+]|\d[ \u00a0.-])((?:\+|00)45[ \u00a0-]?|\(\+?45\)[ \u00a0]?|45 (?=\d\d \d\d \d\d \d\d(?![ \u00a0.,-]?\d)))?(\d\d(?:\d{6}|([ \u00a0.-])\d{2}\3\d{2}\3\d{2}|\d\d([ \u00a0-])\d{4}|\d \d{3} \d{2}))(?![\p{L}\p{N}]|[ \u00a0.,-]?\d)/gu;

/**
 * Where PHONE can match (cpr/runStartScanner.ts). A match begins with a digit after no digit (the look-behind), so
 * at a run's start, or with the `+` of `+45`, the `(` of `(45)`, or the `(+` of `(+45)` right before a run. A match
 * at a run's start reads that run to its end (no digit follows a group): as `45 `; as the body's first group (8
 * digits, or 2, 4 or 3 and a separator); as 0045 and a separator; or as 0045 and the body's first group together
 * (12, or 6, 8 or 7 and a separator). So the run is 8 or 12 digits long, or 2, 3, 4, 6 or 7 followed by a space,
 * no-break space, dot or dash.
 */
export const PHONE_FORM: RunStartForm = {
  re: new RegExp(PHONE.source, 'uy'),
  lead: 2,
  mayStart(text, p, runStart, length) {
    if (p === runStart) return length === 8 || length === 12 || (length <= 7 && length !== 5 && length >= 2 && isGroupSeparator(text.charCodeAt(p + length)));
    const c = text.charCodeAt(p);
    return p === runStart - 1 ? c === 43 /* + */ || c === 40 /* ( */ : c === 40 && text.charCodeAt(p + 1) === 43;
  },
};
/** What may follow a group of a phone number or its prefix: a space, no-break space, dot or dash. */
const isGroupSeparator = (c: number): boolean => c === 32 || c === 0xa0 || c === 46 || c === 45;

/** Danish subscriber numbers never start with 0 or 1 (those are prefixes and short codes in the numbering plan). */
export function fitsDanishNumberingPlan(eightDigits: string): boolean {
  return /^[2-9]\d{7}$/.test(eightDigits);
}

export const PHONE_CONFIDENCE = {
  /** With a +45 / 0045 country code. */
  countryCode: 0.9,
  /** Grouped as 2-2-2-2 or 3-3-2 (how Danes write phone numbers). */
  grouped: 0.85,
  /** Grouped as 4-4, or dotted. */
  weaklyGrouped: 0.65,
  /** Eight digits together: reported only with phone context. */
  bare: 0.6,
  contextBonus: 0.2,
  negativePenalty: 0.5,
  reportThreshold: 0.5,
} as const;

export function isPhoneFieldName(field: string): boolean {
  const f = squashFieldName(field);
  return /phone|tlf|telefon|mobil|^tel|tel$|fax|cell|^mob|^kontakt$|^contact$/.test(f);
}

function isNotPhoneFieldName(field: string): boolean {
  const f = squashFieldName(field);
  return /cvr|vat|order|ordre|faktura|invoice|konto|account|^id$|sag|journal|postn|zip|cpr|ssn|amount|beløb|pris|price/.test(f);
}

export const PHONE_CONTEXT: ContextSpec = {
  positive: cueRegex([...PHONE_LABELS, ...PHONE_VERBS]),
  negative: cueRegex([...OTHER_NUMBER_LABELS, ...CVR_LABELS, ...CPR_LABELS, 'kr\\.?', 'dkk', 'beløb', 'amount', 'postnr\\.?', 'post(?:nummer)?', 'buffer', 'bytes?', 'hex', 'version', 'v'], LABEL_TAIL),
  isPositiveField: isPhoneFieldName,
  isNegativeField: isNotPhoneFieldName,
  windowBefore: 64,
  // A contact line often runs `Kontakt: name, street 12, 8000 Town, 23456789`, and one label often heads two
  // numbers (`Tlf. 23 45 67 89 / 34567890`): postal codes, house numbers and other phones do not end the cue's
  // reach; a CPR-length number or a new label line does.
  // A number with the country code (`Tlf. +4512345678 eller 23456789`) is another phone: it does not end the reach.
  barrier: /(?<![+\d])(?!0045)\d{9}|\d{6}[ -]\d{4}|\n[ \t]*[\p{L}][\p{L}\p{N} .\-]{0,30}:/u,
};

/** The generic cue words "nummer", "number": they announce a phone only when no other kind of number is named. */
const GENERIC_NUMBER_CUE = /^(?:nummer(?:et)?|number)$/iu;
/** A noun naming another kind of number, a few words before the generic cue: "Ordren har nummer", "kundens nummer". */
const OTHER_NUMBER_NOUN = /(?<![\p{L}\p{N}])(?:ordre|order|faktura|invoice|konto|account|sag|case|kunde|customer|bestilling|prøve|sample|journal|medlem|member|kvittering|receipt|pakke|forsendelse|reference|rekvisition|vare|produkt|item|bilag|billet|ticket)\p{L}*[ \u00a0]+(?:\p{L}+[ \u00a0]+){0,2}$/iu;

/** Drops a generic "nummer" cue that belongs to an order, invoice or case number named just before it. */
function withoutOtherNumberNoun(text: string, start: number, verdict: ContextVerdict): ContextVerdict {
  const cue = verdict.positive;
  if (!cue || cue.field || cue.side !== 'before' || !GENERIC_NUMBER_CUE.test(cue.word)) return verdict;
  const cueStart = start - cue.distance - cue.word.length;
  const before = text.slice(Math.max(0, cueStart - 40), cueStart);
  if (!OTHER_NUMBER_NOUN.test(before.slice(before.lastIndexOf('\n') + 1))) return verdict;
  return { ...verdict, positive: undefined, positiveWins: false };
}

/** Drops a cue word that does not speak for this number (context/codeTokens.ts weakPhoneCue). */
function withoutWeakCue(text: string, start: number, end: number, verdict: ContextVerdict): ContextVerdict {
  const cue = verdict.positive;
  if (!cue || cue.field) return verdict;
  const cueStart = cue.side === 'before' ? start - cue.distance - cue.word.length : end + cue.distance;
  if (!weakPhoneCue(text, start, end, cue.word, cueStart, cue.side)) return verdict;
  return { ...verdict, positive: undefined, positiveWins: false };
}

export const phoneDetector: Detector = {
  id: 'phone',
  types: ['phone'],
  detect(ctx: ScanContext): Finding[] {
    if (!hasAsciiDigit(ctx)) return []; // eight digits: no ASCII digit, no finding
    const out: Finding[] = [];
    const text = ctx.text;
    const matches = new RunStartScanner(ctx, PHONE_FORM, Math.max(0, ctx.scanStart), ctx.scanEnd);
    for (let m = matches.next(); m; m = matches.next()) {
      const prefix = m[1];
      const body = m[2]!;
      const digits = body.replace(/\D/g, '');
      if (!fitsDanishNumberingPlan(digits)) continue;
      const start = m.index, end = m.index + m[0].length;
      if (!prefix && phoneLookalike(text, start, end, body, m[3] ?? m[4] ?? '')) continue; // a year span, code, hex dump
      const reasons: Reason[] = [{ rule: 'phone.plan', text: 'eight digits in the Danish numbering plan' }];
      let confidence: number;
      const sep = m[3] ?? m[4];
      if (prefix) {
        confidence = PHONE_CONFIDENCE.countryCode;
        reasons.push({ rule: 'phone.countryCode', text: 'Danish country code +45' });
      } else if (sep && sep !== '.' && (m[3] !== undefined || / \d{3} /.test(body))) {
        confidence = PHONE_CONFIDENCE.grouped;
        reasons.push({ rule: 'phone.grouped', text: 'written in pairs, as phone numbers are' });
      } else if (body.length > 8) {
        confidence = PHONE_CONFIDENCE.weaklyGrouped;
        reasons.push({ rule: 'phone.grouped', text: 'written in groups' });
      } else {
        confidence = PHONE_CONFIDENCE.bare;
      }
      const verdict = withoutWeakCue(text, start, end, withoutOtherNumberNoun(text, start, readContext(ctx, start, end, PHONE_CONTEXT)));
      // Without a country code or the pair grouping, only context makes eight digits a phone number.
      if (!prefix && confidence < PHONE_CONFIDENCE.grouped && !verdict.positiveWins) continue;
      const adjusted = applyContext(confidence, verdict, { bonus: PHONE_CONFIDENCE.contextBonus, penalty: PHONE_CONFIDENCE.negativePenalty, max: 0.95 });
      if (adjusted.reason) reasons.push(adjusted.reason);
      if (adjusted.confidence < (ctx.options.minConfidence ?? PHONE_CONFIDENCE.reportThreshold)) continue;
      out.push({ type: 'phone', start, end, confidence: round2(adjusted.confidence), reasons });
    }
    return out;
  },
};
