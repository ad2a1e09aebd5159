// Identifiers in the formats systems exchange and developers keep as fixtures: HL7 v2 messages (PID/NK1 segments,
// `^`-separated names), FHIR Patient resources, XML exports with Danish element names, semicolon CSV with Danish
// headers (name, street, postal code and town in separate columns), Markdown tables, log lines (key=value, URLs with
// query parameters, JSON logs), TypeScript test fixtures and SQL with Danish column names. Decoys in the same
// files: timestamps, message and order ids, dates, durations, customer numbers.
import { DocBuilder, int, pick, type CorpusGenerator, type Rng } from '../types';
import { address, cprText, emailOf, epochSeconds, pad, person, phone, phoneDigits } from './people';
import { validCpr } from './cprNumbers';

const isoDate = (rnd: Rng): string => `${int(rnd, 2015, 2026)}-${pad(int(rnd, 1, 12))}-${pad(int(rnd, 1, 28))}`;
const isoTime = (rnd: Rng): string => `${isoDate(rnd)}T${pad(int(rnd, 0, 23))}:${pad(int(rnd, 0, 59))}:${pad(int(rnd, 0, 59))}.${pad(int(rnd, 0, 999), 3)}Z`;
const hex = (rnd: Rng, n: number): string => [...Array(n)].map(() => '0123456789abcdef'[int(rnd, 0, 15)]).join('');

function hl7(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  for (let i = 0; i < 4; i++) {
    const p = person(rnd), kin = person(rnd), a = address(rnd);
    const stamp = `${int(rnd, 2020, 2026)}${pad(int(rnd, 1, 12))}${pad(int(rnd, 1, 28))}${pad(int(rnd, 0, 23))}${pad(int(rnd, 0, 59))}`;
    b.add(`MSH|^~\\&|EPJ|RH|LAB|RH|${stamp}||ADT^A0${int(rnd, 1, 8)}|MSG${pad(int(rnd, 0, 99999), 5)}|P|2.5\r\n`);
    const c = cprText(rnd);
    b.add('PID|1||').plant(c.value.replace('-', ''), { type: 'cpr', sub: `hl7-${c.sub}` }).add('^^^CPR^NNDNK||');
    b.plant(p.last, { type: 'name' }).add('^').plant(p.first, { type: 'name' }).add(`||${int(rnd, 1930, 2010)}${pad(int(rnd, 1, 12))}${pad(int(rnd, 1, 28))}|${pick(rnd, ['M', 'F'])}|||`);
    b.plant(a.street, { type: 'address' }).add(`^^${a.town.slice(5)}^^${a.town.slice(0, 4)}^DK||`).plant(phone(rnd).replace(/ /g, ''), { type: 'phone' }).add('^PRN^PH\r\n');
    b.add('NK1|1|').plant(kin.last, { type: 'name' }).add('^').plant(kin.first, { type: 'name' }).add(`|${pick(rnd, ['SPO', 'CHD', 'PAR'])}|||`).plant(phone(rnd).replace(/ /g, ''), { type: 'phone' }).add('\r\n');
    b.add(`PV1|1|I|${pick(rnd, ['KAR', 'MED', 'ORT'])}^${int(rnd, 1, 40)}^${int(rnd, 1, 4)}||||||||||||||||`).plant(String(int(rnd, 1_000_000_000, 9_999_999_999)), { type: 'neg', sub: 'visit-number', negOf: 'cpr' }).add('\r\n');
  }
  return b;
}

function fhir(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n');
  for (let i = 0; i < 3; i++) {
    const p = person(rnd), a = address(rnd);
    const c = cprText(rnd);
    b.add(`    {"resource": {"resourceType": "Patient", "id": "${hex(rnd, 8)}-${hex(rnd, 4)}",\n`);
    b.add('      "identifier": [{"system": "urn:oid:1.2.208.176.1.2", "value": "').plant(c.value.replace('-', ''), { type: 'cpr', sub: `fhir-${c.sub}` }).add('"}],\n');
    b.add('      "name": [{"use": "official", "text": "').plant(p.full, { type: 'name' }).add('", "family": "').plant(p.last, { type: 'name' }).add('"}],\n');
    b.add('      "telecom": [{"system": "phone", "value": "').plant(phone(rnd), { type: 'phone' }).add('"}, {"system": "email", "value": "').plant(emailOf(rnd, p), { type: 'email' }).add('"}],\n');
    b.add('      "address": [{"text": "').plant(a.full, { type: 'address' }).add(`", "postalCode": "${a.town.slice(0, 4)}"}],\n`);
    b.add(`      "meta": {"lastUpdated": "${isoTime(rnd)}", "versionId": "`).plant(String(int(rnd, 1_000_000_000, 9_999_999_999)), { type: 'neg', sub: 'version-id', negOf: 'cpr' }).add(`"}}}${i < 2 ? ',' : ''}\n`);
  }
  return b.add('  ]\n}\n');
}

