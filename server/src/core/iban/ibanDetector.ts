// IBANs (ISO 13616): country code, two check digits, a national account number of the country's fixed length;
// written together or in groups of four. Valid when the whole number is 1 modulo 97. A scanner, not a regex:
// the grouping rules are easier to read as code and it cannot backtrack.
import { hasAsciiDigit } from '../textFacts';
import type { Detector, ScanContext } from '../scan';
import type { Finding } from '../types';
import { round2 } from '../context/score';
import { reason } from '../reason';
import { passesMod97 } from '../checksums';

/** Total IBAN length per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21,
  LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23,
  TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** ISO 7064 MOD 97-10 over an IBAN without spaces (core/checksums.ts). */
export function ibanChecksumValid(compact: string): boolean {
  return passesMod97(compact);
}

const isUpper = (ch: string | undefined) => ch !== undefined && ch >= 'A' && ch <= 'Z';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isAlnum = (ch: string | undefined) => isUpper(ch) || isDigit(ch) || (ch !== undefined && ch >= 'a' && ch <= 'z');

/** The IBAN starting at `i` (compact or in groups of four separated by single spaces), or undefined. */
export function readIban(text: string, i: number): { end: number; compact: string } | undefined {
  const country = text.slice(i, i + 2);
  const length = IBAN_LENGTHS[country];
  if (!length || !isDigit(text[i + 2]) || !isDigit(text[i + 3])) return undefined;
  let compact = '', j = i;
  while (j < text.length && compact.length < length) {
    const ch = text[j]!;
    if (isUpper(ch) || isDigit(ch)) { compact += ch; j++; continue; }
    // A single space between groups of four.
    if (ch === ' ' && compact.length % 4 === 0 && (isUpper(text[j + 1]) || isDigit(text[j + 1]))) { j++; continue; }
    break;
  }
  if (compact.length !== length || isAlnum(text[j])) return undefined;
  return ibanChecksumValid(compact) ? { end: j, compact } : undefined;
}

export const IBAN_CONFIDENCE = 0.9;

/** Country code and check digits: where an IBAN can start. */
const IBAN_START = /[A-Z]{2}[0-9]{2}/g;

export const ibanDetector: Detector = {
  id: 'iban',
  types: ['iban'],
  detect(ctx: ScanContext): Finding[] {
    if (!hasAsciiDigit(ctx)) return []; // two check digits after the country code: no ASCII digit, no finding
    const out: Finding[] = [];
    const text = ctx.text;
    // Every IBAN starts with two capitals and two check digits (readIban needs them): a plain regex finds those
    // starts far faster than trying every position. A start it passes over (inside the four characters of a
    // rejected one) cannot begin with two capitals, so no IBAN is missed.
    const end = ctx.scanEnd;
    IBAN_START.lastIndex = ctx.scanStart;
    for (let m = IBAN_START.exec(text); m && m.index < end - 1; m = IBAN_START.exec(text)) {
      const i = m.index;
      if (isAlnum(text[i - 1])) continue;
      const r = readIban(text, i);
      if (!r) continue;
      const reasons = [reason('iban.mod97', 'IBAN of {0} with a valid mod-97 check', text.slice(i, i + 2))];
      out.push({ type: 'iban', start: i, end: r.end, confidence: round2(IBAN_CONFIDENCE), reasons });
      IBAN_START.lastIndex = r.end;
    }
    return out;
  },
};
