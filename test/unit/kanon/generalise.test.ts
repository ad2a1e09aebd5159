import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyseRows, classifyColumns, generaliseValue, icd10Chapter, municipalityRegion, parseDate, parseDirective, planToReachK,
  postalRegion, toConfig, parseTable, writeTransformedCopy, EMPTY_PLAN, evaluatePlan,
} from '../../../server/src/core/kanon';

test('dates in the formats of Danish exports', () => {
  for (const v of ['1980-03-07', '07-03-1980', '07.03.1980', '07/03/1980', '19800307', '1980-03-07T10:00:00']) assert.deepEqual(parseDate(v), { year: 1980, month: 3, day: 7 }, v);
  assert.equal(parseDate('1980-13-01'), undefined);
  assert.equal(parseDate('hello'), undefined);
});

test('birth date → year, 5- and 10-year bands; age → bands; dates → month', () => {
  assert.equal(generaliseValue('07-03-1983', 'birthdate', 'year'), '1983');
  assert.equal(generaliseValue('07-03-1983', 'birthdate', 'band5'), '1980-1984');
  assert.equal(generaliseValue('1987-03-07', 'birthdate', 'band5'), '1985-1989');
  assert.equal(generaliseValue('1987-03-07', 'birthdate', 'band10'), '1980-1989');
  assert.equal(generaliseValue('47', 'age', 'band5'), '45-49');
  assert.equal(generaliseValue('47', 'age', 'band10'), '40-49');
  assert.equal(generaliseValue('2021-11-23 08:15', 'date', 'month'), '2021-11');
  assert.equal(generaliseValue('1987', 'birthdate', 'band5'), '1985-1989', 'a birth year becomes a band');
  assert.equal(generaliseValue('1987', 'date', 'month'), '1987', 'a year has no month');
  assert.equal(generaliseValue('ukendt', 'birthdate', 'year'), 'ukendt', 'an unreadable value is kept, not invented');
  assert.equal(generaliseValue('', 'birthdate', 'year'), '');
});

test('postal code and municipality → region', () => {
  assert.equal(postalRegion('2100'), 'Region Hovedstaden');
  assert.equal(postalRegion('DK-8000'), 'Region Midtjylland');
  assert.equal(postalRegion('5000'), 'Region Syddanmark');
  assert.equal(postalRegion('9000'), 'Region Nordjylland');
  assert.equal(postalRegion('4000'), 'Region Sjælland');
  assert.equal(postalRegion('0001'), undefined);
  assert.equal(postalRegion('21000'), undefined);
  assert.equal(municipalityRegion('Aarhus'), 'Region Midtjylland');
  assert.equal(municipalityRegion('Odense Kommune'), 'Region Syddanmark');
});

test('diagnosis codes (ICD-10 and SKS) → category and chapter', () => {
  assert.equal(icd10Chapter('DC509'), 'ICD-10 chapter II (C00-D48)');
  assert.equal(icd10Chapter('C50.9'), 'ICD-10 chapter II (C00-D48)');
  assert.equal(icd10Chapter('D48'), 'ICD-10 chapter II (C00-D48)');
  assert.equal(icd10Chapter('D509'), 'ICD-10 chapter III (D50-D89)', 'D + digit is an ICD code of chapter III, not an SKS prefix');
  assert.equal(icd10Chapter('DJ45'), 'ICD-10 chapter X (J00-J99)');
  assert.equal(icd10Chapter('DS720'), 'ICD-10 chapter XIX (S00-T98)');
  assert.equal(icd10Chapter('DZ038'), 'ICD-10 chapter XXI (Z00-Z99)');
  assert.equal(generaliseValue('DC509', 'diagnosis', 'category'), 'C50');
  assert.equal(icd10Chapter('KJFB20'), undefined, 'a procedure code is no diagnosis');
});

