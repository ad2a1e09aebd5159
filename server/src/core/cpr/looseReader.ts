// Reads CPR numbers written loosely: OCR output (letters mistaken for digits, stray spaces, a dash in the wrong
// place, the number broken over a line) and dictated forms (`01 01 80 1234`, `01.01.80-1234`). A hand-written
// scanner over digit-like characters, not a regex: every start position reads at most a bounded number of
// characters, so the whole scan is linear in the text and cannot backtrack catastrophically.
import type { Reason } from '../types';
import { reason, withWeight } from '../reason';
import { charTest, clusterRegions, digitRuns, type ClusterShape, type DigitRuns } from './digitClusters';

/**
 * Letters (and symbols) OCR engines commonly return for digits in digit-dominated tokens. The classic
 * confusion pairs of OCR post-correction: 0/O/o/D/Q, 1/l/I/i/|/!/[/], 2/Z/z, 4/A, 5/S/s/$, 6/G/b, 7/T, 8/B, 9/g/q.
 */
export const OCR_DIGIT_FOR: Readonly<Record<string, string>> = {
  O: '0', o: '0', D: '0', Q: '0',
  l: '1', I: '1', i: '1', '|': '1', '!': '1', ']': '1', '[': '1',
  Z: '2', z: '2',
  A: '4',
  S: '5', s: '5', $: '5',
  G: '6', b: '6',
  T: '7',
  B: '8',
  g: '9', q: '9',
};

/** At most this many characters of the ten may be letters read as digits: the token must stay digit-dominated. */
export const MAX_OCR_CORRECTIONS = 3;

/**
 * Characters that may stand between digit groups (besides one line break, allowed only next to a dash). Not a
 * tab: a tab separates columns (TSV, aligned tables), and two adjacent columns are not one number.
 */
const DASHES = '-\u00ad\u2010\u2011\u2012\u2013\u2014\u2212~';
const SEPARATOR_CHARS = ' \u00a0\u202f._' + DASHES;
/** Longest separator, line break not counted (e.g. ` - `, ` .`, `  `). */
const MAX_SEPARATOR = 3;
/** More separator characters allowed around a line break (indentation of the next line). */
const LINE_BREAK_ALLOWANCE = 4;
/** Longest separator in characters: the plain ones, one line break and the `\r` before it. */
export const MAX_SEPARATOR_LENGTH = MAX_SEPARATOR + LINE_BREAK_ALLOWANCE + 2;

/**
 * What every loose reading holds (for clusterRegions): ten digit-like characters, at most MAX_OCR_CORRECTIONS of
 * them letters, so at least seven ASCII digits; at most one separator between two digit-like characters, and
 * nothing else. Between two consecutive ASCII digits stand at most all the letters and one separator more than
 * letters; before the first ASCII digit at most the letters and as many separators; in all ten characters and nine
 * separators.
 */
export const LOOSE_READING_SHAPE: ClusterShape = {
  minDigits: 10 - MAX_OCR_CORRECTIONS,
  maxGap: MAX_OCR_CORRECTIONS + (MAX_OCR_CORRECTIONS + 1) * MAX_SEPARATOR_LENGTH,
  between: charTest(Object.keys(OCR_DIGIT_FOR).join('') + SEPARATOR_CHARS.replace(/[^\x00-\x7f]/g, '') + '\r\n', (c) => SEPARATOR_CHARS.includes(String.fromCharCode(c))),
  lead: MAX_OCR_CORRECTIONS * (1 + MAX_SEPARATOR_LENGTH),
  span: 10 + 9 * MAX_SEPARATOR_LENGTH,
};

export type LooseLayout =
  /** 6+4 or 2+2+2+4 groups: a dictated or differently punctuated but well-formed number. */
  | 'regular'
  /** Any other grouping: stray spaces, a misplaced dash. */
  | 'irregular';

export interface LooseReading {
  start: number;
  end: number;
  /** The ten digits after correction. */
  digits: string;
  layout: LooseLayout;
  /** How many letters were read as digits. */
  corrections: number;
  readingReasons: Reason[];
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isDash = (ch: string): boolean => DASHES.includes(ch);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * ASCII lookup (the scan asks about every character): 1 = digit, 2 = OCR look-alike, 4 = letter or digit,
 * 8 = separator character, 16 = dash.
 */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = (isAsciiDigit(c) ? 1 : 0) | (ch in OCR_DIGIT_FOR ? 2 : 0) | (LETTER_OR_DIGIT.test(ch) ? 4 : 0) |
    (SEPARATOR_CHARS.includes(ch) ? 8 : 0) | (isDash(ch) ? 16 : 0);
}
const isSeparatorCode = (c: number): boolean => (c < 128 ? (ASCII_CLASS[c]! & 8) !== 0 : SEPARATOR_CHARS.includes(String.fromCharCode(c)));
const isDashCode = (c: number): boolean => (c < 128 ? (ASCII_CLASS[c]! & 16) !== 0 : isDash(String.fromCharCode(c)));
/** NaN (past the end) is no digit-like character. */
const isDigitLikeCode = (c: number): boolean => c < 128 && (ASCII_CLASS[c]! & 3) !== 0;

