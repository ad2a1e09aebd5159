// A CSV header below a title line (and a blank line), as spreadsheet and EPJ exports write it: the rows keep their
// columns, so unformatted CPR numbers and phones in them are found (context/structure.ts csvLayoutBelowTitle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../../server/src/core';
import { readCsvLayout } from '../../../server/src/core/context/structure';

const ROWS = 'cpr;navn;telefon\n0707614285;Mette Hansen;23456789\n1502853217;Ole Jensen;31415926\n';
const types = (t: string, lang = 'csv') => detect(t, { languageId: lang }).map((f) => f.type).sort();

test('a title line, or a title and a blank line, above the header', () => {
  const plain = types(ROWS);
  assert.deepEqual(plain, ['cpr', 'cpr', 'name', 'name', 'phone', 'phone']);
  for (const title of ['Patientliste afd. B, udtræk 12.03.2024\n', 'Patientliste\n\n', 'Udtræk\r\n\r\n']) {
    const t = title + ROWS.replace(/\n/g, title.includes('\r') ? '\r\n' : '\n');
    assert.deepEqual(types(t), plain, JSON.stringify(title));
    assert.deepEqual(types(t, 'plaintext'), plain, `${JSON.stringify(title)} as plain text`);
    const layout = readCsvLayout(t, 'csv')!;
    assert.deepEqual(layout.header, ['cpr', 'navn', 'telefon']);
    assert.equal(t.slice(layout.bodyStart).startsWith('0707614285'), true);
  }
});

test('no header is made up: a first-line header stays, prose and unconfirmed lines are no table', () => {
  assert.deepEqual(readCsvLayout(ROWS, 'csv')!.header, ['cpr', 'navn', 'telefon']);
  assert.equal(readCsvLayout('Notat om patienten\na;b;c\nhun har det godt\n', 'plaintext'), null, 'the line below the header does not confirm it');
  assert.equal(readCsvLayout('Notat\nen; to\ntre; fire\n', 'plaintext'), null, 'two cells are no header below a title');
  assert.equal(readCsvLayout('a;b;c;d\nTitel\nx;y;z\n1;2;3\n', 'plaintext'), null, 'a title with as many delimiters as the header is a row');
  // A title with as many commas as the header's commas is a row of the table, not a title.
  assert.equal(readCsvLayout('Hansen, Ole, Aarhus\nnavn,by,tlf\na,b,c\n', 'csv')!.header[0], 'hansen');
});
