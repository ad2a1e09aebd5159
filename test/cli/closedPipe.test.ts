// A reader that stops early (`skjold scan . | head -1`): the CLI ends quietly with 141 (128 + SIGPIPE), no stack
// trace, no hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { guardedEnv } from '../support/lspClient';
import { removeTemp, SKJOLD_JS, tempFolder } from './cliHelpers';

test('scan into a pipe the reader closes after the first line ends with 141 and nothing on stderr', async () => {
  const files: Record<string, string> = {};
  // Enough output to fill the pipe many times over (text format, one line per finding).
  for (let i = 0; i < 400; i++) files[`note-${i}.txt`] = 'Patient CPR-nr. 070761-4285 indlagt.\n'.repeat(50);
  const dir = tempFolder(files);
  try {
    const child = spawn(process.execPath, [SKJOLD_JS, 'scan', '.'], { cwd: dir, env: guardedEnv({ SKJOLD_KEY_FILE: path.join(dir, '..', 'k.key') }) });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy(); // the reader is gone
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(null); }, 30_000);
      child.on('exit', (c) => { clearTimeout(timer); resolve(c); });
    });
    assert.equal(code, 141, 'exit code 128 + SIGPIPE (null: it hung and was killed)');
    assert.equal(stderr, '', 'no stack trace or message');
  } finally {
    removeTemp(dir);
  }
});
