// Rules for names and addresses that a held-out corpus may hold and the generators had not shown (room gen3): each
// test holds one rule and the look-alikes that must stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect, type IdentifierType } from '../../../server/src/core';

const found = (text: string, type: IdentifierType, languageId = 'plaintext') =>
  detect(text, { languageId }).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

test('names: particles, an unlisted surname (upper case too), a comma and listed first names', () => {
  assert.deepEqual(found('VON HOLSTEIN, Mette\n', 'name'), ['VON HOLSTEIN, Mette']);
  assert.deepEqual(found('Patient: DE LA CRUZ, Anna Louise, 120394-1234\n', 'name'), ['DE LA CRUZ, Anna Louise']);
  assert.deepEqual(found('Indlagt: de la Cruz, Anna\n', 'name'), ['de la Cruz, Anna']);
  assert.deepEqual(found('Pårørende: VAN DER BERG, Jens\n', 'name'), ['VAN DER BERG, Jens']);
  assert.deepEqual(found('VON HOLSTEIN, METTE\n', 'name'), ['VON HOLSTEIN, METTE']);
});

test('names: no particle, no listed first name, or a Danish word as the particle in prose stays quiet', () => {
  assert.deepEqual(found('HOLSTEIN, Mette\n', 'name'), []); // an upper-case unknown word alone reads as an acronym
  assert.deepEqual(found('CT, Mette\n', 'name'), []);
  assert.deepEqual(found('DE LA CRUZ, Hospital\n', 'name'), []);
  assert.deepEqual(found('DE, Anna\n', 'name'), []);
  assert.deepEqual(found('Resultaterne sendes, og de Forenede, Anna', 'name'), []);
  assert.deepEqual(found('VON HOLSTEIN, Mette Hansen og Jens\n', 'name'), ['Mette Hansen']); // "Surname, First Surname" is two people
});

test('names: a listed surname alone after a salutation, unless it is also an ordinary word', () => {
  assert.deepEqual(found('Kære Mikkelsen\n\nTak for dit brev.', 'name'), ['Mikkelsen']);
  assert.deepEqual(found('Dear Nguyen,\n\nThank you.', 'name'), ['Nguyen']);
  assert.deepEqual(found('Kære Sten\n\nTak for sidst.', 'name'), ['Sten']); // a first name that is also a word
  for (const text of ['Kære Fisker\n\nTak.', 'Kære Smed,\n', 'Dear Bager,\n', 'Kære kollega\n', 'Dear Colleague,\n', 'Kære Borger\n', 'Kære Pårørende\n', 'Dear Sir,\n']) {
    assert.deepEqual(found(text, 'name'), [], text);
  }
  // A surname that is also a word stays a name with a first name or a title.
  assert.deepEqual(found('Kære Anne Fisker\n', 'name'), ['Anne Fisker']);
  assert.deepEqual(found('Kære hr. Smed\n', 'name'), ['Smed']);
});

test('address: a street in no list and without a street ending, after an address label or in an address field', () => {
  assert.deepEqual(found('Adresse: Lærkedraget 12, 2. tv.\n', 'address'), ['Lærkedraget 12, 2. tv.']);
  assert.deepEqual(found('Patienten bor på Egeskovsdraget 4 sammen med ægtefællen.', 'address'), ['Egeskovsdraget 4']);
  assert.deepEqual(found('Pt. bor alene på Kilden 70, 1. sal\n', 'address'), ['Kilden 70, 1. sal']);
  assert.deepEqual(found('Hjemmeadresse: Rønnebærdraget 4B\n', 'address'), ['Rønnebærdraget 4B']);
  assert.deepEqual(found('ADRESSE: LÆRKEDRAGET 12\n', 'address'), ['LÆRKEDRAGET 12']);
  assert.deepEqual(found('Bopæl: Torvet 3\n', 'address'), ['Torvet 3']);
  assert.deepEqual(found('{"address": "Lærkedraget 12"}', 'address', 'json'), ['Lærkedraget 12']);
  assert.deepEqual(found('navn;adresse;postnr\nHansen;Lærkedraget 12;8260\n', 'address', 'csv'), ['Lærkedraget 12']);
});

