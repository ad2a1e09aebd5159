// The non-CPR identifier types: phone, e-mail, CVR, IBAN, payment card, date of birth; and that masking works on each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect, maskValue, type IdentifierType } from '../../../server/src/core';
import { fitsDanishNumberingPlan } from '../../../server/src/core/phone/phoneDetector';
import { isValidCvr } from '../../../server/src/core/cvr/cvrDetector';
import { ibanChecksumValid } from '../../../server/src/core/iban/ibanDetector';
import { passesLuhn, cardIssuer } from '../../../server/src/core/card/cardDetector';

const found = (type: IdentifierType, text: string, languageId?: string) =>
  detect(text, { languageId }).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

test('phone: Danish numbers with or without +45/0045 in the usual groupings', () => {
  for (const v of ['+45 23 45 67 89', '+4523456789', '0045 23456789', '(+45) 2345 6789', '+45-23456789', '23 45 67 89', '23-45-67-89', '234 567 89']) {
    assert.deepEqual(found('phone', `Hun har nummer ${v} i dag.`), [v], v);
  }
  for (const v of ['2345 6789', '23456789', '23.45.67.89']) {
    assert.deepEqual(found('phone', `Tlf.: ${v}\n`), [v], `with label: ${v}`);
    assert.deepEqual(found('phone', `Kan kontaktes på ${v}.`), [v], `with verb: ${v}`);
    assert.deepEqual(found('phone', `Beløb ${v} kr`), [], `no phone context: ${v}`);
  }
  assert.deepEqual(found('phone', 'navn;telefon\nA;23456789\n', 'csv'), ['23456789'], 'CSV column');
  assert.deepEqual(found('phone', 'Nummer: 45 23 45 67 89.'), ['45 23 45 67 89'], 'country code without plus');
  assert.deepEqual(found('phone', 'Datteren Mette, 23456789, ringer i morgen.'), ['23456789'], 'relative named just before');
  assert.deepEqual(found('phone', 'Kontakt: Jens, Vestergade 12, 8000 Aarhus C, 23456789'), ['23456789'], 'after an address');
  assert.deepEqual(found('phone', 'Tlf. 23 45 67 89 / 34567890'), ['23 45 67 89', '34567890'], 'one label, two numbers');
  assert.deepEqual(found('phone', 'Tlf. 23 45 67 89, CPR 070761-4285, 34567890'), ['23 45 67 89'], 'a CPR number ends the label reach');
  assert.deepEqual(found('phone', '{"phone": "23456789"}', 'json'), ['23456789'], 'JSON key');
});

test('phone: numbering plan, longer numbers, CVR and CPR look-alikes are not phones', () => {
  assert.ok(fitsDanishNumberingPlan('23456789'));
  assert.ok(!fitsDanishNumberingPlan('03456789') && !fitsDanishNumberingPlan('13456789'));
  assert.deepEqual(found('phone', 'Tlf. 13 45 67 89'), [], 'starts with 1');
  assert.deepEqual(found('phone', 'Nr. 23 45 67 89 10'), [], 'five pairs');
  assert.deepEqual(found('phone', 'Nr. 2345678901'), [], 'ten digits');
  assert.deepEqual(found('phone', 'CVR 23456789'), [], 'CVR label');
  assert.deepEqual(found('phone', 'CVR-nr.: 23 45 67 89'), [], 'CVR label beats grouping');
  assert.deepEqual(found('phone', 'Ordrenr. 23 45 67 89'), [], 'order number');
  assert.deepEqual(found('phone', 'Dato 23.04.2019'), [], 'a date');
  assert.deepEqual(found('phone', 'CPR 01 01 80 1234'), [], 'dictated CPR');
});

test('e-mail: addresses with exact spans, punctuation and quotes left out', () => {
  for (const [text, v] of [
    ['E-mail: anne.b.hansen@regionh.dk.', 'anne.b.hansen@regionh.dk'],
    ["VALUES (1, 'Ole', 'ole_moeller83@hotmail.dk');", 'ole_moeller83@hotmail.dk'],
    ['<mailto:jens+test@sub.example.co.uk>', 'jens+test@sub.example.co.uk'],
    ['"kontakt": "mads.holm-jensen9@rm.dk"', 'mads.holm-jensen9@rm.dk'],
    ['skriv til søren.ærø@eksempel.dk', 'søren.ærø@eksempel.dk'],
  ] as const) assert.deepEqual(found('email', text), [v], text);
  for (const t of ['@handle', 'a@b', 'user@localhost', 'x@y.123', 'foo@-bar.dk', 'e-mail: mangler']) assert.deepEqual(found('email', t), [], t);
});

