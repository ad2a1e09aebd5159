// Masking: the value is gone, the layout stays (`010180-1234` → `XXXXXX-XXXX`), or a type tag stands in.
import { IDENTIFIER_TYPES } from '../identifierTypes';
import type { IdentifierType } from '../types';
import type { MaskStyle } from './types';

/** Replaces every letter and digit with `maskChar`, keeping separators, spaces and line breaks. */
export function maskValue(value: string, maskChar = 'X'): string {
  const ch = maskChar && [...maskChar][0] ? [...maskChar][0]! : 'X';
  return value.replace(/[\p{L}\p{N}]/gu, ch);
}

/** The mask for a finding of `type` in `style`; keepBirthDate applies to types that have a birth date only. */
export function maskFinding(type: IdentifierType, value: string, style: MaskStyle, maskChar = 'X', keepBirthDate?: (v: string, c: string) => string): string {
  if (style === 'tag') return `[${IDENTIFIER_TYPES[type].tag}]`;
  if (style === 'keepBirthDate' && keepBirthDate) return keepBirthDate(value, maskValue('X', maskChar));
  return maskValue(value, maskChar);
}
