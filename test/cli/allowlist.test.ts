// `skjold scan` honours the nearest `.skjold/allow` (entries keyed with the user key, as the editor writes them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allowlistEntry, withAllowlistEntry } from '../../server/src/core';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const KEY = 'c'.repeat(64);

test('an allowlisted value is not reported in any spelling, in a subfolder too; other values are; another key matches nothing', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-cli-allow-'));
  try {
    const keyFile = path.join(dir, '..', `${path.basename(dir)}.key`);
    fs.writeFileSync(keyFile, KEY + '\n');
    fs.mkdirSync(path.join(dir, '.skjold'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, '.skjold', 'allow'), withAllowlistEntry(undefined, allowlistEntry(KEY, 'cpr', '070761-4285')));
    fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), 'CPR-nr. 0707614285\nCPR-nr. 010180-1234\n');
    const scan = (cwd: string, key: string) => {
      const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json'], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, SKJOLD_KEY_FILE: key } });
      return (JSON.parse(r.stdout) as { files: { findings: { masked: string; line: number }[] }[] }).files.flatMap((f) => f.findings);
    };
    assert.deepEqual(scan(dir, keyFile).map((f) => f.line), [2], 'only the other number');
    assert.deepEqual(scan(path.join(dir, 'sub'), keyFile).map((f) => f.line), [2], 'scanning a subfolder finds the allowlist above it');
    const otherKey = path.join(dir, '..', `${path.basename(dir)}.other.key`);
    fs.writeFileSync(otherKey, 'd'.repeat(64) + '\n');
    assert.equal(scan(dir, otherKey).length, 2);
    fs.rmSync(otherKey);
    fs.rmSync(keyFile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