test('CVR: modulus-11 with weights 2,7,6,5,4,3,2,1, only with a CVR word, field or DK prefix', () => {
  assert.ok(isValidCvr('12345674'));
  assert.ok(!isValidCvr('12345678') && !isValidCvr('02345674'));
  assert.deepEqual(found('cvr', 'CVR-nr.: 12345674'), ['12345674']);
  assert.deepEqual(found('cvr', 'Momsnr. DK12345674'), ['DK12345674']);
  assert.deepEqual(found('cvr', 'firma;cvr\nX ApS;12345674\n', 'csv'), ['12345674']);
  assert.deepEqual(found('cvr', 'Nummer 12345674'), [], 'no context');
  assert.deepEqual(found('cvr', 'CVR 12345678'), [], 'check digit');
  const f = detect('CVR 12345674').find((x) => x.type === 'cvr')!;
  assert.ok(f.confidence < 0.8, 'Information: usually a company');
});

test('IBAN: country length and mod-97, compact or in groups of four', () => {
  assert.ok(ibanChecksumValid('DK5000400440116243'));
  assert.ok(!ibanChecksumValid('DK5000400440116244'));
  for (const v of ['DK50 0040 0440 1162 43', 'DK5000400440116243', 'DE89 3704 0044 0532 0130 00', 'GB82 WEST 1234 5698 7654 32', 'NO9386011117947']) {
    assert.deepEqual(found('iban', `IBAN: ${v}.`), [v], v);
  }
  for (const t of ['DK50 0040 0440 1162 44', 'DK5000400440116', 'XX50 0040 0440 1162 43', 'DK5000400440116243999']) assert.deepEqual(found('iban', t), [], t);
});

test('card: Luhn, issuer prefix and length', () => {
  assert.ok(passesLuhn('4111111111111111') && !passesLuhn('4111111111111112'));
  assert.equal(cardIssuer('5019123412341234'.slice(0, 15) + '0'), 'Dankort');
  assert.equal(cardIssuer('378282246310005'), 'American Express');
  for (const v of ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '3782 822463 10005', '5555 5555 5555 4444']) {
    assert.deepEqual(found('card', `Kort: ${v}`), [v], v);
  }
  for (const t of ['4111 1111 1111 1112', '1234567812345670', '9111111111111111', 'Ordrenr. 4111111111111111', '1744688449000']) assert.deepEqual(found('card', t), [], t);
});

test('date of birth: a real date near a birth word or in a birth field', () => {
  for (const [text, v] of [
    ['Pt. født 12.03.1950 i Aarhus', '12.03.1950'],
    ['Hansen, f. 1. januar 1980,', '1. januar 1980'],
    ['Fødselsdato: 03-04-1971', '03-04-1971'],
    ['DOB: 1980-01-31', '1980-01-31'],
    ['born on March 3, 1950', 'March 3, 1950'],
    ['{"birthDate": "1975-12-24"}', '1975-12-24'],
    ['Jens Hansen, f. 240375, indlagt', '240375'],
  ] as const) assert.deepEqual(found('date-of-birth', text), [v], text);
  for (const t of ['Dato: 12.03.1950', 'født 31.02.1950', 'f.eks. 12.03.1950', 'Indlagt 12.03.2020', 'f. 240375-1234', 'født 1234567']) assert.deepEqual(found('date-of-birth', t), [], t);
});

test('masking keeps the layout and removes every letter and digit of each type', () => {
  const text = 'Tlf. +45 23 45 67 89, mail anne@regionh.dk, CVR 12345674, IBAN DK50 0040 0440 1162 43, kort 4111 1111 1111 1111, født 12.03.1950, CPR O70761-4285.';
  const findings = detect(text);
  assert.deepEqual(findings.map((f) => f.type), ['phone', 'email', 'cvr', 'iban', 'card', 'date-of-birth', 'cpr']);
  for (const f of findings) {
    const masked = maskValue(text.slice(f.start, f.end));
    assert.equal(masked.length, f.end - f.start);
    assert.ok(!/[\p{L}\p{N}]/u.test(masked.replace(/X/g, '')), masked);
  }
});

test('property: every finding of every type lies inside the text and carries reasons without its value', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), (noise) => {
      const text = `Tlf. 23 45 67 89 ${noise} anne@rm.dk CVR 12345674`;
      return detect(text).every((f) => f.start >= 0 && f.end <= text.length && f.start < f.end && f.reasons.every((r) => !r.text.includes(text.slice(f.start, f.end))));
    }),
    { seed: 3, numRuns: 300 },
  );
});

test('property: a window scan reports exactly the full-scan findings of every type that start inside it', () => {
  const piece = fc.oneof(
    fc.stringMatching(/^[0-9]{1,9}$/),
    fc.constantFrom(' ', '  ', '-', '.', '\n', ', ', 'CVR ', 'DK', '+45 ', '0045', 'Tlf. ', 'kort ', '4111 1111 1111 1111', '12345674', 'DK50 0040 0440 1162 43', 'a.b@rm.dk', '@', 'født ', '12.03.1950', 'O7O761-4285', '23 45 67 89'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
      const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
      const full = detect(text).filter((f) => f.start >= start && f.start < end);
      return JSON.stringify(full) === JSON.stringify(detect(text, { window: { start, end } }));
    }),
    { seed: 21, numRuns: 1500 },
  );
});
