// Synthetic phone numbers: the same layout, and a national number starting with 0. The Danish numbering plan
// is closed and 8-digit, and numbers starting with 0 (01-09) are reserved for a national or European prefix,
// never assigned to subscribers (SDFI, "Den samlede danske nummerplan"; Executive Order on the Danish
// Numbering Plan). Most other plans do not dial a leading 0 after the country code either, so the result is
// clearly fictitious there too. Skjold recognises the form (isSyntheticPhone) and does not report it again.
import { KeyedStream } from '../keyedStream';
import type { SyntheticContext } from '../types';

/** Digits of the international prefix and country code at the start of a phone number, if written. */
function prefixDigits(value: string): number {
  const t = value.trimStart();
  if (t.startsWith('+')) return /^\+\s?45/.test(t) ? 2 : countryCodeLength(t.slice(1).replace(/\D/g, ''));
  if (/^00\s?45/.test(t)) return 4;
  if (t.startsWith('00')) return 2 + countryCodeLength(t.slice(2).replace(/\D/g, ''));
  return 0;
}

/** ITU country codes are 1 to 3 digits; 1 and 7 are the one-digit ones, and 2x/3x/4x/5x/6x/8x/9x two or three. */
function countryCodeLength(digits: string): number {
  if (/^[17]/.test(digits)) return 1;
  if (/^(2[0789]|3[0-469]|4[0-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/.test(digits)) return 2;
  return 3;
}

export function syntheticPhone(value: string, ctx: SyntheticContext): string | undefined {
  const total = value.replace(/\D/g, '').length;
  const skip = prefixDigits(value);
  if (total - skip < 4) return undefined;
  const rng = new KeyedStream(ctx.key, 'synthetic:phone', value.replace(/\D/g, ''));
  let seen = 0;
  return value.replace(/\d/g, (d) => {
    const k = seen++;
    if (k < skip) return d;
    return k === skip ? '0' : String(rng.int(10));
  });
}

/** A phone number whose national part starts with 0 (after +45 / 0045, or with no prefix at all). */
export function isSyntheticPhone(value: string): boolean {
  const skip = prefixDigits(value);
  const digits = value.replace(/\D/g, '');
  if (skip === 0 && digits.startsWith('00')) return false;
  return digits.length - skip >= 4 && digits[skip] === '0';
}