/** A character that may be a digit as written or as misread. */
export function isDigitLike(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isDigitLikeCode(ch.charCodeAt(0));
}

/**
 * True when `ch` would glue a candidate to a longer token: a letter or digit. Symbols that OCR may return for
 * a 1 (`|`, `!`, `[`, `]`) or a 5 (`$`) do not glue: next to a number they are far more often table borders
 * and brackets, and a reading that needed them as digits was tried from their own position first.
 */
function joinsToken(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? (ASCII_CLASS[c]! & 4) !== 0 : LETTER_OR_DIGIT.test(ch);
}

interface Separator {
  end: number;
  text: string;
  lineBreak: boolean;
}

/** End of the separator starting at `i`, or -1 when what stands there cannot be one. */
function separatorEnd(text: string, i: number): number {
  let j = i, plain = 0, dashes = 0, dots = 0, underscores = 0, breaks = 0;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 10) { if (++breaks > 1) return -1; j++; continue; }
    if (c === 13 && text.charCodeAt(j + 1) === 10) { j++; continue; }
    if (!isSeparatorCode(c)) break;
    if (isDashCode(c)) dashes++;
    else if (c === 46) dots++;
    else if (c === 95) underscores++;
    if (++plain > MAX_SEPARATOR + (breaks ? LINE_BREAK_ALLOWANCE : 0) || dashes > 1 || dots > 1 || underscores > 1) return -1;
    j++;
  }
  if (j === i) return -1;
  // A number is broken over a line only at a hyphen (`010180-` ⏎ `1234`); a bare line break ends it.
  if (breaks && !dashes) return -1;
  return j;
}

/**
 * Another group of digits right after a reading (at most six characters on): part of a longer number, or a clock
 * time (`23-04-2016 09:12`).
 */
const LONGER_NUMBER = /(?:[ \t]{0,2}[-.\u2013]?[ \t]{0,2}\d|:\d)/y;

/**
 * End of the loose reading that starts at `i`, or -1: the reading's checks without building it (most tries fail,
 * and fail early). `i` must hold a digit-like character standing at a token boundary (see readLooseCpr).
 */
function looseReadingEnd(text: string, i: number): number {
  let count = 0, corrections = 0, j = i, groupLen = 0;
  while (j < text.length && count < 10) {
    const c = text.charCodeAt(j);
    const cls = c < 128 ? ASCII_CLASS[c]! : 0;
    if (cls & 1) { count++; groupLen++; j++; continue; }
    if (cls & 2) {
      // Corrections only grow: past the limit, the reading fails however it goes on.
      if (++corrections > MAX_OCR_CORRECTIONS) return -1;
      count++; groupLen++; j++;
      continue;
    }
    const end = groupLen > 0 ? separatorEnd(text, j) : -1;
    if (end < 0 || !isDigitLikeCode(text.charCodeAt(end))) break;
    groupLen = 0;
    j = end;
  }
  if (count !== 10) return -1;
  if (joinsToken(text[j])) return -1;
  // Another group of digits right after: part of a longer number (a phone list, an ISBN, a table row), or a clock
  // time.
  LONGER_NUMBER.lastIndex = j;
  if (LONGER_NUMBER.test(text)) return -1;
  return j;
}

/**
 * The loose reading that starts at `i`, or undefined. `i` must hold a digit-like character standing at a
 * token boundary (not glued to a letter, digit or `+`, and not continuing a group of digits before it).
 */
export function readLooseCpr(text: string, i: number): LooseReading | undefined {
  if (!isDigitLike(text[i]) || !startsToken(text, i)) return undefined;
  const end = looseReadingEnd(text, i);
  if (end < 0) return undefined;
  // [i, end) holds ten digit-like characters and the separators between groups of them.
  let digits = '', corrections = 0, groupLen = 0;
  const groups: number[] = [];
  const separators: Separator[] = [];
  for (let j = i; j < end;) {
    const ch = text[j]!;
    if (isAsciiDigit(ch.charCodeAt(0))) { digits += ch; groupLen++; j++; continue; }
    const mapped = OCR_DIGIT_FOR[ch];
    if (mapped !== undefined) { digits += mapped; corrections++; groupLen++; j++; continue; }
    const sepEnd = separatorEnd(text, j);
    const sepText = text.slice(j, sepEnd);
    groups.push(groupLen);
    separators.push({ end: sepEnd, text: sepText, lineBreak: sepText.includes('\n') });
    groupLen = 0;
    j = sepEnd;
  }
  groups.push(groupLen);
  // Day, month and a four-digit year (`16.02.2003`): a date, never a CPR layout.
  if (groups[0] === 2 && groups[1] === 2 && groups[2] === 4 && /^(?:19|20)$/.test(digits.slice(4, 6))) return undefined;
  const layout: LooseLayout = isRegularGrouping(groups) ? 'regular' : 'irregular';
  return { start: i, end, digits, layout, corrections, readingReasons: describeReading(groups, separators, corrections, layout) };
}

