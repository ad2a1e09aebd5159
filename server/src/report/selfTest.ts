// The detector's self-test, run when a report is made: built-in test vectors for each rule, built from the
// rules at run time (syntheticCpr.ts), checked against the rule functions and against detect() end to end.
// The report records each case's rule, what it checks and pass/fail, never the vector's digits.
import { DETECTORS, detect, isTestCprNumber, makeTestCprNumber, maskValue, cprRules, STRONG_CONFIDENCE, type Finding } from '../core';
import { syntheticCpr } from './syntheticCpr';

export interface SelfTestCase {
  /** The rule the case exercises, e.g. `cpr.century`. */
  rule: string;
  /** What is checked, in words (no values). */
  description: string;
  passed: boolean;
}

const dashed = (v: string) => `${v.slice(0, 6)}-${v.slice(6)}`;
const cprIn = (text: string, languageId?: string): Finding[] => detect(text, { languageId }).filter((f) => f.type === 'cpr');

/** The span found is exactly the value placed in the text. */
function foundExactly(text: string, value: string, languageId?: string): Finding | undefined {
  const start = text.indexOf(value);
  return cprIn(text, languageId).find((f) => f.start === start && f.end === start + value.length);
}

function noMod11Number(year: number): string {
  // A number for 1 January of a listed year that fails modulus-11, as the CPR office now issues them.
  return syntheticCpr(year, 1, 1, { valid: false });
}

