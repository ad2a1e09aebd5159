// The CPR family's fast paths (issue 6) must give exactly what the plain forms they replaced give: candidates are
// tried only at the starts of digit runs or in the regions around digit clusters (cpr/digitClusters.ts), and the
// loose reader checks a start without allocating before it builds a reading. Each property compares the fast form
// with the plain form written out here — a global regex over every position, the loose reader trying every
// position — on generated texts that stress the edges (look-alike letters, separators, line breaks, non-ASCII
// letters and digits, astral characters, windows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ScanContext } from '../../../server/src/core';
import type { Reason } from '../../../server/src/core/types';
import { reason, withWeight } from '../../../server/src/core/reason';
import { clusterRegions, digitRuns, digitRunsFor, longDigitRuns, runStartMatches, sixDigitRunsFor } from '../../../server/src/core/cpr/digitClusters';
import { LOOSE_READING_SHAPE, MAX_OCR_CORRECTIONS, MAX_SEPARATOR_LENGTH, OCR_DIGIT_FOR, looseCprReadingList, type LooseLayout, type LooseReading } from '../../../server/src/core/cpr/looseReader';
import { cleanCprCandidateList, cprDetector, detectCpr } from '../../../server/src/core/cpr/cprDetector';
import { detectEcpr, ECPR_CONFIDENCE, ecprCandidates, ecprDetector, type EcprCandidate } from '../../../server/src/core/ecpr/ecprDetector';
import { digitReading, DIGIT_AS_LETTER, ecprFullYear, LETTER_AS_DIGIT, readEcpr } from '../../../server/src/core/ecpr/ecprRules';
import { analyseCpr, couldBeIssued, cprFullYear, isNoMod11Date, isRealDate, passesMod11 } from '../../../server/src/core/cpr/rules';
import { cprSubstituteDetector, detectSubstitutes, mayStartDigitForm, mayStartLetterForm } from '../../../server/src/core/cprSubstitute/substituteDetector';
import { dateOfBirthDetector } from '../../../server/src/core/dateOfBirth/dateOfBirthDetector';

const RUNS = { numRuns: 400, seed: 20261123 };

/** Pieces of number-rich text: CPR-like numbers in many layouts, look-alikes, separators, glue, non-ASCII. */
const PIECES = [
  '0101801234', '010180-1234', '010180 1234', '01 01 80 1234', '01.01.80-1234', '0l0l8O-l234', 'O1O18O1234', '010180-\n1234',
  '010180-\r\n  1234', '0 1 0 1 8 0 1 2 3 4', '1308781OS6', '280456-0PJ2', '150605-6sj2', '0101016KM4', '6101801234', '610180-1234',
  '010180ABC1', '01018012B3', '010180123B', '010180ÅBC1', '010180 ØAB2', '010180-ÆØÅ2', '010180\u2013ABC1', '010180 XYZ3', '710180\u20131234', '2024-03-15T10:23:00Z', '45 30 27 91 66', '978-87-', 'order=3559828978',
  // Readings at the shapes' bounds: the longest lead, the widest gap, a longer number right after.
  'O l O 180 1234', 'l 0 l 8 0 1 2 3 4 5', '16.02.2003', '16.02.2003_12', '23-04-2016 09:12', '0101801234:56', '01 01 80 1234:00', '12 10 1980 11', '6718-1703580501', '12/0101801234', '3.010180-1234', 'Ol0180-1AB2', '01018O-OAB2', '0101801234  5', '01 01 80 1234\t\t-7', '010180-1234 .\t9',
  '0', '1', '2', '7', '8', '9', 'O', 'o', 'l', 'I', 'S', 's', 'B', 'Z', 'z', 'T', 'g', 'q', 'b', 'D', '|', '$', '[', ']', '!',
  ' ', '  ', '-', '.', '_', '~', '\u2013', '\u2011', '\u00a0', '\u202f', '\u00ad', '\u2212', '\n', '\r\n', '\t', ';', ':', '+', '=', ',',
  'x', 'Anne', 'ø', 'Æ', 'ı', 'ſ', '١', '²', '𝟎', '😀', 'CPR: ', 'eCPR ', 'ordrenr. ', 'født ', 'f. ', 'DOB: ', '12.03.1961', '1. januar 1980',
];
const text = (maxParts = 30) => fc.array(fc.constantFrom(...PIECES), { maxLength: maxParts }).map((p) => p.join(''));
/** A text and a window [start, end) in it. */
const windowed = text().chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([t_, a, b]) => ({ t: t_, from: Math.min(a, b), to: Math.max(a, b) })));

