// `skjold redact`: modes, --out and --in-place, atomic writes, untouched binaries, exit codes, the user key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isTestCprNumber } from '../../server/src/core';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const RAW = '070761-4285';

function skjold(args: string[], cwd: string, keyFile = path.join(cwd, '..', `${path.basename(cwd)}.key`)) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, SKJOLD_KEY_FILE: keyFile } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-redact-'));
  fs.mkdirSync(path.join(dir, 'src', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src', 'note.txt'), `Pt. CPR-nr. ${RAW} indlagt.\nCPR oplyst som 070761-4286\n`);
  fs.writeFileSync(path.join(dir, 'src', 'sub', 'data.json'), `{"cpr": "0707614285", "other": 1}\n`);
  fs.writeFileSync(path.join(dir, 'src', 'clean.txt'), 'Intet her.\n');
  fs.writeFileSync(path.join(dir, 'src', 'latin1.txt'), Buffer.from('Pårørende, CPR-nr. 070761-4285\n', 'latin1'));
  fs.writeFileSync(path.join(dir, 'src', 'image.bin'), Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`CPR ${RAW}`)]));
  return dir;
}

test('--mode mask --out: a redacted copy, values gone, binary reported and not copied, exit 0', () => {
  const dir = fixture();
  const r = skjold(['redact', 'src', '--mode', 'mask', '--out', 'out'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'note.txt'), 'utf8'), 'Pt. CPR-nr. XXXXXX-XXXX indlagt.\nCPR oplyst som XXXXXX-XXXX\n');
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'sub', 'data.json'), 'utf8'), '{"cpr": "XXXXXXXXXX", "other": 1}\n');
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'clean.txt'), 'utf8'), 'Intet her.\n', 'clean files are copied');
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'latin1.txt'), 'latin1'), 'Pårørende, CPR-nr. XXXXXX-XXXX\n', 'Windows-1252 stays Windows-1252');
  assert.ok(!fs.existsSync(path.join(dir, 'out', 'image.bin')), 'a file that cannot be checked is not copied');
  assert.match(r.stdout, /image\.bin: skipped \(binary\), left untouched/);
  assert.ok(fs.readFileSync(path.join(dir, 'src', 'note.txt'), 'utf8').includes(RAW), 'the input is untouched');
  assert.ok(!r.stdout.includes(RAW) && !r.stdout.includes('0707614285'), 'no value in the output');
  assert.match(r.stdout, /4 identifiers masked \(CPR number: 4\); 4 files written, 1 skipped, 0 findings left\./);
  assert.equal(fs.readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp')).length, 0, 'no temporary files left');
});

test('--mode synthetic --in-place: deterministic with the user key, test-number form, the scan is clean', () => {
  const dir = fixture();
  const r = skjold(['redact', 'src', '--mode', 'synthetic', '--in-place'], dir);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const note = fs.readFileSync(path.join(dir, 'src', 'note.txt'), 'utf8');
  const json = fs.readFileSync(path.join(dir, 'src', 'sub', 'data.json'), 'utf8');
  const first = /CPR-nr\. (\d{6}-\d{4}) indlagt/.exec(note)![1]!;
  assert.ok(isTestCprNumber(first.replace('-', '')));
  assert.equal(/"cpr": "(\d{10})"/.exec(json)![1], first.replace('-', ''), 'the same person in two files stays the same');
  assert.equal(fs.readFileSync(path.join(dir, 'src', 'image.bin')).subarray(4).toString(), `CPR ${RAW}`, 'binary untouched');
  assert.equal(skjold(['scan', 'src'], dir).code, 0, 'the scan finds nothing left');
  // The same key gives the same values in another copy; another key other values.
  const again = fixture();
  fs.copyFileSync(path.join(dir, '..', `${path.basename(dir)}.key`), path.join(again, '..', `${path.basename(again)}.key`));
  skjold(['redact', 'src', '--mode', 'synthetic', '--in-place'], again);
  assert.equal(fs.readFileSync(path.join(again, 'src', 'note.txt'), 'utf8'), note);
  const other = fixture();
  skjold(['redact', 'src', '--mode', 'synthetic', '--in-place'], other);
  assert.notEqual(fs.readFileSync(path.join(other, 'src', 'note.txt'), 'utf8'), note);
});

test('exit 1 when findings remain: a file that cannot be written keeps its finding and is reported', () => {
  const dir = fixture();
  // The target path is taken by a folder: the rename fails, whoever runs the test.
  fs.mkdirSync(path.join(dir, 'out', 'note.txt'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'out', 'note.txt', 'keep'), 'x');
  const r = skjold(['redact', 'src', '--mode', 'mask', '--out', 'out'], dir);
  assert.equal(r.code, 1, r.stdout);
  assert.match(r.stdout, /src\/note\.txt: not written \(E[A-Z]+\), left untouched/);
  assert.match(r.stdout, /2 findings left\./);
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'sub', 'data.json'), 'utf8'), '{"cpr": "XXXXXXXXXX", "other": 1}\n', 'the other files are still written');
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp')), [], 'the temporary file is removed');
});

test('usage errors: mode and exactly one of --out and --in-place are required', () => {
  const dir = fixture();
  assert.equal(skjold(['redact', 'src', '--in-place'], dir).code, 2);
  assert.equal(skjold(['redact', 'src', '--mode', 'shred', '--in-place'], dir).code, 2);
  assert.equal(skjold(['redact', 'src', '--mode', 'mask'], dir).code, 2);
  assert.equal(skjold(['redact', 'src', '--mode', 'mask', '--in-place', '--out', 'x'], dir).code, 2);
  assert.equal(skjold(['redact', 'nowhere', '--mode', 'mask', '--in-place'], dir).code, 2);
});

test('a synthetic address is not reported again by skjold scan with the same user key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-redact-addr-'));
  fs.writeFileSync(path.join(dir, 'note.txt'), 'CPR-nr. 070761-4285, bor Nørregade 12, 2. th., 8000 Aarhus C.\n');
  assert.equal(skjold(['scan', '.'], dir).code, 1);
  const r = skjold(['redact', '.', '--mode', 'synthetic', '--in-place'], dir);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /2 identifiers replaced with synthetic values/);
  assert.equal(skjold(['scan', '.'], dir).code, 0, 'no warning is left');
  // Without the key the synthetic address looks like anyone's: another user's scan reports it.
  assert.equal(skjold(['scan', '.'], dir, path.join(dir, '..', 'another.key')).code, 1);
});