function startsToken(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (joinsToken(prev) || prev === '+') return false;
  // Not the continuation of a digit group before it (`45 30 27 91 66`, `978-87-...`).
  let k = i - 1, seen = 0;
  while (k >= 0 && seen < MAX_SEPARATOR && isSeparatorCode(text.charCodeAt(k))) { k--; seen++; }
  return !(seen > 0 && k >= 0 && isAsciiDigit(text.charCodeAt(k)));
}

function isRegularGrouping(groups: readonly number[]): boolean {
  const g = groups.join(',');
  return g === '6,4' || g === '2,2,2,4' || g === '10';
}

function describeReading(groups: readonly number[], seps: readonly Separator[], corrections: number, layout: LooseLayout): Reason[] {
  const reasons: Reason[] = [];
  if (corrections > 0) {
    const r = corrections === 1 ? reason('cpr.ocr', 'OCR reading: one letter taken for a digit') : reason('cpr.ocr', 'OCR reading: {0} letters taken for digits', corrections);
    reasons.push(withWeight(r, -0.1));
  }
  const lineBreak = seps.some((s) => s.lineBreak);
  if (lineBreak) reasons.push({ rule: 'cpr.lineBreak', text: 'split over a line break' });
  if (layout === 'regular' && groups.length === 4) reasons.push({ rule: 'cpr.grouped', text: 'written in dictated groups' });
  else if (layout === 'regular' && groups.length === 2 && !lineBreak && !/^[-\u2013 ]$/.test(seps[0]!.text)) {
    reasons.push({ rule: 'cpr.separator', text: 'written with an unusual separator' });
  } else if (layout === 'irregular') {
    const dashPlaced = seps.some((s) => [...s.text].some(isDash));
    reasons.push({ rule: 'cpr.layout', text: dashPlaced && groups.length === 2 ? 'dash in an unusual place' : 'spaces or separators inside the number', weight: -0.1 });
  }
  return reasons;
}

/**
 * Every loose reading whose start lies in [from, to). Linear: each start reads a bounded stretch. `skip` holds
 * ranges already read another way (the clean CPR forms), sorted by start: no reading starts inside them. `runs`:
 * digitRuns over [from, to + span) at least (digitClusters.ts), when the caller has them already. Only the regions
 * where a reading can start (clusterRegions, LOOSE_READING_SHAPE) are visited, in order, with the skip-ahead
 * carried across them: the positions left out are ones where readLooseCpr finds nothing. An array, not a generator:
 * this is the detector's hot path.
 */
export function looseCprReadingList(
  text: string,
  from = 0,
  to = text.length,
  skip: readonly { start: number; end: number }[] = [],
  runs: DigitRuns = digitRuns(text, from, Math.min(text.length, to + LOOSE_READING_SHAPE.span)),
  /** Skip ranges before this index end at or before `from` (a block of a long scan: no need to walk past them). */
  skipFrom = 0,
): LooseReading[] {
  const out: LooseReading[] = [];
  const regions = clusterRegions(text, from, to, LOOSE_READING_SHAPE, runs);
  let k = skipFrom, i = from;
  for (let g = 0; g < regions.length; g += 2) {
    if (i < regions[g]!) i = regions[g]!;
    for (const regionEnd = regions[g + 1]!; i < regionEnd; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || (ASCII_CLASS[c]! & 3) === 0) continue;
      // Two answers readLooseCpr would give, read from the lookup table without a call (most digit-like characters
      // are letters inside words): glued to a letter or digit before it, or followed by a letter that is no
      // digit look-alike (nothing to read after the first character), there is no reading here.
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (before < 128 && (ASCII_CLASS[before]! & 4) !== 0) continue;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      if (next < 128 && (ASCII_CLASS[next]! & 7) === 4) continue;
      while (k < skip.length && skip[k]!.end <= i) k++;
      if (k < skip.length && skip[k]!.start <= i) { i = skip[k]!.end - 1; continue; }
      const r = readLooseCpr(text, i);
      if (r) {
        out.push(r);
        i = r.end - 1;
      }
    }
  }
  return out;
}
