// Phone numbers and e-mail addresses in notes, letters, contact lists (CSV, JSON, YAML, SQL) and logs, with the
// eight-digit numbers that are not phones (CVR, orders, amounts, dates, postal codes) as decoys.
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { cvrNumber } from './companyAndPayment';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const FIRST = ['Karen', 'Jens', 'Mette', 'Søren', 'Aylin', 'Omar', 'Birthe', 'Niels', 'Ida', 'Ahmad', 'Lærke', 'Poul'];
const LAST = ['Holm', 'Vestergaard', 'Yildiz', 'Kjeldsen', 'Ravn', 'Søndergaard', 'Bech', 'Abdi', 'Krogh', 'Lauridsen'];
const DOMAINS = ['regionsyd.dk', 'sund.example.dk', 'kommune.example.dk', 'post.example.com', 'mail.example.org', 'privat.example.net'];

/** Eight digits in the Danish numbering plan. */
function phoneDigits(rnd: Rng): string {
  return String(int(rnd, 2, 9)) + pad(int(rnd, 0, 9999999), 7);
}

function phoneLayout(rnd: Rng, d: string): { value: string; sub: string } {
  const pairs = d.match(/../g)!.join(' ');
  switch (int(rnd, 0, 7)) {
    case 0: return { value: `+45 ${pairs}`, sub: 'country-code' };
    case 1: return { value: `+45${d}`, sub: 'country-code' };
    case 2: return { value: `0045 ${d.slice(0, 4)} ${d.slice(4)}`, sub: 'country-code' };
    case 3: return { value: `(+45) ${pairs}`, sub: 'country-code' };
    case 4: return { value: pairs, sub: 'pairs' };
    case 5: return { value: d.match(/../g)!.join('-'), sub: 'pairs' };
    case 6: return { value: `${d.slice(0, 4)} ${d.slice(4)}`, sub: 'four-four' };
    default: return { value: d, sub: 'bare' };
  }
}

function email(rnd: Rng, first: string, last: string): string {
  const ascii = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  const local = pick(rnd, [`${ascii(first)}.${ascii(last)}`, `${ascii(first)}${int(rnd, 1, 99)}`, `${ascii(first)[0]}${ascii(last)}`, `${ascii(first)}_${ascii(last)}`, `${ascii(first)}+${pick(rnd, ['journal', 'privat'])}`]);
  return `${local}@${pick(rnd, DOMAINS)}`;
}

