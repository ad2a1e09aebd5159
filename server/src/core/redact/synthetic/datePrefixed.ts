// Synthetic stand-ins for CPR-like identifiers that begin with a birth date: eCPR (DDMMYY C AA G) and substitute
// CPR numbers (day + 60, or DDMMYY + letters + sex digit). The result keeps the layout, the century digit, the
// day + 60 offset and the sex digit's parity; the date moves within the year by a keyed amount. With day + 60
// or letters inside, the result can never be a CPR number.
// Skjold's mark, so it does not report its own values again (isSyntheticDatePrefixed): every letter is Q (an
// initial hardly any Danish name has), and a day + 60 number's serial is x99x (like the test-CPR convention's
// very high serials). A real substitute number of that form would be missed; that is about 1 in 100 of day + 60
// numbers and rarer still for letter forms, the price of a recognisable form.
import { daysInMonth } from '../../cpr/rules';
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';
import { normaliseForKey } from './generic';

const MARK_LETTER = 'Q';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function syntheticDatePrefixed(value: string, ctx: SyntheticContext, purpose: string): string | undefined {
  const slots: number[] = [];
  for (let i = 0; i < value.length; i++) if (/[\p{L}\p{N}]/u.test(value[i]!)) slots.push(i);
  if (slots.length !== 10) return undefined;
  const chars = slots.map((i) => value[i]!);
  if (!chars.slice(0, 6).every((c) => c >= '0' && c <= '9')) return undefined;
  let day = Number(chars[0]! + chars[1]!);
  const month = Number(chars[2]! + chars[3]!), yy = Number(chars[4]! + chars[5]!);
  const offset = day > 60 ? 60 : 0;
  day -= offset;
  // The century is not always known: treat 00 as a common year, so 29 February 1900 is never produced.
  const year = yy === 0 ? 1900 : 2000 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;

  const rng = new KeyedStream(ctx.key, `synthetic:${purpose}`, normaliseForKey(value));
  let index = rng.int(daysInMonth(year, 2) === 29 ? 366 : 365);
  let m = 1;
  while (index >= daysInMonth(year, m)) index -= daysInMonth(year, m++);
  const out = [...`${pad2(index + 1 + offset)}${pad2(m)}${pad2(yy)}`];
  for (let k = 6; k < 10; k++) {
    const c = chars[k]!;
    if (k === 6 && c >= '0' && c <= '9') out.push(c); // the century digit
    else if (k === 9 && c >= '0' && c <= '9') {
      const odd = Number(c) % 2 === 1;
      out.push(String(odd ? 1 + 2 * rng.int(5) : 2 + 2 * rng.int(4))); // even: 2-8 (0 is not used for women in eCPR)
    } else if (c >= '0' && c <= '9') out.push(offset && (k === 7 || k === 8) ? '9' : String(rng.int(10)));
    else out.push(c === c.toLowerCase() ? MARK_LETTER.toLowerCase() : MARK_LETTER);
  }
  let result = '';
  for (let i = 0, k = 0; i < value.length; i++) result += slots[k] === i ? out[k++]! : value[i]!;
  return result;
}

/** True for a date-prefixed identifier carrying Skjold's mark (see the header). */
export function isSyntheticDatePrefixed(value: string): boolean {
  const chars = value.replace(/[^\p{L}\p{N}]/gu, '');
  if (chars.length !== 10 || !/^\d{6}/.test(chars)) return false;
  const rest = chars.slice(6);
  if (/\p{L}/u.test(rest)) return /^[\dQq]+$/.test(rest);
  return Number(chars.slice(0, 2)) > 60 && rest[1] === '9' && rest[2] === '9';
}
