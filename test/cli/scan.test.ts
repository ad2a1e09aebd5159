// `skjold scan` as CI and pre-commit hooks run it: exit codes, formats, masking, .gitignore, binary files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardedEnv } from '../support/lspClient';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const RAW = '070761-4285';

function skjold(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: guardedEnv() });
  assert.ok(!r.stderr.includes('skjold-no-network-guard'), 'the CLI tried to use the network');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-cli-'));
  fs.writeFileSync(path.join(dir, 'note.txt'), `Pt. CPR-nr. ${RAW} indlagt.\n`);
  fs.writeFileSync(path.join(dir, 'clean.txt'), 'Ordrenr. 0707614285\n');
  fs.writeFileSync(path.join(dir, 'weak.txt'), 'CPR oplyst som 070761-4286\n');
  fs.mkdirSync(path.join(dir, 'build'));
  fs.writeFileSync(path.join(dir, 'build', 'ignored.txt'), `CPR ${RAW}\n`);
  fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
  fs.writeFileSync(path.join(dir, 'image.bin'), Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`CPR ${RAW}`)]));
  return dir;
}

test('text output: masked value, position, exit 1 on a warning', () => {
  const dir = fixture();
  const r = skjold(['scan', '.'], dir);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^note\.txt:1:13: warning cpr XXXXXX-XXXX/m);
  assert.ok(!r.stdout.includes(RAW) && !r.stdout.includes('0707614285'), 'no raw value in the output');
  assert.ok(!r.stdout.includes('ignored.txt'), '.gitignore is honoured');
  assert.match(r.stdout, /image\.bin: skipped \(binary\)/);
});

test('--fail-on: information counts the weak form, none never fails', () => {
  const dir = fixture();
  fs.rmSync(path.join(dir, 'note.txt'));
  assert.equal(skjold(['scan', '.'], dir).code, 0, 'only an Information finding left');
  assert.equal(skjold(['scan', '.', '--fail-on', 'information'], dir).code, 1);
  fs.writeFileSync(path.join(dir, 'note.txt'), `CPR ${RAW}`);
  assert.equal(skjold(['scan', '.', '--fail-on=none'], dir).code, 0);
});

test('a clean folder exits 0', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-clean-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Dato: 07.07.1961, ordrenr. 0707614285');
  const r = skjold(['scan', dir], dir);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /0 findings/);
});

test('json output lists findings with masked values only', () => {
  const dir = fixture();
  const r = skjold(['scan', '.', '--format', 'json'], dir);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  const note = out.files.find((f: any) => f.path === 'note.txt');
  assert.equal(note.findings.length, 1);
  assert.equal(note.findings[0].type, 'cpr');
  assert.equal(note.findings[0].masked, 'XXXXXX-XXXX');
  assert.deepEqual([note.findings[0].line, note.findings[0].column], [1, 13]);
  assert.ok(out.skipped.some((s: any) => s.path === 'image.bin' && s.reason === 'binary'));
  assert.ok(!r.stdout.includes(RAW));
});

test('sarif output is SARIF 2.1.0 with a rule per type and regions', () => {
  const dir = fixture();
  const r = skjold(['scan', '.', '--format', 'sarif'], dir);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  // One rule per type the detectors report (scanOptions/sarif tests check the rest).
  assert.ok(run.tool.driver.rules.map((x: any) => x.id).includes('cpr'));
  const res = run.results.find((x: any) => x.locations[0].physicalLocation.artifactLocation.uri === 'note.txt');
  assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 1, startColumn: 13, endLine: 1, endColumn: 24 });
  assert.ok(!r.stdout.includes(RAW));
});

test('usage errors exit 2 with a clear message', () => {
  const dir = fixture();
  for (const args of [['scan'], ['scan', '.', '--format', 'xml'], ['scan', '.', '--bogus'], ['frobnicate'], ['scan', '.', '--max-file-size', '-3']]) {
    const r = skjold(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^skjold: /);
  }
});

test('a missing path is a usage error, so a typo cannot pass CI silently', () => {
  const dir = fixture();
  const r = skjold(['scan', 'nope.txt'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no such file or folder: nope\.txt/);
});

test('--max-file-size skips larger files with the reason', () => {
  const dir = fixture();
  const r = skjold(['scan', 'note.txt', '--max-file-size', '10'], dir);
  assert.match(r.stdout, /note\.txt: skipped \(too-large/);
  assert.equal(r.code, 0);
});

test('Windows-1252 files are read (legacy Danish exports)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-1252-'));
  fs.writeFileSync(path.join(dir, 'export.txt'), Buffer.from(`P\xe6tient s\xf8n CPR ${RAW}\n`, 'latin1'));
  const r = skjold(['scan', '.', '--format', 'json'], dir);
  const f = JSON.parse(r.stdout).files[0];
  assert.equal(f.encoding, 'windows-1252');
  assert.equal(f.findings.length, 1);
});

test('line and column are right for CR, CRLF and astral characters', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-eol-'));
  fs.writeFileSync(path.join(dir, 'cr.txt'), `a\rb\r\n🙂 CPR ${RAW}\r`);
  const f = JSON.parse(skjold(['scan', '.', '--format', 'json'], dir).stdout).files[0].findings[0];
  assert.deepEqual([f.line, f.column, f.endColumn], [3, 8, 19]);
});

test('a number split over a line break prints on one line, masked', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-split-'));
  fs.writeFileSync(path.join(dir, 'scan.txt'), 'Pt. oplyser CPR 070761-\n4285 ved indlæggelsen.\n');
  const r = skjold(['scan', '.'], dir);
  assert.match(r.stdout, /^scan\.txt:1:17: \w+ cpr XXXXXX- XXXX /m);
  assert.ok(!r.stdout.includes('4285'));
});
