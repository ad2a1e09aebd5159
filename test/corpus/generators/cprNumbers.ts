// CPR numbers in their clean forms (modulus-11, no-modulus-11 dates, mistyped with context) and decoys
// that share their shape (impossible dates, order numbers, timestamps, failing check digits without context).
import { cprRules } from '../../../server/src/core';
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function seventhDigitFor(rnd: Rng, year: number): number {
  const options = [...Array(10).keys()].filter((d) => cprRules.cprFullYear(year % 100, d) === year);
  return pick(rnd, options);
}

/** Ten digits with a real date and a valid check digit. */
export function validCpr(rnd: Rng, year = int(rnd, 1920, 2024), month = int(rnd, 1, 12), day = int(rnd, 1, 28)): string {
  for (;;) {
    const prefix = pad(day) + pad(month) + pad(year % 100) + seventhDigitFor(rnd, year) + pad(int(rnd, 0, 99));
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += cprRules.MOD11_WEIGHTS[i]! * Number(prefix[i]);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + check;
  }
}

/** Ten digits with a real date that fail modulus-11. */
export function failingCpr(rnd: Rng, year = int(rnd, 1920, 2024), month = int(rnd, 1, 12), day = int(rnd, 1, 28)): string {
  for (;;) {
    const s = pad(day) + pad(month) + pad(year % 100) + seventhDigitFor(rnd, year) + pad(int(rnd, 0, 999), 3);
    if (!cprRules.passesMod11([...s].map(Number))) return s;
  }
}

const layout = (rnd: Rng, ten: string) => pick(rnd, [ten.slice(0, 6) + '-' + ten.slice(6), ten, ten.slice(0, 6) + ' ' + ten.slice(6), ten.slice(0, 6) + '–' + ten.slice(6)]);

export const cprNumbers: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 40; i++) {
    const b = new DocBuilder();
    b.add(pick(rnd, ['Journalnotat\n', 'Henvisning\n', 'Epikrise\n', 'Discharge summary\n']));
    b.add(pick(rnd, ['Pt. ', 'Patient ', 'Vedr.: ', 'Samtale med pt. ']));
    b.plant(layout(rnd, validCpr(rnd)), { type: 'cpr', sub: 'mod11' });
    b.add(pick(rnd, [' indlagt med brystsmerter.\n', ' set i ambulatoriet.\n', ' admitted with chest pain.\n']));
    const noModYear = pick(rnd, cprRules.NO_MOD11_BIRTH_YEARS);
    b.add('CPR-nr.: ').plant(layout(rnd, failingCpr(rnd, noModYear, 1, 1)), { type: 'cpr', sub: 'no-mod11-date' }).add('\n');
    b.add('CPR oplyst mundtligt som ').plant(failingCpr(rnd, int(rnd, 1930, 2010), int(rnd, 2, 12), int(rnd, 2, 28)).replace(/^(\d{6})/, '$1-'), { type: 'cpr', sub: 'typo-with-context' }).add(' - verificeres.\n');
    // Decoys with the same shape.
    b.add('Ordrenr. ').plant(validCpr(rnd), { type: 'neg', sub: 'order', negOf: 'cpr' }).add('\n');
    b.add('Prøvenr. ').plant(failingCpr(rnd), { type: 'neg', sub: 'mod11-fail', negOf: 'cpr' }).add('\n');
    b.add('Ref: ').plant(`${pad(int(rnd, 32, 99))}${pad(int(rnd, 1, 12))}${pad(int(rnd, 0, 99))}-${pad(int(rnd, 0, 9999), 4)}`, { type: 'neg', sub: 'bad-date', negOf: 'cpr' }).add('\n');
    b.add('ts=').plant(String(int(rnd, 1_700_000_000, 1_799_999_999)), { type: 'neg', sub: 'timestamp', negOf: 'cpr' }).add('\n');
    b.add('Faktura ').plant(`2902${pick(rnd, ['81', '83', '85', '97', '99'])}${pad(int(rnd, 0, 9999), 4)}`, { type: 'neg', sub: 'feb29', negOf: 'cpr' }).add('\n');
    b.add('Længere tal ').plant(validCpr(rnd) + String(int(rnd, 0, 9)), { type: 'neg', sub: 'longer-run', negOf: 'cpr' }).add('\n');
    docs.push(b.build(`cpr-${pad(i, 3)}.txt`, 'plaintext'));
  }
  // Structured fixtures: the field name is the context.
  const rows = ['cpr;navn;ordre'];
  const b = new DocBuilder();
  b.add(rows[0] + '\n');
  for (let i = 0; i < 30; i++) {
    b.plant(validCpr(rnd), { type: 'cpr', sub: 'mod11' }).add(';Patient ' + i + ';');
    b.plant(String(int(rnd, 4_000_000_000, 9_999_999_999)), { type: 'neg', sub: 'bad-date', negOf: 'cpr' }).add('\n');
  }
  docs.push(b.build('cpr-fixture.csv', 'csv'));
  const j = new DocBuilder().add('[\n');
  for (let i = 0; i < 20; i++) {
    j.add(`  {"id": ${i}, "cpr": "`).plant(failingCpr(rnd, int(rnd, 1930, 2000), int(rnd, 2, 12), int(rnd, 2, 28)), { type: 'cpr', sub: 'typo-with-context' }).add('", "orderId": "');
    j.plant(validCpr(rnd), { type: 'neg', sub: 'order', negOf: 'cpr' }).add(`"}${i < 19 ? ',' : ''}\n`);
  }
  docs.push(j.add(']\n').build('cpr-fixture.json', 'json'));
  const sql = new DocBuilder().add('INSERT INTO patient (id, cpr, created) VALUES\n');
  for (let i = 0; i < 20; i++) {
    sql.add(`  (${i}, '`).plant(failingCpr(rnd, int(rnd, 1930, 2000), int(rnd, 2, 12), int(rnd, 2, 28)), { type: 'cpr', sub: 'typo-with-context' }).add("', ");
    sql.plant(String(int(rnd, 1_700_000_000, 1_799_999_999)), { type: 'neg', sub: 'timestamp', negOf: 'cpr' }).add(`)${i < 19 ? ',' : ';'}\n`);
  }
  docs.push(sql.build('cpr-fixture.sql', 'sql'));
  return docs;
};