// ---- The loose reader as it was: every position tried, a reading built as it is read. ----

const DASHES = '-\u00ad\u2010\u2011\u2012\u2013\u2014\u2212~';
const SEPARATOR_CHARS = ' \u00a0\u202f._' + DASHES;
const MAX_SEPARATOR = 3;
const isDash = (ch: string): boolean => DASHES.includes(ch);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const plainIsDigitLike = (ch: string | undefined) => ch !== undefined && (/[0-9]/.test(ch) || OCR_DIGIT_FOR[ch] !== undefined);
const plainJoinsToken = (ch: string | undefined) => ch !== undefined && LETTER_OR_DIGIT.test(ch);

interface PlainSeparator { end: number; text: string; lineBreak: boolean }

function plainReadSeparator(t: string, i: number): PlainSeparator | undefined {
  let j = i, plain = 0, dashes = 0, dots = 0, underscores = 0, breaks = 0;
  while (j < t.length) {
    const ch = t[j]!;
    if (ch === '\n') { if (++breaks > 1) return undefined; j++; continue; }
    if (ch === '\r' && t[j + 1] === '\n') { j++; continue; }
    if (!SEPARATOR_CHARS.includes(ch)) break;
    if (isDash(ch)) dashes++;
    else if (ch === '.') dots++;
    else if (ch === '_') underscores++;
    if (++plain > MAX_SEPARATOR + (breaks ? 4 : 0) || dashes > 1 || dots > 1 || underscores > 1) return undefined;
    j++;
  }
  if (j === i) return undefined;
  if (breaks && !dashes) return undefined;
  return { end: j, text: t.slice(i, j), lineBreak: breaks > 0 };
}

function plainStartsToken(t: string, i: number): boolean {
  const prev = t[i - 1];
  if (plainJoinsToken(prev) || prev === '+') return false;
  let k = i - 1, seen = 0;
  while (k >= 0 && seen < MAX_SEPARATOR && SEPARATOR_CHARS.includes(t[k]!)) { k--; seen++; }
  return !(seen > 0 && k >= 0 && /\d/.test(t[k]!));
}

function plainDescribe(groups: number[], seps: PlainSeparator[], corrections: number, layout: LooseLayout): Reason[] {
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

function plainReadLoose(t: string, i: number): LooseReading | undefined {
  if (!plainIsDigitLike(t[i]) || !plainStartsToken(t, i)) return undefined;
  let digits = '', corrections = 0, j = i, groupLen = 0;
  const groups: number[] = [];
  const separators: PlainSeparator[] = [];
  while (j < t.length && digits.length < 10) {
    const ch = t[j]!;
    if (/[0-9]/.test(ch)) { digits += ch; groupLen++; j++; continue; }
    const mapped = OCR_DIGIT_FOR[ch];
    if (mapped !== undefined) { digits += mapped; corrections++; groupLen++; j++; continue; }
    const sep = groupLen > 0 ? plainReadSeparator(t, j) : undefined;
    if (!sep || !plainIsDigitLike(t[sep.end])) break;
    groups.push(groupLen);
    separators.push(sep);
    groupLen = 0;
    j = sep.end;
  }
  if (digits.length !== 10 || corrections > MAX_OCR_CORRECTIONS) return undefined;
  groups.push(groupLen);
  if (plainJoinsToken(t[j])) return undefined;
  if (/^(?:[ \t]{0,2}[-.\u2013]?[ \t]{0,2}\d|:\d)/.test(t.slice(j, j + 6))) return undefined;
  if (groups[0] === 2 && groups[1] === 2 && groups[2] === 4 && /^(?:19|20)$/.test(digits.slice(4, 6))) return undefined;
  const g = groups.join(',');
  const layout: LooseLayout = g === '6,4' || g === '2,2,2,4' || g === '10' ? 'regular' : 'irregular';
  return { start: i, end: j, digits, layout, corrections, readingReasons: plainDescribe(groups, separators, corrections, layout) };
}

function plainLooseReadings(t: string, from: number, to: number, skip: readonly { start: number; end: number }[]): LooseReading[] {
  const out: LooseReading[] = [];
  for (let i = from; i < to; i++) {
    const inSkip = skip.find((s) => s.start <= i && i < s.end);
    if (inSkip) { i = inSkip.end - 1; continue; }
    const r = plainReadLoose(t, i);
    if (r) { out.push(r); i = r.end - 1; }
  }
  return out;
}

test('loose CPR readings: the regions around digit clusters and the allocation-free check give every reading the plain reader gives', () => {
  fc.assert(
    fc.property(windowed, fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 3 }), ({ t, from, to }, skipSpec) => {
      // Skip ranges as the CPR detector passes them: sorted, disjoint.
      const skip: { start: number; end: number }[] = [];
      for (const [a, len] of skipSpec.map(([a, l]) => [a % (t.length + 1), l] as const).sort((x, y) => x[0] - y[0])) {
        const start = Math.max(a, skip.length ? skip[skip.length - 1]!.end : 0);
        if (len > 0 && start + len <= t.length) skip.push({ start, end: start + len });
      }
      assert.deepEqual(looseCprReadingList(t, from, to, skip), plainLooseReadings(t, from, to, skip));
    }),
    RUNS,
  );
});

