// The scan engine on worker threads: the same results, in the same stable order, as a scan in one thread;
// binary, too-large and .gitignore'd files skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardedEnv } from '../support/lspClient';
import { allowlistEntry, withAllowlistEntry } from '../../server/src/core';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const RAW = '070761-4285';

const KEY = 'e'.repeat(64);

function run(dir: string, workers: string, format = 'json') {
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', format, '--fail-on', 'none', '--max-file-size', '4000'], {
    cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...guardedEnv(), SKJOLD_SCAN_WORKERS: workers, SKJOLD_KEY_FILE: path.join(dir, '..', `${path.basename(dir)}.key`) },
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('worker threads give the same report, in the same order, as one thread', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-pool-'));
  // 600 files over nested folders (enough for the pool), every fifth with a CPR number, some binary or too large.
  let planted = 0;
  for (let i = 0; i < 600; i++) {
    const sub = path.join(dir, `d${i % 7}`, `e${i % 3}`);
    fs.mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `f${i}.txt`);
    if (i % 50 === 7) fs.writeFileSync(file, Buffer.from([0x43, 0, 0x50, 0x52]));
    else if (i % 97 === 3) fs.writeFileSync(file, 'x'.repeat(5000));
    else if (i % 5 === 0) { fs.writeFileSync(file, `Notat ${i}\nCPR-nr.: ${RAW}\n`); planted++; }
    else fs.writeFileSync(file, `Notat ${i} uden numre.\n`);
  }
  fs.mkdirSync(path.join(dir, 'build'));
  fs.writeFileSync(path.join(dir, 'build', 'x.txt'), `CPR ${RAW}\n`);
  fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
  // One nested folder allows the value: the workers must find its allowlist although the walk (another thread)
  // told them which folders have none.
  fs.writeFileSync(path.join(dir, '..', `${path.basename(dir)}.key`), KEY + '\n');
  fs.mkdirSync(path.join(dir, 'd3', 'e1', '.skjold'));
  fs.writeFileSync(path.join(dir, 'd3', 'e1', '.skjold', 'allow'), withAllowlistEntry(undefined, allowlistEntry(KEY, 'cpr', RAW)));
  const allowed = Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 7 === 3 && i % 3 === 1 && i % 5 === 0 && i % 50 !== 7 && i % 97 !== 3).length;

  const single = run(dir, '0');
  const pooled = run(dir, '2');
  assert.equal(pooled, single);
  JSON.parse(pooled);
  const text = run(dir, '2', 'text');
  assert.equal(text, run(dir, '0', 'text'));
  assert.ok(!text.includes(RAW), 'values are masked');
  assert.ok(!text.includes('build/x.txt'), 'ignored folder not scanned');
  assert.match(text, /binary/);
  assert.match(text, /too-large/);
  assert.ok(planted > 100);
  fs.rmSync(path.join(dir, '..', `${path.basename(dir)}.key`));
  assert.ok(allowed > 5);
  assert.equal((text.match(/: warning cpr /g) ?? []).length, planted - allowed, 'every planted CPR once, but those allowed in d3/e1');
  assert.ok(!/d3\/e1\/f\d+\.txt:\d+:\d+: warning cpr/.test(text), 'the nested allowlist applies in the workers');
});
