// The shape of an eCPR number (erstatnings-CPR-nummer, replacement CPR number) used in Danish healthcare for
// people without a CPR number: DDMMYY C A A G — birth date, a century digit, two letters, a sex digit.
//
// Sources:
// - Sundhedsdatastyrelsen / NSP, "eCPR formater (X-eCPR og D-eCPR)", nspop.dk (page 226757583, version 4):
//   two agreed formats, both DDMMYYCAAG; national numbers from the Nationalt eCPR service (X-eCPR) have C = 1 for
//   1900–1999 and 7 for 2000–2099, letters A–Z, G odd for men and even for women (examples include 1308781OS6).
//   Decentral numbers (D-eCPR, from the regions and practices, defined in "Fællesindhold for basisregistrering af
//   sygehuspatienter", LPR2) have C = 0, 5 or 6.
// - MedCom, "Nu er erstatnings-CPR-numre via national e-CPR-service muligt", medcom.dk, updated 9 November 2022:
//   old e-CPR use 0 for 1900–1999, 5 for before 1900 and 6 for after 1999; new ones 1 and 7; the two letters are
//   usually the initials.
// - HL7 Denmark, "DK Core" 3.3.0 (2024-12-11), profiles dk-core-x-ecpr-identifier and dk-core-d-ecpr-identifier:
//   the same formats as regular expressions (C in {1,7} and C in {0,5,6}, letters [A-Z]).
// - Region Nordjylland, "Erstatnings-CPR" (sundhed.dk, information til praksis) and "Midlertidigt CPR-nummer og
//   erstatnings-CPR-nummer samt patientidentifikation" (pri.rn.dk): regional numbers written with a hyphen,
//   DDMMYY-0XY1 (letters: first letter of the surname, then of the first name).
import { isRealDate } from '../cpr/rules';

export type EcprScheme = 'national' | 'regional';

/** Full birth year from the two-digit year and the century digit, or undefined when C is not an eCPR century digit. */
export function ecprFullYear(yy: number, centuryDigit: number): { year: number; scheme: EcprScheme } | undefined {
  switch (centuryDigit) {
    case 1: return { year: 1900 + yy, scheme: 'national' };
    case 7: return { year: 2000 + yy, scheme: 'national' };
    case 0: return { year: 1900 + yy, scheme: 'regional' };
    case 5: return { year: 1800 + yy, scheme: 'regional' };
    case 6: return { year: 2000 + yy, scheme: 'regional' };
    default: return undefined;
  }
}

/** What OCR confuses: a letter read where a digit stood, and a digit read where a letter stood. */
export const LETTER_AS_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1', S: '5', s: '5', B: '8', Z: '2', z: '2' };
export const DIGIT_AS_LETTER: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B', '2': 'Z' };

export interface EcprReading {
  /** The ten characters as read: nine digits and two upper-case letters at positions 8–9. */
  value: string;
  year: number;
  month: number;
  day: number;
  scheme: EcprScheme;
  /** Characters that had to be read as their OCR look-alike. */
  ocrCorrections: number;
  /** Letters written in lower case. */
  lowerCase: boolean;
  /** Positions 8–9 hold at least one character that is a letter in the text. */
  lettersWritten: number;
}

const LETTER = /^[A-ZÆØÅ]$/;
const isAsciiDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Reads ten characters (separator removed) as an eCPR, correcting OCR look-alikes; undefined when no reading
 * gives the eCPR shape with a real date. A reading needs at least one letter written at positions 8–9, so plain
 * ten-digit strings stay with the CPR detector.
 */
export function readEcpr(ten: string): EcprReading | undefined {
  if (ten.length !== 10) return undefined;
  // Digits at 8–9 write no letter (checked below, after the loop): most strings of the shape are plain numbers.
  if (isAsciiDigitCode(ten.charCodeAt(7)) && isAsciiDigitCode(ten.charCodeAt(8))) return undefined;
  let corrections = 0;
  let lowerCase = false;
  const out: string[] = [];
  for (let i = 0; i < 10; i++) {
    const ch = ten[i]!;
    if (i === 7 || i === 8) {
      const up = ch.toUpperCase();
      if (LETTER.test(up)) {
        if (ch !== up) lowerCase = true;
        out.push(up);
      } else if (DIGIT_AS_LETTER[ch]) {
        out.push(DIGIT_AS_LETTER[ch]!);
        corrections++;
      } else return undefined;
    } else if (ch >= '0' && ch <= '9') out.push(ch);
    else if (LETTER_AS_DIGIT[ch]) {
      out.push(LETTER_AS_DIGIT[ch]!);
      corrections++;
    } else return undefined;
  }
  const lettersWritten = (LETTER.test(ten[7]!.toUpperCase()) ? 1 : 0) + (LETTER.test(ten[8]!.toUpperCase()) ? 1 : 0);
  if (lettersWritten === 0) return undefined;
  const value = out.join('');
  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const century = ecprFullYear(Number(value.slice(4, 6)), Number(value[6]));
  if (!century || !isRealDate(century.year, month, day)) return undefined;
  return { value, year: century.year, month, day, scheme: century.scheme, ocrCorrections: corrections, lowerCase, lettersWritten };
}

/** The digits a CPR reader would see in the same characters (letters at 8–9 read as their look-alike digits). */
export function digitReading(ten: string): string | undefined {
  let s = '';
  for (const ch of ten) {
    if (ch >= '0' && ch <= '9') s += ch;
    else if (LETTER_AS_DIGIT[ch]) s += LETTER_AS_DIGIT[ch];
    else return undefined;
  }
  return s;
}
