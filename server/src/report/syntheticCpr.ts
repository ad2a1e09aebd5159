// Synthetic CPR numbers built from the rules at run time, for the self-test and the tests: no real or
// stored number is needed, and none is ever written to a report (the vectors are described, never shown).
import { cprRules } from '../core';

/** The 7th digit that gives `year` under the century rule (undefined when none does). */
export function seventhDigitFor(year: number): number | undefined {
  return [...Array(10).keys()].find((d) => cprRules.cprFullYear(year % 100, d) === year);
}

/**
 * Ten digits for the birth date with a valid modulus-11 check digit (`valid`), or failing it (`!valid`).
 * `serial` (0-99) picks among the numbers of that date.
 */
export function syntheticCpr(year: number, month: number, day: number, opts: { valid?: boolean; serial?: number } = {}): string {
  const d7 = seventhDigitFor(year);
  if (d7 === undefined) throw new Error('no century digit for that year');
  const date = String(day).padStart(2, '0') + String(month).padStart(2, '0') + String(year % 100).padStart(2, '0');
  for (let s = opts.serial ?? 0; s < 100 + (opts.serial ?? 0); s++) {
    const prefix = date + d7 + String(s % 100).padStart(2, '0');
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += cprRules.MOD11_WEIGHTS[i]! * Number(prefix[i]);
    const check = (11 - (sum % 11)) % 11;
    if (opts.valid === false) return prefix + ((check + 1) % 10 === 10 ? 0 : (check + 1) % 10);
    if (check !== 10) return prefix + check;
  }
  throw new Error('no valid serial');
}
