// Test CPR numbers and the 1 January rule. Sources (cited in server/src/core/cpr/testNumbers.ts and
// firstOfJanuary.ts): MedCom, "Nationale test-CPR-numre" (updated 13 February 2023): the list's numbers follow
// the CPR syntax without modulus-11 and use very high serial numbers; MedCom's published test patient
// 250947-9989 (medcomfhir.dk, HomeCareObservation test example). CPR-kontoret, "Personnumre uden kontrolciffer
// (modulus 11 kontrol)": 1 January dates only, and the list is not necessarily exhaustive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect, cprRules, isTestCprNumber, makeTestCprNumber, TEST_DATA_CONFIDENCE } from '../../../server/src/core';

const cprs = (text: string, languageId?: string) => detect(text, { languageId }).filter((f) => f.type === 'cpr');

test('numbers of the test-CPR convention are recognised; issued-looking numbers are not', () => {
  // MedCom's published test patients: serial endings 9989 and 9996, 3995 where 9 would give the 2000s.
  for (const n of ['2509479989', '2512489996', '2311143995']) assert.ok(isTestCprNumber(n), n);
  assert.ok(!isTestCprNumber('0707614285'), 'valid modulus-11: a possible real number');
  assert.ok(!isTestCprNumber('2509471234'), 'low serial');
  assert.ok(!isTestCprNumber('3209479989'), 'no real date');
  assert.ok(!isTestCprNumber('0101809990'), '1 January: real numbers without modulus-11 are issued there');
  assert.ok(!isTestCprNumber('250947998'), 'nine digits');
});

test('a test number under a CPR label is reported below the test-data confidence (a Hint), not as Information', () => {
  const text = 'CPR-nr.: 250947-9989';
  const f = cprs(text);
  assert.equal(f.length, 1);
  assert.equal(text.slice(f[0]!.start, f[0]!.end), '250947-9989');
  assert.ok(f[0]!.confidence < TEST_DATA_CONFIDENCE);
  assert.ok(f[0]!.reasons.some((r) => r.rule === 'cpr.testNumber'));
  assert.equal(cprs('Pt. 250947-9989 set').length, 0, 'without context a failing number is not reported, test or not');
  assert.equal(detect('CPR-nr.: 250947-9989', { minConfidence: 0.5 }).length, 0, 'an explicit minimum above it drops it');
});

test('makeTestCprNumber: the date, sex and century asked for, never a possibly-issued number', () => {
  const n = makeTestCprNumber({ year: 1948, month: 12, day: 25, sex: 'female' });
  assert.equal(n.slice(0, 6), '251248');
  assert.ok(isTestCprNumber(n));
  assert.equal(Number(n[9]) % 2, 0);
  const old = makeTestCprNumber({ year: 1914, month: 11, day: 23, sex: 'male' });
  assert.equal(cprRules.analyseCpr(old).year, 1914, 'century digit 9 would mean 2014');
  assert.equal(makeTestCprNumber({ year: 1980, month: 1, day: 1 }).slice(0, 4), '0201', '1 January moves to 2 January');
  assert.notEqual(makeTestCprNumber({ year: 1990, month: 5, day: 5, variant: 0 }), makeTestCprNumber({ year: 1990, month: 5, day: 5, variant: 1 }));
  assert.throws(() => makeTestCprNumber({ year: 1981, month: 2, day: 29 }), RangeError);
  assert.throws(() => makeTestCprNumber({ year: 1850, month: 2, day: 1 }), RangeError);
});

test('property: every generated test number follows the convention and could not be issued', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1858, max: 2057 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.boolean(), fc.nat(30), (year, month, day, male, variant) => {
      const d = Math.min(day, cprRules.daysInMonth(year, month));
      const n = makeTestCprNumber({ year, month, day: d, sex: male ? 'male' : 'female', variant });
      const a = cprRules.analyseCpr(n);
      return isTestCprNumber(n) && !cprRules.couldBeIssued(n) && a.year === year && a.month === month && a.sex === (male ? 'male' : 'female');
    }),
    { seed: 42, numRuns: 500 },
  );
});

test('1 January of any year failing modulus-11 is reported weakly even without a CPR word', () => {
  // 1977 is not on the office's list (rules.ts NO_MOD11_BIRTH_YEARS).
  assert.ok(!cprRules.NO_MOD11_BIRTH_YEARS.includes(1977));
  const text = 'Pt. 010177-1234 set';
  const f = cprs(text);
  assert.equal(f.length, 1);
  assert.ok(f[0]!.confidence >= 0.5 && f[0]!.confidence < 0.8, 'Information');
  assert.ok(f[0]!.reasons.some((r) => r.rule === 'cpr.firstOfJanuary'));
  // Listed dates keep their higher confidence.
  const listed = cprs('Pt. 010180-1234 set');
  assert.equal(listed.length, 1);
  assert.ok(listed[0]!.confidence >= 0.8);
  // Other dates failing modulus-11 still need context; a negative label still silences 1 January.
  assert.equal(cprs('Pt. 020177-1235 set').length, 0);
  assert.equal(cprs('Ordrenr. 0101771234').length, 0);
  // With a CPR word it is the (stronger) mistyped-number reading.
  assert.ok(cprs('CPR-nr. 010177-1234')[0]!.confidence > f[0]!.confidence);
});
