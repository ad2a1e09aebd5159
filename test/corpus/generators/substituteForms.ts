// Numbers that stand in for a CPR number (eCPR, the CPR office's day+60 substitutes, letter-bearing substitutes),
// test CPR numbers, and unlisted 1 January numbers; with decoys of the same shapes (impossible dates, other
// century digits, product/lot/order labels, plain words). Sources are cited in the detectors:
// core/ecpr/ecprRules.ts, core/cprSubstitute/substituteRules.ts, core/cpr/testNumbers.ts, core/cpr/firstOfJanuary.ts.
import { cprRules, makeTestCprNumber } from '../../../server/src/core';
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { failingCpr } from './cprNumbers';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXY'; // no O, I, S, B, Z: those are digit look-alikes (tested apart)
const letter = (rnd: Rng) => pick(rnd, [...LETTERS]);

function date(rnd: Rng, lo: number, hi: number): { day: number; month: number; year: number } {
  const year = int(rnd, lo, hi);
  const month = int(rnd, 1, 12);
  return { year, month, day: int(rnd, 1, cprRules.daysInMonth(year, month)) };
}

/** An eCPR: national (century 1/7) or regional (0/5/6). */
function ecpr(rnd: Rng, scheme: 'national' | 'regional'): string {
  const century = scheme === 'national' ? pick(rnd, [1, 7]) : pick(rnd, [0, 5, 6]);
  const [lo, hi] = { 1: [1900, 1999], 7: [2000, 2025], 0: [1900, 1999], 5: [1870, 1899], 6: [2000, 2025] }[century]!;
  const d = date(rnd, lo!, hi!);
  const body = pad(d.day) + pad(d.month) + pad(d.year % 100);
  const tail = `${century}${letter(rnd)}${letter(rnd)}${int(rnd, 0, 9)}`;
  return body + pick(rnd, ['', '', '-']) + tail;
}

/** The CPR office's day+60 substitute (CPR century digit for the year). */
function dayPlus60(rnd: Rng): string {
  const d = date(rnd, 1930, 2020);
  const c = [...Array(10).keys()].filter((x) => cprRules.cprFullYear(d.year % 100, x) === d.year);
  return pad(d.day + 60) + pad(d.month) + pad(d.year % 100) + pick(rnd, ['', '-']) + pick(rnd, c) + pad(int(rnd, 0, 999), 3);
}

function letterSubstitute(rnd: Rng): string {
  const d = date(rnd, 1950, 2010);
  return pad(d.day) + pad(d.month) + pad(d.year % 100) + pick(rnd, ['', '-']) + letter(rnd) + letter(rnd) + letter(rnd) + int(rnd, 1, 2);
}

/** Unlisted 1 January failing modulus-11, and not of the test convention. */
function unlistedFirstOfJanuary(rnd: Rng): string {
  const years = [...Array(80).keys()].map((i) => 1930 + i).filter((y) => !cprRules.NO_MOD11_BIRTH_YEARS.includes(y));
  for (;;) {
    const s = failingCpr(rnd, pick(rnd, years), 1, 1);
    if (Number(s.slice(7)) < 980) return s;
  }
}

