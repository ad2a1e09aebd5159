// Hostile input through `skjold scan`: a 50 MB single-line file, NUL bytes and binary content, a million digits,
// JSON nested 10,000 levels, a file with very many findings (a million with `npm run test:hostile`). Each gets
// correct results or a clear, specific message. Output goes to files, never through the test's memory whole.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardedEnv } from '../support/lspClient';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const CPR = '070761-4285';
const FINDINGS = process.env.SKJOLD_HOSTILE_FULL === '1' ? 1_000_000 : 200_000;

/** Runs the CLI with stdout to a file; returns the exit code, stderr and that file's path. */
function skjold(args: string[], cwd: string, timeout = 120_000) {
  const outFile = path.join(OUT_DIR, `out-${outputs++}`);
  const fd = fs.openSync(outFile, 'w');
  try {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout, env: guardedEnv(), stdio: ['ignore', fd, 'pipe'] });
    assert.ok(!r.stderr.includes('skjold-no-network-guard'), 'the CLI tried to use the network');
    return { code: r.status, stderr: r.stderr, outFile };
  } finally {
    fs.closeSync(fd);
  }
}

const OUT_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-hostile-out-'));
let outputs = 0;
after(() => fs.rmSync(OUT_DIR, { recursive: true, force: true }));
/**
 * Counts findings in a JSON output: parsed whole when it fits in a string; a million findings' JSON (~500 MB) does
 * not, so then it is checked to start and end as JSON and `key` (one per finding) is counted in the bytes.
 */
function countInLargeJson(file: string, count: (v: any) => number, key: string): number {
  const size = fs.statSync(file).size;
  if (size < 256 * 1024 * 1024) return count(json(file));
  const buf = fs.readFileSync(file);
  assert.equal(buf.subarray(0, 1).toString(), '{');
  assert.equal(buf.subarray(buf.length - 2).toString(), '}\n');
  const needle = Buffer.from(key);
  let n = 0;
  for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + needle.length)) n++;
  return n;
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-hostile-'));
const json = (outFile: string) => JSON.parse(fs.readFileSync(outFile, 'utf8'));

test('a 50 MB single-line file: every finding, with exact columns', { timeout: 180_000 }, () => {
  const dir = tempDir();
  const unit = `Patient CPR ${CPR} indlagt med feber og hoste. ${'lorem ipsum dolor sit amet '.repeat(200)}`;
  const text = unit.repeat(Math.ceil(50_000_000 / unit.length)).slice(0, 50_000_000);
  fs.writeFileSync(path.join(dir, 'line.txt'), text);
  const r = skjold(['scan', 'line.txt', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  const findings = json(r.outFile).files[0].findings as { line: number; column: number; endColumn: number }[];
  const expected: number[] = [];
  for (let at = text.indexOf(CPR); at >= 0; at = text.indexOf(CPR, at + 1)) expected.push(at + 1);
  assert.deepEqual(findings.map((f) => f.column), expected);
  assert.ok(findings.every((f) => f.line === 1 && f.endColumn - f.column === CPR.length));
  fs.rmSync(dir, { recursive: true });
});

test('NUL bytes: binary in the first 8 KB is skipped with the reason; a NUL further on is read as text', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'blob.dat'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), Buffer.from(` CPR ${CPR} `)]));
  fs.writeFileSync(path.join(dir, 'late-nul.txt'), `${'ord '.repeat(3000)}\u0000 CPR ${CPR}\n`);
  const r = skjold(['scan', '.', '--format', 'json'], dir);
  const out = json(r.outFile);
  assert.deepEqual(out.skipped, [{ path: 'blob.dat', reason: 'binary' }]);
  assert.deepEqual(out.files.map((f: { path: string; findings: unknown[] }) => [f.path, f.findings.length]), [['late-nul.txt', 1]]);
  const text = skjold(['scan', '.'], dir);
  assert.match(fs.readFileSync(text.outFile, 'utf8'), /^blob\.dat: skipped \(binary\)$/m);
});

test('a file of a million digits: no findings, exit 0', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'digits.txt'), '7'.repeat(1_000_000));
  const r = skjold(['scan', 'digits.txt', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(json(r.outFile).files[0].findings, []);
});

test('JSON nested 10,000 levels: the CPR inside is found at its exact place', () => {
  const dir = tempDir();
  const text = '['.repeat(10_000) + `{"cpr": "${CPR}"}` + ']'.repeat(10_000);
  fs.writeFileSync(path.join(dir, 'deep.json'), text);
  const r = skjold(['scan', 'deep.json', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  const f = json(r.outFile).files[0].findings;
  assert.deepEqual(f.map((x: { type: string; column: number }) => [x.type, x.column]), [['cpr', text.indexOf(CPR) + 1]]);
});

test(`a file with ${FINDINGS} findings: all reported in text, JSON and SARIF`, { timeout: 600_000 }, () => {
  const dir = tempDir();
  // A long path, as real exports have: SARIF repeats it in every result, so a million results in one string would
  // exceed V8's string limit; SARIF writes a file's results in pieces of 1,000 (200 pieces at CI size).
  const file = 'exported-from-the-patient-journal/many-findings.txt';
  fs.mkdirSync(path.join(dir, path.dirname(file)));
  fs.writeFileSync(path.join(dir, file), `CPR ${CPR}\n`.repeat(FINDINGS));
  const text = skjold(['scan', file], dir, 300_000);
  assert.equal(text.code, 1, text.stderr);
  const size = fs.statSync(text.outFile).size;
  const fd = fs.openSync(text.outFile, 'r');
  const tail = Buffer.alloc(200);
  fs.readSync(fd, tail, 0, 200, Math.max(0, size - 200));
  fs.closeSync(fd);
  assert.match(tail.toString('utf8'), new RegExp(`${FINDINGS} findings \\(cpr ${FINDINGS}\\) in 1 of 1 file scanned`));
  fs.rmSync(text.outFile);
  const j = skjold(['scan', file, '--format', 'json'], dir, 300_000);
  assert.equal(j.code, 1, j.stderr);
  assert.equal(j.stderr, '');
  assert.equal(countInLargeJson(j.outFile, (v) => v.files[0].findings.length, '"masked":'), FINDINGS);
  fs.rmSync(j.outFile);
  const s = skjold(['scan', file, '--format', 'sarif'], dir, 300_000);
  assert.equal(s.code, 1, s.stderr);
  assert.equal(s.stderr, '');
  assert.equal(countInLargeJson(s.outFile, (v) => v.runs[0].results.length, '"ruleId":'), FINDINGS);
  fs.rmSync(dir, { recursive: true });
});
