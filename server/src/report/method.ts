// "How it was checked": each identifier type's rules in words, read from the rule modules themselves (the
// no-modulus-11 list and its source, the context patterns, the confidence levels), so the report cannot drift
// from the code.
import { DETECTORS, IDENTIFIER_TYPES, STRONG_CONFIDENCE, cprRules, type IdentifierType } from '../core';
import { CPR_CONFIDENCE } from '../core/cpr/cprDetector';
import { CPR_CUES, NEGATIVE_CUES } from '../core/cpr/cprContext';
import { CUE_WINDOW_AFTER, CUE_WINDOW_BEFORE } from '../core/context/cues';
import { FIRST_OF_JANUARY_CONFIDENCE } from '../core/cpr/firstOfJanuary';
import { TEST_CPR_CONFIDENCE, TEST_CPR_SOURCE, TEST_SERIAL_MIN } from '../core/cpr/testNumbers';
import { MAX_OCR_CORRECTIONS, OCR_DIGIT_FOR } from '../core/cpr/looseReader';
import { TYPE_HELP } from '../cli/typeHelp';
import { probeOcrHandling } from './selfTest';

export interface TypeMethod {
  type: IdentifierType;
  label: string;
  detector: string;
  summary: string;
  rules: string[];
}

export interface CprMethod {
  century: string[];
  date: string;
  mod11: string;
  noMod11: { years: number[]; source: string; text: string };
  firstOfJanuary: string;
  testNumbers: { source: string; text: string };
  context: { cueWords: string; negativeWords: string; fieldNames: string; text: string };
  confidence: Record<string, number>;
  separators: string;
  ocr: { handled: boolean; text: string };
}

export interface Method {
  strongConfidence: number;
  types: TypeMethod[];
  cpr: CprMethod;
}

/** "0 for O o D Q, 1 for l I i …": the OCR confusion table, grouped by digit. */
function ocrPairs(): string {
  const byDigit = new Map<string, string[]>();
  for (const [ch, d] of Object.entries(OCR_DIGIT_FOR)) byDigit.set(d, [...(byDigit.get(d) ?? []), ch]);
  return [...byDigit.entries()].sort().map(([d, chars]) => `${d} for ${chars.join(' ')}`).join(', ');
}

export function describeMethod(): Method {
  const types: TypeMethod[] = [];
  for (const d of DETECTORS) {
    for (const t of d.types) {
      types.push({
        type: t,
        label: IDENTIFIER_TYPES[t].label,
        detector: d.id,
        summary: TYPE_HELP[t],
        rules: t === 'cpr' ? ['cpr.date', 'cpr.mod11', 'cpr.noMod11Date', 'cpr.firstOfJanuary', 'cpr.testNumber', 'cpr.mod11Fails', 'cpr.separator', 'context.word', 'context.field', 'context.negative'] : [],
      });
    }
  }
  const ocrHandled = probeOcrHandling();
  return {
    strongConfidence: STRONG_CONFIDENCE,
    types,
    cpr: {
      century: [
        '7th digit 0-3: born 1900-1999',
        '7th digit 4 or 9: born 2000-2036 when the two-digit year is 00-36, else 1937-1999',
        '7th digit 5-8: born 2000-2057 when the two-digit year is 00-57, else 1858-1899',
      ],
      date: 'The first six digits must be a real date (DDMMYY) in the full year the century rule gives, leap years included.',
      mod11: `Weights ${cprRules.MOD11_WEIGHTS.join(', ')} over the ten digits; the weighted sum must be divisible by 11. Every number issued before 1 October 2007 passes.`,
      noMod11: {
        years: [...cprRules.NO_MOD11_BIRTH_YEARS],
        source: cprRules.NO_MOD11_SOURCE,
        text: 'Since 1 October 2007 the CPR office issues numbers that fail modulus-11 for birth dates whose modulus-11 series ran out; all are 1 January dates. A real date on this list is reported without the check; the office notes the list may not be exhaustive.',
      },
      firstOfJanuary: `Because that list is not exhaustive, a real-date number on 1 January of any other year that fails modulus-11 is reported too, without needing a CPR word, at confidence ${FIRST_OF_JANUARY_CONFIDENCE} (weak).`,
      testNumbers: {
        source: TEST_CPR_SOURCE,
        text: `Numbers that follow the national test-CPR convention (real date, no modulus-11, serial after the century digit ${TEST_SERIAL_MIN} or higher, not 1 January) are test data: they are reported only after a CPR word or in a CPR field, at confidence ${TEST_CPR_CONFIDENCE} (a hint), never as a person's number.`,
      },
      context: {
        cueWords: CPR_CUES.source,
        negativeWords: NEGATIVE_CUES.source,
        fieldNames: 'JSON and YAML keys, key=value pairs, CSV/TSV headers and SQL INSERT column names are read as the field a value stands in; names containing cpr, ssn, personnummer, personnr, pnr, national id, dk-pin and the like count as CPR fields; order, invoice, account, timestamp, sample, phone and similar fields count against.',
        text: `Danish and English CPR words within ${CUE_WINDOW_BEFORE} characters before (crossing one line break) or ${CUE_WINDOW_AFTER} after the number raise confidence; a nearer label for another kind of number (order, invoice, account, timestamp, sample, case, phone …) lowers it.`,
      },
      confidence: { ...CPR_CONFIDENCE },
      separators: 'Ten digits, optionally split after the sixth by one hyphen, non-breaking hyphen, en or em dash, or space; not inside a longer run of letters or digits.',
      ocr: {
        handled: ocrHandled,
        text: ocrHandled
          ? `Numbers written loosely are read too: OCR output, where letters stand for digits (${ocrPairs()}; at most ${MAX_OCR_CORRECTIONS} per number), stray spaces, a misplaced dash or a line break, and dictated groupings. The rules then apply to the digits read; such readings say so in their reasons.`
          : 'OCR confusions of letters for digits (such as O for 0 and l for 1) are NOT read in this version: a number garbled by OCR is not found. Check scanned documents by other means.',
      },
    },
  };
}