test('loose CPR readings: the shape bounds hold for every reading the plain reader makes', () => {
  // The region proof rests on these: at least seven ASCII digits, gaps, lead and length within the shape.
  fc.assert(
    fc.property(text(), (t) => {
      for (const r of plainLooseReadings(t, 0, t.length, [])) {
        const digitsAt = [...t.slice(r.start, r.end)].flatMap((ch, k) => (/[0-9]/.test(ch) ? [r.start + k] : []));
        assert.ok(digitsAt.length >= LOOSE_READING_SHAPE.minDigits);
        assert.ok(digitsAt[0]! - r.start <= LOOSE_READING_SHAPE.lead);
        assert.ok(r.end - r.start <= LOOSE_READING_SHAPE.span);
        for (let k = 1; k < digitsAt.length; k++) assert.ok(digitsAt[k]! - digitsAt[k - 1]! - 1 <= LOOSE_READING_SHAPE.maxGap);
        for (let p = r.start; p < r.end; p++) assert.ok(/[0-9]/.test(t[p]!) || LOOSE_READING_SHAPE.between(t.charCodeAt(p)));
      }
    }),
    RUNS,
  );
  assert.equal(MAX_SEPARATOR_LENGTH, 9); // three plain characters, four more around a line break, `\r\n`
});

// ---- Regexes as global searches over every position. ----

function globalMatches(source: string, t: string, from: number, to: number): [number, string][] {
  const re = new RegExp(source, 'gu');
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) out.push([m.index, m[0]]);
  return out;
}

/** The clean candidates as they were found: the global regex, less those joined to a digit group by - . / or –. */
function plainCleanMatches(t: string, from: number, to: number): [number, string][] {
  return globalMatches(CLEAN, t, from, to).filter(([i]) => !(i >= 2 && /^\d[-./\u2013]$/.test(t.slice(i - 2, i))));
}

const CLEAN = String.raw`(?<![\p{L}\p{N}])(\d{6})[-\u2010\u2011\u2013\u2014 ]?(\d{4})(?![\p{L}\p{N}])`;
const DIGIT_FORM = String.raw`(?<![\p{L}\p{N}])([6-9]\d{5})[-\u2010\u2011\u2013\u2014 ]?(\d{4})(?![\p{L}\p{N}])`;
const LETTER_FORM = String.raw`(?<![\p{L}\p{N}])(\d{6})[-\u2010\u2011\u2013 ]?([A-ZÆØÅ]{3}\d)(?![\p{L}\p{N}])`;
const ECPR_SHAPE = String.raw`(?=[0-9OoIlSsBZz])(?<![\p{L}\p{N}])([0-9OoIlSsBZz]{6})[-\u2010\u2011\u2013 ]?([0-9OoIlSsBZz][\p{L}0-9]{2}[0-9OoIlSsBZz])(?![\p{L}\p{N}])`;

