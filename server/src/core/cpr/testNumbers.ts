// The test-number convention Skjold's synthetic CPR numbers follow, and how to recognise it.
//
// MedCom's published test persons use CPR numbers that fail modulus-11 and carry very high serial numbers
// (issue 11), so Danish health systems can tell test data from people. Skjold writes its synthetic CPR numbers
// the same way and recognises the form, so it never warns about its own output again:
//   - a real birth date that is NOT 1 January (numbers without modulus-11 are issued on 1 January dates, and
//     the CPR office says its list of such dates is not necessarily complete: see NO_MOD11_BIRTH_YEARS);
//   - the 7th digit is the HIGHEST digit the century table allows for the birth year (9 for 1937-2036,
//     3 for 1900-1936, 8 for 1858-1899 and 2037-2057), and the 8th and 9th digits are 99: serial ≥ x990;
//   - the number fails modulus-11, so by rules.ts `couldBeIssued` it can never have been given to anyone.
// A real person's correctly written number cannot have this form; only a mistyped one could, and a mistyped
// number with serial x99x on a non-1-January date is rare enough to accept the miss.
import { analyseCpr, couldBeIssued, cprFullYear } from './rules';

/** The highest 7th digit that gives `year` under the century rule, or undefined outside 1858-2057. */
export function highestCenturyDigit(year: number): number | undefined {
  const yy = year % 100;
  for (let d7 = 9; d7 >= 0; d7--) if (cprFullYear(yy, d7) === year) return d7;
  return undefined;
}

/** True when ten ASCII digits have the test-number form above (Skjold's synthetic values and MedCom-style test numbers). */
export function isCprTestNumber(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits) || tenDigits[7] !== '9' || tenDigits[8] !== '9') return false;
  const a = analyseCpr(tenDigits);
  if (!a.realDate || (a.day === 1 && a.month === 1) || couldBeIssued(tenDigits)) return false;
  return Number(tenDigits[6]) === highestCenturyDigit(a.year);
}
