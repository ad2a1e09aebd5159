// A workspace redaction killed midway (`skjold redact --in-place`, SIGKILL while it runs) leaves every file either
// fully old or fully new: each file is written to a temporary file and renamed over the original (atomicWrite.ts).
// The fully-new form of each file comes from `redact --out` over the same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardedEnv } from '../support/lspClient';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const FILES = 300;

function note(i: number): string {
  const lines: string[] = [];
  for (let l = 0; l < 600; l++) lines.push(`Notat ${i}.${l}: pt. med CPR 070761-4285 og tlf. 20 30 40 50 set i ambulatoriet.`);
  return lines.join('\n') + '\n';
}

test('SIGKILL during redact --in-place: every file is its original or its fully redacted form', { timeout: 300_000 }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-interrupt-'));
  const work = path.join(root, 'work');
  fs.mkdirSync(work);
  const names = Array.from({ length: FILES }, (_, i) => `note-${String(i).padStart(3, '0')}.txt`);
  const original = new Map(names.map((n, i) => [n, note(i)]));
  for (const [n, text] of original) fs.writeFileSync(path.join(work, n), text);

  const out = spawnSync(process.execPath, [CLI, 'redact', 'work', '--mode', 'mask', '--out', path.join(root, 'expected')], { cwd: root, encoding: 'utf8', timeout: 240_000, env: guardedEnv() });
  assert.equal(out.status, 0, out.stderr);
  const redacted = new Map(names.map((n) => [n, fs.readFileSync(path.join(root, 'expected', n), 'utf8')]));
  for (const n of names) assert.notEqual(redacted.get(n), original.get(n), `${n} has something to redact`);

  const child = spawn(process.execPath, [CLI, 'redact', 'work', '--mode', 'mask', '--in-place'], { cwd: root, env: guardedEnv(), stdio: 'ignore', detached: true });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  // Kill as soon as the first file has been replaced: the run is then under way, most files still to do.
  const first = path.join(work, names[0]!);
  let killed = false;
  while (child.exitCode === null && child.signalCode === null) {
    if (fs.readFileSync(first, 'utf8') !== original.get(names[0]!)) {
      process.kill(-child.pid!, 'SIGKILL');
      killed = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const signal = await exited;
  assert.ok(killed && signal === 'SIGKILL', 'the redaction finished before it could be interrupted: make the files larger');

  let done = 0, untouched = 0;
  for (const n of names) {
    const now = fs.readFileSync(path.join(work, n), 'utf8');
    if (now === redacted.get(n)) done++;
    else if (now === original.get(n)) untouched++;
    else assert.fail(`${n} is neither its original nor its redacted form after the interruption`);
  }
  assert.ok(done >= 1 && untouched >= 1, `interrupted midway: ${done} redacted, ${untouched} untouched`);
  // A temporary file of the write in flight may remain; it never replaces a note, and it is named as Skjold's.
  const strays = fs.readdirSync(work).filter((f) => !original.has(f));
  assert.ok(strays.every((f) => /^\.note-\d{3}\.txt\.skjold-\d+-[0-9a-f]{8}\.tmp$/.test(f)), `unexpected files: ${strays.join(', ')}`);
  fs.rmSync(root, { recursive: true, force: true });
});