test('runStartMatches: a sticky regex tried at the starts of long enough digit runs finds what a global search finds', () => {
  fc.assert(
    fc.property(windowed, fc.constantFrom(CLEAN, DIGIT_FORM, LETTER_FORM), ({ t, from, to }, source) => {
      const runs = digitRuns(t, from, Math.min(t.length, to + 128));
      const fast = runStartMatches(t, new RegExp(source, 'uy'), runs, from, to, 6).map((m) => [m.index, m[0]]);
      assert.deepEqual(fast, globalMatches(source, t, from, to));
      // With the substitute forms' character checks, which leave out run starts where they cannot match.
      const mayStart = source === DIGIT_FORM ? mayStartDigitForm : source === LETTER_FORM ? mayStartLetterForm : undefined;
      const checked = runStartMatches(t, new RegExp(source, 'uy'), runs, from, to, 6, mayStart).map((m) => [m.index, m[0]]);
      assert.deepEqual(checked, fast);
    }),
    RUNS,
  );
});

test('runStartMatches with the character checks: every separator and letter of the forms, at the text edges', () => {
  const texts: string[] = [];
  for (const sep of ['', '-', '\u2010', '\u2011', '\u2013', '\u2014', ' ']) {
    for (const tail of ['1234', 'ABC1', 'ÆØÅ2', 'abc1']) for (const head of ['010180', '610180', '910180']) texts.push(head + sep + tail, `x ${head}${sep}${tail}.`);
  }
  for (const t of texts) {
    const runs = digitRuns(t, 0, t.length);
    for (const [source, mayStart] of [[DIGIT_FORM, mayStartDigitForm], [LETTER_FORM, mayStartLetterForm]] as const) {
      const checked = runStartMatches(t, new RegExp(source, 'uy'), runs, 0, t.length, 6, mayStart).map((m) => [m.index, m[0]]);
      assert.deepEqual(checked, globalMatches(source, t, 0, t.length), JSON.stringify(t));
    }
    assert.deepEqual(cleanCprCandidateList(t).map((c) => [c.start, t.slice(c.start, c.end)]), plainCleanMatches(t, 0, t.length), JSON.stringify(t));
  }
});

test('clean CPR candidates equal the global regex matches', () => {
  fc.assert(
    fc.property(windowed, ({ t, from, to }) => {
      const fast = cleanCprCandidateList(t, from, to).map((c) => [c.start, t.slice(c.start, c.end), c.digits]);
      assert.deepEqual(fast, plainCleanMatches(t, from, to).map(([i, s]) => [i, s, s.replace(/\D/g, '')]));
    }),
    RUNS,
  );
});

test('clean CPR candidates next to every kind of character equal the global regex matches', () => {
  const neighbours = ['', 'x', 'Z', '_', '-', ' ', '\u00a0', '+', '.', 'ø', 'Æ', 'ı', 'ſ', 'µ', '١', '²', '½', '𝟎', '𝐀', '😀', '\u2013', '5'];
  for (const number of ['0101801234', '010180-1234', '010180 1234', '010180\u20141234', '010180-12345', '01018-01234']) {
    for (const a of neighbours) for (const b of neighbours) {
      const t = a + number + b;
      const fast = cleanCprCandidateList(t).map((c) => [c.start, t.slice(c.start, c.end), c.digits]);
      assert.deepEqual(fast, plainCleanMatches(t, 0, t.length).map(([i, s_]) => [i, s_, s_.replace(/\D/g, '')]), JSON.stringify(t));
    }
  }
});

test('digitRuns: the maximal runs of ASCII digits within the range', () => {
  fc.assert(
    fc.property(windowed, ({ t, from, to }) => {
      const plain = [...t.slice(from, to).matchAll(/[0-9]+/g)].flatMap((m) => [from + m.index!, from + m.index! + m[0].length]);
      assert.deepEqual(Array.from(digitRuns(t, from, to)), plain);
      const long = (n: number) => plain.flatMap((x, k) => (k % 2 === 0 && plain[k + 1]! - x >= n ? [x, plain[k + 1]!] : []));
      for (const n of [1, 4, 6]) assert.deepEqual(Array.from(longDigitRuns(t, from, to, n)), long(n));
      // Shared per scan: the same runs whether or not another detector read every run first.
      const alone = new ScanContext(t, { window: { start: from, end: to } });
      const shared = new ScanContext(t, { window: { start: from, end: to } });
      digitRunsFor(shared);
      assert.deepEqual(sixDigitRunsFor(alone), sixDigitRunsFor(shared));
    }),
    RUNS,
  );
});

