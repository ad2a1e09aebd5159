// `skjold scan --format count`: one `path:count` line per file with findings (like `rg -c`), the count being
// the number of lines the text format lists for that file; skipped files and the text format's summary line
// on stderr; the same exit codes; the same result on worker threads as in one thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntheticCpr } from '../../server/src/report/syntheticCpr';
import { dash, folderMaker, skjold, git } from './cliHelpers';

const CPRS = [syntheticCpr(1980, 3, 14), syntheticCpr(1975, 11, 2), syntheticCpr(2004, 7, 9)];
const folder = folderMaker();

/** path:count per file from the text format's finding lines, in their order. */
function countsFromText(text: string): string {
  const lines = text.split('\n').filter((l) => /:\d+:\d+: (warning|information) /.test(l));
  const out: [string, number][] = [];
  for (const l of lines) {
    const p = l.replace(/:\d+:\d+: (warning|information) .*$/, '');
    if (out.length && out[out.length - 1]![0] === p) out[out.length - 1]![1]++;
    else out.push([p, 1]);
  }
  return out.map(([p, n]) => `${p}:${n}\n`).join('');
}

function mixedFiles(n: number): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < n; i++) {
    const d = `d${i % 5}/e${i % 3}`;
    if (i % 41 === 7) files[`${d}/f${i}.bin`] = Buffer.from([0x43, 0, 0x50, 0x52]);
    else if (i % 4 === 0) files[`${d}/f${i}.txt`] = `Notat ${i}\nPatient: Anne Jensen, CPR-nr.: ${dash(CPRS[i % 3]!)}\nTlf. 20 30 40 ${10 + (i % 80)}\n`;
    else if (i % 4 === 1) files[`${d}/f${i}.csv`] = `navn,cpr\nMette Hansen,${CPRS[(i + 1) % 3]}\n`;
    else files[`${d}/f${i}.txt`] = `Notat ${i} uden personoplysninger.\n`;
  }
  return files;
}

test('per-file counts equal the text format\'s lines per file; summary and skips on stderr', () => {
  const dir = folder(mixedFiles(60));
  const text = skjold(['scan', '.', '--fail-on', 'none'], dir);
  const count = skjold(['scan', '.', '--fail-on', 'none', '--format', 'count'], dir);
  assert.equal(count.code, 0, count.stderr);
  assert.ok(count.stdout.length > 0);
  assert.equal(count.stdout, countsFromText(text.stdout));
  assert.match(count.stdout, /^(\S+:\d+\n)+$/, 'stdout holds path:count lines only');
  const textLines = text.stdout.trimEnd().split('\n');
  const summary = textLines[textLines.length - 1]!;
  assert.match(summary, /findings? .* in \d+ of \d+ files? scanned, \d+ skipped/);
  const errLines = count.stderr.trimEnd().split('\n');
  assert.equal(errLines[errLines.length - 1], summary, 'the text format\'s summary line, on stderr');
  const skippedText = textLines.filter((l) => l.endsWith('skipped (binary)'));
  assert.ok(skippedText.length > 0);
  assert.deepEqual(errLines.slice(0, -1), skippedText, 'skipped files on stderr, as the text format words them');
  for (const v of CPRS) assert.ok(!count.stdout.includes(v) && !count.stderr.includes(v) && !count.stdout.includes(dash(v)));
});

test('exit codes follow --fail-on as in the text format', () => {
  const clean = folder({ 'a.txt': 'nothing personal here\n' });
  const r0 = skjold(['scan', '.', '--format', 'count'], clean);
  assert.equal(r0.code, 0);
  assert.equal(r0.stdout, '', 'no line for a file without findings');
  const dirty = folder({ 'a.txt': `CPR-nr.: ${dash(CPRS[0]!)}\n` });
  assert.equal(skjold(['scan', '.', '--format', 'count'], dirty).code, 1);
  assert.equal(skjold(['scan', '.', '--format', 'count', '--fail-on', 'none'], dirty).code, 0);
  for (const dir of [clean, dirty]) {
    for (const failOn of ['warning', 'information', 'none']) {
      assert.equal(skjold(['scan', '.', '--format', 'count', '--fail-on', failOn], dir).code, skjold(['scan', '.', '--fail-on', failOn], dir).code, `--fail-on ${failOn}`);
    }
  }
});

test('worker threads give the same counts as one thread (enough files for the pool)', () => {
  const dir = folder(mixedFiles(520));
  const one = skjold(['scan', '.', '--fail-on', 'none', '--format', 'count'], dir, { SKJOLD_SCAN_WORKERS: '0' });
  const pooled = skjold(['scan', '.', '--fail-on', 'none', '--format', 'count'], dir, { SKJOLD_SCAN_WORKERS: '2' });
  assert.equal(pooled.stdout, one.stdout);
  assert.equal(pooled.stderr, one.stderr);
  const text = skjold(['scan', '.', '--fail-on', 'none'], dir, { SKJOLD_SCAN_WORKERS: '2' });
  assert.equal(pooled.stdout, countsFromText(text.stdout));
  assert.ok(pooled.stdout.split('\n').length > 250);
});

test('--format count with --shard: the shards\' lines together are the whole scan\'s', () => {
  const dir = folder(mixedFiles(80));
  const whole = skjold(['scan', '.', '--fail-on', 'none', '--format', 'count'], dir).stdout.split('\n').filter(Boolean).sort();
  const parts = [1, 2, 3].flatMap((k) => skjold(['scan', '.', '--fail-on', 'none', '--format', 'count', '--shard', `${k}/3`], dir).stdout.split('\n').filter(Boolean)).sort();
  assert.deepEqual(parts, whole);
});

test('--format count does not combine with --staged or --diff', () => {
  const dir = folder({ 'a.txt': 'x\n' });
  git(dir, 'init', '-q');
  const r = skjold(['scan', '--staged', '--format', 'count'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format count/);
});
