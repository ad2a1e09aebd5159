import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseRows, kanonReportSection, summaryFrom, summaryLines } from '../../../server/src/core/kanon';

const rows = [['30', '2100', 'a'], ['30', '2100', 'b'], ['30', '2100', 'a'], ['77', '9990', 'c']];
const config = { qis: [{ name: 'alder', column: 0, kind: 'age' as const }, { name: 'postnr', column: 1, kind: 'postal' as const }], sensitive: [{ name: 'diagnose', column: 2 }], k: 3 };

test('the summary for the report: k achieved, columns generalised, rows suppressed; no values', () => {
  const { counter } = analyseRows(rows, config);
  const base = { format: 'csv' as const, quasiIdentifiers: ['alder', 'postnr'], sensitive: ['diagnose'], directIdentifiers: ['cpr'], columnsGeneralised: [{ column: 'alder', to: '5-year bands' }] };
  const kept = summaryFrom(counter.stats(), { ...base, rowsSuppressed: 0 });
  assert.equal(kept.kAchieved, 1);
  assert.equal(kept.rowsBelowK, 1);
  const suppressed = summaryFrom(counter.stats(true), { ...base, rowsSuppressed: 1 });
  assert.deepEqual({ k: suppressed.kAchieved, rows: suppressed.rows, below: suppressed.rowsBelowK, classes: suppressed.classes, l: suppressed.lDiversity[0]!.l }, { k: 3, rows: 3, below: 0, classes: 1, l: 2 });
  assert.deepEqual(summaryLines(suppressed).slice(0, 3), [
    'k = 3 (3 required) over alder, postnr; 3 rows in 1 class, 0 rows below k',
    'generalised: alder → 5-year bands',
    'rows suppressed: 1',
  ]);
  const md = kanonReportSection([{ path: 'data/ud|træk.csv', summary: suppressed }, { path: 'b.json', summary: kept }]);
  assert.match(md, /^## k-anonymity of tables$/m);
  assert.match(md, /^\| data\/ud\\\|træk\.csv \| 3 \| alder, postnr \| 3 \(3\) \| 0 \| alder → 5-year bands \| 1 \| diagnose: 2 \| cpr \|$/m);
  assert.match(md, /^\| b\.json \| 4 \| alder, postnr \| 1 \(3\) ⚠ \| 1 \|/m);
  for (const v of ['9990', '77']) assert.ok(!md.includes(v));
  assert.match(kanonReportSection([]), /No CSV\/TSV or JSON table/);
});