test('the header directive', () => {
  assert.deepEqual(parseDirective('# skjold-kanon: qi=alder,postnr sensitive=diagnose k=7'), { unknown: [], qi: ['alder', 'postnr'], sensitive: ['diagnose'], k: 7 });
  assert.deepEqual(parseDirective('// skjold-kanon: qi="fødsels dato",køn ignore=id,løbenr direct=navn')?.qi, ['fødsels dato', 'køn']);
  assert.deepEqual(parseDirective('# skjold-kanon: k=0 foo=bar')?.unknown, ['k', 'foo']);
  assert.equal(parseDirective('# just a comment'), undefined);
  assert.equal(parseDirective('navn;alder'), undefined);
});

test('classification by header names (Danish and English) and by values', () => {
  const header = ['CPR-nr', 'Fornavn', 'Adresse', 'Telefon', 'E-mail', 'Fødselsdato', 'alder', 'Køn', 'Postnr', 'Kommune', 'Aktionsdiagnose', 'Indlæggelsesdato', 'Udskrivningsdato', 'Nationalitet', 'Behandling', 'kolonne_x', 'kode', 'score'];
  const row = ['070761-4285', 'Jens', 'Vej 1', '12345678', 'a@b.dk', '1961-07-07', '63', 'M', '2100', 'København', 'DC509', '2021-01-02', '2021-01-09', 'DK', 'kemo', 'K', 'DJ45', '7'];
  const c = classifyColumns(header, [row, row.map((v, i) => (i === 15 ? 'M' : v))]);
  const roles = Object.fromEntries(c.columns.map((col) => [col.name, col.role === 'quasi' ? `quasi:${col.kind}` : col.role]));
  assert.deepEqual(roles, {
    'CPR-nr': 'direct', Fornavn: 'direct', Adresse: 'direct', Telefon: 'direct', 'E-mail': 'direct',
    Fødselsdato: 'quasi:birthdate', alder: 'quasi:age', Køn: 'quasi:sex', Postnr: 'quasi:postal', Kommune: 'quasi:municipality',
    Aktionsdiagnose: 'quasi:diagnosis', Indlæggelsesdato: 'quasi:date', Udskrivningsdato: 'quasi:date', Nationalitet: 'quasi:nationality',
    Behandling: 'sensitive', kolonne_x: 'quasi:sex', kode: 'quasi:diagnosis', score: 'other',
  });
  assert.deepEqual(c.qis.filter((q) => q.derive).map((q) => q.name), ['CPR-nr (birth date)', 'CPR-nr (sex)'], 'birth date and sex derived from the CPR column');
  const words = classifyColumns(['diagnose'], [['astma'], ['migræne'], ['DJ45']]);
  assert.equal(words.columns[0]!.role, 'sensitive', 'diagnoses in words are a sensitive attribute, not a quasi-identifier');
});

test('overrides: qi replaces the automatic choice, sensitive removes a QI, unknown names are reported', () => {
  const header = ['cpr', 'alder', 'postnr', 'diagnose', 'løbenr'];
  const sample = [['0707614285', '40', '2100', 'DC509', '1']];
  const c = classifyColumns(header, sample, { qi: ['alder', 'POSTNR'], sensitive: ['diagnose'], ignore: ['løbenr'], direct: ['nope'] });
  assert.deepEqual(c.qis.map((q) => q.name), ['alder', 'postnr'], 'CPR-derived facts only when the CPR column is named');
  assert.deepEqual(c.sensitive.map((s) => s.name), ['diagnose']);
  assert.deepEqual(c.unknownNames, ['nope']);
  const withCpr = classifyColumns(header, sample, { qi: ['alder', 'cpr'] });
  assert.deepEqual(withCpr.qis.map((q) => q.name), ['cpr (birth date)', 'cpr (sex)', 'alder']);
});

/** A table where k = 5 is only reached by generalising both the birth date and the postal code. */
function researchTable(): string {
  const lines = ['# skjold-kanon: qi=fødselsdato,postnr sensitive=diagnose', 'fødselsdato;postnr;diagnose'];
  // Ten postal codes of Region Hovedstaden, three rows each; the birth year follows the postal code.
  const postnr = ['2100', '2200', '2300', '2400', '2500', '2600', '2700', '2800', '2900', '3000'];
  for (let i = 0; i < 30; i++) lines.push(`${1980 + (i % 5)}-0${1 + (i % 9)}-1${i % 10};${postnr[i % 10]};DC5${i % 10}`);
  return lines.join('\n') + '\n';
}

