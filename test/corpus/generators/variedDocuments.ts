// A second set of realistic documents, written to find what the first sets (clinicalLetters.ts, exchangeFormats.ts)
// do not exercise: identifiers inline in running prose, surname-first and upper-case names, English forms of
// address, labels without a space after the colon, phone lists, e-mail in angle brackets, mailto links and Markdown
// links, addresses with `c/o`, `lejl.`, `2.tv` and `DK-` postal codes, TSV and YAML exports, nested JSON, SQL
// UPDATE statements, comments in code; and decoys in the same places (times, weeks, blood pressure, EAN,
// bank accounts, order numbers with dashes, prices).
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { validCpr } from './cprNumbers';
import { address, cprText, dateText, emailOf, pad, person, phone, TOWNS } from './people';

/** Street and number with the less common ways of writing floor, side and flat. */
function oddAddress(rnd: Rng): string {
  const street = pick(rnd, ['Vestergade', 'Ryesgade', 'Nørrebrogade', 'Søndre Boulevard', 'Kirkebakken', 'Skovvej', 'Klosterstræde', 'Havnegade']);
  const no = `${int(rnd, 1, 150)}${pick(rnd, ['', '', ' A', 'B', '-3'])}`;
  const floor = pick(rnd, ['', ' 2.tv', ', 1. sal, lejl. 4', ', 3.th.', ' st.tv.', ', 2. sal', ', 4 th', '']);
  const town = pick(rnd, TOWNS);
  return `${street} ${no}${floor}, ${rnd() < 0.25 ? 'DK-' : ''}${town}`;
}

function prose(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), wife = person(rnd), gp = person(rnd);
  const age = int(rnd, 19, 95);
  b.add(`Notat ${dateText(rnd)} kl. ${pad(int(rnd, 7, 20))}:${pad(int(rnd, 0, 59))}\n\n`);
  b.add(`${age}-årig ${pick(rnd, ['mand', 'kvinde'])}, `).plant(p.full, { type: 'name' }).add(' (CPR ');
  const c = cprText(rnd);
  b.plant(c.value, { type: 'cpr', sub: c.sub }).add('), bosat ').plant(oddAddress(rnd), { type: 'address' }).add('. ');
  b.add(`Ses i uge ${int(rnd, 1, 52)} pga. ${pick(rnd, ['dyspnø', 'brystsmerter', 'svimmelhed', 'feber'])}. BT ${int(rnd, 100, 180)}/${int(rnd, 60, 100)}. `);
  b.add('Hustruen, ').plant(wife.full, { type: 'name' }).add(', kan træffes på tlf. ').plant(phone(rnd), { type: 'phone' }).add(' eller ').plant(phone(rnd), { type: 'phone' }).add('. ');
  b.add('Egen læge er ').plant(gp.full, { type: 'name' }).add(`, ${pick(rnd, ['Lægerne Torvet', 'Lægehuset i Tarm', 'Klinikken ved Søen'])}. `);
  b.add('Svar sendes til ').plant(emailOf(rnd, gp), { type: 'email' }).add('.\n');
  b.add('Pt. har betalt egenbetaling ').add(`kr. ${int(rnd, 1, 9)}.${pad(int(rnd, 0, 999), 3)},00 `).add('på konto ').plant(`${int(rnd, 1000, 9999)}-${validCpr(rnd)}`, { type: 'neg', sub: 'bank-account', negOf: 'cpr' }).add('.\n');
  b.add('EAN ').plant(`57${pad(int(rnd, 0, 99999999999), 11)}`, { type: 'neg', sub: 'ean', negOf: 'cpr' }).add(', ordre ').plant(`${int(rnd, 2020, 2026)}-${pad(int(rnd, 0, 999999), 6)}`, { type: 'neg', sub: 'order-dashed', negOf: 'cpr' }).add('.\n');
  return b;
}

