import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileCustomPatterns, detect, checksums } from '../../../server/src/core';

test('a custom pattern reports its matches with its name', () => {
  const { patterns, problems } = compileCustomPatterns([{ name: 'Journal-id', pattern: 'J-\\d{6}' }]);
  assert.deepEqual(problems, []);
  const f = detect('Se J-123456 og J-654321.', { customPatterns: patterns }).filter((x) => x.type === 'custom');
  assert.deepEqual(f.map((x) => [x.start, x.end, x.name]), [[3, 11, 'Journal-id'], [15, 23, 'Journal-id']]);
});

test('validators: luhn, mod11, mod97 keep only numbers that pass', () => {
  const { patterns } = compileCustomPatterns([
    { name: 'card', pattern: '\\b\\d{16}\\b', validator: 'luhn' },
    { name: 'cvr', pattern: '\\b\\d{8}\\b', validator: 'mod11' },
    { name: 'iban', pattern: '\\bDK\\d{16}\\b', validator: 'mod97' },
  ]);
  const text = '4111111111111111 4111111111111112 DK5000400440116243 DK5000400440116244';
  // Only the custom type: the built-in card and IBAN detectors would otherwise win the overlaps.
  const names = detect(text, { customPatterns: patterns, types: new Set(['custom']) }).filter((x) => x.type === 'custom').map((x) => x.name);
  assert.deepEqual(names, ['card', 'iban']);
  assert.equal(checksums.passesChecksum('mod11', '10150817'), true, 'a valid CVR (weights 2,7,6,5,4,3,2,1)');
});

test('a hostile pattern like (a+)+$ runs in linear time instead of hanging', () => {
  const { patterns, problems } = compileCustomPatterns([{ name: 'evil', pattern: '(a+)+$' }]);
  assert.deepEqual(problems, []);
  // 200,000 a's then a b: a backtracking engine would never finish; RE2 answers at once.
  const text = 'a'.repeat(200_000) + 'b';
  const f = detect(text, { customPatterns: patterns });
  assert.equal(f.filter((x) => x.type === 'custom').length, 0);
});

test('invalid and unsupported patterns are reported by name; the others keep working', () => {
  const { patterns, problems } = compileCustomPatterns([
    { name: 'broken', pattern: '(a' },
    { name: 'backref', pattern: '(a)\\1' },
    { name: 'lookbehind', pattern: '(?<=x)y' },
    { name: 'empty', pattern: 'a*' },
    { name: 'bad validator', pattern: 'x', validator: 'sha1' },
    { pattern: 'nameless(' },
    { name: 'ok', pattern: 'OK\\d' },
  ]);
  assert.deepEqual(problems.map((p) => p.name), ['broken', 'backref', 'lookbehind', 'empty', 'bad validator', '#6']);
  assert.match(problems[0]!.message, /invalid regular expression/);
  assert.deepEqual(patterns.map((p) => p.name), ['ok']);
  assert.equal(compileCustomPatterns('not a list').problems.length, 1);
});