/** eCPR candidates as they were read: the global regex, every match read. */
function plainEcprCandidates(t: string, from: number, to: number): EcprCandidate[] {
  const out: EcprCandidate[] = [];
  const lookalike = (ch: string) => (ch >= '0' && ch <= '9') || LETTER_AS_DIGIT[ch] !== undefined;
  for (const [index, whole] of globalMatches(ECPR_SHAPE, t, from, to)) {
    const m = new RegExp(ECPR_SHAPE, 'uy');
    m.lastIndex = index;
    const g = m.exec(t)!;
    const ten = g[1]! + g[2]!;
    const reading = readEcpr(ten);
    if (!reading || reading.ocrCorrections > ECPR_CONFIDENCE.maxOcrCorrections) continue;
    let ambiguousWithCpr = false;
    if (reading.lettersWritten < 2 || (lookalike(ten[7]!) && lookalike(ten[8]!))) {
      const digits = digitReading(ten);
      ambiguousWithCpr = !!digits && couldBeIssued(digits);
    }
    out.push({ start: index, end: index + whole.length, reading, ambiguousWithCpr });
  }
  return out;
}

test('eCPR candidates: the places just before digit runs give every candidate the global regex gives', () => {
  fc.assert(
    fc.property(windowed, ({ t, from, to }) => {
      assert.deepEqual([...ecprCandidates(t, from, to)], plainEcprCandidates(t, from, to));
    }),
    RUNS,
  );
});

test('the CPR-family detectors and dates of birth: a window gives the findings of a full scan that start in it', () => {
  fc.assert(
    fc.property(windowed, fc.constantFrom(cprDetector, ecprDetector, cprSubstituteDetector, dateOfBirthDetector), ({ t, from, to }, detector) => {
      const full = detector.detect(new ScanContext(t, {})).filter((f) => f.start >= from && f.start < to);
      const inWindow = detector.detect(new ScanContext(t, { window: { start: from, end: to } })).filter((f) => f.start >= from && f.start < to);
      assert.deepEqual(inWindow, full);
    }),
    RUNS,
  );
});

test('the CPR-family detectors read in small blocks (as a long scan is) give what one pass gives', () => {
  fc.assert(
    fc.property(windowed, fc.integer({ min: 1, max: 40 }), ({ t, from, to }, block) => {
      const window = { window: { start: from, end: to } };
      assert.deepEqual(detectCpr(new ScanContext(t, window), block), detectCpr(new ScanContext(t, window)));
      assert.deepEqual(detectEcpr(new ScanContext(t, window), block), detectEcpr(new ScanContext(t, window)));
      assert.deepEqual(detectSubstitutes(new ScanContext(t, window), block), detectSubstitutes(new ScanContext(t, window)));
    }),
    RUNS,
  );
});

test('blocks: a loose reading overlapping a clean number that starts in the next block is still dropped', () => {
  // The loose reading 01 01 801234 (1 January 1980: issued without modulus-11) ends where the clean candidate
  // 801234‐5678, starting inside it, has its separator: the clean candidate wins, wherever a block ends.
  for (const t of ['x 01 01 801234\u20105678 y', 'CPR: 01 01 801234\u20105678']) {
    const whole = detectCpr(new ScanContext(t));
    assert.ok(!whole.some((f) => t.slice(f.start, f.end).startsWith('01 01')), 'no loose finding in one pass');
    for (let block = 1; block <= t.length; block++) assert.deepEqual(detectCpr(new ScanContext(t), block), whole, `block ${block}`);
  }
});