function xmlExport(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('<?xml version="1.0" encoding="UTF-8"?>\n<Udtraek dato="' + isoDate(rnd) + '">\n');
  for (let i = 0; i < 5; i++) {
    const p = person(rnd), a = address(rnd);
    const c = cprText(rnd);
    b.add(`  <Borger id="${int(rnd, 1, 99999)}">\n    <CPR>`).plant(c.value, { type: 'cpr', sub: `xml-${c.sub}` }).add('</CPR>\n');
    b.add('    <Fornavn>').plant(p.middle ? `${p.first} ${p.middle}` : p.first, { type: 'name' }).add('</Fornavn>\n    <Efternavn>').plant(p.last, { type: 'name' }).add('</Efternavn>\n');
    b.add('    <Adresse>').plant(a.full, { type: 'address' }).add('</Adresse>\n');
    b.add('    <Telefon>').plant(phone(rnd), { type: 'phone' }).add('</Telefon>\n    <Email>').plant(emailOf(rnd, p), { type: 'email' }).add('</Email>\n');
    b.add('    <Sagsnummer>').plant(validCpr(rnd), { type: 'neg', sub: 'case-number', negOf: 'cpr' }).add(`</Sagsnummer>\n    <Oprettet>${isoTime(rnd)}</Oprettet>\n  </Borger>\n`);
  }
  return b.add('</Udtraek>\n');
}

function danishCsv(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('personnummer;fornavn;efternavn;adresse;postnr;by;telefon;email;kundenr;oprettet\n');
  for (let i = 0; i < 25; i++) {
    const p = person(rnd), a = address(rnd);
    const c = cprText(rnd);
    b.plant(c.value, { type: 'cpr', sub: `csv-${c.sub}` }).add(';').plant(p.first, { type: 'name' }).add(';').plant(p.last, { type: 'name' }).add(';');
    b.plant(a.street, { type: 'address' }).add(`;${a.town.slice(0, 4)};${a.town.slice(5)};`).plant(phone(rnd), { type: 'phone' }).add(';').plant(emailOf(rnd, p), { type: 'email' }).add(';');
    b.plant(validCpr(rnd), { type: 'neg', sub: 'customer-number', negOf: 'cpr' }).add(`;${pad(int(rnd, 1, 28))}-${pad(int(rnd, 1, 12))}-${int(rnd, 2015, 2026)} ${pad(int(rnd, 0, 23))}:${pad(int(rnd, 0, 59))}\n`);
  }
  return b;
}

function markdownTable(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add(`# Patientliste, ${pick(rnd, ['Afsnit K2', 'Medicinsk dagafsnit', 'Ortopædkirurgisk ambulatorium'])}\n\n| Navn | CPR | Telefon | Adresse | Bemærkning |\n|------|-----|---------|---------|------------|\n`);
  for (let i = 0; i < 8; i++) {
    const p = person(rnd);
    const c = cprText(rnd);
    b.add('| ').plant(p.full, { type: 'name' }).add(' | ').plant(c.value, { type: 'cpr', sub: `md-${c.sub}` }).add(' | ').plant(phone(rnd), { type: 'phone' }).add(' | ').plant(address(rnd).full, { type: 'address' }).add(' | ');
    b.add(pick(rnd, ['Faktura ', 'Ordre ', 'Rekv. '])).plant(validCpr(rnd), { type: 'neg', sub: 'table-order', negOf: 'cpr' }).add(' |\n');
  }
  return b.add('\nListen er fortrolig.\n');
}

