import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseRows, describeFlagged, KanonCounter, type KanonConfig } from '../../../server/src/core/kanon';

const QI3: KanonConfig['qis'] = [
  { name: 'alder', column: 0, kind: 'age' },
  { name: 'køn', column: 1, kind: 'sex' },
  { name: 'postnr', column: 2, kind: 'postal' },
];

/** Rows for the given class sizes, class i = (20 + i, M/K, 1000 + i), shuffled by `order` (a permutation seed). */
function tableOf(sizes: number[], seed: number): { rows: string[][]; classOf: number[] } {
  const rows: string[][] = [];
  const classOf: number[] = [];
  sizes.forEach((n, c) => { for (let j = 0; j < n; j++) { rows.push([String(20 + c), c % 2 ? 'K' : 'M', String(1000 + c), `diag${j % 3}`]); classOf.push(c); } });
  // Deterministic shuffle (LCG) so flagged rows are spread through the file.
  let s = seed >>> 0;
  for (let i = rows.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    [classOf[i], classOf[j]] = [classOf[j]!, classOf[i]!];
  }
  return { rows, classOf };
}

test('property: generated tables with known class sizes give exact k and exactly the flagged rows', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (sizes, k, seed) => {
      const { rows, classOf } = tableOf(sizes, seed);
      const { stats, flagged } = analyseRows(rows, { qis: QI3, sensitive: [], k });
      assert.equal(stats.k, Math.min(...sizes));
      assert.equal(stats.classes, sizes.length);
      assert.equal(stats.rows, rows.length);
      const expected = classOf.map((c, i) => (sizes[c]! < k ? i + 1 : 0)).filter((r) => r > 0);
      assert.deepEqual(flagged.map((f) => f.row), expected);
      for (const f of flagged) assert.equal(f.classSize, sizes[classOf[f.row - 1]!]);
      assert.equal(stats.rowsBelowK, expected.length);
      const kept = sizes.filter((n) => n >= k);
      assert.equal(stats.kAfterSuppression, kept.length ? Math.min(...kept) : 0);
    }),
    { seed: 4242, numRuns: 200 },
  );
});

test('many classes: the counting table grows and stays exact (5,000 classes of 1 and 1 of 7)', () => {
  const rows: string[][] = [];
  for (let i = 0; i < 5000; i++) rows.push([String(i), 'M', '2100']);
  for (let i = 0; i < 7; i++) rows.push(['x', 'K', '8000']);
  const { stats, flagged } = analyseRows(rows, { qis: QI3, sensitive: [], k: 2 });
  assert.equal(stats.classes, 5001);
  assert.equal(stats.k, 1);
  assert.equal(flagged.length, 5000);
  assert.equal(stats.kAfterSuppression, 7);
});

test('values are compared trimmed and case-insensitively; no quasi-identifiers = one class', () => {
  const rows = [['30', 'm', '2100'], [' 30', 'M', '2100 '], ['30', 'M', '2100']];
  assert.equal(analyseRows(rows, { qis: QI3, sensitive: [], k: 3 }).stats.k, 3);
  assert.equal(analyseRows(rows, { qis: [], sensitive: [], k: 3 }).stats.k, 3);
  assert.equal(analyseRows([], { qis: QI3, sensitive: [], k: 3 }).stats.k, 0);
});

test('l-diversity: the fewest distinct sensitive values in a class, and the homogeneous classes', () => {
  const rows = [
    ['30', 'M', '2100', 'DC509'], ['30', 'M', '2100', 'DJ45'], ['30', 'M', '2100', 'DC509'],
    ['40', 'K', '8000', 'DI21'], ['40', 'K', '8000', 'di21'],
    ['50', 'K', '9000', 'A'], ['50', 'K', '9000', 'B'], ['50', 'K', '9000', 'C'],
  ];
  const { stats } = analyseRows(rows, { qis: QI3, sensitive: [{ name: 'diagnose', column: 3 }], k: 2 });
  assert.deepEqual(stats.lDiversity, [{ column: 'diagnose', l: 1, homogeneousClasses: 1 }]);
});

test('a CPR column gives birth date and sex as derived quasi-identifiers', () => {
  const counter = new KanonCounter({
    qis: [{ name: 'cpr (birth date)', column: 0, kind: 'birthdate', derive: 'cpr-birthdate' }, { name: 'cpr (sex)', column: 0, kind: 'sex', derive: 'cpr-sex' }],
    sensitive: [],
    k: 2,
  });
  // Same birth date (07-07-61), same sex (odd last digit) → one class; the even one is alone.
  for (const cpr of ['070761-4285', '0707614293', '070761-4284']) counter.count([cpr]);
  assert.equal(counter.stats().k, 1);
  assert.equal(counter.stats().classes, 2);
  for (const cpr of ['070761-4285', '0707614293', '070761-4284']) counter.check([cpr]);
  assert.deepEqual([...counter.allFlagged()].map((f) => f.row), [3]);
});

test('the reason names the columns and the class size, never a value', () => {
  const rows = [['31', 'K', '2200'], ['31', 'K', '2200'], ['77', 'M', '9990'], ['31', 'K', '2200']];
  const config = { qis: QI3, sensitive: [], k: 3 };
  const { flagged } = analyseRows(rows, config);
  assert.equal(flagged.length, 1);
  const text = describeFlagged(flagged[0]!, config);
  assert.equal(text, "Rare combination: 'alder', 'køn' and 'postnr' together are shared by this row alone (k = 3 required); 'alder', 'køn' and 'postnr' are each rare on their own.");
  for (const v of ['77', '9990']) assert.ok(!text.includes(v));
});

test('explainPairs: when no single column is rare, the first rare pair is named', () => {
  // Each value is common on its own (3+ rows), but (alder 30, postnr 8000) occurs once ((køn M, postnr 8000) twice).
  const rows = [
    ['30', 'M', '2100'], ['30', 'M', '2100'], ['30', 'K', '2100'],
    ['40', 'M', '8000'], ['40', 'K', '8000'], ['40', 'M', '2100'],
    ['30', 'M', '8000'],
  ];
  const config = { qis: QI3, sensitive: [], k: 3 };
  const plain = analyseRows(rows, config).flagged.find((f) => f.row === 7)!;
  assert.equal(plain.rarePair, undefined, 'pairs are only counted on request');
  const f = analyseRows(rows, config, { explainPairs: true }).flagged.find((x) => x.row === 7)!;
  assert.deepEqual(f.rareAlone, []);
  assert.deepEqual(f.rarePair, ['alder', 'postnr']);
  assert.match(describeFlagged(f, config), /; 'alder' and 'postnr' together are already rare\.$/);
});
