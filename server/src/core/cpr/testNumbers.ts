// Test CPR numbers: the convention of the national list of test CPR numbers, so that Skjold can tell test data
// from a person, and so that synthetic values Skjold writes are recognisable as test data by other Danish systems.
//
// Source: MedCom, "Nationale test-CPR-numre", medcom.dk (Standarder → Tabeller), updated 13 February 2023.
// MedCom's steering group decided on an official list (28 November 2016), made on the CPR office's instructions.
// The list's numbers follow the CPR syntax (real date, century digit) WITHOUT a valid modulus-11 check digit, and
// use very high serial numbers; the list itself is published as a spreadsheet. MedCom's published examples use
// serial endings such as 9989, 9990, 9995 and 9996 (and 3989/3995 where a 9 would give the wrong century), e.g.
// the test patient on medcomfhir.dk "HomeCareObservation — Test Protocol Test Example" (release 1.2.1).
// We recognise the CONVENTION rather than copying the list (which MedCom renews as test children grow up):
//   real date by the CPR century rule, fails modulus-11, the three digits after the century digit ≥ 980,
//   and not 1 January (1 January is where the CPR office issues real numbers without modulus-11; see rules.ts
//   NO_MOD11_BIRTH_YEARS and firstOfJanuary.ts).
import { analyseCpr, couldBeIssued, cprFullYear, isRealDate } from './rules';
import type { Finding, Reason } from '../types';

export const TEST_CPR_SOURCE = 'MedCom, "Nationale test-CPR-numre", medcom.dk, updated 13-02-2023';

/** Lowest value of digits 8–10 (the serial after the century digit) we read as a test-list serial. */
export const TEST_SERIAL_MIN = 980;

/**
 * Confidence of a recognised test number: below the report threshold of real CPR readings (0.5), so the
 * server shows it as a Hint (see HINT_CONFIDENCE in types.ts and lsp/diagnostics.ts), but still reported.
 */
export const TEST_CPR_CONFIDENCE = 0.3;

/** True when ten ASCII digits follow the national test-CPR convention (see the header of this file). */
export function isTestCprNumber(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  const a = analyseCpr(tenDigits);
  if (!a.realDate || a.mod11) return false;
  if (a.day === 1 && a.month === 1) return false;
  return Number(tenDigits.slice(7)) >= TEST_SERIAL_MIN;
}

export interface TestCprRequest {
  year: number;
  month: number;
  day: number;
  sex?: 'male' | 'female';
  /** Picks among the possible serials for the same date and sex (0 = the first), for distinct values. */
  variant?: number;
}

/** Serial endings tried in order: the endings seen in MedCom's published examples first, then the rest ≥ 980. */
const SERIAL_ORDER: readonly number[] = [996, 995, 990, 989, ...Array.from({ length: 20 }, (_, i) => 999 - i).filter((n) => ![996, 995, 990, 989].includes(n))];

/**
 * Ten digits for the given birth date that follow the test-CPR convention and can never be an issued number
 * (`couldBeIssued` is false). 1 January becomes 2 January: real numbers without modulus-11 are issued on 1 January.
 * Throws a RangeError for a date that does not exist or a year no century digit can express (before 1858, after 2057).
 */
export function makeTestCprNumber(req: TestCprRequest): string {
  const { year, month } = req;
  let day = req.day;
  if (!isRealDate(year, month, day)) throw new RangeError('makeTestCprNumber: not a real date');
  if (day === 1 && month === 1) day = 2;
  const yy = year % 100;
  // MedCom's examples use century digit 9 where it gives the right century, else the lowest digit that does.
  const centuryDigits = [9, 0, 1, 2, 3, 4, 5, 6, 7, 8].filter((d) => cprFullYear(yy, d) === year);
  if (!centuryDigits.length) throw new RangeError('makeTestCprNumber: year outside the CPR century table');
  const prefix = pad(day) + pad(month) + pad(yy) + String(centuryDigits[0]);
  const wantOdd = (req.sex ?? 'female') === 'male';
  const candidates: string[] = [];
  for (const serial of SERIAL_ORDER) {
    if ((serial % 2 === 1) !== wantOdd) continue;
    const ten = prefix + String(serial);
    if (isTestCprNumber(ten) && !couldBeIssued(ten)) candidates.push(ten);
  }
  if (!candidates.length) throw new RangeError('makeTestCprNumber: no test serial for this date');
  return candidates[(req.variant ?? 0) % candidates.length]!;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export const TEST_CPR_REASON: Reason = {
  rule: 'cpr.testNumber',
  text: 'follows the national test-CPR convention (MedCom: no modulus-11, very high serial number): probably test data',
  weight: -0.3,
};

/**
 * The finding for a test-convention number that stands where a CPR number would be reported (CPR context).
 * `reasons` holds the reading and date reasons so far. Dropped only when a caller asked for a higher minimum.
 */
export function testCprFinding(span: { start: number; end: number }, reasons: Reason[], context: Reason, minConfidence?: number): Finding | undefined {
  if (minConfidence !== undefined && TEST_CPR_CONFIDENCE < minConfidence) return undefined;
  return { type: 'cpr', start: span.start, end: span.end, confidence: TEST_CPR_CONFIDENCE, reasons: [...reasons, TEST_CPR_REASON, { ...context, weight: 0 }] };
}
