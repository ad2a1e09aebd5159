// eCPR numbers (erstatnings-CPR): pattern → eCPR shape with a real date (ecprRules.ts) → context → score.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding, Reason } from '../types';
import { reason, withWeight } from '../reason';
import { couldBeIssued } from '../cpr/rules';
import { LETTER_AS_DIGIT, digitReading, readEcpr, type EcprReading } from './ecprRules';
import { substituteContext } from './substituteContext';
import { isLowerCaseHexEcpr } from '../context/codeTokens';
import { digitRuns, digitRunsFor, RUN_BLOCK, type DigitRuns } from '../cpr/digitClusters';

/**
 * Six date characters, an optional separator, then the century digit, two letters and the sex digit; OCR
 * look-alikes allowed everywhere (ecprRules.ts decides). Not inside a longer run of letters or digits. Sticky: tried
 * only where a reading can start (ecprCandidates).
 */
const ECPR_SHAPE = /(?<![\p{L}\p{N}])([0-9OoIlSsBZz]{6})[-\u2010\u2011\u2013 ]?([0-9OoIlSsBZz][\p{L}0-9]{2}[0-9OoIlSsBZz])(?![\p{L}\p{N}])/uy;

export const ECPR_CONFIDENCE = {
  /** eCPR shape, real date, letters written as letters. */
  clean: 0.9,
  /** Per character read as its OCR look-alike. */
  ocrPenalty: 0.12,
  /** At most this many look-alike corrections in one reading. */
  maxOcrCorrections: 2,
  /** The specification says upper-case letters; lower case is more often something else. */
  lowerCasePenalty: 0.15,
  contextBonus: 0.05,
  negativePenalty: 0.55,
  reportThreshold: 0.5,
  /** Ceiling for a reading whose digits could be an issued CPR number: below any CPR OCR reading (≥ 0.6). */
  ambiguousWithCprCeiling: 0.55,
} as const;

export interface EcprCandidate {
  start: number;
  end: number;
  reading: EcprReading;
  /** The same characters read as digits could be an issued CPR number (see ecprCandidates). */
  ambiguousWithCpr: boolean;
}

const ECPR_SEPARATORS = '-\u2010\u2011\u2013 ';

/**
 * Most characters of a reported reading before its first ASCII digit: of the six date characters (the separator
 * comes after them) at most maxOcrCorrections are look-alike letters.
 */
const ECPR_LEAD = ECPR_CONFIDENCE.maxOcrCorrections;
/** Longest match: six characters, a separator, four characters. */
const ECPR_LENGTH = 11;

/** ASCII characters a match can start with (`[0-9OoIlSsBZz]`), and ASCII letters and digits (the look-behind). */
const STARTS = new Uint8Array(128);
const GLUES = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  STARTS[c] = /[0-9OoIlSsBZz]/.test(ch) ? 1 : 0;
  GLUES[c] = /[A-Za-z0-9]/.test(ch) ? 1 : 0;
}

/**
 * Every eCPR reading in [from, to): shape, real date, and no plain CPR number taken from the CPR detector. `runs`:
 * digitRuns over [from, to + 11) at least (cpr/digitClusters.ts), when the caller has them already.
 *
 * Why only the places just before runs of digits: the first ASCII digit of a reported reading stands after a
 * look-alike letter of the reading or after what precedes the reading (no letter or digit, the look-behind), so it
 * starts a run, at most ECPR_LEAD characters after the reading's start. And two matches of the shape cannot overlap
 * (inside a match stand only letters and digits, but for the separator, after which only four characters of the
 * match follow, and then no letter or digit): a global search finds the match at every position where one starts,
 * so trying those places in order finds the same readings.
 */
export function ecprCandidates(
  text: string,
  from = 0,
  to = text.length,
  runs: DigitRuns = digitRuns(text, from, Math.min(text.length, to + ECPR_LENGTH)),
): EcprCandidate[] {
  const out: EcprCandidate[] = [];
  let next = from; // places before it are tried already or inside a match
  for (let r = 0; r < runs.length; r += 2) {
    const runStart = runs[r]!;
    if (runStart - ECPR_LEAD >= to) break;
    // The six date characters from a place at most ECPR_LEAD before the run's start are look-alike characters with
    // no break, and reach past a run shorter than 6 − ECPR_LEAD digits: then the character after the run is one.
    const runEnd = runs[r + 1]!;
    if (runEnd - runStart < 6 - ECPR_LEAD && !isStartCode(text.charCodeAt(runEnd))) continue;
    // A run of more than eight digits (a CPR number, an account number) starts no reported reading: from a place i
    // at most ECPR_LEAD before it, the run covers i + 6 (no separator there, so the century digit stands at i + 6)
    // and both letter places i + 7 and i + 8, which mayReadAt rejects. (A run cut at the runs' reach is longer than listed.)
    if (runEnd - runStart > 8) continue;
    for (let i = Math.max(next, runStart - ECPR_LEAD), last = Math.min(runStart, to - 1); i <= last; i++) {
      next = i + 1;
      const c = text.charCodeAt(i);
      if (c >= 128 || STARTS[c] === 0) continue;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (before < 128 && GLUES[before] === 1) continue; // the look-behind fails
      if (!mayReadAt(text, i)) continue;
      ECPR_SHAPE.lastIndex = i;
      const m = ECPR_SHAPE.exec(text);
      if (!m) continue;
      const end = i + m[0].length;
      next = end;
      const candidate = readCandidate(m, i, end);
      if (candidate) out.push(candidate);
      break; // the rest of these places lie inside the match
    }
  }
  return out;
}

