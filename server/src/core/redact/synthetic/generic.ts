// The fallback for identifier types without their own generator: every digit becomes a keyed digit and every
// letter a keyed letter of the same case; separators and spacing stay. Check-digit types (CVR, card, IBAN)
// are then nudged to FAIL their check, so the result can never be a valid number of that kind.
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Letters and digits of a value, upper-cased: the identity under which a value is keyed. */
export function normaliseForKey(value: string): string {
  return value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

export function syntheticGeneric(value: string, ctx: SyntheticContext, purpose = 'generic', keepPrefix = 0): string {
  const rng = new KeyedStream(ctx.key, `synthetic:${purpose}`, normaliseForKey(value));
  let seen = 0;
  let out = '';
  for (const ch of value) {
    const alnum = /[\p{L}\p{N}]/u.test(ch);
    if (alnum && seen++ < keepPrefix) { out += ch; continue; }
    if (/\p{N}/u.test(ch)) out += String(rng.int(10));
    else if (/\p{Lu}/u.test(ch)) out += rng.pick([...UPPER]);
    else if (/\p{L}/u.test(ch)) out += rng.pick([...LOWER]);
    else out += ch;
  }
  if (out === value) out = replaceLastDigit(out, (d) => (d + 1) % 10);
  return out;
}

/** Replaces the last ASCII digit of `s` by f(digit). */
export function replaceLastDigit(s: string, f: (d: number) => number): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) return s.slice(0, i) + String(f(c)) + s.slice(i + 1);
  }
  return s;
}

/** Bumps the last digit until `valid` no longer holds (at most ten tries: one digit changes the check). */
export function breakCheck(s: string, valid: (value: string) => boolean): string {
  let out = s;
  for (let i = 0; i < 10 && valid(out); i++) out = replaceLastDigit(out, (d) => (d + 1) % 10);
  return out;
}

/** CVR: weights 2,7,6,5,4,3,2,1, sum divisible by 11 (Erhvervsstyrelsen, "Modulus 11 kontrol"). */
export function cvrValid(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 8) return false;
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  let s = 0;
  for (let i = 0; i < 8; i++) s += w[i]! * Number(d[i]);
  return s % 11 === 0;
}

/** Payment cards: the Luhn check (ISO/IEC 7812-1). */
export function luhnValid(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length < 12) return false;
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    s += x;
  }
  return s % 10 === 0;
}

/** IBAN: move the first four characters to the end, letters to 10..35, the number mod 97 is 1 (ISO 13616). */
export function ibanValid(value: string): boolean {
  const s = value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  if (s.length < 15) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let mod = 0;
  for (const ch of r) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of v) mod = (mod * 10 + Number(digit)) % 97;
  }
  return mod === 1;
}
