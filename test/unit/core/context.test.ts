// The shared context scoring: cue words before/after, field names in structured text, negative context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScanContext } from '../../../server/src/core';
import { readContext, applyContext, type ContextSpec } from '../../../server/src/core/context/score';
import { cueRegex, LABEL_TAIL } from '../../../server/src/core/context/vocabulary';

const spec: ContextSpec = {
  positive: cueRegex(['cpr(?:-?nr)?\\.?', 'personnummer']),
  negative: cueRegex(['ordre(?:nr)?\\.?', 'faktura'], LABEL_TAIL),
  isPositiveField: (f) => f.includes('cpr'),
  isNegativeField: (f) => f.includes('order'),
};

function verdictAt(text: string, value: string, languageId?: string) {
  const start = text.indexOf(value);
  return readContext(new ScanContext(text, { languageId }), start, start + value.length, spec);
}

test('a cue before, on the line before, or after the value is positive context', () => {
  assert.ok(verdictAt('CPR-nr.: 123', '123').positiveWins);
  assert.ok(verdictAt('Personnummer:\n123', '123').positiveWins);
  assert.ok(verdictAt('123 (cpr)', '123').positiveWins);
  assert.ok(!verdictAt('Nummer 123', '123').positiveWins);
});

test('cues are whole words, case-insensitive', () => {
  assert.ok(verdictAt('cPr 123', '123').positiveWins);
  assert.ok(!verdictAt('xcpr 123', '123').positiveWins);
});

test('another number or a new label between cue and value blocks the cue', () => {
  assert.ok(!verdictAt('CPR 010101-0101, tlf 123', '123').positiveWins);
  assert.ok(!verdictAt('CPR:\nRef: 123', '123').positiveWins);
});

test('field names: JSON and YAML keys, key=value, XML elements, CSV headers down the column, SQL INSERT columns', () => {
  assert.ok(verdictAt('{"cpr": "123"}', '123', 'json').positive?.field);
  assert.ok(verdictAt('patient:\n  cpr: 123\n', '123', 'yaml').positive?.field);
  assert.ok(verdictAt('lookup cpr=123 done', '123', 'log').positive?.field);
  assert.ok(verdictAt('<patient><cpr>123</cpr></patient>', '123', 'xml').positive?.field);
  assert.ok(verdictAt('<field name="cpr">123</field>', '123', 'xml').positive?.field);
  assert.ok(verdictAt('id;cpr;x\n1;2;3\n4;123;5\n', '123', 'csv').positive?.field);
  assert.ok(!verdictAt('id;cpr;x\n1;2;3\n4;5;123\n', '123', 'csv').positive);
  assert.ok(verdictAt('INSERT INTO t (id, cpr) VALUES (1, 2), (3, 123);', '123', 'sql').positive?.field);
  assert.ok(verdictAt('{"orderId": "123"}', '123', 'json').negativeWins);
});

test('negative context wins when nearer; positive when nearer or equal', () => {
  assert.ok(verdictAt('Faktura 123', '123').negativeWins);
  assert.ok(verdictAt('CPR: 123 ordrenr.', '123').positiveWins);
  assert.ok(verdictAt('CPR-oplysninger: se ordrenr. 123', '123').negativeWins);
});

test('applyContext raises, lowers and explains without the value', () => {
  const up = applyContext(0.6, verdictAt('CPR-nr. 123', '123'), { bonus: 0.2, penalty: 0.5 });
  assert.equal(up.confidence, 0.8);
  assert.equal(up.reason?.rule, 'context.word');
  assert.match(up.reason!.text, /after 'CPR-nr\.'/);
  const down = applyContext(0.9, verdictAt('Ordrenr. 123', '123'), { bonus: 0.2, penalty: 0.5 });
  assert.ok(Math.abs(down.confidence - 0.4) < 1e-9);
  assert.equal(down.reason?.rule, 'context.negative');
  assert.deepEqual(applyContext(0.7, verdictAt('x 123', '123'), { bonus: 0.2, penalty: 0.5 }), { confidence: 0.7 });
});

test('Markdown pipe tables anywhere in a document: the header names the column', () => {
  const md = '# Kontakter\n\nTekst før.\n\n| Navn | **Tlf** | CPR |\n|------|:---:|-----|\n| A | 1 | 2 |\n| B | 3 | 123 |\n\nEfter tabellen 123x\n';
  const start = md.indexOf('123');
  const v = readContext(new ScanContext(md, { languageId: 'markdown' }), start, start + 3, spec);
  assert.ok(v.positive?.field, 'cpr column');
  const other = md.indexOf('| 3 |') + 2;
  assert.ok(!readContext(new ScanContext(md, { languageId: 'markdown' }), other, other + 1, spec).positive, 'tlf column');
  const after = md.lastIndexOf('123');
  assert.ok(!readContext(new ScanContext(md), after, after + 3, spec).positive?.field, 'after the table');
});
