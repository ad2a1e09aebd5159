import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cprRules } from '../../../server/src/core';

const { cprFullYear, isRealDate, passesMod11, isNoMod11Date, NO_MOD11_BIRTH_YEARS, analyseCpr, isLeapYear } = cprRules;

test('century table: every 7th digit at the year boundaries', () => {
  for (const d7 of [0, 1, 2, 3]) {
    assert.equal(cprFullYear(0, d7), 1900);
    assert.equal(cprFullYear(36, d7), 1936);
    assert.equal(cprFullYear(37, d7), 1937);
    assert.equal(cprFullYear(57, d7), 1957);
    assert.equal(cprFullYear(58, d7), 1958);
    assert.equal(cprFullYear(99, d7), 1999);
  }
  for (const d7 of [4, 9]) {
    assert.equal(cprFullYear(0, d7), 2000);
    assert.equal(cprFullYear(36, d7), 2036);
    assert.equal(cprFullYear(37, d7), 1937);
    assert.equal(cprFullYear(99, d7), 1999);
  }
  for (const d7 of [5, 6, 7, 8]) {
    assert.equal(cprFullYear(0, d7), 2000);
    assert.equal(cprFullYear(57, d7), 2057);
    assert.equal(cprFullYear(58, d7), 1858);
    assert.equal(cprFullYear(99, d7), 1899);
  }
});

test('leap years: 29 February only in leap years of the full year', () => {
  assert.equal(isLeapYear(2000), true);
  assert.equal(isLeapYear(1900), false);
  assert.equal(isLeapYear(1984), true);
  assert.equal(isLeapYear(1981), false);
  assert.equal(isRealDate(1984, 2, 29), true);
  assert.equal(isRealDate(1981, 2, 29), false);
  assert.equal(isRealDate(1900, 2, 29), false);
  assert.equal(isRealDate(2000, 2, 29), true);
  // The same digits 290200 are a real date with 7th digit 4 (2000) but not with 7th digit 5..8 when YY > 57 ... here YY=00 → 2000 for all but 0-3 (1900).
  assert.equal(analyseCpr('2902001234').realDate, false, '1900 is not a leap year');
  assert.equal(analyseCpr('2902004234').realDate, true, '2000 is a leap year');
});

test('impossible dates are not real', () => {
  assert.equal(isRealDate(1980, 13, 1), false);
  assert.equal(isRealDate(1980, 0, 1), false);
  assert.equal(isRealDate(1980, 1, 32), false);
  assert.equal(isRealDate(1980, 4, 31), false);
  assert.equal(isRealDate(1980, 1, 0), false);
});

test('modulus-11 with weights 4,3,2,7,6,5,4,3,2,1', () => {
  // 0707614285: 0*4+7*3+0*2+7*7+6*6+1*5+4*4+2*3+8*2+5*1 = 154 = 14·11
  assert.equal(passesMod11([0, 7, 0, 7, 6, 1, 4, 2, 8, 5]), true);
  assert.equal(passesMod11([0, 7, 0, 7, 6, 1, 4, 2, 8, 6]), false);
});

test('no-modulus-11 dates: exactly the listed 1 January dates', () => {
  assert.equal(NO_MOD11_BIRTH_YEARS.length, 26);
  for (const y of NO_MOD11_BIRTH_YEARS) {
    assert.equal(isNoMod11Date(y, 1, 1), true, String(y));
    assert.equal(isNoMod11Date(y, 1, 2), false);
    assert.equal(isNoMod11Date(y, 2, 1), false);
  }
  for (const y of [1961, 1963, 1968, 1971, 1979, 1993, 1996, 2000]) assert.equal(isNoMod11Date(y, 1, 1), false, String(y));
});

test('analyseCpr reads sex from the last digit', () => {
  assert.equal(analyseCpr('0707614285').sex, 'male');
  assert.equal(analyseCpr('0707614284').sex, 'female');
});
