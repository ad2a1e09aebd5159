// Holds the detector to minimum figures on the project's own labelled corpus (see test/corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus } from '../corpus';
import { scoreCorpus } from '../corpus/score';

const score = scoreCorpus(buildCorpus());

test('CPR: recall ≥ 0.99, precision ≥ 0.99, exact spans ≥ 0.98', () => {
  const s = score.types.cpr!;
  assert.ok(s.recall >= 0.99, `recall ${s.recall}; ${score.misses.slice(0, 5).join('; ')}`);
  assert.ok(s.precision >= 0.99, `precision ${s.precision}`);
  assert.ok(s.exactRate >= 0.98, `exact ${s.exactRate}`);
});

test('decoys reported ≤ 0.5 %', () => {
  assert.ok(score.decoys.flagged / score.decoys.total <= 0.005, `${score.decoys.flagged}/${score.decoys.total}: ${score.decoys.examples.slice(0, 5).join('; ')}`);
});

test('names: recall ≥ 0.97, precision ≥ 0.97', () => {
  const s = score.types.name!;
  assert.ok(s.gold >= 300, `only ${s.gold} names in the corpus`);
  assert.ok(s.recall >= 0.97, `recall ${s.recall}; ${score.misses.filter((m) => m.includes('name')).length} missed`);
  assert.ok(s.precision >= 0.97, `precision ${s.precision}; ${score.falseAlarms.filter((m) => m.includes(': name ')).length} false alarms`);
});

test('addresses: recall ≥ 0.97, precision ≥ 0.97, exact spans ≥ 0.90', () => {
  const s = score.types.address!;
  assert.ok(s.gold >= 150, `only ${s.gold} addresses in the corpus`);
  assert.ok(s.recall >= 0.97, `recall ${s.recall}`);
  assert.ok(s.precision >= 0.97, `precision ${s.precision}`);
  assert.ok(s.exactRate >= 0.9, `exact ${s.exactRate}`);
});
