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
    'Adresse: Januar 12', 'opholdt sig på Lærkedraget 12',
  ]) {
    assert.deepEqual(found(text, 'address'), [], text);
  }
});
