// Synthetic dates of birth: a real date in the same year and the same written form (D.M.YYYY, DD-MM-YY,
// YYYY-MM-DD...), moved by a keyed amount so ages stay roughly right. Other forms fall back to the generic one.
import { daysInMonth, isLeapYear } from '../../cpr/rules';
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';

const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
/** DDMMYY or DDMMYYYY without separators (a birth date written as in a CPR number). */
const COMPACT = /^(\d{2})(\d{2})(\d{2}|\d{4})$/;

function width(n: number, like: string): string {
  return String(n).padStart(like.length, '0');
}

function shifted(rng: KeyedStream, year: number, month: number, day: number): [number, number] {
  const n = isLeapYear(year) ? 366 : 365;
  let index = rng.int(n - 1) + 1; // never the same day
  for (let m = 1; m < month; m++) index += daysInMonth(year, m);
  index = (index + day - 1) % n;
  let mm = 1;
  while (index >= daysInMonth(year, mm)) index -= daysInMonth(year, mm++);
  return [mm, index + 1];
}

export function syntheticDate(value: string, ctx: SyntheticContext): string | undefined {
  const t = value.trim();
  const rng = new KeyedStream(ctx.key, 'synthetic:date', t);
  const lead = value.slice(0, value.indexOf(t)), trail = value.slice(value.indexOf(t) + t.length);
  let m = DMY.exec(t);
  if (m) {
    const yy = Number(m[4]);
    const year = m[4]!.length === 4 ? yy : yy + 1900;
    const [d, mo] = [Number(m[1]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(year, mo)) return undefined;
    const [nm, nd] = shifted(rng, year, mo, d);
    return lead + width(nd, m[1]!) + m[2] + width(nm, m[3]!) + m[2] + m[4] + trail;
  }
  m = YMD.exec(t);
  if (m) {
    const [year, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(year, mo)) return undefined;
    const [nm, nd] = shifted(rng, year, mo, d);
    return `${lead}${m[1]}-${width(nm, m[2]!)}-${width(nd, m[3]!)}${trail}`;
  }
  m = COMPACT.exec(t);
  if (m) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    // Two-digit years: 2000+YY has the same leap years except 1900, so 29 February 00 is not produced.
    const year = m[3]!.length === 4 ? Number(m[3]) : m[3] === '00' ? 1900 : 2000 + Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(year, mo)) return undefined;
    const [nm, nd] = shifted(rng, year, mo, d);
    return `${lead}${width(nd, '00')}${width(nm, '00')}${m[3]}${trail}`;
  }
  return undefined;
}
