import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect, cprRules } from '../../../server/src/core';
import { validCprArb } from '../helpers/arbitraries';

const cprs = (text: string, languageId?: string) => detect(text, { languageId }).filter((f) => f.type === 'cpr');



test('valid CPR numbers in every clean layout are found with exact spans', () => {
  for (const layout of ['070761-4285', '0707614285', '070761 4285', '070761–4285']) {
    const text = `Patient ${layout} indlagt.`;
    const f = cprs(text);
    assert.equal(f.length, 1, layout);
    assert.equal(text.slice(f[0]!.start, f[0]!.end), layout);
    assert.ok(f[0]!.confidence >= 0.8);
  }
});

test('property: every valid number is found with its exact span in any surrounding text', () => {
  const surround = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\p{L}\p{N}]/gu, ' '));
  fc.assert(
    fc.property(validCprArb, fc.constantFrom('', '-', ' '), surround, surround, (ten, sep, before, after) => {
      const value = ten.slice(0, 6) + sep + ten.slice(6);
      const text = `${before} ${value} ${after}`;
      const start = before.length + 1;
      const f = cprs(text);
      return f.some((x) => x.start === start && x.end === start + value.length);
    }),
    { seed: 42, numRuns: 500 },
  );
});

test('property: digit strings that break a rule are not reported without context', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9]{10}$/), (ten) => {
      const a = cprRules.analyseCpr(ten);
      const found = cprs(`Nummer ${ten} her.`).length > 0;
      if (!a.realDate || (!a.mod11 && !a.noMod11Date)) return !found;
      return true;
    }),
    { seed: 7, numRuns: 2000 },
  );
});

test('not CPR: impossible dates, longer runs, plain dates', () => {
  assert.equal(cprs('Nr. 3201801234').length, 0, 'day 32');
  assert.equal(cprs('Nr. 0113801234').length, 0, 'month 13');
  assert.equal(cprs('Nr. 2902811234').length, 0, '29 February 1981');
  assert.equal(cprs('Nr. 07076142851').length, 0, 'eleven digits');
  assert.equal(cprs('Nr. 107076142851').length, 0, 'twelve digits');
  assert.equal(cprs('abc0707614285').length, 0, 'glued to letters');
  assert.equal(cprs('Dato: 07.07.1961').length, 0, 'a plain date');
});

test('a date-valid number failing modulus-11 is reported only with CPR context, weaker', () => {
  const failing = '0707614286';
  assert.equal(cprs(`Nummer ${failing}`).length, 0);
  for (const text of [`CPR-nr.: ${failing}`, `cpr-nummer ${failing}`, `Personnummer: ${failing}`, `pers.nr. ${failing}`, `civil registration number ${failing}`, `SSN ${failing}`]) {
    const f = cprs(text);
    assert.equal(f.length, 1, text.slice(0, 20));
    assert.ok(f[0]!.confidence < 0.8, 'weaker than a valid number');
    assert.ok(f[0]!.reasons.some((r) => r.rule === 'cpr.mod11Fails'));
  }
});

test('field names count as context: JSON key, CSV header, SQL column, key=value', () => {
  const failing = '0707614286';
  assert.equal(cprs(`{"cpr": "${failing}", "x": 1}`, 'json').length, 1, 'json');
  assert.equal(cprs(`id;cpr;navn\n1;${failing};A\n2;${failing};B\n`, 'csv').length, 2, 'csv column');
  assert.equal(cprs(`id;ordre;navn\n1;${failing};A\n`, 'csv').length, 0, 'other csv column');
  assert.equal(cprs(`INSERT INTO p (id, cpr, name) VALUES (1, '${failing}', 'A'), (2, '${failing}', 'B');`, 'sql').length, 2, 'sql');
  assert.equal(cprs(`INSERT INTO p (id, ordre, name) VALUES (1, '${failing}', 'A');`, 'sql').length, 0, 'sql other column');
  assert.equal(cprs(`lookup cpr=${failing} took 3ms`, 'log').length, 1, 'key=value');
});

test('every no-modulus-11 date is accepted without context', () => {
  for (const y of cprRules.NO_MOD11_BIRTH_YEARS) {
    const yy = String(y % 100).padStart(2, '0');
    // find a serial that fails modulus-11
    let ten = '';
    for (let s = 0; s < 1000; s++) {
      const cand = `0101${yy}${[...Array(10).keys()].find((d) => cprRules.cprFullYear(y % 100, d) === y)}${String(s).padStart(3, '0')}`;
      if (!cprRules.passesMod11([...cand].map(Number))) { ten = cand; break; }
    }
    const f = cprs(`Nr ${ten}`);
    assert.equal(f.length, 1, String(y));
    assert.ok(f[0]!.reasons.some((r) => r.rule === 'cpr.noMod11Date'));
  }
});

test('negative context lowers confidence below reporting', () => {
  assert.equal(cprs('Ordrenr. 0707614285').length, 0);
  assert.equal(cprs('ts=0707614285').length, 0);
  assert.equal(cprs('{"orderId": "0707614285"}', 'json').length, 0);
  assert.equal(cprs('CPR 0707614285').length, 1, 'positive context still wins');
});

test('messages and reasons never contain the digits', () => {
  const f = cprs('CPR-nr. 070761-4285')[0]!;
  for (const r of f.reasons) assert.ok(!r.text.includes('070761') && !r.text.includes('4285'), r.text);
});