test('address: rooms, wards, weeks, doses and mail addresses after such words stay quiet', () => {
  for (const text of [
    'Lærkedraget 12 er nævnt.', 'Flyttet til Afsnit 12.', 'Adresse: Afsnit 12', 'Bor på Stue 3', 'Uge 12', 'Panodil 500 mg',
    'Han bor på Panodil 500 mg', 'Address: Room 12', 'Adresse: Bygning 4', 'bor på Hospice Sydfyn 3', 'E-mailadresse: Jens 12',
    'Adresse: Januar 12', 'opholdt sig på Lærkedraget 12', 'Han bor ikke længere på Afsnit 12', 'bor alene på Stue 3',
  ]) {
    assert.deepEqual(found(text, 'address'), [], text);
  }
});

test('address: a register street of two or three words that ends like no street (Lille Randers, Hedegård By)', () => {
  assert.deepEqual(found('Pt. bor alene på Lille Randers 61, st.\n', 'address'), ['Lille Randers 61, st.']);
  assert.deepEqual(found('Adr.: Hedegård By 19A\n', 'address'), ['Hedegård By 19A']);
  assert.deepEqual(found('Han kom fra Lille Hansen 3 gange.', 'address'), []);
});

test('address: a floor with a side or sal makes a street of capitalised words after a lower-case word or a comma', () => {
  assert.deepEqual(found('Pt. er flyttet til Engledet 11, st. th.\n', 'address'), ['Engledet 11, st. th.']);
  assert.deepEqual(found('Pt., Fyret 31, 2. tv., ses i dag.', 'address'), ['Fyret 31, 2. tv.']);
  assert.deepEqual(found('Udskrives til Bjerges Toft 140, 1. th., i morgen.', 'address'), ['Bjerges Toft 140, 1. th.']);
  for (const text of ['Mød op ved Indgang 4, 2. sal.', 'Afsnit 12, 2. sal tv.', 'Bygning 7, st. th.', 'Lokale 14, 3. sal', 'Hus 4, st. tv.',
    'Konferencerum Mødelokale 2, 1. sal', 'Afd. Kilden 3, 1. sal', 'Kirurgisk Afdeling K2, 2. sal', 'Opgang 3, 2. sal',
    // a floor alone is no evidence of a flat: buildings have floors
    'Mødested: Auditorium 2, 1. sal, ved receptionen.', 'Vi ses i Port 3, st.', 'Sundhedshuset 3, st.', 'Parkeringskælder 2, kld.',
    'Adresse: Ukendt 0']) {
    assert.deepEqual(found(text, 'address'), [], text);
  }
});

test('address: floor and side spellings; a full stop after `sal` and `kl.` before a time are not part of it', () => {
  assert.deepEqual(found('Klage: min mor bor på Gilsigvej 70, 1. sal.\n', 'address'), ['Gilsigvej 70, 1. sal']);
  assert.deepEqual(found('Hjemmebesøg på Tværåsvej 35 kl. 10 i morgen.', 'address'), ['Tværåsvej 35']);
  assert.deepEqual(found('Bopæl: Møllevej 3, kld.\n', 'address'), ['Møllevej 3, kld.']);
  assert.deepEqual(found('Pt. bor på Humlevangen 84 i en ældrebolig.', 'address'), ['Humlevangen 84']);
  assert.deepEqual(found('Bopæl: Humlevangen 84 B\n', 'address'), ['Humlevangen 84 B']);
});

test('address: a postal code and town in their own CSV column after a street column', () => {
  const csv = 'Navn;Adresse;Postnr/by\nHansen, Mette;Porsebjerg 137;4370 Store Merløse\n';
  assert.deepEqual(found(csv, 'address', 'csv'), ['Porsebjerg 137', '4370 Store Merløse']);
  assert.deepEqual(found('1234 4370 Store Merløse', 'address'), []); // the tail of a longer number stays quiet
});

