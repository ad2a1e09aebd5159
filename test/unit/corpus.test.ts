// Holds the detector to minimum figures on the project's own labelled corpus (see test/corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus } from '../corpus';
import { scoreCorpus } from '../corpus/score';

const score = scoreCorpus(buildCorpus());

function assertType(type: string, minRecall: number, minPrecision: number, minExact: number): void {
  const s = score.types[type];
  assert.ok(s && s.gold > 0, `${type}: no gold labels in the corpus`);
  assert.ok(s.recall >= minRecall, `${type} recall ${s.recall}; ${score.misses.filter((m) => m.includes(`missed ${type}:`)).slice(0, 5).map((m) => m.replace(/ ".*"$/, '')).join('; ')}`);
  assert.ok(s.precision >= minPrecision, `${type} precision ${s.precision}; ${score.falseAlarms.filter((m) => m.includes(`: ${type} on`)).slice(0, 5).map((m) => m.replace(/ on ".*"$/, '')).join('; ')}`);
  assert.ok(s.exactRate >= minExact, `${type} exact ${s.exactRate}`);
}

test('CPR: recall ≥ 0.99, precision ≥ 0.99, exact spans ≥ 0.98', () => assertType('cpr', 0.99, 0.99, 0.98));

test('CPR in OCR, dictated and split forms: recall ≥ 0.97 over those kinds together', () => {
  const kinds = Object.entries(score.kinds).filter(([k]) => /^cpr:(ocr|grouped|line-break)/.test(k));
  assert.ok(kinds.length >= 6, `only ${kinds.length} OCR kinds in the corpus`);
  const gold = kinds.reduce((n, [, v]) => n + v.gold, 0), found = kinds.reduce((n, [, v]) => n + v.found, 0);
  assert.ok(found / gold >= 0.97, `${found}/${gold}`);
});

test('phone: recall ≥ 0.97, precision ≥ 0.97', () => assertType('phone', 0.97, 0.97, 0.95));
test('e-mail: recall ≥ 0.99, precision ≥ 0.99', () => assertType('email', 0.99, 0.99, 0.98));
test('CVR: recall ≥ 0.95, precision ≥ 0.95', () => assertType('cvr', 0.95, 0.95, 0.95));
test('IBAN: recall ≥ 0.99, precision ≥ 0.99', () => assertType('iban', 0.99, 0.99, 0.98));
test('card: recall ≥ 0.97, precision ≥ 0.97', () => assertType('card', 0.97, 0.97, 0.95));
test('date of birth: recall ≥ 0.95, precision ≥ 0.95', () => assertType('date-of-birth', 0.95, 0.95, 0.95));

test('decoys reported ≤ 0.5 %', () => {
  assert.ok(score.decoys.total >= 1000, `only ${score.decoys.total} decoys`);
  assert.ok(score.decoys.flagged / score.decoys.total <= 0.005, `${score.decoys.flagged}/${score.decoys.total}: ${score.decoys.examples.slice(0, 5).join('; ')}`);
});
