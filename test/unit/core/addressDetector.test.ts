import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect } from '../../../server/src/core';
import { unpackList } from '../../../server/src/core/data/packedList';

const addresses = (text: string) => detect(text).filter((f) => f.type === 'address').map((f) => text.slice(f.start, f.end));

test('street, number, letter, floor, side, postal code and town are one finding with an exact span', () => {
  for (const a of [
    'Møllevej 53C, 4700 Næstved', 'Frederiksberg Allé 54B, 2. tv., 9800 Hjørring', 'Engvej 18, st. th., 6000 Kolding',
    'Sønder Boulevard 133, st. tv., 2000 Frederiksberg', 'Gammel Kongevej 12, 1. th., 1850 Frederiksberg C',
    'Kløvervænget 7, 3. mf., 8310 Tranbjerg J', 'H.C. Andersens Boulevard 3, 1553 København V', 'Algade 3,2.tv, 4000 Roskilde',
    'Vesterbrogade 12 st tv, 1620 København V',
  ]) {
    assert.deepEqual(addresses(`Adresse: ${a}\nTlf.: 12`), [a]);
  }
});

test('a street that is in no list counts when it ends like a street and the postal code and town are valid', () => {
  assert.deepEqual(addresses('Bopæl: Skovduestien 14, 7500 Holstebro.'), ['Skovduestien 14, 7500 Holstebro']);
});

test('an address over two lines (a letter) is one finding', () => {
  const text = 'Ragnhild Bisgaard\nLærkeparken 4, 2. tv.\n6400 Sønderborg\n\nKære Ragnhild';
  assert.deepEqual(addresses(text), ['Lærkeparken 4, 2. tv.\n6400 Sønderborg']);
});

test('weaker findings: a postal code with its town alone, a street and number alone', () => {
  const postal = detect('Svar sendt til 8000 Aarhus C i går.').filter((f) => f.type === 'address');
  assert.equal(postal.length, 1);
  assert.ok(postal[0]!.confidence < 0.8);
  const street = detect('Pt. bor på Algade 12, 2. tv. sammen med datter.').filter((f) => f.type === 'address');
  assert.equal(street.length, 1);
  assert.ok(street[0]!.confidence < 0.95);
});

test('doses, rooms and unknown postal codes are no addresses', () => {
  for (const d of ['Giv Panodil 500 mg x 4.', 'Stue 12, seng 3.', 'Afsnit 7 på Herlev Hospital.', 'Kontrol om 5 uger.', 'Ordre 1234 Kolding', 'Møllevej 5 mg']) {
    assert.deepEqual(addresses(d), [], d);
  }
});

test('the packed lists decode to what was packed', () => {
  assert.deepEqual(unpackList('0anne\n3a\n0bo'), ['anne', 'anna', 'bo']);
});

test('property: a window gives the same address findings as a full scan, for findings starting in it', () => {
  // Long lines (a minified file) make the window scan stop at its margin instead of the line's ends
  const parts = ['Møllevej 53C', ', ', '4700 Næstved', '\n', 'Adresse: ', 'Frederiksberg Allé 5', ' 2. tv.', 'Anne Jensen', '8000 Aarhus C', ' ', 'x'.repeat(350), 'Kirkevej 4 '.repeat(40)];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), fc.nat(), fc.nat(), (ps, a, b) => {
      const text = ps.join('');
      const start = a % (text.length + 1), end = start + (b % (text.length - start + 1));
      const full = detect(text).filter((f) => f.type === 'address' && f.start >= start && f.start < end);
      const windowed = detect(text, { window: { start, end } }).filter((f) => f.type === 'address');
      assert.deepEqual(windowed, full);
    }),
    { seed: 5, numRuns: 300 },
  );
});

test('two addresses on one line: the second street starts after the first postal code and town', () => {
  assert.deepEqual(addresses('Nørregade 12, 8000 Aarhus C. Vestergade 3, 5000 Odense C.'), ['Nørregade 12, 8000 Aarhus C', 'Vestergade 3, 5000 Odense C']);
  assert.deepEqual(addresses('Nørregade 12, 2. th., 8000 Aarhus C. Nørregade 12, 2. th., 8000 Aarhus C. '), ['Nørregade 12, 2. th., 8000 Aarhus C', 'Nørregade 12, 2. th., 8000 Aarhus C']);
  // A town spelt otherwise ends at the sentence's full stop; an abbreviation keeps its own.
  assert.deepEqual(addresses('Nørregade 12, 8000 Aarhus. Vestergade 3, 5000 Odense.'), ['Nørregade 12, 8000 Aarhus', 'Vestergade 3, 5000 Odense']);
  assert.deepEqual(addresses('Bor Nørregade 12, 2200 Kbh. N'), ['Nørregade 12, 2200 Kbh. N']);
});
