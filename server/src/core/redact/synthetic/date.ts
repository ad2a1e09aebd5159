// Synthetic dates of birth: a real date within a year of the original, in the same written form (D.M.YYYY,
// DD-MM-YY, YYYY-MM-DD, DDMMYY...), moved by a keyed amount so ages stay roughly right. The date carries the keyed
// own-value mark (../ownMark.ts), so Skjold shows it as its own (a Hint) afterwards. Other forms fall back to the
// generic generator.
import { daysInMonth, isLeapYear } from '../../cpr/rules';
import { KeyedStream } from '../keyedStream';
import { hasOwnMark } from '../ownMark';
import type { SyntheticContext } from '../types';

const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
/** DDMMYY or DDMMYYYY without separators (a birth date written as in a CPR number). */
const COMPACT = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;

/**
 * Bits of the date mark. A date may move to any day of the year before, the same year or the year after (~1,095
 * days), so 7 bits leave ~8.5 marked choices (written unmarked with probability ~2·10⁻⁴); a real birth date
 * carries the mark by chance with probability 1/128 where the key is known, and is then shown as a Hint.
 */
export const DATE_MARK_BITS = 7;
const MAX_ATTEMPTS = 4000;

/** A parsed date and how to write another date the same way. */
interface DateForm {
  year: number;
  month: number;
  day: number;
  write(year: number, month: number, day: number): string;
}

function width(n: number, like: string): string {
  return String(n).padStart(like.length, '0');
}

/** Two-digit years stay two digits (the century is the original's). */
function yearText(year: number, like: string): string {
  return like.length === 4 ? String(year) : width(((year % 100) + 100) % 100, '00');
}

function valid(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parseDate(t: string): DateForm | undefined {
  let m = DMY.exec(t);
  if (m) {
    const [dd, sep, mm, yy] = [m[1]!, m[2]!, m[3]!, m[4]!];
    const year = yy.length === 4 ? Number(yy) : Number(yy) + 1900;
    return { year, month: Number(mm), day: Number(dd), write: (y, mo, d) => width(d, dd) + sep + width(mo, mm) + sep + yearText(y, yy) };
  }
  m = YMD.exec(t);
  if (m) {
    const [yy, mm, dd] = [m[1]!, m[2]!, m[3]!];
    return { year: Number(yy), month: Number(mm), day: Number(dd), write: (y, mo, d) => `${y}-${width(mo, mm)}-${width(d, dd)}` };
  }
  m = COMPACT.exec(t);
  if (m) {
    const yy = m[3]!;
    // Two-digit years: 2000+YY has the same leap years except 1900, so 29 February 00 is not produced.
    const year = yy.length === 4 ? Number(yy) : yy === '00' ? 1900 : 2000 + Number(yy);
    return { year, month: Number(m[2]), day: Number(m[1]), write: (y, mo, d) => `${width(d, '00')}${width(mo, '00')}${yearText(y, yy)}` };
  }
  return undefined;
}

/** The day `shift` days after (month, day) within `year`, wrapping at the year's end. */
function shifted(year: number, month: number, day: number, shift: number): [number, number] {
  const n = isLeapYear(year) ? 366 : 365;
  let index = shift;
  for (let m = 1; m < month; m++) index += daysInMonth(year, m);
  index = (index + day - 1) % n;
  let mm = 1;
  while (index >= daysInMonth(year, mm)) index -= daysInMonth(year, mm++);
  return [mm, index + 1];
}

/** Attempt 0 keeps the year and moves the day; later attempts may also move the year by one. */
function candidate(form: DateForm, rng: KeyedStream, attempt: number): string {
  const year = form.year + (attempt ? rng.int(3) - 1 : 0);
  // 29 February in a year without it: start from 28 February.
  const day = Math.min(form.day, daysInMonth(year, form.month));
  const n = isLeapYear(year) ? 366 : 365;
  const shift = year === form.year ? rng.int(n - 1) + 1 : rng.int(n); // never the very same date
  const [mm, dd] = shifted(year, form.month, day, shift);
  return form.write(year, mm, dd);
}

export function syntheticDate(value: string, ctx: SyntheticContext): string | undefined {
  const t = value.trim();
  const lead = value.slice(0, value.indexOf(t)), trail = value.slice(value.indexOf(t) + t.length);
  const form = parseDate(t);
  if (!form || !valid(form.year, form.month, form.day)) return undefined;
  let first: string | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const rng = new KeyedStream(ctx.key, 'synthetic:date', attempt ? `${t}#${attempt}` : t);
    const c = candidate(form, rng, attempt);
    if (c === t || !isValidWritten(c)) continue;
    first ??= c;
    if (hasOwnMark(ctx.key, 'date-of-birth', c, DATE_MARK_BITS)) return lead + c + trail;
  }
  return first === undefined ? undefined : lead + first + trail;
}

/** The written date reads back as a real date (two-digit years are read as the parser reads them). */
function isValidWritten(t: string): boolean {
  const f = parseDate(t);
  return !!f && valid(f.year, f.month, f.day);
}

/** True for a date of birth in a form Skjold writes, carrying the date mark under `key`. */
export function hasOwnDateMark(key: string, value: string): boolean {
  const t = value.trim();
  const f = parseDate(t);
  return !!f && valid(f.year, f.month, f.day) && hasOwnMark(key, 'date-of-birth', t, DATE_MARK_BITS);
}