test('clusterRegions: a chain of digits too short, too far apart or broken by another character gives no region', () => {
  const shape = LOOSE_READING_SHAPE;
  const regions = (t: string) => clusterRegions(t, 0, t.length, shape, digitRuns(t, 0, t.length));
  assert.deepEqual(regions('x 123456 y'), []); // six digits
  assert.deepEqual(regions('x 1234567 y'), [1, 9]); // the lead covers the space, not the `x`
  assert.deepEqual(regions('ab 1 2 3 4 5 6 7'), [1, 16]); // linked through spaces; the lead covers `b` (a 6 misread), not `a`
  assert.deepEqual(regions('123:4567'), []); // ':' cannot stand inside a reading
  assert.deepEqual(regions('1234' + ' '.repeat(shape.maxGap + 1) + '567'), []);
  assert.deepEqual(regions('1234' + ' '.repeat(shape.maxGap) + '567'), [0, 4 + shape.maxGap + 3]);
});

// ---- Functions rewritten for speed, against their plain forms. ----

test('analyseCpr without a digit array equals the array form', () => {
  const plain = (ten: string) => {
    const d = [...ten].map(Number);
    const day = d[0]! * 10 + d[1]!, month = d[2]! * 10 + d[3]!;
    const year = cprFullYear(d[4]! * 10 + d[5]!, d[6]!);
    const realDate = isRealDate(year, month, day);
    return { day, month, year, realDate, mod11: passesMod11(d), noMod11Date: realDate && isNoMod11Date(year, month, day), sex: d[9]! % 2 === 1 ? 'male' : 'female' };
  };
  fc.assert(fc.property(fc.stringMatching(/^\d{10}$/), (ten) => assert.deepEqual(analyseCpr(ten), plain(ten))), RUNS);
  for (const ten of ['0101601234', '2902000000', '2902010000', '3112999999']) assert.deepEqual(analyseCpr(ten), plain(ten));
});

test('readEcpr leaving plain numbers at once equals the full reading', () => {
  const LETTER = /^[A-ZÆØÅ]$/;
  const plain = (ten: string) => {
    if (ten.length !== 10) return undefined;
    let corrections = 0, lowerCase = false;
    const out: string[] = [];
    for (let i = 0; i < 10; i++) {
      const ch = ten[i]!;
      if (i === 7 || i === 8) {
        const up = ch.toUpperCase();
        if (LETTER.test(up)) { if (ch !== up) lowerCase = true; out.push(up); }
        else if (DIGIT_AS_LETTER[ch]) { out.push(DIGIT_AS_LETTER[ch]!); corrections++; }
        else return undefined;
      } else if (ch >= '0' && ch <= '9') out.push(ch);
      else if (LETTER_AS_DIGIT[ch]) { out.push(LETTER_AS_DIGIT[ch]!); corrections++; }
      else return undefined;
    }
    const lettersWritten = (LETTER.test(ten[7]!.toUpperCase()) ? 1 : 0) + (LETTER.test(ten[8]!.toUpperCase()) ? 1 : 0);
    if (lettersWritten === 0) return undefined;
    const value = out.join('');
    const day = Number(value.slice(0, 2)), month = Number(value.slice(2, 4));
    const century = ecprFullYear(Number(value.slice(4, 6)), Number(value[6]));
    if (!century || !isRealDate(century.year, month, day)) return undefined;
    return { value, year: century.year, month, day, scheme: century.scheme, ocrCorrections: corrections, lowerCase, lettersWritten };
  };
  const ch = fc.constantFrom(...'0123456789OoIlSsBZzAaKkæøÅıſ-'.split(''));
  const ten = fc.oneof(fc.array(ch, { minLength: 10, maxLength: 10 }).map((a) => a.join('')), fc.constantFrom('1308781OS6', '2804560PJ2', '1506056sj2', '0101801234', '01018O1234', '1308781A26', '13087812B6', '1308781aO6'));
  fc.assert(fc.property(ten, (t) => assert.deepEqual(readEcpr(t), plain(t))), RUNS);
});

test('dates of birth: a text without ASCII digits is left at once, one with them still scanned', () => {
  assert.deepEqual(dateOfBirthDetector.detect(new ScanContext('Anne er født den første januar, DOB ukendt.')), []);
  assert.deepEqual(dateOfBirthDetector.detect(new ScanContext('Anne er født 1. januar 1980.')).map((f) => f.type), ['date-of-birth']);
});
