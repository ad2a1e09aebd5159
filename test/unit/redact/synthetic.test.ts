// Synthetic values: deterministic per key, different across keys, the same shape, and never a real identifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cprRules, isTestCprNumber, isSyntheticValue, redactValue, type IdentifierType, type RedactOptions } from '../../../server/src/core';
import { genderOf } from '../../../server/src/core/redact/synthetic/name';
import { cvrValid, ibanValid, luhnValid } from '../../../server/src/core/redact/synthetic/generic';

const K1: RedactOptions = { mode: 'synthetic', key: 'a'.repeat(64), shiftBirthDate: true };
const K2: RedactOptions = { ...K1, key: 'b'.repeat(64) };
const SEED = { seed: 20261123, numRuns: 400 };

/** A valid CPR number (real date, passes modulus-11) built from fast-check's choices. */
const validCpr = fc
  .record({ year: fc.integer({ min: 1858, max: 2057 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), serial: fc.integer({ min: 0, max: 999 }) })
  .map(({ year, month, day, serial }) => {
    day = Math.min(day, cprRules.daysInMonth(year, month));
    for (let d7 = 0; d7 <= 9; d7++) {
      if (cprRules.cprFullYear(year % 100, d7) !== year) continue;
      for (let s = serial; s < serial + 1000; s++) {
        const nine = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${d7}${String(s % 100).padStart(2, '0')}`;
        for (let c = 0; c <= 9; c++) if (cprRules.passesMod11([...nine + c].map(Number))) return nine + c;
      }
    }
    throw new Error('no valid CPR for ' + year);
  });
const separator = fc.constantFrom('', '-', ' ', '\u2013');
const layout = (digits: string, sep: string) => digits.slice(0, 6) + sep + digits.slice(6);

test('synthetic CPR: deterministic per key, different across keys, layout and sex parity kept, never possibly issued', () => {
  fc.assert(
    fc.property(validCpr, separator, fc.boolean(), (digits, sep, shift) => {
      const original = layout(digits, sep);
      const o1 = { ...K1, shiftBirthDate: shift };
      const a = redactValue('cpr', original, o1);
      assert.equal(redactValue('cpr', original, o1), a, 'deterministic');
      assert.equal(a.replace(/\d/g, '9'), original.replace(/\d/g, '9'), 'same layout');
      const ds = a.replace(/\D/g, '');
      const an = cprRules.analyseCpr(ds);
      assert.ok(an.realDate, 'a real date');
      assert.equal(an.year, cprRules.analyseCpr(digits).year, 'same birth year');
      assert.ok(!cprRules.couldBeIssued(ds), 'never a number that could have been issued');
      assert.ok(!(an.day === 1 && an.month === 1), 'never 1 January');
      assert.equal(Number(ds[9]) % 2, Number(digits[9]) % 2, 'sex parity kept');
      assert.ok(isTestCprNumber(ds), 'the test-number form');
      if (!shift) assert.equal(ds.slice(0, 4), digits.slice(0, 4) === '0101' ? '0201' : digits.slice(0, 4), 'date kept without the shift');
    }),
    SEED,
  );
});

test('synthetic CPR: the same person in two layouts maps to the same number; keys give different numbers', () => {
  const a = redactValue('cpr', '070761-4285', K1), b = redactValue('cpr', '0707614285', K1);
  assert.equal(a.replace('-', ''), b);
  let differ = 0;
  const sample = fc.sample(validCpr, { seed: 7, numRuns: 200 });
  for (const d of sample) if (redactValue('cpr', d, K1) !== redactValue('cpr', d, K2)) differ++;
  assert.ok(differ >= 190, `keys give different values (${differ}/200)`);
});

test('synthetic values of every type are deterministic per key and differ from the original and across keys', () => {
  const samples: [IdentifierType, string][] = [
    ['name', 'Jens Peter Hansen'], ['name', 'Mette Nielsen'], ['address', 'Nørregade 12, 2. th., 8000 Aarhus C'],
    ['phone', '+45 20 12 34 56'], ['email', 'anne.jensen82@gmail.com'], ['cvr', '12345678'],
    ['card', '4111 1111 1111 1111'], ['iban', 'DK50 0040 0440 1162 43'], ['date-of-birth', '07.07.1961'],
    ['ecpr', '1308781OS6'], ['cpr-substitute', '670761-4285'],
  ];
  for (const [type, v] of samples) {
    const a = redactValue(type, v, K1);
    assert.equal(redactValue(type, v, K1), a, `${type}: deterministic`);
    assert.notEqual(a, v, `${type}: changed`);
    assert.notEqual(redactValue(type, v, K2), a, `${type}: another key, another value`);
  }
});

test('names keep their shape, order and gender where the first name tells it', () => {
  const out = redactValue('name', 'Anne Marie Jensen-Berg', K1);
  assert.match(out, /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u);
  assert.equal(genderOf(out.split(' ')[0]!), 'female');
  const male = redactValue('name', 'Jens Hansen', K1);
  assert.equal(genderOf(male.split(' ')[0]!), 'male');
  assert.match(redactValue('name', 'HANSEN, METTE', K1), /^[A-ZÆØÅ]+, [A-ZÆØÅ]+$/);
  assert.match(redactValue('name', 'Dr. K. Nielsen', K1), /^Dr\. [A-Z]\. \p{Lu}\p{Ll}+$/u);
  // The surname is keyed on its own: the same person stays linked across mentions.
  assert.equal(redactValue('name', 'Jens Hansen', K1).split(' ')[1], redactValue('name', 'Mette Hansen', K1).split(' ')[1]);
});

test('addresses: street, same-length number, floor and side, a real postal code with its town', () => {
  const out = redactValue('address', 'Nørregade 12, 2. th., 8000 Aarhus C', K1);
  assert.match(out, /^\p{Lu}[\p{L}]+ \d{2}, [1-5]\. (th|tv|mf)\., \d{4} \p{Lu}/u);
  assert.notEqual(out.slice(-12), '8000 Aarhus C');
  const twoLines = redactValue('address', 'Vestergade 3B\n5000 Odense C', K1);
  assert.match(twoLines, /^\p{Lu}[\p{L}]+ \d[A-F]\n\d{4} \p{Lu}/u);
});

test('phones, e-mail and check-digit types: recognisably fictitious, checks fail', () => {
  const phone = redactValue('phone', '+45 20 12 34 56', K1);
  assert.match(phone, /^\+45 0\d \d\d \d\d \d\d$/);
  assert.ok(isSyntheticValue('phone', phone) && !isSyntheticValue('phone', '+45 20 12 34 56'));
  assert.match(redactValue('phone', '20123456', K1), /^0\d{7}$/);
  const mail = redactValue('email', 'anne.jensen82@gmail.com', K1);
  assert.match(mail, /^[a-zæøå]+\.[a-zæøå]+\d\d@example\.com$/);
  assert.ok(isSyntheticValue('email', mail) && !isSyntheticValue('email', 'anne@gmail.com'));
  fc.assert(
    fc.property(fc.stringMatching(/^\d{8}$/), fc.stringMatching(/^\d{16}$/), fc.stringMatching(/^\d{14}$/), (cvr, card, bban) => {
      assert.ok(!cvrValid(redactValue('cvr', cvr, K1)));
      assert.ok(!luhnValid(redactValue('card', card, K1)));
      const iban = redactValue('iban', 'DK' + bban.slice(0, 2) + ' ' + bban.slice(2), K1);
      assert.ok(iban.startsWith('DK') && !ibanValid(iban));
    }),
    SEED,
  );
});

test('a synthetic date of birth is a real date within a year of the original, in the same form', () => {
  const year = (out: string, compact: boolean) => (compact ? (out.length === 8 ? Number(out.slice(4)) : 2000 + Number(out.slice(4))) : Number(/\d{4}/.exec(out)![0]));
  for (const [value, form] of [['07.07.1961', /^\d\d\.\d\d\.\d{4}$/], ['1961-07-07', /^\d{4}-\d\d-\d\d$/], ['7/7/1961', /^\d{1,2}\/\d{1,2}\/\d{4}$/]] as const) {
    for (const k of [K1, K2]) {
      const out = redactValue('date-of-birth', value, k);
      assert.match(out, form);
      assert.notEqual(out, value);
      assert.ok(Math.abs(year(out, false) - 1961) <= 1, 'within a year');
    }
  }
  for (const compact of ['070761', '07071961', '290296']) {
    const out = redactValue('date-of-birth', compact, K1);
    assert.equal(out.length, compact.length);
    const y = year(out, true), y0 = year(compact, true);
    assert.ok(Math.abs(y - y0) <= 1 || Math.abs(y - y0) === 99, 'within a year (two-digit years wrap)');
    assert.ok(cprRules.isRealDate(y, Number(out.slice(2, 4)), Number(out.slice(0, 2))), 'a real date');
  }
});

test('synthetic mode without a key is refused', () => {
  assert.throws(() => redactValue('cpr', '070761-4285', { mode: 'synthetic' }), /key/);
});

test('eCPR and substitute CPR numbers: same layout, century digit, day + 60 and sex parity kept; marked and not reported again', async () => {
  const { detect } = await import('../../../server/src/core');
  for (const [type, v, shape] of [
    ['ecpr', '1308781OS6', /^\d{6}1QQ[02468]$/],
    ['ecpr', '280456-0PJ2', /^\d{6}-0QQ[2468]$/],
    ['cpr-substitute', '670761-4285', /^[6-9]\d{5}-499[13579]$/],
    ['cpr-substitute', '070761ABC4', /^\d{6}QQQ[2468]$/],
  ] as const) {
    const out = redactValue(type, v, K1);
    assert.match(out, shape, `${type} ${out}`);
    assert.ok(isSyntheticValue(type, out) && !isSyntheticValue(type, v), 'the mark is recognised, the original is not marked');
    assert.deepEqual(detect(`eCPR ${v}`).map((f) => f.type), [type], 'the original is found');
    assert.deepEqual(detect(`eCPR ${out}`), [], 'the synthetic value is not reported again');
  }
});

test('OCR look-alike letters in a CPR number stay letters; the number they read as is never possibly issued', () => {
  const ocr: Record<string, string> = { O: '0', o: '0', Z: '2', l: '1', S: '5', B: '8', b: '6' };
  for (const v of ['O70761-4285', '07O76l-4285', '070761-42B5', '0707b1 4285', '070761-Z285']) {
    for (const shift of [true, false]) {
      const out = redactValue('cpr', v, { ...K1, shiftBirthDate: shift });
      assert.equal(out.replace(/\d/g, '9'), v.replace(/\d/g, '9'), `${v}: letters and layout kept (${out})`);
      const reading = [...out].filter((c) => /[\p{L}\p{N}]/u.test(c)).map((c) => ocr[c] ?? c).join('');
      assert.ok(cprRules.analyseCpr(reading).realDate, 'a real date');
      assert.ok(!cprRules.couldBeIssued(reading), 'never possibly issued');
    }
  }
});

test('names, addresses and dates of birth carry the keyed mark: a Hint with the key, a plain finding without it', async () => {
  const { detect, applyRedactionEdits, redactionEdits, TEST_DATA_CONFIDENCE } = await import('../../../server/src/core');
  const text = 'Patient: Jens Hansen, bor Nørregade 12, 2. th., 8000 Aarhus C.\nPt. Anne Marie Jensen-Berg, født 07.07.1961, er indlagt.\nHr. Hansen er informeret.\n';
  const found = detect(text);
  assert.deepEqual(found.map((f) => f.type), ['name', 'address', 'name', 'date-of-birth', 'name'], 'the detectors find the originals');
  assert.ok(found.every((f) => f.confidence >= TEST_DATA_CONFIDENCE), 'the originals are warnings');
  const out = applyRedactionEdits(text, redactionEdits(text, found, K1));
  const again = detect(out, { ownMarkKey: K1.key });
  assert.deepEqual(again.map((f) => f.type), ['name', 'address', 'name', 'date-of-birth', 'name'], 'still found (a mark can be chance)');
  for (const f of again) {
    assert.ok(f.confidence < TEST_DATA_CONFIDENCE, `${f.type} is shown as a Hint with the key`);
    assert.match(f.reasons.map((r) => r.rule).join(' '), /synthetic\.own/);
  }
  assert.match(again[4]!.reasons.map((r) => r.rule).join(' '), /synthetic\.ownMention/, '"Hr. <surname>" follows the marked full name');
  assert.ok(detect(out, { ownMarkKey: K2.key }).every((f) => f.confidence >= TEST_DATA_CONFIDENCE), 'another key does not recognise them');
  assert.ok(detect(out).every((f) => f.confidence >= TEST_DATA_CONFIDENCE), 'no key: indistinguishable from real values');
  assert.ok(detect(text, { ownMarkKey: K1.key }).every((f) => f.confidence >= TEST_DATA_CONFIDENCE), 'the originals are not taken for own values');
  // Redacting the redacted text again changes nothing: own values are not redacted twice.
  const { findingsToRedact } = await import('../../../server/src/core');
  assert.deepEqual(findingsToRedact(again), []);
});

test('keyed marks: the generators almost always mark, real values carry a mark only at the stated rate', async () => {
  const { hasOwnMark } = await import('../../../server/src/core/redact/ownMark');
  const { hasOwnNameMark, NAME_MARK_BITS } = await import('../../../server/src/core/redact/synthetic/name');
  const { hasOwnDateMark, DATE_MARK_BITS } = await import('../../../server/src/core/redact/synthetic/date');
  let names = 0, dates = 0;
  const N = 300;
  for (let i = 0; i < N; i++) {
    const k = { ...K1, key: `generator-key-${i}` };
    if (hasOwnNameMark(k.key, redactValue('name', i % 2 ? 'Mette Hansen' : 'Anne Marie Jensen-Berg', k))) names++;
    if (hasOwnDateMark(k.key, redactValue('date-of-birth', i % 2 ? '07.07.1961' : '290296', k))) dates++;
  }
  assert.ok(names >= N - 3, `synthetic names marked ${names}/${N}`);
  assert.ok(dates >= N - 3, `synthetic dates marked ${dates}/${N}`);
  // Chance marks on real values, counted over many keys: expected 2^-bits of them; the bound is ~2.5× that.
  const rate = (bits: number, n: number, marked: (key: string) => boolean) => {
    let hits = 0;
    for (let i = 0; i < n; i++) if (marked(`key-${i}`)) hits++;
    assert.ok(hits < (n / 2 ** bits) * 2.5 + 4, `chance marks ${hits}/${n} at ${bits} bits`);
    assert.ok(hits > 0 || n / 2 ** bits < 4, `the mark test never fires (${hits}/${n}): is it computed at all?`);
  };
  rate(10, 8192, (key) => hasOwnMark(key, 'address', 'Nørregade 12, 2. th., 8000 Aarhus C'));
  rate(NAME_MARK_BITS, 8192, (key) => hasOwnNameMark(key, 'Jens Hansen'));
  rate(DATE_MARK_BITS, 4096, (key) => hasOwnDateMark(key, '07.07.1961'));
  assert.ok(!hasOwnNameMark(K1.key!, 'Hansen'), 'a lone word never carries the whole-name mark');
});