test('the greedy plan reaches the requested k, and the written copy has that k', () => {
  const table = parseTable(researchTable(), 'csv')!;
  const cls = classifyColumns(table.header, table.rows.map((r) => r.fields), table.directive);
  const config = toConfig(cls, 5);
  const rows = table.rows.map((r) => r.fields);
  assert.equal(analyseRows(rows, config).stats.k, 1);
  const outcome = planToReachK(rows, config);
  assert.ok(outcome.k >= 5, `k = ${outcome.k}`);
  assert.deepEqual(outcome.plan.generalise.map((g) => table.header[g.column]).sort(), ['fødselsdato', 'postnr']);
  const copy = writeTransformedCopy(table, config, outcome.plan);
  const again = parseTable(copy, 'csv')!;
  assert.equal(again.rows.length, 30);
  assert.equal(analyseRows(again.rows.map((r) => r.fields), toConfig(classifyColumns(again.header, [], again.directive), 5)).stats.k, outcome.k);
  assert.ok(!copy.includes('2100') && !copy.includes('-01-1'), 'the fine values are gone from the copy');
});

test('suppression removes exactly the rows below k; JSON copies keep the other fields and types', () => {
  const records = [
    { id: 1, alder: 40, postnr: '2100', note: null }, { id: 2, alder: 41, postnr: '2100', note: 'x' },
    { id: 3, alder: 42, postnr: '2100', note: 'y' }, { id: 4, alder: 77, postnr: '9000', note: 'z' },
  ];
  const table = parseTable(JSON.stringify(records, null, 2), 'json')!;
  const config = toConfig(classifyColumns(table.header, table.rows.map((r) => r.fields), { qi: ['alder', 'postnr'] }), 3);
  const plan = { ...EMPTY_PLAN, generalise: [{ column: 1, level: 'band5' as const }], suppress: true };
  const outcome = evaluatePlan(table.rows.map((r) => r.fields), config, plan);
  assert.equal(outcome.k, 3);
  assert.equal(outcome.rowsSuppressed, 1);
  const copy = JSON.parse(writeTransformedCopy(table, config, plan));
  assert.deepEqual(copy, [
    { id: 1, alder: '40-44', postnr: '2100', note: null }, { id: 2, alder: '40-44', postnr: '2100', note: 'x' }, { id: 3, alder: '40-44', postnr: '2100', note: 'y' },
  ]);
});

test('JSON tables: arrays of flat records only, with each record located in the text', () => {
  const text = '[\n  {"a": 1, "b": "x,}"},\n  {"a": 2, "b": "[y]"}\n]\n';
  const t = parseTable(text, 'json')!;
  assert.deepEqual(t.header, ['a', 'b']);
  assert.deepEqual(t.rows.map((r) => text.slice(r.start, r.end)), ['{"a": 1, "b": "x,}"}', '{"a": 2, "b": "[y]"}']);
  assert.equal(parseTable('{"a": 1}', 'json'), undefined, 'an object is no table');
  assert.equal(parseTable('[1, 2]', 'json'), undefined, 'an array of numbers is no table');
  assert.equal(parseTable('[{"a": 1', 'json'), undefined, 'invalid JSON');
});

test('CSV tables: the directive line is skipped, the header row is the first record', () => {
  const t = parseTable('\uFEFF# skjold-kanon: k=3\r\na;b\r\n1;2\r\n', 'csv')!;
  assert.deepEqual(t.header, ['a', 'b']);
  assert.equal(t.directive?.k, 3);
  assert.equal(t.eol, '\r\n');
  assert.deepEqual(t.rows.map((r) => r.fields), [['1', '2']]);
  assert.equal(parseTable('just one column\n1\n', 'csv'), undefined);
  assert.equal(parseTable('070761-4285;1961-07-07;2100\n0101801234;1980-01-01;8000\n', 'csv'), undefined, 'a headerless file: its first row is data, never column names');
  assert.equal(parseTable('jens@example.dk;M\nx;K\n', 'csv'), undefined);
  assert.ok(parseTable('postnr_2020;køn\n2100;M\n', 'csv'), 'a digit inside a name is fine');
});
