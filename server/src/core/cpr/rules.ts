// The arithmetic of the Danish personal identification number (CPR-nummer, personnummer).
// Source: CPR-kontoret, "Personnummeret i CPR-systemet" and https://cpr.dk (Opbygning af CPR-nummeret):
// positions 1-2 day, 3-4 month, 5-6 year without century, 7-10 serial number; the 7th digit together with
// the two-digit year gives the century; the 10th digit's parity gives the legal sex.

/**
 * The full birth year from the two-digit year and the 7th digit (CPR office's century table):
 *   7th digit 0-3         → 1900-1999
 *   7th digit 4 or 9      → 2000-2036 when YY ≤ 36, else 1937-1999
 *   7th digit 5, 6, 7, 8  → 2000-2057 when YY ≤ 57, else 1858-1899
 */
export function cprFullYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Weights of the modulus-11 check over the ten digits. */
export const MOD11_WEIGHTS: readonly number[] = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** True when the weighted digit sum is divisible by 11. `digits` holds ten numbers 0-9. */
export function passesMod11(digits: ArrayLike<number>): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += MOD11_WEIGHTS[i]! * digits[i]!;
  return sum % 11 === 0;
}

/**
 * Birth dates on which the CPR office has issued numbers WITHOUT a valid modulus-11 check digit.
 * Until 1 October 2007 every issued number passed modulus-11; since then, for birth dates where the
 * modulus-11 series ran out, numbers failing it are issued. They are all 1 January dates, because
 * 1 January is recorded when the real birth date is unknown.
 *
 * Source: CPR-kontoret, "Personnumre uden kontrolciffer (modulus 11 kontrol)",
 * https://cpr.dk/cpr-systemet/personnumre-uden-kontrolciffer-modulus-11-kontrol (last updated 10-05-2023).
 * The office notes that the list "is not updated regularly and is therefore not necessarily exhaustive".
 * Keep this the single copy of that list: detection, synthetic values and the report all read it here.
 */
export const NO_MOD11_BIRTH_YEARS: readonly number[] = [
  1960, 1962, 1964, 1965, 1966, 1967, 1969,
  1970, 1974, 1975, 1978,
  1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989,
  1990, 1991, 1992, 1994, 1995,
];
export const NO_MOD11_SOURCE =
  'CPR-kontoret, "Personnumre uden kontrolciffer (modulus 11 kontrol)", cpr.dk, updated 10-05-2023';

const noMod11Years = new Set(NO_MOD11_BIRTH_YEARS);

/** True when numbers without modulus-11 have been issued for this birth date (see NO_MOD11_BIRTH_YEARS). */
export function isNoMod11Date(year: number, month: number, day: number): boolean {
  return day === 1 && month === 1 && noMod11Years.has(year);
}

/** What the CPR rules say about ten digits. */
export interface CprAnalysis {
  day: number;
  month: number;
  year: number;
  /** The date exists in the full year given by the century rule. */
  realDate: boolean;
  mod11: boolean;
  /** The birth date is on the CPR office's list of dates issued without modulus-11. */
  noMod11Date: boolean;
  /** 'male' for an odd last digit, 'female' for even. */
  sex: 'male' | 'female';
}

/** Reads ten digits (a string of exactly ten ASCII digits) by the CPR rules. */
export function analyseCpr(tenDigits: string): CprAnalysis {
  const t = tenDigits;
  const day = (t.charCodeAt(0) - 48) * 10 + t.charCodeAt(1) - 48;
  const month = (t.charCodeAt(2) - 48) * 10 + t.charCodeAt(3) - 48;
  const year = cprFullYear((t.charCodeAt(4) - 48) * 10 + t.charCodeAt(5) - 48, t.charCodeAt(6) - 48);
  const realDate = isRealDate(year, month, day);
  // passesMod11 over the characters, without an array of digits (this runs for every candidate).
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += MOD11_WEIGHTS[i]! * (t.charCodeAt(i) - 48);
  return {
    day,
    month,
    year,
    realDate,
    mod11: sum % 11 === 0,
    noMod11Date: realDate && isNoMod11Date(year, month, day),
    sex: (t.charCodeAt(9) - 48) % 2 === 1 ? 'male' : 'female',
  };
}

/** True when these ten digits could be a number the CPR office has issued (date real, and mod-11 or a listed date). */
export function couldBeIssued(tenDigits: string): boolean {
  const a = analyseCpr(tenDigits);
  return a.realDate && (a.mod11 || a.noMod11Date);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "1 January 1980": for hovers in the user's own document only; never put it in a report or a log. */
export function formatDate(year: number, month: number, day: number): string {
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
