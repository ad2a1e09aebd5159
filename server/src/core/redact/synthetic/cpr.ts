// Synthetic CPR numbers: a real date, the original's layout and separator, the sex digit's parity kept, and
// never a number that could have been issued (it fails modulus-11 and avoids 1 January, the only dates with
// numbers issued without modulus-11). They are made by ../../cpr/testNumbers.ts `makeTestCprNumber`, the
// national test-CPR convention (MedCom: no modulus-11, serial ≥ 980), so Skjold shows them as a Hint at most
// and other Danish systems recognise them as test data. OCR look-alike letters in the original stay letters.
import { couldBeIssued, daysInMonth, isLeapYear, analyseCpr } from '../../cpr/rules';
import { makeTestCprNumber } from '../../cpr/testNumbers';
import { OCR_DIGIT_FOR } from '../../cpr/looseReader';
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';

/** The digit an OCR look-alike letter stands for, as the CPR reader reads it (one table: looseReader.ts). */
function readDigit(ch: string): number | undefined {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  const d = OCR_DIGIT_FOR[ch];
  return d === undefined ? undefined : Number(d);
}

/** Offsets of the ten characters that carry the number, or undefined when the value does not hold ten. */
function digitSlots(value: string): number[] | undefined {
  const slots: number[] = [];
  for (let i = 0; i < value.length; i++) if (/[\p{L}\p{N}]/u.test(value[i]!) || value[i]! in OCR_DIGIT_FOR) slots.push(i);
  return slots.length === 10 ? slots : undefined;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Month and day of the `index`-th day (0-based) of `year`. */
function fromDayOfYear(year: number, index: number): [number, number] {
  let month = 1;
  while (index >= daysInMonth(year, month)) index -= daysInMonth(year, month++);
  return [month, index + 1];
}

/** True when `digits` has the required digit wherever `fixed` names one. */
function fits(digits: string, fixed: readonly (number | undefined)[], from = 0): boolean {
  for (let k = 0; k < digits.length; k++) if (fixed[from + k] !== undefined && Number(digits[k]) !== fixed[from + k]) return false;
  return true;
}

/**
 * The ten synthetic digits for ten original digits (as read), deterministic in (digits, key). `fixed` pins
 * positions to a digit (where the original holds an OCR letter that is kept, so the layout stays letter for
 * letter); the result honours them, preferring the test-CPR form, and is never a number that could be issued.
 */
export function syntheticCprDigits(original: string, ctx: SyntheticContext, fixed: readonly (number | undefined)[] = []): string | undefined {
  const rng = new KeyedStream(ctx.key, 'synthetic:cpr', original);
  const a = /^\d{10}$/.test(original) ? analyseCpr(original) : undefined;
  if (!a?.realDate) return undefined;
  const { year } = a;
  const yearDays = isLeapYear(year) ? 366 : 365;
  const start = rng.int(yearDays);
  const male = Number(original[9]) % 2 === 1;
  const variant = rng.int(1000);
  // The dates to try, in keyed order: with the shift, every day of the year from a keyed start; without it,
  // the original date first (moved off 1 January, where numbers without modulus-11 are issued).
  const dates: [number, number][] = [];
  if (!ctx.shiftBirthDate) dates.push(a.month === 1 && a.day === 1 ? [1, 2] : [a.month, a.day]);
  for (let i = 0; i < yearDays; i++) dates.push(fromDayOfYear(year, (start + i) % yearDays));
  for (const [month, day] of dates) {
    if (month === 1 && day === 1) continue;
    if (!fits(pad2(day) + pad2(month) + pad2(year % 100), fixed)) continue;
    // The test-CPR form first (makeTestCprNumber: the convention's serials for this date and sex)...
    const tests = new Set<string>();
    for (let v = 0; v < 20; v++) tests.add(makeTestCprNumber({ year, month, day, sex: male ? 'male' : 'female', variant: v }));
    const fitting = [...tests].filter((t) => fits(t, fixed));
    if (fitting.length) return fitting[variant % fitting.length]!;
    // ...else, where a kept letter rules it out, any serial that fails modulus-11 (never issued on this date).
    const prefix = pad2(day) + pad2(month) + pad2(year % 100);
    const others: string[] = [];
    for (let serial = 0; serial < 10000; serial++) {
      const ten = prefix + String(serial).padStart(4, '0');
      if (Number(ten[9]) % 2 === (male ? 1 : 0) && fits(ten, fixed) && analyseCpr(ten).year === year && !couldBeIssued(ten)) others.push(ten);
    }
    if (others.length) return others[variant % others.length]!;
  }
  return undefined;
}

/**
 * A synthetic CPR number written in the original's layout: separators and spacing as they are, and OCR
 * look-alike letters kept (the synthetic digit there is the digit the letter reads as).
 */
export function syntheticCpr(value: string, ctx: SyntheticContext): string | undefined {
  const slots = digitSlots(value);
  if (!slots) return undefined;
  const read = slots.map((i) => readDigit(value[i]!));
  if (read.some((d) => d === undefined)) return undefined;
  const fixed = slots.map((i, k) => (value[i]! >= '0' && value[i]! <= '9' ? undefined : read[k]));
  const digits = syntheticCprDigits(read.join(''), ctx, fixed);
  if (!digits || couldBeIssued(digits)) return undefined;
  let out = '';
  for (let i = 0, k = 0; i < value.length; i++) {
    if (slots[k] !== i) { out += value[i]!; continue; }
    out += fixed[k] !== undefined ? value[i]! : digits[k]!;
    k++;
  }
  return out;
}

/** `010180-XXXX`: the birth date stays, the serial number goes. */
export function maskCprKeepingBirthDate(value: string, maskChar: string): string {
  let seen = 0;
  return value.replace(/[\p{L}\p{N}]/gu, (ch) => (seen++ < 6 ? ch : maskChar));
}