function logLines(rnd: Rng): DocBuilder {
  const b = new DocBuilder();
  for (let i = 0; i < 14; i++) {
    const p = person(rnd);
    const c = cprText(rnd);
    const cpr = c.value.replace('-', '');
    switch (int(rnd, 0, 4)) {
      case 0:
        b.add(`${isoTime(rnd)} INFO  patient.lookup req=${hex(rnd, 8)} cpr=`).plant(cpr, { type: 'cpr', sub: `log-${c.sub}` }).add(` took=${int(rnd, 1, 900)}ms\n`);
        break;
      case 1:
        b.add(`10.0.${int(rnd, 0, 255)}.${int(rnd, 1, 254)} - - [${pad(int(rnd, 1, 28))}/Mar/2025:${pad(int(rnd, 0, 23))}:${pad(int(rnd, 0, 59))}:${pad(int(rnd, 0, 59))} +0100] "GET /api/v2/patients?cpr=`).plant(cpr, { type: 'cpr', sub: `url-${c.sub}` }).add(`&include=address HTTP/1.1" 200 ${int(rnd, 200, 9000)}\n`);
        break;
      case 2:
        b.add(`{"level":"info","time":${epochSeconds(rnd)},"msg":"patient updated","patient":{"cpr":"`).plant(cpr, { type: 'cpr', sub: `jsonlog-${c.sub}` }).add('","email":"').plant(emailOf(rnd, p), { type: 'email' }).add(`"},"durationMs":${int(rnd, 1, 999)}}\n`);
        break;
      case 3:
        b.add(`${isoTime(rnd)} WARN  sms.send failed to=`).plant(phone(rnd).replace(/ /g, ''), { type: 'phone' }).add(' user="').plant(p.full, { type: 'name' }).add(`" retry=${int(rnd, 1, 5)} ts=`).plant(epochSeconds(rnd), { type: 'neg', sub: 'timestamp', negOf: 'cpr' }).add('\n');
        break;
      default:
        b.add(`${isoTime(rnd)} DEBUG order.created orderId=`).plant(validCpr(rnd), { type: 'neg', sub: 'order-id', negOf: 'cpr' }).add(` amount=${int(rnd, 100, 99999)}.${pad(int(rnd, 0, 99))} epoch=`).plant(epochSeconds(rnd), { type: 'neg', sub: 'timestamp', negOf: 'cpr' }).add('\n');
    }
  }
  return b;
}

function tsFixture(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add(`import { describe, it, expect } from 'vitest';\nimport { normalise } from '../src/patient';\n\ndescribe('normalise', () => {\n`);
  for (let i = 0; i < 3; i++) {
    const p = person(rnd), a = address(rnd);
    const c = cprText(rnd);
    b.add(`  it('keeps case ${i}', () => {\n    const patient = {\n      cpr: '`).plant(c.value, { type: 'cpr', sub: `ts-${c.sub}` }).add("',\n      fullName: '").plant(p.full, { type: 'name' }).add("',\n");
    b.add("      phone: '").plant(phone(rnd), { type: 'phone' }).add("',\n      email: '").plant(emailOf(rnd, p), { type: 'email' }).add("',\n      address: '").plant(a.full, { type: 'address' }).add("',\n");
    b.add('      createdAt: ').plant(String(int(rnd, 1_600_000_000_000, 1_799_999_999_999)), { type: 'neg', sub: 'ms-timestamp', negOf: 'cpr' }).add(',\n      invoiceNo: ').plant(validCpr(rnd), { type: 'neg', sub: 'invoice', negOf: 'cpr' }).add(',\n    };\n');
    b.add(`    expect(normalise(patient).postalCode).toBe('${a.town.slice(0, 4)}');\n  });\n`);
  }
  return b.add('});\n');
}

function sqlDanish(rnd: Rng): DocBuilder {
  const b = new DocBuilder().add('INSERT INTO borger (personnummer, fornavn, efternavn, adresse, telefon, mail, journalnr, oprettet) VALUES\n');
  for (let i = 0; i < 10; i++) {
    const p = person(rnd), a = address(rnd);
    const c = cprText(rnd);
    b.add("  ('").plant(c.value, { type: 'cpr', sub: `sql-${c.sub}` }).add("', '").plant(p.first, { type: 'name' }).add("', '").plant(p.last, { type: 'name' }).add("', '").plant(a.full, { type: 'address' }).add("', '");
    b.plant(rnd() < 0.5 ? phoneDigits(rnd) : phone(rnd), { type: 'phone' }).add("', '").plant(emailOf(rnd, p), { type: 'email' }).add("', ").plant(validCpr(rnd), { type: 'neg', sub: 'journal-number', negOf: 'cpr' }).add(`, '${isoDate(rnd)}')${i < 9 ? ',' : ';'}\n`);
  }
  return b;
}

export const exchangeFormats: CorpusGenerator = (rnd) => {
  const docs = [];
  for (let i = 0; i < 8; i++) {
    docs.push(hl7(rnd).build(`exchange-hl7-${pad(i, 3)}.hl7`, 'plaintext'));
    docs.push(fhir(rnd).build(`exchange-fhir-${pad(i, 3)}.json`, 'json'));
    docs.push(xmlExport(rnd).build(`exchange-export-${pad(i, 3)}.xml`, 'xml'));
    docs.push(danishCsv(rnd).build(`exchange-borgere-${pad(i, 3)}.csv`, 'csv'));
    docs.push(markdownTable(rnd).build(`exchange-table-${pad(i, 3)}.md`, 'markdown'));
    docs.push(logLines(rnd).build(`exchange-app-${pad(i, 3)}.log`, 'log'));
    docs.push(tsFixture(rnd).build(`exchange-fixture-${pad(i, 3)}.test.ts`, 'typescript'));
    docs.push(sqlDanish(rnd).build(`exchange-borgere-${pad(i, 3)}.sql`, 'sql'));
  }
  return docs;
};
