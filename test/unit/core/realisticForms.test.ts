// Rules found by the realistic-document generators (test/corpus/generators/clinicalLetters.ts, exchangeFormats.ts,
// variedDocuments.ts): each test holds one rule, with the look-alike that must stay quiet where there is one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect, type IdentifierType } from '../../../server/src/core';
import { hl7FieldNameAt, isHl7Message } from '../../../server/src/core/context/hl7';

const found = (text: string, type: IdentifierType, languageId = 'plaintext') =>
  detect(text, { languageId }).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

test('address: a village line or a village after a comma belongs to the address', () => {
  assert.deepEqual(found('Adresse: Hedevej 12, 1. tv, Vester Hjermitslev, 9800 Hjørring\n', 'address'), ['Hedevej 12, 1. tv, Vester Hjermitslev, 9800 Hjørring']);
  assert.deepEqual(found('Jens Hansen\nEngvej 124C, 1. tv\nLille Skensved\n5700 Svendborg\n\nKære Jens', 'address'), ['Engvej 124C, 1. tv\nLille Skensved\n5700 Svendborg']);
});

test('address: floor and side in upper case, a street word alone, a preposition street', () => {
  assert.deepEqual(found('ADRESSE: ROSENVÆNGET 17A, 2. SAL TH., 9000 AALBORG\n', 'address'), ['ROSENVÆNGET 17A, 2. SAL TH., 9000 AALBORG']);
  assert.deepEqual(found('Bopæl: Torvet 3, 8000 Aarhus C\n', 'address'), ['Torvet 3, 8000 Aarhus C']);
  assert.deepEqual(found('Bopæl: Ved Stranden 4, 1. tv., 8000 Aarhus C\n', 'address'), ['Ved Stranden 4, 1. tv., 8000 Aarhus C']);
});

test('address: a street in a delimited field starts after the delimiter; XML elements name the field', () => {
  const csv = 'personnummer;fornavn;efternavn;adresse;postnr;by\n0101801234;Dorte;Christiansen;Store Kongensgade 146, st. th.;8700;Horsens\n';
  assert.deepEqual(found(csv, 'address', 'csv'), ['Store Kongensgade 146, st. th.']);
  assert.deepEqual(found('<Borger>\n  <Adresse>Bøgevej 3</Adresse>\n</Borger>\n', 'address', 'xml'), ['Bøgevej 3']);
});

test('names: XML elements, FHIR family, particles after a cue or in a field, upper-case particles', () => {
  assert.deepEqual(found('<Borger>\n  <Fornavn>Jette</Fornavn>\n  <Efternavn>Kjærgaard</Efternavn>\n</Borger>\n', 'name', 'xml'), ['Jette', 'Kjærgaard']);
  assert.deepEqual(found('{"name": [{"family": "Holst"}], "fontFamily": "Arial"}', 'name', 'json'), ['Holst']);
  assert.deepEqual(found('Dear Dr. van der Berg,\n', 'name'), ['van der Berg']);
  assert.deepEqual(found('fornavn;efternavn\nInge;van der Berg\n', 'name', 'csv'), ['Inge', 'van der Berg']);
  assert.deepEqual(found('NAVN: TORBEN VAN DER BERG\n', 'name'), ['TORBEN VAN DER BERG']);
  assert.deepEqual(found('PATIENT DE SAW\n', 'name'), []);
});

test('names: a surname in both lists before the comma of "Surname, First"; June; Gade as a surname but not as a street', () => {
  assert.deepEqual(found('Patient: TRAN, Mads\n', 'name'), ['TRAN, Mads']);
  assert.deepEqual(found('Name: June Horn\n', 'name'), ['June Horn']);
  assert.deepEqual(found('Henvist af egen læge Sofie Gade, Odense.', 'name'), ['Sofie Gade']);
  assert.deepEqual(found('Han bor på Sankt Hans Gade 3.', 'name'), []);
});

test('HL7 v2: segment fields give names, addresses, phones and the visit number their context', () => {
  const msg = 'MSH|^~\\&|EPJ|RH|LAB|RH|202401011200||ADT^A01|MSG00001|P|2.5\r\n' +
    'PID|1||0101801234^^^CPR^NNDNK||Demirci^Martin||19800101|M|||Åboulevarden 112B^^Hadsund^^9560^DK||23456789^PRN^PH\r\n' +
    'PV1|1|I|KAR^13^3||||||||||||||||1809086107\r\n';
  assert.ok(isHl7Message(msg));
  assert.equal(hl7FieldNameAt(msg, msg.indexOf('Demirci')), 'patient_name');
  assert.equal(hl7FieldNameAt(msg, msg.indexOf('MSG00001')), 'message_control_id');
  assert.deepEqual(found(msg, 'name'), ['Demirci', 'Martin']);
  assert.deepEqual(found(msg, 'address'), ['Åboulevarden 112B']);
  assert.deepEqual(found(msg, 'phone'), ['23456789']);
  assert.deepEqual(found(msg, 'cpr'), ['0101801234']);
  assert.equal(isHl7Message('PID|1||x\r\nMSH|^~\\&|'), false);
});

