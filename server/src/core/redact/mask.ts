// Masking: the value is gone, the layout stays (`010180-1234` → `XXXXXX-XXXX`).

/** Replaces every letter and digit with `maskChar`, keeping separators, spaces and line breaks. */
export function maskValue(value: string, maskChar = 'X'): string {
  const ch = maskChar && [...maskChar][0] ? [...maskChar][0]! : 'X';
  return value.replace(/[\p{L}\p{N}]/gu, ch);
}