function formWithoutSpaces(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), contact = person(rnd);
  b.add(pick(rnd, ['PATIENTOPLYSNINGER', 'Stamdata', 'KONTAKTSKEMA'])).add('\n');
  const surnameFirst = rnd() < 0.5;
  b.add('Navn:').plant(surnameFirst ? `${p.last}, ${p.first}` : p.full, { type: 'name' }).add('\n');
  const c = cprText(rnd);
  b.add(pick(rnd, ['CPR:', 'Cpr.nr.:', 'Personnr.:'])).plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  b.add('Adresse:').plant(oddAddress(rnd), { type: 'address' }).add('\n');
  b.add('Tlf.:').plant(phone(rnd), { type: 'phone' }).add(' (privat), ').plant(phone(rnd), { type: 'phone' }).add(' (arbejde)\n');
  b.add('Mail:').plant(emailOf(rnd, p), { type: 'email' }).add('\n');
  b.add('Kontaktperson:').plant(contact.full, { type: 'name' }).add(', ').plant(phone(rnd), { type: 'phone' }).add('\n');
  b.add('Født:').plant(`${pad(int(rnd, 1, 28))}.${pad(int(rnd, 1, 12))}.${int(rnd, 1930, 2010)}`, { type: 'date-of-birth', sub: 'form' }).add('\n');
  b.add('Indskrevet:').plant(dateText(rnd), { type: 'neg', sub: 'date', negOf: 'cpr' }).add(` kl.${pad(int(rnd, 0, 23))}.${pad(int(rnd, 0, 59))}\n`);
  b.add('Kundenr.:').plant(validCpr(rnd), { type: 'neg', sub: 'customer-number', negOf: 'cpr' }).add('\n');
  return b;
}

function englishForms(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  const p = person(rnd), gp = person(rnd);
  b.add('PATIENT DETAILS\n').add('Patient: ').plant(`${p.last.toUpperCase()}, ${p.first}`, { type: 'name' }).add('\n');
  const c = cprText(rnd);
  b.add('Civil registration no.: ').plant(c.value, { type: 'cpr', sub: c.sub }).add('\n');
  b.add('Home address: ').plant(address(rnd).full, { type: 'address' }).add('\n');
  b.add('Mobile: ').plant(phone(rnd), { type: 'phone' }).add('   E-mail: <').plant(emailOf(rnd, p), { type: 'email' }).add('>\n');
  b.add('GP: ').add(pick(rnd, ['Dr ', 'Dr. '])).plant(gp.full, { type: 'name' }).add(', tel. ').plant(phone(rnd), { type: 'phone' }).add('\n\n');
  b.add(pick(rnd, ['Mr ', 'Mrs ', 'Ms. '])).plant(p.last, { type: 'name' }).add(` was reviewed on ${dateText(rnd)} at ${pad(int(rnd, 8, 17))}:${pad(int(rnd, 0, 59))}. `);
  b.add(`Blood pressure ${int(rnd, 100, 170)}/${int(rnd, 60, 100)} mmHg. Reference `).plant(validCpr(rnd), { type: 'neg', sub: 'reference', negOf: 'cpr' }).add('. ');
  b.add('Please contact [the ward](mailto:').plant(`ward${int(rnd, 1, 9)}@${pick(rnd, ['rm.dk', 'regionh.dk'])}`, { type: 'email' }).add(') with questions.\n');
  return b;
}

function tsvExport(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('CPR\tNavn\tTelefon\tMail\tBeløb\tBetalt\n');
  for (let i = 0; i < 15; i++) {
    const p = person(rnd);
    const c = cprText(rnd);
    b.plant(c.value, { type: 'cpr', sub: `tsv-${c.sub}` }).add('\t').plant(p.full, { type: 'name' }).add('\t').plant(phone(rnd), { type: 'phone' }).add('\t').plant(emailOf(rnd, p), { type: 'email' }).add('\t');
    b.add(`${int(rnd, 100, 99999)},${pad(int(rnd, 0, 99))}\t`).plant(`${int(rnd, 2019, 2026)}-${pad(int(rnd, 1, 12))}-${pad(int(rnd, 1, 28))} ${pad(int(rnd, 0, 23))}:${pad(int(rnd, 0, 59))}`, { type: 'neg', sub: 'datetime', negOf: 'cpr' }).add('\n');
  }
  return b;
}

