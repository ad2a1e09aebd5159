// Check-digit algorithms shared by the detectors and by user-defined patterns. Inputs are digit strings
// (or, for mod-97, IBAN-style alphanumerics); separators must be removed by the caller.

/** Luhn (payment cards and many account numbers). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Weighted modulus-11: the weighted digit sum is divisible by 11 (CPR weights 4,3,2,7,6,5,4,3,2,1; CVR 2,7,6,5,4,3,2,1). */
export function passesWeightedMod11(digits: string, weights: readonly number[]): boolean {
  if (digits.length !== weights.length || !/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * (digits.charCodeAt(i) - 48);
  return sum % 11 === 0;
}

/** ISO 7064 mod 97-10 as used by IBAN: move the first four characters to the end, letters → 10..35, remainder 1. */
export function passesMod97(value: string): boolean {
  const s = value.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const n = code >= 65 ? code - 55 : code - 48;
    rem = n >= 10 ? (rem * 100 + n) % 97 : (rem * 10 + n) % 97;
  }
  return rem === 1;
}

/** The check a user-defined pattern may ask for. `mod11` uses the weights for the match's digit count (CPR for 10, CVR for 8). */
export type ChecksumName = 'luhn' | 'mod11' | 'mod97';

const MOD11_WEIGHTS_BY_LENGTH: Record<number, readonly number[]> = {
  10: [4, 3, 2, 7, 6, 5, 4, 3, 2, 1],
  8: [2, 7, 6, 5, 4, 3, 2, 1],
};

export function passesChecksum(name: ChecksumName, matched: string): boolean {
  if (name === 'mod97') return passesMod97(matched.replace(/[\s-]/g, ''));
  const digits = matched.replace(/\D/g, '');
  if (name === 'luhn') return passesLuhn(digits);
  const weights = MOD11_WEIGHTS_BY_LENGTH[digits.length] ?? [...Array(digits.length)].map((_, i) => digits.length - i + 1);
  return passesWeightedMod11(digits, weights);
}
