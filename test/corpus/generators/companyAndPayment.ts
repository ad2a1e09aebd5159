// CVR numbers, IBANs, payment cards and dates of birth, each with the look-alikes that must stay quiet: CVR-shaped
// numbers without a CVR word, IBANs with a wrong check, card-length ids failing Luhn, dates without a birth word.
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Eight digits passing the CVR modulus-11 check (weights 2,7,6,5,4,3,2,1). */
export function cvrNumber(rnd: Rng, valid = true): string {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const s = String(int(rnd, 10000000, 99999999));
    const ok = [...s].reduce((sum, c, i) => sum + w[i]! * Number(c), 0) % 11 === 0;
    if (ok === valid) return s;
  }
}

function iban(rnd: Rng, country: string, bbanLength: number, valid = true): string {
  const bban = [...Array(bbanLength)].map(() => int(rnd, 0, 9)).join('');
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  let check = 98 - rest;
  if (!valid) check = check === 2 ? 3 : check - 1;
  return country + pad(check) + bban;
}

const group4 = (s: string) => s.match(/.{1,4}/g)!.join(' ');

function luhnComplete(prefix: string, length: number, rnd: Rng, valid = true): string {
  let body = prefix;
  while (body.length < length - 1) body += int(rnd, 0, 9);
  for (let d = 0; d < 10; d++) {
    const s = body + d;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2) { x *= 2; if (x > 9) x -= 9; }
      sum += x;
    }
    if ((sum % 10 === 0) === valid) return s;
  }
  throw new Error('unreachable');
}

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

export const companyAndPayment: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 40; i++) {
    const b = new DocBuilder();
    b.add(pick(rnd, ['Faktura fra leverandør\n', 'Refusion af udlæg\n', 'Patientoplysninger\n']));
    const cvrLabel = pick(rnd, ['CVR-nr.: ', 'CVR ', 'Momsnr. ', 'Virksomhedsnr. ']);
    b.add(cvrLabel).plant((cvrLabel === 'Momsnr. ' ? 'DK' : '') + cvrNumber(rnd), { type: 'cvr', sub: 'labelled' }).add('\n');
    b.add('Varenr. ').plant(cvrNumber(rnd), { type: 'neg', sub: 'cvr-shaped-item', negOf: 'cvr' }).add('\n');
    b.add('CVR ').plant(cvrNumber(rnd, false), { type: 'neg', sub: 'cvr-bad-check', negOf: 'cvr' }).add('\n');
    const dk = iban(rnd, 'DK', 14);
    b.add(pick(rnd, ['IBAN: ', 'Udbetales til ', 'Konto (IBAN) '])).plant(rnd() < 0.5 ? group4(dk) : dk, { type: 'iban', sub: 'DK' }).add('\n');
    const foreign = pick(rnd, [['DE', 18], ['NO', 11], ['SE', 20], ['GB', 18]] as const);
    const f = iban(rnd, foreign[0], foreign[1]);
    b.add('Foreign account ').plant(group4(f), { type: 'iban', sub: 'foreign' }).add('\n');
    b.add('Fejl i kontonummer: ').plant(group4(iban(rnd, 'DK', 14, false)), { type: 'neg', sub: 'iban-bad-check', negOf: 'iban' }).add('\n');
    const card = luhnComplete(pick(rnd, ['4571', '4', '5019', '51', '55', '2221']), 16, rnd);
    b.add(pick(rnd, ['Betalt med kort ', 'Card: ', 'Dankort nr. '])).plant(rnd() < 0.6 ? group4(card) : card, { type: 'card', sub: 'labelled' }).add('\n');
    const amex = luhnComplete('37', 15, rnd);
    b.add('Amex ').plant(`${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`, { type: 'card', sub: 'amex' }).add('\n');
    b.add('Sporingsnr. ').plant(group4(luhnComplete('4', 16, rnd, false)), { type: 'neg', sub: 'luhn-fail', negOf: 'card' }).add('\n');
    b.add('Tidsstempel ').plant(String(int(rnd, 1_700_000_000_000, 1_799_999_999_999)), { type: 'neg', sub: 'ms-timestamp', negOf: 'card' }).add('\n');
    const y = int(rnd, 1925, 2020), m = int(rnd, 1, 12), d = int(rnd, 1, 28);
    const dob = pick(rnd, [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${MONTHS_DA[m - 1]} ${y}`, `${y}-${pad(m)}-${pad(d)}`, `${pad(d)}-${pad(m)}-${y}`, `${d}/${m}/${y}`]);
    b.add(pick(rnd, ['Pt. er født ', 'f. ', 'Fødselsdato: ', 'DOB: ', 'Born ', 'Date of birth: '])).plant(dob, { type: 'date-of-birth', sub: 'labelled' }).add('\n');
    b.add(pick(rnd, ['Indlagt ', 'Dato: ', 'Udskrevet den ', 'Seen on '])).plant(`${pad(int(rnd, 1, 28))}.${pad(int(rnd, 1, 12))}.${int(rnd, 2015, 2026)}`, { type: 'neg', sub: 'other-date', negOf: 'date-of-birth' }).add('\n');
    docs.push(b.build(`company-payment-${pad(i, 3)}.txt`, 'plaintext'));
  }
  const j = new DocBuilder().add('[\n');
  for (let i = 0; i < 15; i++) {
    j.add('  {"cvr": "').plant(cvrNumber(rnd), { type: 'cvr', sub: 'json' }).add('", "birthDate": "');
    j.plant(`${int(rnd, 1930, 2010)}-${pad(int(rnd, 1, 12))}-${pad(int(rnd, 1, 28))}`, { type: 'date-of-birth', sub: 'json' }).add('", "created": "');
    j.plant(`${int(rnd, 2020, 2026)}-${pad(int(rnd, 1, 12))}-${pad(int(rnd, 1, 28))}`, { type: 'neg', sub: 'created-date', negOf: 'date-of-birth' }).add(`"}${i < 14 ? ',' : ''}\n`);
  }
  docs.push(j.add(']\n').build('company-payment.json', 'json'));
  return docs;
};