export function runSelfTest(): SelfTestCase[] {
  const cases: SelfTestCase[] = [];
  const check = (rule: string, description: string, fn: () => boolean) => {
    let passed: boolean;
    try { passed = fn(); } catch { passed = false; }
    cases.push({ rule, description, passed });
  };
  const { cprFullYear, isRealDate, passesMod11, isNoMod11Date, NO_MOD11_BIRTH_YEARS } = cprRules;
  const digits = (s: string) => [...s].map(Number);

  check('cpr.century', '7th digit 0-3 gives 1900-1999', () => cprFullYear(80, 0) === 1980 && cprFullYear(5, 3) === 1905);
  check('cpr.century', '7th digit 4 or 9 gives 2000-2036 for years 00-36, else 1937-1999', () =>
    cprFullYear(36, 4) === 2036 && cprFullYear(37, 4) === 1937 && cprFullYear(0, 9) === 2000 && cprFullYear(99, 9) === 1999);
  check('cpr.century', '7th digit 5-8 gives 2000-2057 for years 00-57, else 1858-1899', () =>
    cprFullYear(57, 5) === 2057 && cprFullYear(58, 8) === 1858 && cprFullYear(99, 6) === 1899);
  check('cpr.date', 'leap days: 29 February 2000 exists, 29 February 1900 does not', () => isRealDate(2000, 2, 29) && !isRealDate(1900, 2, 29));
  check('cpr.date', 'month lengths: 30 April exists, 31 April does not; month 13 does not', () => isRealDate(1990, 4, 30) && !isRealDate(1990, 4, 31) && !isRealDate(1990, 13, 1));
  check('cpr.mod11', 'a number built with a correct check digit passes modulus-11', () => passesMod11(digits(syntheticCpr(1971, 5, 23))));
  check('cpr.mod11', 'changing the check digit makes modulus-11 fail', () => !passesMod11(digits(syntheticCpr(1971, 5, 23, { valid: false }))));
  check('cpr.noMod11Date', `1 January of every listed year (${NO_MOD11_BIRTH_YEARS.length} years) is a no-modulus-11 date`, () =>
    NO_MOD11_BIRTH_YEARS.every((y) => isNoMod11Date(y, 1, 1)));
  check('cpr.noMod11Date', 'other dates of a listed year, and 1 January of an unlisted year, are not', () =>
    !isNoMod11Date(NO_MOD11_BIRTH_YEARS[0]!, 1, 2) && !isNoMod11Date(1979, 1, 1) && !NO_MOD11_BIRTH_YEARS.includes(1979));

  const valid = syntheticCpr(1984, 9, 17);
  const other = syntheticCpr(2003, 2, 5, { serial: 40 });
  check('detector.cpr', 'a valid number after "CPR-nr." is found with high confidence and its exact span', () => {
    const f = foundExactly(`Patientens CPR-nr.: ${dashed(valid)} er noteret.`, dashed(valid));
    return !!f && f.confidence >= STRONG_CONFIDENCE;
  });
  check('detector.cpr', 'a valid number without separator or label in prose is found', () => !!foundExactly(`Ring om ${other} i morgen.`, other));
  check('cpr.separator', 'layouts with a space or an en dash between date and serial are found', () =>
    !!foundExactly(`CPR ${valid.slice(0, 6)} ${valid.slice(6)}`, `${valid.slice(0, 6)} ${valid.slice(6)}`) &&
    !!foundExactly(`CPR ${valid.slice(0, 6)}\u2013${valid.slice(6)}`, `${valid.slice(0, 6)}\u2013${valid.slice(6)}`));
  check('cpr.date', 'ten digits whose first six are not a real date are not reported', () => cprIn(`CPR-nr.: 32${valid.slice(2, 6)}-${valid.slice(6)}`).length === 0);
  check('cpr.mod11Fails', 'a date-valid number failing modulus-11 is not reported without context', () =>
    cprIn(`Reference ${syntheticCpr(1977, 6, 8, { valid: false })} attached`).length === 0);
  check('cpr.mod11Fails', 'the same number after "CPR-nr." is reported with low confidence (possibly mistyped)', () => {
    const bad = syntheticCpr(1977, 6, 8, { valid: false });
    const f = foundExactly(`CPR-nr.: ${bad}`, bad);
    return !!f && f.confidence < STRONG_CONFIDENCE;
  });
  check('cpr.noMod11Date', 'a number for a no-modulus-11 date that fails modulus-11 is still found', () => {
    const n = noMod11Number(1985);
    return !passesMod11(digits(n)) && !!foundExactly(`Borger ${dashed(n)} kontaktet.`, dashed(n));
  });
  check('cpr.firstOfJanuary', 'a number for 1 January of an unlisted year that fails modulus-11 is found without context, as weak', () => {
    const n = syntheticCpr(1979, 1, 1, { valid: false });
    const f = foundExactly(`Borger ${dashed(n)} kontaktet.`, dashed(n));
    return !cprRules.NO_MOD11_BIRTH_YEARS.includes(1979) && !!f && f.confidence < STRONG_CONFIDENCE;
  });
  check('cpr.testNumber', 'a number of the national test-CPR convention is reported only after a CPR word, as a hint', () => {
    const t = makeTestCprNumber({ year: 1985, month: 6, day: 12 });
    const labelled = foundExactly(`CPR-nr.: ${dashed(t)}`, dashed(t));
    return isTestCprNumber(t) && !!labelled && labelled.confidence < 0.5 && cprIn(`Kontakt ${dashed(t)} i dag`).length === 0;
  });
  check('context.field', 'a number in a JSON field named "cpr" is found with high confidence', () => {
    const f = foundExactly(`{"cpr": "${valid}"}`, valid, 'json');
    return !!f && f.confidence >= STRONG_CONFIDENCE && f.reasons.some((r) => r.rule === 'context.field');
  });
  check('context.field', 'a number in a CSV column headed "personnummer" is found', () => !!foundExactly(`navn;personnummer\nA;${valid}\n`, valid, 'csv'));
  check('context.negative', 'a valid number labelled as an order number loses confidence below strong', () => {
    const f = cprIn(`Ordrenr. ${valid}`);
    return f.length === 0 || f.every((x) => x.confidence < STRONG_CONFIDENCE);
  });
  // The other CPR-like types, when their detectors are registered: shapes built from a date at run time.
  const registered = new Set(DETECTORS.flatMap((d) => d.types));
  const ddmmyy = (d: number, m: number, y: number) => [d, m, y % 100].map((n) => String(n).padStart(2, '0')).join('');
  if (registered.has('ecpr')) {
    check('ecpr.shape', 'a national replacement number (date, century digit, two letters, sex digit) after "eCPR:" is found', () => {
      const v = `${ddmmyy(15, 3, 1982)}-1AB3`;
      return detect(`eCPR: ${v}`).some((f) => f.type === 'ecpr' && f.end - f.start === v.length);
    });
  }
  if (registered.has('cpr-substitute')) {
    check('substitute.dayPlus60', 'a substitute number with the birth day raised by 60 is found after "Erstatningspersonnummer:"', () => {
      const v = `${ddmmyy(15 + 60, 3, 1982)}-1234`;
      return detect(`Erstatningspersonnummer: ${v}`).some((f) => f.type === 'cpr-substitute' && f.end - f.start === v.length);
    });
    check('substitute.letters', 'a substitute number with letters after the date is found after "Erstatningspersonnummer:"', () => {
      const v = `${ddmmyy(15, 3, 1982)}ABC3`;
      return detect(`Erstatningspersonnummer: ${v}`).some((f) => f.type === 'cpr-substitute' && f.end - f.start === v.length);
    });
  }
  check('cpr.ocr', 'a number with an OCR confusion (letter O for 0, l for 1) after "CPR-nr." is read', () => probeOcrHandling());

  // The other identifier types, when registered: values built at run time, checked by type and exact span.
  const spanFound = (type: string, text: string, value: string) => {
    const start = text.indexOf(value);
    return detect(text).some((f) => f.type === type && f.start === start && f.end === start + value.length);
  };
  if (registered.has('email')) {
    check('email.shape', 'a name@domain address after "E-mail:" is found', () => { const v = `${['test', 'person'].join('.')}@example.dk`; return spanFound('email', `E-mail: ${v}`, v); });
  }
  if (registered.has('phone')) {
    check('phone.plan', 'a Danish number in the numbering plan, with and without +45, after "Tlf.:" is found', () =>
      spanFound('phone', 'Tlf.: +45 20 12 34 56', '+45 20 12 34 56') && spanFound('phone', 'Mobil: 20 12 34 56', '20 12 34 56'));
  }
  if (registered.has('cvr')) {
    check('cvr.mod11', 'an eight-digit number with a valid CVR modulus-11 check digit after "CVR-nr." is found', () => {
      const v = withCheckDigit((p) => { let sum = 0; [2, 7, 6, 5, 4, 3, 2].forEach((w, i) => { sum += w * Number(p[i]); }); return (11 - (sum % 11)) % 11; }, 7);
      return spanFound('cvr', `CVR-nr.: ${v}`, v);
    });
  }
  if (registered.has('iban')) {
    check('iban.mod97', 'a Danish IBAN with valid mod-97 check digits is found', () => {
      const bban = '50510001234567';
      let rem = 0;
      for (const ch of (bban + 'DK00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) rem = (rem * 10 + Number(ch)) % 97;
      const v = `DK${String(98 - rem).padStart(2, '0')} ${bban.slice(0, 4)} ${bban.slice(4, 8)} ${bban.slice(8, 12)} ${bban.slice(12)}`;
      return spanFound('iban', `IBAN: ${v}`, v);
    });
  }
  if (registered.has('card')) {
    check('card.luhn', 'a sixteen-digit card number with a valid Luhn digit after "Kort:" is found', () => {
      const v = withCheckDigit((p) => { let sum = 0; for (let i = 0; i < p.length; i++) { let d = Number(p[p.length - 1 - i]); if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; } return (10 - (sum % 10)) % 10; }, 15, '4');
      return spanFound('card', `Kort: ${v}`, v);
    });
  }
  if (registered.has('date-of-birth')) {
    check('dob.date', 'a real date after "Født:" or "Fødselsdato:" is found as a date of birth', () =>
      spanFound('date-of-birth', 'Født: 14.03.1980', '14.03.1980') && spanFound('date-of-birth', `Fødselsdato: ${ddmmyy(14, 3, 1980)}`, ddmmyy(14, 3, 1980)));
  }
  if (registered.has('name')) {
    check('name.firstAndSurname', 'a first name and a surname from the word lists after "Patient:" are found as a name', () =>
      spanFound('name', 'Patient: Jens Hansen', 'Jens Hansen'));
  }
  if (registered.has('address')) {
    check('address.postal', 'a street with number and a real postal code with its town is found as an address', () =>
      spanFound('address', 'Adresse: Nørregade 12, 1165 København K', 'Nørregade 12, 1165 København K'));
  }
  check('redact.mask', 'masking keeps the layout and leaves no digit', () => {
    const m = maskValue(dashed(valid));
    return m === 'XXXXXX-XXXX' && !/\d/.test(m);
  });
  return cases;
}

/** `length` digits (starting with `lead`) followed by the check digit `checkOf` gives; prefixes giving 10 are skipped. */
function withCheckDigit(checkOf: (prefix: string) => number, length: number, lead = '2'): string {
  for (let n = 0; n < 1000; n++) {
    const prefix = (lead + String(1234567 + n * 7919).repeat(3)).slice(0, length);
    const c = checkOf(prefix);
    if (c < 10) return prefix + c;
  }
  throw new Error('no check digit');
}

/** Whether OCR-garbled numbers (one letter O for a digit 0, one lower-case l for a digit 1) are read in this version. */
export function probeOcrHandling(): boolean {
  const n = dashed(syntheticCpr(1983, 10, 21));
  const garbled = n.replace('0', 'O').replace('1', 'l');
  const text = `CPR-nr.: ${garbled} (scannet)`;
  const start = text.indexOf(garbled);
  return cprIn(text).some((f) => f.start === start && f.end === start + garbled.length);
}
