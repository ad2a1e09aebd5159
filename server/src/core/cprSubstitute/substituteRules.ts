// Substitute CPR numbers (erstatningspersonnumre) that authorities and companies construct for people who cannot
// have a real CPR number. Two shapes:
//
// 1. Day + 60 — CPR-kontoret, "Erstatningspersonnummer i eksterne systemer", cpr.dk (CPR-systemet), and
//    "Spørgsmål og svar: Personnummer", cpr.dk: the office recommends substitutes that cannot be confused with
//    real numbers, e.g. by raising the first digit of the birth day by 6 (born the 7th → 67); positions 3–6 month
//    and year, 7–10 a serial number whose 7th digit with the year gives the century (the CPR table) and whose
//    10th digit gives the sex. The office prescribes no check digit; Styrelsen for IT og Læring's Unilogin guide
//    (viden.stil.dk, "Fiktivt CPR-nummer") suggests adding 60 and then computing the check digit, so a valid
//    modulus-11 digit is noted but not required.
// 2. Letters after the date — STIL's guide also names "KOT CPR-numre" with letters in the three places after the
//    date, and Aarhus Universitet, "CPR-register" (medarbejdere.au.dk), constructs DDMMYY + three letters
//    (initials) + a sex digit for staff and students without a CPR number. No century digit: the date must exist
//    in 19YY or 20YY.
import { cprFullYear, isRealDate, passesMod11 } from '../cpr/rules';

/** Offset the CPR office adds to the birth day. */
export const SUBSTITUTE_DAY_OFFSET = 60;

export interface DayPlus60Reading {
  year: number;
  month: number;
  day: number;
  mod11: boolean;
}

/**
 * Reads ten ASCII digits as a day+60 substitute; undefined unless the day field is 61–91 and the date is real. Read
 * from the character codes (called for every ten-digit number starting with 6–9); the form it replaced, with a
 * regex, slices and a spread, is the oracle in test/unit/core/cprSubstitute.test.ts.
 */
export function readDayPlus60(tenDigits: string): DayPlus60Reading | undefined {
  if (tenDigits.length !== 10) return undefined;
  const digits = DIGITS;
  for (let i = 0; i < 10; i++) {
    const d = tenDigits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    digits[i] = d;
  }
  const dayField = digits[0]! * 10 + digits[1]!;
  if (dayField < 61 || dayField > 91) return undefined;
  const day = dayField - SUBSTITUTE_DAY_OFFSET;
  const month = digits[2]! * 10 + digits[3]!;
  const year = cprFullYear(digits[4]! * 10 + digits[5]!, digits[6]!);
  if (!isRealDate(year, month, day)) return undefined;
  return { year, month, day, mod11: passesMod11(digits) };
}
/** The digits read last (readDayPlus60 reads them into it; passesMod11 only reads). */
const DIGITS: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** True when DDMMYY (six ASCII digits) is a real date in 19YY or 20YY (letter-bearing substitutes carry no century). */
export function isRealDateAnyCentury(ddmmyy: string): boolean {
  const day = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  return isRealDate(1900 + yy, month, day) || isRealDate(2000 + yy, month, day);
}
