// Holds the detector to minimum figures on the project's own labelled corpus (see test/corpus).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCorpus } from '../corpus';
import { scoreCorpus } from '../corpus/score';
import { detect, STRONG_CONFIDENCE, TEST_DATA_CONFIDENCE } from '../../server/src/core';

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

// Realistic documents and exchange formats (clinicalLetters.ts, exchangeFormats.ts, variedDocuments.ts,
// heldOutStyle.ts), held to their own figures so that a regression in one style is not averaged away by the rest of the corpus.
for (const prefix of ['letters-', 'exchange-', 'varied-', 'heldout-']) {
  const part = scoreCorpus(buildCorpus().filter((d) => d.file.startsWith(prefix)));
  for (const type of ['cpr', 'name', 'address', 'phone', 'email'] as const) {
    test(`${prefix}* documents, ${type}: recall ≥ 0.99, precision ≥ 0.99, exact spans ≥ 0.99`, () => {
      const s = part.types[type];
      assert.ok(s && s.gold >= 100, `${type}: only ${s?.gold ?? 0} in ${prefix}* documents`);
      assert.ok(s.recall >= 0.99, `recall ${s.recall}; ${part.misses.filter((m) => m.includes(`missed ${type}:`)).slice(0, 5).map((m) => m.replace(/ ".*"$/, '')).join('; ')}`);
      assert.ok(s.precision >= 0.99, `precision ${s.precision}; ${part.falseAlarms.filter((m) => m.includes(`: ${type} on`)).slice(0, 5).map((m) => m.replace(/ on ".*"$/, '')).join('; ')}`);
      assert.ok(s.exactRate >= 0.99, `exact ${s.exactRate}`);
    });
  }
  test(`${prefix}* documents: no decoy reported`, () => {
    assert.ok(part.decoys.total >= 250, `only ${part.decoys.total} decoys`);
    assert.equal(part.decoys.flagged, 0, part.decoys.examples.slice(0, 5).join('; '));
  });
}
