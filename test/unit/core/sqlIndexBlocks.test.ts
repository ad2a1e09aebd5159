import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextStructure } from '../../../server/src/core/context/structure';

// The SQL index is read per block of the text; any block size must give the answers of one block over the whole
// text (the form it replaced), for every offset, in texts full of statements, spaces, case and broken keywords.
const piece = fc.constantFrom(
  'INSERT INTO patients (id, cpr, name) VALUES ', 'insert  into t (a,b) values ', 'INSERT\n\tINTO x (cpr) VALUES',
  "(1, '0101801234', 'A'), ", '(2, "x", 3);\n', 'VALUES', 'values (', 'INSERT ', 'INTO ', 'xINSERT INTO y (a) VALUES (', ' ', '\n',
  '   ', 'SELECT * FROM t;\n', "('a', 'b')", 'INSERTINTO', 'INSERT     ', '     INTO t (cpr) VALUES (', '0101801234', ', ',
);

function answers(text: string, blockChars: number): (string | undefined)[] {
  const saved = TextStructure.sqlBlockChars;
  TextStructure.sqlBlockChars = blockChars;
  try {
    const s = new TextStructure(text, 'sql');
    return Array.from({ length: text.length + 1 }, (_, offset) => s.fieldNameAt(offset));
  } finally {
    TextStructure.sqlBlockChars = saved;
  }
}

test('SQL columns read per block equal those read over the whole text, for any block size', () => {
  let columns = 0;
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (pieces, blockChars) => {
      const text = pieces.join('');
      const whole = answers(text, 1 << 30);
      columns += whole.filter((a) => a !== undefined).length;
      assert.deepEqual(answers(text, blockChars), whole);
    }),
    { seed: 20261123, numRuns: 400 },
  );
  assert.ok(columns > 400, `only ${columns} offsets had a column: the texts do not exercise the index`);
});

/** A whole statement: long tuple lists, values with quoted commas, brackets, semicolons and quotes of the other kind. */
const value = fc.constantFrom("'0101801234'", '0101801234', "'a, b'", '"x (y"', "'it''s'", "'a;b'", '12', 'NULL', "('n', 1)", '"q\'"', "''");
const tuple = fc.array(value, { minLength: 1, maxLength: 5 }).map((v) => `(${v.join(', ')})`);
const statement = fc.tuple(fc.constantFrom('INSERT INTO patients (id, cpr, name, note, x) VALUES ', 'insert into t (a,b) values\n  '), fc.array(tuple, { minLength: 1, maxLength: 12 }), fc.constantFrom(';\n', ',\n', '\n'))
  .map(([head, tuples, end]) => head + tuples.join(',\n  ') + end);

test('property: SQL columns asked in any order (each detector asks its own values in text order) equal those asked one by one', () => {
  // The tuple walk resumes from a mark before the value instead of walking back to VALUES: the answers must not
  // depend on what was asked before. The oracle: a fresh structure for every offset.
  let columns = 0;
  fc.assert(
    fc.property(fc.array(fc.oneof(statement, piece), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (pieces, picks) => {
      const text = pieces.join('');
      // Mostly where values start (a digit or quote after a comma, space or bracket), some anywhere.
      const starts = [...text.matchAll(/(?<=[(, ])['"0-9]/g)].map((m) => m.index!);
      const offsets = picks.map((p, i) => (i % 4 === 3 || !starts.length ? p % (text.length + 1) : starts[p % starts.length]!));
      const shared = new TextStructure(text, 'sql');
      for (const offset of offsets) {
        const expected = new TextStructure(text, 'sql').fieldNameAt(offset);
        if (expected !== undefined) columns++;
        assert.equal(shared.fieldNameAt(offset), expected, `offset ${offset}`);
      }
    }),
    { seed: 20261123, numRuns: 400 },
  );
  assert.ok(columns > 400, `only ${columns} answers were columns: the texts do not exercise the walk`);
});
