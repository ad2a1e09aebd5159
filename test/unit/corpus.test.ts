// Holds the detector to minimum figures on the project's own labelled corpus (see test/corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus } from '../corpus';
import { scoreCorpus } from '../corpus/score';
import { detect, STRONG_CONFIDENCE, TEST_DATA_CONFIDENCE } from '../../server/src/core';

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

// Substitute, replacement and test CPR forms (test/corpus/generators/substituteForms.ts).
for (const type of ['ecpr', 'cpr-substitute'] as const) {
  test(`${type}: recall ≥ 0.98, precision ≥ 0.98, exact spans ≥ 0.98`, () => {
    const s = score.types[type];
    assert.ok(s && s.gold >= 50, `${type} is in the corpus`);
    assert.ok(s.recall >= 0.98, `recall ${s.recall}; ${score.misses.filter((m) => m.includes(type)).slice(0, 5).join('; ')}`);
    assert.ok(s.precision >= 0.98, `precision ${s.precision}; ${score.falseAlarms.filter((m) => m.includes(type)).slice(0, 5).join('; ')}`);
    assert.ok(s.exactRate >= 0.98, `exact ${s.exactRate}`);
  });
}

test('every eCPR, substitute, test-number and 1 January kind is found', () => {
  for (const kind of ['ecpr:national', 'ecpr:regional', 'ecpr:ocr', 'ecpr:csv', 'cpr-substitute:day-plus-60', 'cpr-substitute:letters', 'cpr:test-number', 'cpr:first-of-january']) {
    const k = score.kinds[kind];
    assert.ok(k && k.gold >= 20, `${kind} is in the corpus`);
    assert.ok(k.found / k.gold >= 0.98, `${kind}: ${k.found}/${k.gold}`);
  }
});

test('test CPR numbers are reported as test data (Hint), unlisted 1 January numbers as Information', () => {
  for (const doc of buildCorpus().filter((d) => d.file.startsWith('substitute-'))) {
    const findings = detect(doc.text, { languageId: doc.languageId });
    for (const g of doc.labels.filter((l) => l.sub === 'test-number' || l.sub === 'first-of-january')) {
      const f = findings.find((x) => x.start === g.start && x.end === g.end)!;
      if (g.sub === 'test-number') assert.ok(f.confidence < TEST_DATA_CONFIDENCE, `${doc.file} at ${g.start}`);
      else assert.ok(f.confidence >= TEST_DATA_CONFIDENCE && f.confidence < STRONG_CONFIDENCE, `${doc.file} at ${g.start}`);
    }
  }
});