test('CPR: numbers in fields and labels of other kinds stay quiet', () => {
  for (const [text, lang] of [
    ['kundenr;navn\n1608156646;x\n', 'csv'], ['Bestillingsnr. 0410154692.', 'plaintext'], ['export const BUILD_ID = 1602544660;', 'typescript'],
    ['betalt på konto 6718-1703580501.', 'plaintext'], ['{"versionId": "1809086107"}', 'json'],
  ] as const) assert.deepEqual(found(text, 'cpr', lang), [], text.replace(/\d/g, 'X'));
});

test('CPR loose readings: no date with a four-digit year (and the word after it), no clock time', () => {
  assert.deepEqual(found('Sygemeldt siden 16-02-2003 og forventes raskmeldt.', 'cpr'), []);
  assert.deepEqual(found('oprettet 23-04-2016 09:12', 'cpr'), []);
  // The OCR readings these rules must leave alone.
  assert.equal(found('CPR: 2802b 1-Z233\n', 'cpr').length, 1);
  assert.equal(found('CPR: O 10180-1234\n', 'cpr').length, 1);
});

test('phone: signature labels; a cue word cut by the context window is no cue; "nummer" of an order is no phone cue', () => {
  assert.deepEqual(found('Sygeplejerske\nT: 9428 8751\nDirect line 57229256 | x', 'phone'), ['9428 8751', '57229256']);
  assert.deepEqual(found('Direct line 0045 34 82 85 35 | magnus-kragjuel@stofanet.dk\n', 'phone'), ['0045 34 82 85 35']);
  assert.deepEqual(found('Ordren har nummer 59779240.', 'phone'), []);
  assert.deepEqual(found('Hun har nummer 59779240.', 'phone'), ['59779240']);
});

test('phone: a number with the country code does not end a label reach over a list of phones', () => {
  assert.deepEqual(found('Kan træffes på tlf. +4533808676 eller 43026005.', 'phone'), ['+4533808676', '43026005']);
  assert.deepEqual(found('CPR 0101801234 og 43026005', 'phone'), []);
});

test('address: "på" before a listed or street-like street with a number', () => {
  assert.deepEqual(found('Pt. bor sammen med Jens Hansen på Strøget 47.', 'address'), ['Strøget 47']);
  assert.deepEqual(found('Ligger på Stue 12. Kontrol på Rigshospitalet 3 dage.', 'address'), []);
});

test('names: a table row key, an e-mail "Fra:", "Re:", a letter addressee, a profession after the name', () => {
  assert.deepEqual(found('| Felt | Værdi |\n|---|---|\n| Patient | Bjørn Yasmin Demirci |\n| Status | Stable |\n', 'name', 'markdown'), ['Bjørn Yasmin Demirci']);
  assert.deepEqual(found('Fra: Arne Traoré <a@b.dk>\nFra: Region Hovedstaden\n', 'name'), ['Arne Traoré']);
  assert.deepEqual(found('Re: Kim Jesper von Holstein, CPR no. 221038-1042\nRe: Discharge Summary\n', 'name'), ['Kim Jesper von Holstein']);
  assert.deepEqual(found('Sygehus Lillebælt\n\nTove Mensah Okonkwo\nFasanstræde 71, 2. tv.\n3760 Gudhjem\n', 'name'), ['Tove Mensah Okonkwo']);
  assert.deepEqual(found('Dansk Sygeplejeråd\nKristianiagade 12\n2100 København Ø\n', 'name'), []);
  assert.deepEqual(found('Aarhus, den 06.04.1992\n\nHans Bjarne de Vries\nPraktiserende læge\n', 'name'), ['Hans Bjarne de Vries']);
  assert.deepEqual(found('/ Per de Vries, overlæge\nAkutmodtagelsen, overlæge\n', 'name'), ['Per de Vries']);
});

test('names: a double-barrelled surname with one listed part; a second, unambiguous first name after an ambiguous one', () => {
  assert.deepEqual(found('Bjørn Vestergaard-Fernandes kom til kontrol.', 'name'), ['Bjørn Vestergaard-Fernandes']);
  assert.deepEqual(found('Kim Jesper kom til kontrol.', 'name'), ['Kim Jesper']);
});

test('CPR: a Danish time-stamp field (tidsstempel) holds no CPR number', () => {
  assert.deepEqual(found('{"tidsstempel": 1608174709}', 'cpr', 'json'), []);
});

test('names: "Surname, First" with a surname in no list after a label or in a name field', () => {
  assert.deepEqual(found('Navn: Okonkwo, Mette\n', 'name'), ['Okonkwo, Mette']);
  assert.deepEqual(found('Navn:de Vries, Mads\n', 'name'), ['de Vries, Mads']);
  assert.deepEqual(found('Diagnose: Diabetes, Anne\n', 'name'), []);
});