test('names: in a name field "Surname, First Middle" is one person; upper-case surnames in a field or after a label', () => {
  const csv = 'Stue;Navn;CPR\n4;Prehn, Kadri Rohde;010466-9077\n5;KUKO, Naja;230761-9264\n6;Egede, Kuupik;150496-9416\n';
  assert.deepEqual(found(csv, 'name', 'csv'), ['Prehn, Kadri Rohde', 'KUKO, Naja', 'Egede, Kuupik']);
  assert.deepEqual(found('Navn: OKONKWO, Mette\n', 'name'), ['OKONKWO, Mette']);
  assert.deepEqual(found('Stue;Navn\n3;Gade, Josephine\n', 'name', 'csv'), ['Gade, Josephine']); // a surname that is also a street word
  assert.deepEqual(found('Vej: Gade, Josephine\n', 'name'), []); // no name field, no label: not read as surname first
  assert.deepEqual(found('Rapport: PDF, Anna\n', 'name'), []);
  // A middle initial after the first names (EPJ lists) belongs to the name; an initial alone is no first name.
  assert.deepEqual(found('Patient: Hansen, Mette K., 120394-1234\n', 'name'), ['Hansen, Mette K.']);
  assert.deepEqual(found('Navn: Hansen, M.\n', 'name'), ['Hansen']);
  // Outside a field the order still reads as two people.
  assert.deepEqual(found('Hansen, Anne Nielsen og Jens', 'name'), ['Anne Nielsen']);
});

test('names: an upper-case surname in no list after an upper-case first name; hyphenated surnames with a street word', () => {
  assert.deepEqual(found('NAVN: NUKAPPIAALUK KUKO\n', 'name'), ['NUKAPPIAALUK KUKO']);
  for (const text of ['JENS EPIKRISE\n', 'MAJA HTML\n', 'ANNE ABDOMEN\n']) assert.deepEqual(found(text, 'name'), [], text);
  assert.deepEqual(found('Borger: Gabrielle Gade-Thygesen\n', 'name'), ['Gabrielle Gade-Thygesen']);
});

test('names: municipal and laboratory labels (Borger:, Rekvirent:, ordineret af) before names', () => {
  assert.deepEqual(found('Borger: Kuupik Kuko\n', 'name'), ['Kuupik Kuko']);
  assert.deepEqual(found('Rekvirent: Mette Kallestrup, Medicinsk afsnit\n', 'name'), ['Mette Kallestrup']);
  assert.deepEqual(found('Rekvirent: Medicinsk Afdeling\n', 'name'), []);
  assert.deepEqual(found('Ordineret af overlæge Jens Brask.\n', 'name'), ['Jens Brask']);
});

test('address: floors without a full stop, in upper case, t.v., and a flat after a street without postal code', () => {
  assert.deepEqual(found('Bor på Lærkevej 12, st sammen med hustruen.', 'address'), ['Lærkevej 12, st']);
  assert.deepEqual(found('Bor på Lærkevej 12, kld sammen med hustruen.', 'address'), ['Lærkevej 12, kld']);
  assert.deepEqual(found('BOR PÅ LÆRKEVEJ 12, ST. TH. SAMMEN MED HUSTRUEN.', 'address'), ['LÆRKEVEJ 12, ST. TH.']);
  assert.deepEqual(found('Bor på Lærkevej 12, 4. t.v. sammen med hustruen.', 'address'), ['Lærkevej 12, 4. t.v.']);
  assert.deepEqual(found('Bor på Lærkevej 12, lejl. 4 sammen med hustruen.', 'address'), ['Lærkevej 12, lejl. 4']);
  assert.deepEqual(found('Adresse: Lærkevej 12 lejl. 4\n8260 Viby J\n', 'address'), ['Lærkevej 12 lejl. 4\n8260 Viby J']);
  assert.deepEqual(found('Bor på Lærkevej 12, St. Clemens er naboen.', 'address'), ['Lærkevej 12']);
});
