// Substitute CPR numbers. Sources (cited in server/src/core/cprSubstitute/substituteRules.ts):
// - CPR-kontoret, "Erstatningspersonnummer i eksterne systemer", cpr.dk: first digit of the birth day raised by 6
//   (born the 7th → 67), the rest as a CPR number (century from digits 5–7, sex from digit 10), no check digit.
// - Styrelsen for IT og Læring, "Fiktivt CPR-nummer" (viden.stil.dk): +60 and a computed check digit, or "KOT"
//   numbers with letters in the three places after the date.
// - Aarhus Universitet, "CPR-register" (medarbejdere.au.dk): DDMMYY + three letters + a sex digit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect, maskValue } from '../../../server/src/core';
import fc from 'fast-check';
import { readDayPlus60, isRealDateAnyCentury } from '../../../server/src/core/cprSubstitute/substituteRules';
import { cprFullYear, isRealDate, passesMod11 } from '../../../server/src/core/cpr/rules';

const subs = (text: string, languageId?: string) => detect(text, { languageId }).filter((f) => f.type === 'cpr-substitute');
const spanOf = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

test('day + 60: the day field 61–91 holds a real date by the CPR century rule', () => {
  assert.deepEqual(readDayPlus60('6712801234'), { year: 1980, month: 12, day: 7, mod11: false });
  assert.equal(readDayPlus60('6102001234')?.day, 1);
  assert.equal(readDayPlus60('9112801234')?.day, 31);
  assert.equal(readDayPlus60('6012801234'), undefined, 'day field 60 is day 0');
  assert.equal(readDayPlus60('9212801234'), undefined, 'day field 92 is day 32');
  assert.equal(readDayPlus60('9104801234'), undefined, '31 April');
  assert.equal(readDayPlus60('8902814234'), undefined, '29 February 1981');
  assert.equal(readDayPlus60('8902004234')?.year, 2000, '29 February 2000 (7th digit 4, YY ≤ 36)');
  assert.equal(readDayPlus60('8902005234')?.year, 2000, '7th digit 5, YY ≤ 57 → 2000');
  assert.equal(readDayPlus60('6101585234')?.year, 1858, '7th digit 5, YY > 57 → 1858');
  assert.equal(readDayPlus60('6713801234'), undefined, 'month 13');
});

test('day + 60 numbers are reported under a substitute or CPR label, never on their own', () => {
  const named = 'Erstatningspersonnummer: 671280-1234';
  const f = subs(named);
  assert.equal(f.length, 1);
  assert.equal(spanOf(named, f[0]!), '671280-1234');
  assert.ok(f[0]!.confidence >= 0.8);
  const inField = '{"cpr": "6712801234"}';
  assert.equal(subs(inField, 'json').length, 1, 'a CPR field');
  assert.equal(subs('fiktivt CPR 830497-1235').length, 1);
  // The same shape without a label is far more often an order or reference number.
  for (const text of ['Pt. 671280-1234 set', 'Ref: 721284-8193', 'Ordrenr. 8910612405', '{"orderId": "8912767329"}']) {
    assert.equal(subs(text, text.startsWith('{') ? 'json' : undefined).length, 0, text);
  }
  assert.equal(detect('Erstatningspersonnummer: 671280-1234').filter((x) => x.type === 'cpr').length, 0, 'not a CPR number');
});

test('a valid modulus-11 digit (as STIL suggests computing) is noted, not required', () => {
  // 671280-123x: find the digit that makes the weighted sum divisible by 11.
  const prefix = '671280123';
  const w = [4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = [...prefix].reduce((s, d, i) => s + w[i]! * Number(d), 0);
  const check = (11 - (sum % 11)) % 11;
  assert.ok(check < 10);
  const f = subs(`Erstatningspersonnummer ${prefix}${check}`);
  assert.ok(f[0]!.reasons.some((r) => r.rule === 'substitute.mod11'));
});

test('letter-bearing substitutes: date, three letters, a sex digit', () => {
  for (const value of ['230497ABE1', '230497-ABE2', '010100KOT1']) {
    const text = `Studerende ${value} tilmeldt.`;
    const f = subs(text);
    assert.equal(f.length, 1, value);
    assert.equal(spanOf(text, f[0]!), value);
  }
  assert.ok(subs('Studerende 230497ABE1')[0]!.confidence < 0.8, 'weak on its own');
  assert.ok(subs('KOT-CPR: 230497ABE1')[0]!.confidence >= 0.8, 'strong under a substitute label');
  assert.ok(isRealDateAnyCentury('290200'), '29 February 2000');
  assert.ok(!isRealDateAnyCentury('290201'));
  // Decoys: impossible dates, lot and product labels, lower case, longer runs.
  for (const text of ['Kode 320497ABE1', 'Lot 230497ABE1', 'Varenr. 230497ABE1', 'x 230497abe1', 'X230497ABE1', '230497ABEF1']) {
    assert.equal(subs(text).length, 0, text);
  }
});

test('substitute numbers mask to the same layout', () => {
  assert.equal(maskValue('671280-1234'), 'XXXXXX-XXXX');
  assert.equal(maskValue('230497-ABE2'), 'XXXXXX-XXXX');
});

test('property: readDayPlus60 read from char codes gives what the regex-and-slices form gave', () => {
  // The old form, the oracle.
  const plain = (tenDigits: string) => {
    if (!/^\d{10}$/.test(tenDigits)) return undefined;
    const dayField = Number(tenDigits.slice(0, 2));
    if (dayField < 61 || dayField > 91) return undefined;
    const day = dayField - 60;
    const month = Number(tenDigits.slice(2, 4));
    const year = cprFullYear(Number(tenDigits.slice(4, 6)), Number(tenDigits[6]));
    if (!isRealDate(year, month, day)) return undefined;
    return { year, month, day, mod11: passesMod11([...tenDigits].map(Number)) };
  };
  const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
  const piece = fc.oneof({ weight: 12, arbitrary: digit }, { weight: 1, arbitrary: fc.constantFrom('a', ' ', '/', ':', '\n', '٣', '𝟎', '') });
  fc.assert(fc.property(fc.array(piece, { minLength: 8, maxLength: 12 }), fc.constantFrom('6', '7', '8', '9'), (parts, first) => {
    const s = first + parts.join('');
    assert.deepEqual(readDayPlus60(s), plain(s));
    assert.deepEqual(readDayPlus60(s.slice(0, 10)), plain(s.slice(0, 10)));
  }), { seed: 20261123, numRuns: 3000 });
});