const isStartCode = (c: number): boolean => c < 128 && STARTS[c] === 1;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * False where no reported reading can start at `i`, read from the characters without the regex (most positions
 * in a digit cluster are plain numbers): the shape's fixed positions must hold look-alike characters, and the two
 * letter positions must not both hold digits (readEcpr needs a letter written there). The optional separator
 * stands at i + 6 exactly when that character is one (a look-alike character never is).
 */
function mayReadAt(text: string, i: number): boolean {
  for (let k = 1; k < 6; k++) if (!isStartCode(text.charCodeAt(i + k))) return false;
  const at = ECPR_SEPARATORS.includes(text.charAt(i + 6)) && text.length > i + 6 ? i + 7 : i + 6; // the century digit
  if (!isStartCode(text.charCodeAt(at)) || !isStartCode(text.charCodeAt(at + 3))) return false;
  return !(isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2)));
}

function readCandidate(m: RegExpExecArray, start: number, end: number): EcprCandidate | undefined {
  const ten = m[1]! + m[2]!;
  const reading = readEcpr(ten);
  if (!reading || reading.ocrCorrections > ECPR_CONFIDENCE.maxOcrCorrections) return undefined;
  // When the letters at 8–9 could all be OCR slips for digits (a digit, or O, I, S, B, Z) and those digits
  // could be an issued CPR number, it is more likely a CPR number with OCR noise: the eCPR reading is kept
  // below the CPR detector's OCR readings, so that the CPR reading wins the overlap wherever it is made.
  let ambiguousWithCpr = false;
  if (reading.lettersWritten < 2 || (isDigitLookalike(ten[7]!) && isDigitLookalike(ten[8]!))) {
    const digits = digitReading(ten);
    ambiguousWithCpr = !!digits && couldBeIssued(digits);
  }
  return { start, end, reading, ambiguousWithCpr };
}

export function scoreEcprCandidate(ctx: ScanContext, c: EcprCandidate): Finding | undefined {
  const r = c.reading;
  const reasons: Reason[] = [
    reason(
      'ecpr.shape',
      r.scheme === 'national' ? 'national eCPR form (century digit 1 or 7), real date, born in the {0}s' : 'regional eCPR form (century digit 0, 5 or 6), real date, born in the {0}s',
      Math.floor(r.year / 100) * 100,
    ),
  ];
  let confidence: number = ECPR_CONFIDENCE.clean;
  if (r.ocrCorrections) {
    confidence -= ECPR_CONFIDENCE.ocrPenalty * r.ocrCorrections;
    reasons.push(withWeight(reason('ecpr.ocr', 'read with {0} OCR look-alike correction(s)', r.ocrCorrections), -ECPR_CONFIDENCE.ocrPenalty * r.ocrCorrections));
  }
  if (r.lowerCase) {
    confidence -= ECPR_CONFIDENCE.lowerCasePenalty;
    reasons.push({ rule: 'ecpr.lowerCase', text: 'letters in lower case', weight: -ECPR_CONFIDENCE.lowerCasePenalty });
  }
  const context = substituteContext(ctx, c.start, c.end);
  // Only one letter written at 8–9 and a digit read as the other: part and article numbers of the shape
  // NNNNNN-NLNN pass that reading by chance (a real date, a century digit, one look-alike digit) far more often
  // than an eCPR is scanned without any label, so such a reading needs a cue or a field.
  if (r.lettersWritten < 2 && !context.positive) return undefined;
  // A lower-case hex token (a git hash) has the shape by chance: an eCPR only with a cue.
  if (r.lowerCase && !context.positive && isLowerCaseHexEcpr(ctx.text.slice(c.start, c.end))) return undefined;
  if (context.positive) {
    confidence = Math.min(0.99, confidence + ECPR_CONFIDENCE.contextBonus);
    reasons.push({ ...context.positive, weight: ECPR_CONFIDENCE.contextBonus });
  } else if (context.negative) {
    confidence -= ECPR_CONFIDENCE.negativePenalty;
    reasons.push({ ...context.negative, weight: -ECPR_CONFIDENCE.negativePenalty });
  }
  if (c.ambiguousWithCpr) {
    confidence = Math.min(confidence, ECPR_CONFIDENCE.ambiguousWithCprCeiling);
    reasons.push({ rule: 'ecpr.ambiguous', text: 'the letters could be misread digits of a CPR number' });
  }
  if (confidence < (ctx.options.minConfidence ?? ECPR_CONFIDENCE.reportThreshold)) return undefined;
  return { type: 'ecpr', start: c.start, end: c.end, confidence: Math.round(confidence * 100) / 100, reasons };
}

export const ecprDetector: Detector = {
  id: 'ecpr',
  types: ['ecpr'],
  detect: (ctx) => detectEcpr(ctx),
};

/** The eCPR detector's findings; a long scan read in blocks of `block` characters (see detectCpr). */
export function detectEcpr(ctx: ScanContext, block = RUN_BLOCK): Finding[] {
  if (!hasAsciiDigit(ctx)) return []; // at least six of the eight date and sex characters are digits (≤ 2 look-alikes): no ASCII digit, no finding
  const out: Finding[] = [];
  for (let from = ctx.scanStart, to = from, after = from; from < ctx.scanEnd; from = to) {
    to = Math.min(ctx.scanEnd, from + block);
    for (const c of ecprCandidates(ctx.text, Math.max(from, after), to, digitRunsFor(ctx, from, to))) {
      after = c.end;
      const f = scoreEcprCandidate(ctx, c);
      if (f) out.push(f);
    }
  }
  return out;
}

function isDigitLookalike(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || LETTER_AS_DIGIT[ch] !== undefined;
}
