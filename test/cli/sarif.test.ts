// `skjold scan --format sarif` against the SARIF 2.1.0 JSON schema (the schema as shipped in Microsoft's
// @microsoft/jest-sarif package, MIT; draft-04, so validated with ajv-draft-04 + ajv-formats).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { syntheticCpr } from '../../server/src/report/syntheticCpr';
import { skjold, tempFolder, removeTemp } from './cliHelpers';
import { sarifFormat, RESULTS_PER_PIECE } from '../../server/src/cli/formats/sarif';
import { renderReport } from '../../server/src/cli/formats/format';
import type { FileReport, PositionedFinding } from '../../server/src/cli/scanFiles';

const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is not valid under the u flag;
addFormats(ajv);
const validate = ajv.compile(schema);

const A = syntheticCpr(1980, 3, 14);
const B = syntheticCpr(1991, 8, 30);
const dir = tempFolder({
  'notes/journal.txt': `Patient CPR-nr. ${A.slice(0, 6)}-${A.slice(6)} indlagt.\nIgen: CPR ${A}\n`,
  'data/patients.csv': `navn,cpr\nX,${B}\n`,
  'image.bin': Buffer.from([0, 1, 2]),
  'clean.md': '# nothing\n',
});
after(() => removeTemp(dir));

function sarif(env: NodeJS.ProcessEnv = {}) {
  const r = skjold(['scan', '.', '--format', 'sarif'], dir, env);
  assert.equal(r.code, 1, r.stderr);
  return { raw: r.stdout, log: JSON.parse(r.stdout) };
}

test('the schema really rejects broken SARIF (the validator is live)', () => {
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
});

test('SARIF output validates against the SARIF 2.1.0 schema', () => {
  const { log } = sarif();
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
});

test('one rule per identifier type with help text; results with regions point into the rules', () => {
  const { log } = sarif();
  const run = log.runs[0];
  const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  assert.ok(ids.includes('cpr'));
  for (const rule of run.tool.driver.rules) assert.ok(rule.help.text.length > 40 && rule.help.markdown, `help for ${rule.id}`);
  assert.equal(run.results.length, 3);
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    const region = r.locations[0].physicalLocation.region;
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endColumn > region.startColumn);
  }
  const journal = run.results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'notes/journal.txt');
  assert.deepEqual(journal.map((r: any) => r.locations[0].physicalLocation.region.startLine), [1, 2]);
  assert.deepEqual(run.invocations[0].toolExecutionNotifications.map((n: any) => n.locations[0].physicalLocation.artifactLocation.uri), ['image.bin']);
});

test('partialFingerprints: keyed HMACs, never the value; stable under one key, different under another', () => {
  const first = sarif();
  for (const v of [A, B]) {
    assert.ok(!first.raw.includes(v), 'raw value in SARIF');
    assert.ok(!first.raw.includes(`${v.slice(0, 6)}-${v.slice(6)}`), 'raw value in SARIF');
  }
  const fps = first.log.runs[0].results.map((r: any) => r.partialFingerprints['skjoldValueHmac/v1']);
  for (const fp of fps) assert.match(fp, /^[0-9a-f]{64}:\d+$/);
  // The same number twice in one file (once with a dash): same hash, occurrences 1 and 2.
  const journal = first.log.runs[0].results
    .filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'notes/journal.txt')
    .map((r: any) => r.partialFingerprints['skjoldValueHmac/v1']);
  assert.equal(journal.length, 2);
  assert.equal(journal[0].split(':')[0], journal[1].split(':')[0]);
  assert.deepEqual(journal.map((f: string) => f.split(':')[1]), ['1', '2']);
  assert.deepEqual(sarif().log.runs[0].results.map((r: any) => r.partialFingerprints['skjoldValueHmac/v1']), fps, 'stable across runs');
  const otherKey = path.join(path.dirname(dir), 'other.key');
  fs.writeFileSync(otherKey, 'ab'.repeat(32) + '\n');
  const other = sarif({ SKJOLD_KEY_FILE: otherKey }).log.runs[0].results.map((r: any) => r.partialFingerprints['skjoldValueHmac/v1']);
  assert.notDeepEqual(other, fps);
});

/** An in-memory file report with `n` CPR findings on lines 1..n (masked values only, as the scanner makes them). */
function fileWith(pathName: string, n: number): FileReport {
  const findings: PositionedFinding[] = Array.from({ length: n }, (_, i) => ({
    type: 'cpr', line: i + 1, column: 5, endLine: i + 1, endColumn: 16, start: 0, end: 11, confidence: 0.99, level: 'warning',
    masked: 'XXXXXX-XXXX', message: 'CPR number', rules: [], fingerprint: `${'ab'.repeat(32)}:${i + 1}`,
  }));
  return { path: pathName, encoding: 'utf8', bytes: 16 * n, findings };
}

test('a file\'s results are written in pieces of RESULTS_PER_PIECE; the text is the same whatever the piece size, and valid SARIF', () => {
  const report = { files: [fileWith('a.txt', 7), fileWith('empty.txt', 0), fileWith('b.txt', 2 * RESULTS_PER_PIECE + 1)], skipped: [{ path: 'x.bin', reason: 'binary' as const }] };
  const whole = renderReport(sarifFormat('1.0.0'), report);
  for (const size of [1, 3, 7, 1000]) assert.equal(renderReport(sarifFormat('1.0.0', { resultsPerPiece: size }), report), whole, `piece size ${size}`);
  const log = JSON.parse(whole) as { runs: { results: unknown[] }[] };
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(log.runs[0].results.length, 7 + 2 * RESULTS_PER_PIECE + 1);
  // The pieces themselves: never more than the piece size of results each, as many as needed, none empty.
  const format = sarifFormat('1.0.0', { resultsPerPiece: 3 });
  format.begin();
  const pieces = [...format.filePieces!(report.files[0]!)];
  assert.deepEqual(pieces.map((p) => p.split('"ruleId"').length - 1), [3, 3, 1]);
  assert.deepEqual([...format.filePieces!(report.files[1]!)], []);
  const big = [...sarifFormat('1.0.0').filePieces!(report.files[2]!)];
  assert.equal(big.length, 3);
});