function yamlFixture(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('# testdata til integrationstest\npatienter:\n');
  for (let i = 0; i < 6; i++) {
    const p = person(rnd);
    const c = cprText(rnd);
    b.add('  - cpr: "').plant(c.value, { type: 'cpr', sub: `yaml-${c.sub}` }).add('"\n    navn:\n      fornavn: ').plant(p.first, { type: 'name' }).add('\n      efternavn: ').plant(p.last, { type: 'name' }).add('\n');
    b.add('    kontakt:\n      mobil: "').plant(phone(rnd), { type: 'phone' }).add('"\n      email: ').plant(emailOf(rnd, p), { type: 'email' }).add('\n    adresse: "').plant(address(rnd).full, { type: 'address' }).add('"\n');
    b.add('    sagsnummer: ').plant(validCpr(rnd), { type: 'neg', sub: 'case-number', negOf: 'cpr' }).add('\n');
  }
  return b;
}

function nestedJson(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('{\n  "items": [\n');
  for (let i = 0; i < 4; i++) {
    const p = person(rnd), kin = person(rnd);
    const c = cprText(rnd);
    b.add('    {\n      "patient": {\n        "cprNummer": "').plant(c.value, { type: 'cpr', sub: `json-${c.sub}` }).add('",\n        "fuldtNavn": "').plant(p.full, { type: 'name' }).add('",\n');
    b.add('        "kontakt": {"mobil": "').plant(phone(rnd), { type: 'phone' }).add('", "epost": "').plant(emailOf(rnd, p), { type: 'email' }).add('"},\n');
    b.add('        "paaroerende": {"navn": "').plant(kin.full, { type: 'name' }).add('", "telefon": "').plant(phone(rnd), { type: 'phone' }).add('"}\n      },\n');
    b.add('      "bestillingsId": "').plant(validCpr(rnd), { type: 'neg', sub: 'order-id', negOf: 'cpr' }).add(`",\n      "tidsstempel": `).plant(String(int(rnd, 1_600_000_000, 1_799_999_999)), { type: 'neg', sub: 'timestamp', negOf: 'cpr' }).add(`\n    }${i < 3 ? ',' : ''}\n`);
  }
  return b.add('  ]\n}\n');
}

function sqlUpdates(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('-- rettelser efter flytning\n');
  for (let i = 0; i < 6; i++) {
    const p = person(rnd);
    const c = cprText(rnd);
    b.add("UPDATE patient SET adresse = '").plant(address(rnd).full, { type: 'address' }).add("', telefon = '").plant(phone(rnd), { type: 'phone' }).add("', navn = '").plant(p.full, { type: 'name' }).add("' WHERE cpr = '");
    b.plant(c.value, { type: 'cpr', sub: `sql-update-${c.sub}` }).add("' AND ordre_id = ").plant(validCpr(rnd), { type: 'neg', sub: 'order-id', negOf: 'cpr' }).add(';\n');
  }
  return b;
}

function codeComments(rnd: Rng): DocBuilder {
  const p = person(rnd);
  const c = cprText(rnd);
  const b = new DocBuilder().add('// Regression: the lookup failed for ').plant(p.full, { type: 'name' }).add(' (cpr ').plant(c.value, { type: 'cpr', sub: `comment-${c.sub}` }).add(') in production.\n');
  b.add(`export const BUILD_ID = `).plant(validCpr(rnd), { type: 'neg', sub: 'build-id', negOf: 'cpr' }).add(';\n');
  b.add(`export const TIMEOUT_MS = ${int(rnd, 1000, 60000)};\n/**\n * Contact: `).plant(emailOf(rnd, person(rnd)), { type: 'email' }).add('\n */\nexport function lookup(id: string) {\n  return fetch(`/api/patient/${id}`);\n}\n');
  return b;
}

export const variedDocuments: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 20; i++) {
    docs.push(prose(rnd).build(`varied-prose-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(formWithoutSpaces(rnd).build(`varied-form-${pad(i, 3)}.txt`, 'plaintext'));
    docs.push(englishForms(rnd).build(`varied-english-${pad(i, 3)}.md`, 'markdown'));
    if (i < 6) {
      docs.push(tsvExport(rnd).build(`varied-export-${pad(i, 3)}.tsv`, 'tsv'));
      docs.push(yamlFixture(rnd).build(`varied-fixture-${pad(i, 3)}.yaml`, 'yaml'));
      docs.push(nestedJson(rnd).build(`varied-nested-${pad(i, 3)}.json`, 'json'));
      docs.push(sqlUpdates(rnd).build(`varied-updates-${pad(i, 3)}.sql`, 'sql'));
      docs.push(codeComments(rnd).build(`varied-lookup-${pad(i, 3)}.ts`, 'typescript'));
    }
  }
  return docs;
};
