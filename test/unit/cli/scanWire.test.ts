// The compact form of worker results (scanWire.ts): decoding what was encoded gives back the same results —
// the same values, the same keys in the same order (the json format prints the objects as they are).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect } from '../../../server/src/core';
import { countFindings, positionFindings, type WorkResult } from '../../../server/src/cli/scanFiles';
import { decodeResults, encodeResults } from '../../../server/src/cli/scanWire';
import { syntheticCpr } from '../../../server/src/report/syntheticCpr';

const PIECES = [
  `CPR-nr.: ${syntheticCpr(1980, 3, 14).replace(/^(\d{6})/, '$1-')}`, `cpr ${syntheticCpr(1975, 11, 2)}`, 'Patient: Anne Jensen', 'Tlf. 20 30 40 50',
  'e-mail: søren.østergård@example.dk', 'Søren Ærø Ågård', 'navn,cpr\r\nMette Hansen,', '\r', '\n', 'intet', '0101801234', 'IBAN DK50 0040 0440 1162 43', '  ',
];

function resultsFor(texts: string[], key: string | undefined): WorkResult[] {
  return texts.flatMap((text, i): WorkResult[] => {
    const findings = detect(text);
    const positioned = positionFindings(text, findings, key);
    return [
      { kind: 'file', file: { path: `f${i}`, encoding: i % 2 ? 'utf-8' : 'windows-1252', bytes: text.length * 2, findings: positioned } },
      { kind: 'file', file: { path: `g${i}`, encoding: 'utf-8', bytes: i, findings: positioned }, digest: `d${i}` },
      { kind: 'counted', file: countFindings(`c${i}`, 'utf-8', text.length, findings) },
    ];
  });
}

test('decode(encode(results)) equals the results, key order included', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(' ')), { minLength: 1, maxLength: 6 }), fc.boolean(), (texts, withKey) => {
      const results: WorkResult[] = [
        ...resultsFor(texts, withKey ? 'ab'.repeat(32) : undefined),
        { kind: 'skipped', path: 's1', reason: 'binary', detail: undefined },
        { kind: 'skipped', path: 's2', reason: 'too-large', detail: '9 bytes > 4' },
        { kind: 'unchanged', path: 'u1', digest: 'xyz' },
      ];
      const wire = encodeResults(results);
      const back = decodeResults({ nums: new Float64Array(wire.nums), strs: wire.strs }, results.map((r) => (r.kind === 'file' || r.kind === 'counted' ? r.file.path : r.path)));
      assert.deepStrictEqual(back, results);
      assert.equal(JSON.stringify(back), JSON.stringify(results));
    }),
    { seed: 4242, numRuns: 60 },
  );
});

test('repeated strings travel once per batch', () => {
  const text = Array.from({ length: 20 }, () => PIECES[0]).join('\n');
  const results = resultsFor([text], undefined);
  const wire = encodeResults(results);
  const findings = (results[0] as { file: { findings: unknown[] } }).file.findings.length;
  assert.ok(findings >= 20);
  assert.ok(wire.strs.length < 10, `${wire.strs.length} distinct strings for ${findings * 3} findings`);
});
