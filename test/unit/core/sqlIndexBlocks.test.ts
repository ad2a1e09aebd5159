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
