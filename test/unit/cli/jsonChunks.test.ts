// The piecewise JSON writer (for scans too large for one string) gives exactly JSON.stringify(value, null, 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonChunks, writeChunks } from '../../../server/src/cli/formats/jsonChunks';

const same = (v: unknown) => assert.equal([...jsonChunks(v)].join(''), JSON.stringify(v, null, 2));

test('equals JSON.stringify(v, null, 2) for any JSON value', () => {
  fc.assert(fc.property(fc.jsonValue(), (v) => same(v)), { seed: 9, numRuns: 300 });
});

test('equals it for long arrays nested in objects (the split path), empty ones and undefined members', () => {
  const finding = (i: number) => ({ type: 'cpr', line: i, masked: 'XXXXXX-XXXX', rules: ['mod11', 'cue'], gone: undefined });
  same({ files: [{ path: 'a', findings: Array.from({ length: 500 }, (_, i) => finding(i)) }, { path: 'b', findings: [] }], skipped: [], x: {} });
  same([Array.from({ length: 100 }, (_, i) => (i % 7 ? i : undefined)), [], {}, 'ø']);
});

test('writeChunks hands everything over in batches', () => {
  const out: string[] = [];
  const pieces = Array.from({ length: 5000 }, (_, i) => `${i}`.padStart(400, '.'));
  writeChunks(pieces, (s) => out.push(s));
  assert.equal(out.join(''), pieces.join(''));
  assert.ok(out.length > 1 && out.length < pieces.length);
});