export const contacts: CorpusGenerator = (rnd) => {
  const docs = [];
  // Letters and notes: labels, verbs, or nothing but the layout.
  for (let i = 0; i < 50; i++) {
    const b = new DocBuilder();
    const first = pick(rnd, FIRST), last = pick(rnd, LAST);
    b.add(pick(rnd, ['Kære kollega,\n', 'Notat\n', 'To whom it may concern,\n', 'Visitation\n']));
    const p1 = phoneLayout(rnd, phoneDigits(rnd));
    const label = pick(rnd, ['Tlf.: ', 'Telefon ', 'Mobil: ', 'Mob. ', 'Phone: ', 'tlf ', 'Hjemmetelefon: ']);
    b.add('Kontaktperson: ').plant(`${first} ${last}`, { type: 'name' }).add(`\n${label}`).plant(p1.value, { type: 'phone', sub: p1.sub }).add('\n');
    const p2 = phoneLayout(rnd, phoneDigits(rnd));
    b.add(pick(rnd, ['Datteren kan kontaktes på ', 'Ring til hustruen på ', 'Pårørende træffes på ', 'Please call her on ', 'Sønnen ønsker at blive ringet op på ']))
      .plant(p2.value, { type: 'phone', sub: `${p2.sub}-verb` }).add(pick(rnd, ['.\n', ' efter kl. 16.\n', ' in the evening.\n']));
    const p3 = phoneLayout(rnd, phoneDigits(rnd));
    if (p3.sub !== 'bare' && p3.sub !== 'four-four') b.plant(`${first} ${last}`, { type: 'name' }).add(' ').plant(p3.value, { type: 'phone', sub: `${p3.sub}-no-label` }).add('\n');
    b.add(pick(rnd, ['E-mail: ', 'Mail: ', 'e-post ', 'Email: ', 'Skriv gerne til '])).plant(email(rnd, first, last), { type: 'email', sub: 'labelled' }).add(pick(rnd, ['\n', '.\n', ' hvis noget.\n']));
    b.add('Kopi sendt til ').plant(email(rnd, pick(rnd, FIRST), pick(rnd, LAST)), { type: 'email', sub: 'running-text' }).add(' og arkiveret.\n');
    // Decoys: eight-digit numbers that are something else.
    b.add('CVR ').plant(cvrNumber(rnd), { type: 'cvr', sub: 'among-phones' }).add('\n');
    b.add('Ordrenr. ').plant(phoneDigits(rnd), { type: 'neg', sub: 'order', negOf: 'phone' }).add('\n');
    b.add('Beløb: ').plant(`${int(rnd, 20, 99)} ${pad(int(rnd, 0, 999), 3)} ${pad(int(rnd, 0, 999), 3)}`, { type: 'neg', sub: 'amount', negOf: 'phone' }).add(' kr.\n');
    b.add('Indlagt ').plant(`${pad(int(rnd, 1, 28))}.${pad(int(rnd, 1, 12))}.${int(rnd, 2000, 2026)}`, { type: 'neg', sub: 'date', negOf: 'phone' }).add('\n');
    b.add('Journal ').plant(phoneDigits(rnd), { type: 'neg', sub: 'bare-number', negOf: 'phone' }).add('\n');
    b.add('Sekretariatet: ').plant(`info@${pick(rnd, DOMAINS)}`, { type: 'email', sub: 'role' }).add('\n');
    b.add(`Version 2.${int(rnd, 0, 9)} @ build ${int(rnd, 100, 999)}; handle @${pick(rnd, FIRST).toLowerCase()}\n`);
    docs.push(b.build(`contacts-${pad(i, 3)}.txt`, 'plaintext'));
  }
  // A contact list as CSV: the header names the phone column; the order column holds phone-shaped decoys.
  const csv = new DocBuilder().add('navn,telefon,email,ordrenr\n');
  for (let i = 0; i < 30; i++) {
    const first = pick(rnd, FIRST), last = pick(rnd, LAST);
    const p = phoneLayout(rnd, phoneDigits(rnd));
    csv.plant(`${first} ${last}`, { type: 'name' }).add(',').plant(p.value, { type: 'phone', sub: `${p.sub}-csv` }).add(',').plant(email(rnd, first, last), { type: 'email', sub: 'csv' }).add(',');
    csv.plant(phoneDigits(rnd), { type: 'neg', sub: 'order-column', negOf: 'phone' }).add('\n');
  }
  docs.push(csv.build('contacts.csv', 'csv'));
  // YAML and SQL.
  const y = new DocBuilder().add('kontakter:\n');
  for (let i = 0; i < 15; i++) {
    const first = pick(rnd, FIRST), last = pick(rnd, LAST);
    y.add('  - navn: ').plant(`${first} ${last}`, { type: 'name' }).add('\n    mobil: "').plant(phoneDigits(rnd), { type: 'phone', sub: 'bare-yaml' }).add('"\n    mail: ').plant(email(rnd, first, last), { type: 'email', sub: 'yaml' }).add('\n');
    y.add('    kundenr: ').plant(phoneDigits(rnd), { type: 'neg', sub: 'customer-number', negOf: 'phone' }).add('\n');
  }
  docs.push(y.build('contacts.yaml', 'yaml'));
  const sql = new DocBuilder().add('INSERT INTO kontakt (id, navn, tlf, postnr) VALUES\n');
  for (let i = 0; i < 15; i++) {
    sql.add(`  (${i}, '`).plant(pick(rnd, FIRST), { type: 'name' }).add("', '").plant(phoneDigits(rnd), { type: 'phone', sub: 'bare-sql' }).add("', ").plant(String(int(rnd, 1000, 9990)), { type: 'neg', sub: 'postal-code', negOf: 'phone' }).add(`)${i < 14 ? ',' : ';'}\n`);
  }
  docs.push(sql.build('contacts.sql', 'sql'));
  return docs;
};