export const substituteForms: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 30; i++) {
    const b = new DocBuilder();
    b.add(pick(rnd, ['Journalnotat\n', 'Skadestue\n', 'Laboratoriesvar\n']));
    b.add(pick(rnd, ['Pt. uden dansk CPR. eCPR: ', 'Turist, ', 'Patient ', 'Erstatnings-CPR ']));
    b.plant(ecpr(rnd, 'national'), { type: 'ecpr', sub: 'national' }).add(' modtaget.\n');
    b.add(pick(rnd, ['Regionalt nr. ', 'Pt. ', 'Asylansøger, ', 'Nyfødt, ']));
    b.plant(ecpr(rnd, 'regional'), { type: 'ecpr', sub: 'regional' }).add(' overflyttet.\n');
    b.add(pick(rnd, ['Erstatningspersonnummer: ', 'Fiktivt CPR-nr. ', 'Erstatnings-CPR-nummer ']));
    b.plant(dayPlus60(rnd), { type: 'cpr-substitute', sub: 'day-plus-60' }).add('\n');
    b.add(pick(rnd, ['Studerende ', 'KOT-CPR: ', 'Medarbejder uden CPR, ']));
    b.plant(letterSubstitute(rnd), { type: 'cpr-substitute', sub: 'letters' }).add('\n');
    b.add('Testpatient, CPR-nr.: ');
    const t = makeTestCprNumber({ ...date(rnd, 1930, 2020), sex: pick(rnd, ['male', 'female'] as const), variant: int(rnd, 0, 3) });
    b.plant(t.slice(0, 6) + '-' + t.slice(6), { type: 'cpr', sub: 'test-number' }).add('\n');
    b.add(pick(rnd, ['Født 1. januar, pt. ', 'Pt. ', 'Henvist: ']));
    b.plant(unlistedFirstOfJanuary(rnd), { type: 'cpr', sub: 'first-of-january' }).add('\n');
    // Decoys.
    const e = ecpr(rnd, 'national').replace('-', '');
    b.add('Kode ').plant(pad(int(rnd, 32, 99)) + e.slice(2), { type: 'neg', sub: 'ecpr-bad-day', negOf: 'ecpr' }).add('\n');
    b.add('Model ').plant(e.slice(0, 2) + pad(int(rnd, 13, 99)) + e.slice(4), { type: 'neg', sub: 'ecpr-bad-month', negOf: 'ecpr' }).add('\n');
    b.add('Type ').plant(e.slice(0, 6) + pick(rnd, [2, 3, 4, 8, 9]) + e.slice(7), { type: 'neg', sub: 'ecpr-bad-century', negOf: 'ecpr' }).add('\n');
    b.add('Varenr. ').plant(ecpr(rnd, 'national').replace('-', ''), { type: 'neg', sub: 'ecpr-product', negOf: 'ecpr' }).add('\n');
    b.add('Ord ').plant(pick(rnd, ['BEHANDLING', 'Indlæggelse', 'KONTROLLER', 'Ambulatori']), { type: 'neg', sub: 'word', negOf: 'ecpr' }).add('\n');
    b.add(pick(rnd, ['Ordrenr. ', 'Ref: ', 'Sagsnr. ', 'Tal '])).plant(dayPlus60(rnd), { type: 'neg', sub: 'day-plus-60-unlabelled', negOf: 'cpr-substitute' }).add('\n');
    b.add('Lot ').plant(letterSubstitute(rnd), { type: 'neg', sub: 'letters-lot', negOf: 'cpr-substitute' }).add('\n');
    b.add('Kode ').plant(pad(int(rnd, 32, 59)) + letterSubstitute(rnd).slice(2), { type: 'neg', sub: 'letters-bad-date', negOf: 'cpr-substitute' }).add('\n');
    b.add('Ordrenr. ').plant(unlistedFirstOfJanuary(rnd), { type: 'neg', sub: 'first-of-january-order', negOf: 'cpr' }).add('\n');
    docs.push(b.build(`substitute-${pad(i, 3)}.txt`, 'plaintext'));
  }
  // OCR: look-alike letters in the date of an eCPR whose letters are not digit look-alikes.
  const o = new DocBuilder().add('Scannet henvisning\n');
  for (let i = 0; i < 20; i++) {
    let v = ecpr(rnd, 'national').replace('-', '');
    const zero = v.slice(0, 6).indexOf('0');
    const one = v.slice(0, 6).indexOf('1');
    if (zero >= 0) v = v.slice(0, zero) + 'O' + v.slice(zero + 1);
    else if (one >= 0) v = v.slice(0, one) + 'l' + v.slice(one + 1);
    else continue;
    o.add('Pt. ').plant(v, { type: 'ecpr', sub: 'ocr' }).add(' indlagt.\n');
  }
  docs.push(o.build('substitute-ocr.txt', 'plaintext'));
  // A CSV of patients without CPR: the column header is the context.
  const c = new DocBuilder().add('ecpr;navn;vare\n');
  for (let i = 0; i < 20; i++) {
    c.plant(ecpr(rnd, pick(rnd, ['national', 'regional'] as const)), { type: 'ecpr', sub: 'csv' }).add(`;Patient ${i};`);
    c.plant(pad(int(rnd, 32, 99)) + ecpr(rnd, 'national').replace('-', '').slice(2), { type: 'neg', sub: 'ecpr-bad-day', negOf: 'ecpr' }).add('\n');
  }
  docs.push(c.build('substitute-fixture.csv', 'csv'));
  return docs;
};
