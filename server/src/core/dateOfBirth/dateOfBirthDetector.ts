// Dates of birth: a date that a birth word announces (`født`, `f.`, `fødselsdato`, `DOB`, `born`, `date of birth`)
// or that stands in a birth-date field. A date alone is not personal data worth flagging; the birth word is
// what makes it one, so the context here is required, not a bonus.
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { describeContext, readContext, round2, squashFieldName, type ContextSpec } from '../context/score';
import { cueRegex } from '../context/vocabulary';
import { isRealDate } from '../cpr/rules';
import { hasAsciiDigit, textMentions, type Mention } from '../textFacts';

const MONTHS: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1, februar: 2, february: 2, feb: 2, marts: 3, march: 3, mar: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9,
  sept: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * Numeric dates (d.m.yyyy, dd-mm-yy, dd/mm/yyyy, yyyy-mm-dd) and written ones (`1. januar 1980`, `1 Jan 1980`,
 * `January 1, 1980`), and DDMMYY written together as in the CPR number (`f. 010180`). Groups: 1-3 day/month/year;
 * 4-6 year/month/day; 7-9 day/name/year; 10-12 name/day/year; 13-15 DDMMYY.
 */
const DATE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    '(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})' +
    '|(\\d{4})-(\\d{2})-(\\d{2})' +
    `|(\\d{1,2})\\.? (${MONTH_NAMES})\\.? (\\d{4})` +
    `|(${MONTH_NAMES})\\.? (\\d{1,2}),? (\\d{4})` +
    '|(\\d{2})(\\d{2})(\\d{2})' +
    ')(?![\\p{L}\\p{N}]|[./-]\\d)',
  'giu',
);

export const DOB_CONTEXT: ContextSpec = {
  positive: cueRegex([
    'født(?:e)?(?: den| d\\.)?', 'f\\.', 'fødselsdato(?:en)?', 'fødselsdag', 'fødsel', 'fød\\.? ?dato', 'f\\.? ?dato',
    'dob', 'd\\.o\\.b\\.?', 'date of birth', 'birth ?date', 'birthday', 'born(?: on)?', 'b\\. ?d\\.',
  ]),
  isPositiveField: (f) => /dob|birth|fødsel|foedsel|fodsel|født|foedt|bday/.test(squashFieldName(f)),
  windowBefore: 24,
  windowAfter: 0,
};

/** Anything that can make a date a birth date: the cue words' stems and the field-name stems. */
export const MENTIONS_BIRTH: Mention = { pattern: /født|foedt|fødsel|foedsel|fodsel|(?<![\p{L}])f\.|dob|d\.o\.b|birth|born|bday/iu, reads: 8 };

export const DOB_CONFIDENCE = { base: 0.8, reportThreshold: 0.5 } as const;

export function readDate(m: RegExpExecArray): { year: number; month: number; day: number } | undefined {
  let day: number, month: number, year: number;
  if (m[1]) { day = +m[1]; month = +m[2]!; year = +m[3]!; }
  else if (m[4]) { year = +m[4]; month = +m[5]!; day = +m[6]!; }
  else if (m[7]) { day = +m[7]; month = MONTHS[m[8]!.toLowerCase()]!; year = +m[9]!; }
  else if (m[10]) { month = MONTHS[m[10].toLowerCase()]!; day = +m[11]!; year = +m[12]!; }
  else { day = +m[13]!; month = +m[14]!; year = +m[15]!; }
  if (year < 100) year += year > (new Date().getFullYear() % 100) ? 1900 : 2000;
  if (year < 1870 || !isRealDate(year, month, day)) return undefined;
  return { year, month, day };
}

export const dateOfBirthDetector: Detector = {
  id: 'date-of-birth',
  types: ['date-of-birth'],
  detect(ctx: ScanContext): Finding[] {
    const out: Finding[] = [];
    // Every form of DATE holds ASCII digits (\d is ASCII even with the u flag): a text without any has no date. The
    // answer is shared with the number detectors, so it costs nothing here, and it spares the birth-word scan below.
    if (!hasAsciiDigit(ctx)) return out;
    // Most texts hold no birth word or birth field at all: then no date in them can be reported, and the date
    // scan (every position tried against month names) is skipped.
    if (!textMentions(ctx, MENTIONS_BIRTH)) return out;
    DATE.lastIndex = ctx.scanStart;
    for (let m = DATE.exec(ctx.text); m && m.index < ctx.scanEnd; m = DATE.exec(ctx.text)) {
      if (!readDate(m)) continue;
      const start = m.index, end = m.index + m[0].length;
      const verdict = readContext(ctx, start, end, DOB_CONTEXT);
      if (!verdict.positiveWins || !verdict.positive) continue;
      const reasons: Reason[] = [{ rule: 'dob.date', text: 'a real date' }, describeContext(verdict.positive)];
      out.push({ type: 'date-of-birth', start, end, confidence: round2(DOB_CONFIDENCE.base), reasons });
    }
    return out;
  },
};
