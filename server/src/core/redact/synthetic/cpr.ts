// Synthetic CPR numbers: a real date, the original's layout and separator, the sex digit's parity kept, and
// never a number that could have been issued (it fails modulus-11 and avoids 1 January, the only dates with
// numbers issued without modulus-11). They are made by ../../cpr/testNumbers.ts `makeTestCprNumber`, the
// national test-CPR convention (MedCom: no modulus-11, serial ≥ 980), so Skjold shows them as a Hint at most
// and other Danish systems recognise them as test data.
import { couldBeIssued, daysInMonth, isLeapYear, analyseCpr } from '../../cpr/rules';
import { isTestCprNumber, makeTestCprNumber } from '../../cpr/testNumbers';
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';

/** Letters an OCR'd CPR number may hold in place of digits. */
const OCR_DIGIT: Record<string, number> = { O: 0, o: 0, D: 0, I: 1, l: 1, '|': 1, Z: 2, S: 5, s: 5, G: 6, B: 8 };

function readDigit(ch: string): number | undefined {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  return OCR_DIGIT[ch];
}

/** Offsets of the ten characters that carry the number, or undefined when the value does not hold ten. */
function digitSlots(value: string): number[] | undefined {
  const slots: number[] = [];
  for (let i = 0; i < value.length; i++) if (/[\p{L}\p{N}|]/u.test(value[i]!)) slots.push(i);
  return slots.length === 10 ? slots : undefined;
}

/** Month and day of the `index`-th day (0-based) of `year`. */
function fromDayOfYear(year: number, index: number): [number, number] {
  let month = 1;
  while (index >= daysInMonth(year, month)) index -= daysInMonth(year, month++);
  return [month, index + 1];
}

/** The ten synthetic digits for ten original digits (read), deterministic in (digits, key). */
export function syntheticCprDigits(original: string, ctx: SyntheticContext): string {
  const rng = new KeyedStream(ctx.key, 'synthetic:cpr', original);
  const a = /^\d{10}$/.test(original) ? analyseCpr(original) : undefined;
  let year: number, month: number, day: number;
  if (a?.realDate) {
    ({ year, month, day } = a);
  } else {
    // No readable date (e.g. OCR noise): any date in the 20th century.
    year = 1937 + rng.int(63);
    month = 1 + rng.int(12);
    day = 1 + rng.int(daysInMonth(year, month));
  }
  if (ctx.shiftBirthDate) [month, day] = fromDayOfYear(year, rng.int(isLeapYear(year) ? 366 : 365));
  const lastOriginal = original.length === 10 ? Number(original[9]) : Number.NaN;
  const male = Number.isNaN(lastOriginal) ? rng.int(2) === 1 : lastOriginal % 2 === 1;
  // makeTestCprNumber moves 1 January to 2 January and never returns a number that could have been issued.
  const out = makeTestCprNumber({ year, month, day, sex: male ? 'male' : 'female', variant: rng.int(1000) });
  if (couldBeIssued(out) || !isTestCprNumber(out)) throw new Error('synthetic CPR construction failed its own rules');
  return out;
}

/** A synthetic CPR number written in the original's layout (separator, spacing). */
export function syntheticCpr(value: string, ctx: SyntheticContext): string | undefined {
  const slots = digitSlots(value);
  if (!slots) return undefined;
  const read = slots.map((i) => readDigit(value[i]!));
  const original = read.every((d) => d !== undefined) ? read.join('') : slots.map((i) => value[i]).join('').toUpperCase();
  const digits = syntheticCprDigits(original, ctx);
  let out = '';
  for (let i = 0, k = 0; i < value.length; i++) out += slots[k] === i ? digits[k++]! : value[i]!;
  return out;
}

/** `010180-XXXX`: the birth date stays, the serial number goes. */
export function maskCprKeepingBirthDate(value: string, maskChar: string): string {
  let seen = 0;
  return value.replace(/[\p{L}\p{N}]/gu, (ch) => (seen++ < 6 ? ch : maskChar));
}
