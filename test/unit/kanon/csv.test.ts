import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CsvReader, detectDelimiter, formatRecord, readCsv, type CsvRecord } from '../../../server/src/core/kanon';

const fields = (text: string, d = ',') => readCsv(text, d).map((r) => r.fields);

test('RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', () => {
  assert.deepEqual(fields('a,"b,c",d\n'), [['a', 'b,c', 'd']]);
  assert.deepEqual(fields('"say ""hi""",x\n'), [['say "hi"', 'x']]);
  assert.deepEqual(fields('"line1\nline2",x\r\ny,z'), [['line1\nline2', 'x'], ['y', 'z']]);
  assert.deepEqual(fields('"",x,\n'), [['', 'x', '']], 'empty quoted and empty trailing fields');
  assert.deepEqual(fields('a;"b;c"\n', ';'), [['a', 'b;c']]);
  assert.deepEqual(fields('a\t"b\tc"\n', '\t'), [['a', 'b\tc']]);
});

test('line endings: LF, CRLF, lone CR; blank lines are skipped; no final newline', () => {
  assert.deepEqual(fields('a,b\r\nc,d\re,f\n\n\ng,h'), [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
});

test('lenient: a quote inside an unquoted field is kept; text after a closing quote is kept; an unterminated quote takes the rest', () => {
  assert.deepEqual(fields('5" screen,x\n'), [['5" screen', 'x']]);
  assert.deepEqual(fields('"ab"cd,x\n'), [['abcd', 'x']]);
  assert.deepEqual(fields('a,"open\nrest'), [['a', 'open\nrest']]);
});

test('records know their offsets and first line, also after multi-line fields', () => {
  const text = 'h1,h2\n"x\ny",1\nz,2\n';
  const recs = readCsv(text, ',');
  assert.deepEqual(recs.map((r) => r.line), [0, 1, 3]);
  assert.deepEqual(recs.map((r) => text.slice(r.start, r.end)), ['h1,h2', '"x\ny",1', 'z,2']);
});

const cell = fc.string({ unit: fc.constantFrom('a', 'b', 'æ', ' ', ',', ';', '"', '\n', '\r\n', '1'), maxLength: 8 });
const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 12 });

test('property: formatRecord then reading in any chunking gives the same fields', () => {
  fc.assert(
    fc.property(table, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 40 }), fc.constantFrom(',', ';', '\t'), (rows, cuts, d) => {
      // A record that is one empty field would be a blank line: skip those (blank lines are not records).
      const input = rows.filter((r) => !(r.length === 1 && r[0] === ''));
      const text = input.map((r) => formatRecord(r, d)).join('\r\n');
      const out: CsvRecord[] = [];
      const reader = new CsvReader(d, (r) => out.push(r));
      let i = 0, c = 0;
      while (i < text.length) { const n = cuts[c++ % cuts.length]!; reader.push(text.slice(i, i + n)); i += n; }
      reader.end();
      assert.deepEqual(out.map((r) => r.fields), input);
      assert.deepEqual(out.map((r) => r.start), readCsv(text, d).map((r) => r.start), 'offsets do not depend on chunking');
    }),
    { seed: 1010, numRuns: 300 },
  );
});

test('delimiter detection: the delimiter that agrees across lines, not the one inside quotes', () => {
  assert.equal(detectDelimiter('a;b;c\n1;2;3\n'), ';');
  assert.equal(detectDelimiter('a,b,c\n1,2,3\n'), ',');
  assert.equal(detectDelimiter('a\tb\n1\t2\n'), '\t');
  assert.equal(detectDelimiter('a|b|c\n1|2|3\n'), '|');
  assert.equal(detectDelimiter('navn;by\n"Hansen, Jens";"Aarhus, C"\n"Vej, 1";x\n'), ';', 'commas in quotes do not count');
  assert.equal(detectDelimiter('a,b\n1,2\n', 'data.tsv'), '\t', 'the .tsv name decides');
});
