// Masking: the value is gone, the layout stays (`010180-1234` → `XXXXXX-XXXX`), or a type tag stands in.
import { IDENTIFIER_TYPES } from '../identifierTypes';
import type { IdentifierType } from '../types';
import type { MaskStyle } from './types';

/** Replaces every letter and digit with `maskChar`, keeping separators, spaces and line breaks. */
export function maskValue(value: string, maskChar = 'X'): string {
  const ch = maskChar === 'X' ? 'X' : maskChar && [...maskChar][0] ? [...maskChar][0]! : 'X';
  // Fast path for ASCII values (almost all): there, \p{L} and \p{N} are exactly A–Z, a–z and 0–9.
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) return value.replace(/[\p{L}\p{N}]/gu, ch);
    out += (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? ch : value[i]!;
  }
  return out;
}

/** The mask for a finding of `type` in `style`; keepBirthDate applies to types that have a birth date only. */
export function maskFinding(type: IdentifierType, value: string, style: MaskStyle, maskChar = 'X', keepBirthDate?: (v: string, c: string) => string): string {
  if (style === 'tag') return `[${IDENTIFIER_TYPES[type].tag}]`;
  if (style === 'keepBirthDate' && keepBirthDate) return keepBirthDate(value, maskValue('X', maskChar));
  return maskValue(value, maskChar);
}
