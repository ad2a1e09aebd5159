import { test } from 'node:test';
import assert from 'node:assert/strict';
import { syntheticCpr } from '../../server/src/report/syntheticCpr';
import { dash, folderMaker, skjold, jsonLines, git, writeFiles } from './cliHelpers';

const A = syntheticCpr(1980, 3, 14);
const B = syntheticCpr(1975, 11, 2);
const C = syntheticCpr(2004, 7, 9);
const folder = folderMaker();

/** No raw value, in any layout, in any output. */
function assertNoRaw(out: string, ...values: string[]): void {
  for (const v of values) {
    assert.ok(!out.includes(v), 'raw value (plain) leaked into output');
    assert.ok(!out.includes(dash(v)), 'raw value (dashed) leaked into output');
  }
}

test('exit codes: 0 when clean, 1 on findings, 2 on usage errors', () => {
  const clean = folder({ 'a.txt': 'nothing personal here\n' });
  assert.equal(skjold(['scan', '.'], clean).code, 0);
  const dirty = folder({ 'a.txt': `CPR-nr.: ${dash(A)}\n` });
  const r = skjold(['scan', '.'], dirty);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /a\.txt:1:10: warning cpr XXXXXX-XXXX/);
  assertNoRaw(r.stdout + r.stderr, A);
  assert.equal(skjold(['scan', '.', '--fail-on', 'none'], dirty).code, 0);
  assert.equal(skjold(['scan', '.', '--bogus'], dirty).code, 2);
  assert.equal(skjold(['scan'], dirty).code, 2);
  assert.equal(skjold(['scan', '.', '--format', 'xml'], dirty).code, 2);
  assert.equal(skjold(['scan', '.', '--max-file-size', '-3'], dirty).code, 2);
  assert.equal(skjold(['scan', '--staged'], dirty).code, 2, '--staged outside a git repository is a usage error');
});

test('--exclude prunes files by name at any depth and folders by path', () => {
  const dir = folder({
    'keep.txt': `CPR: ${dash(A)}\n`,
    'data/export.csv': `cpr\n${A}\n`,
    'deep/er/export.csv': `cpr\n${B}\n`,
    'secret/notes.md': `CPR ${dash(C)}\n`,
  });
  const all = jsonLines(skjold(['scan', '.', '--format', 'jsonl'], dir).stdout);
  assert.equal(all.filter((l) => l.kind === 'file').length, 4);
  const r = skjold(['scan', '.', '--format', 'jsonl', '--exclude', '*.csv', '--exclude=secret/**'], dir);
  const files = jsonLines(r.stdout).filter((l) => l.kind === 'file').map((l) => l.path);
  assert.deepEqual(files, ['keep.txt']);
});

test('--max-file-size skips larger files and says why; binary files are skipped too', () => {
  const dir = folder({ 'big.txt': `CPR: ${dash(A)}\n` + 'x'.repeat(5000), 'small.txt': `CPR: ${dash(B)}\n`, 'blob.bin': Buffer.from([1, 2, 0, 3]) });
  const lines = jsonLines(skjold(['scan', '.', '--format', 'jsonl', '--max-file-size', '1K'], dir).stdout);
  const skipped = lines.filter((l) => l.kind === 'skipped');
  assert.deepEqual(skipped.map((s) => [s.path, s.reason]).sort(), [['big.txt', 'too-large'], ['blob.bin', 'binary']]);
  const summary = lines.at(-1);
  assert.equal(summary.kind, 'summary');
  assert.equal(summary.filesScanned, 1);
  assert.equal(summary.findings, 1);
});

test('json output is one valid document; jsonl has one line per file in walk order; values masked', () => {
  const dir = folder({ 'a.txt': `CPR: ${dash(A)}\n`, 'b/c.json': `{"cpr": "${B}"}\n`, 'd.txt': 'clean\n' });
  const json = skjold(['scan', '.', '--format', 'json'], dir);
  assert.equal(json.code, 1);
  const doc = JSON.parse(json.stdout);
  assert.equal(doc.summary.findings, 2);
  assert.deepEqual(doc.files.map((f: { path: string }) => f.path), ['a.txt', 'b/c.json', 'd.txt']);
  assert.equal(doc.files[1].findings[0].masked, 'XXXXXXXXXX');
  const jl = skjold(['scan', '.', '--format', 'jsonl'], dir);
  assert.deepEqual(jsonLines(jl.stdout).map((l) => l.kind), ['tool', 'file', 'file', 'file', 'summary']);
  assertNoRaw(json.stdout + jl.stdout, A, B);
});

test('--staged scans the index, not the working tree', () => {
  const dir = folder({ 'tracked.txt': 'nothing yet\n' });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'init');
  // Staged: an identifier; then the working copy is cleaned without staging the fix.
  writeFiles(dir, { 'tracked.txt': `CPR-nr. ${dash(A)}\n`, 'new.txt': `CPR-nr. ${dash(B)}\n`, 'unstaged.txt': `CPR-nr. ${dash(C)}\n` });
  git(dir, 'add', 'tracked.txt', 'new.txt');
  writeFiles(dir, { 'tracked.txt': 'cleaned in the working tree only\n' });
  const r = skjold(['scan', '--staged', '--format', 'jsonl'], dir);
  assert.equal(r.code, 1, r.stderr);
  const files = jsonLines(r.stdout).filter((l) => l.kind === 'file');
  assert.deepEqual(files.map((f) => [f.path, f.findings.length]).sort(), [['new.txt', 1], ['tracked.txt', 1]]);
  assertNoRaw(r.stdout, A, B, C);
  // Once the clean version is staged, the commit would be clean.
  git(dir, 'add', 'tracked.txt');
  git(dir, 'rm', '-q', '--cached', 'new.txt');
  assert.equal(skjold(['scan', '--staged'], dir).code, 0);
});

test('--diff reports only findings on lines changed since the revision', () => {
  const dir = folder({ 'notes.txt': `old line with CPR-nr. ${dash(A)}\nsecond\n`, 'other.txt': `CPR-nr. ${dash(C)}\n` });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'legacy data');
  writeFiles(dir, { 'notes.txt': `old line with CPR-nr. ${dash(A)}\nsecond\nnew line with CPR-nr. ${dash(B)}\n` });
  const r = skjold(['scan', '--diff', 'HEAD', '--format', 'jsonl'], dir);
  assert.equal(r.code, 1, r.stderr);
  const files = jsonLines(r.stdout).filter((l) => l.kind === 'file');
  assert.equal(files.length, 1, 'unchanged files are not scanned');
  assert.deepEqual(files[0].findings.map((f: { line: number }) => f.line), [3]);
  // Staged against HEAD: nothing staged yet, so nothing to report.
  assert.equal(skjold(['scan', '--staged', '--diff', 'HEAD'], dir).code, 0);
  git(dir, 'add', 'notes.txt');
  const staged = jsonLines(skjold(['scan', '--staged', '--diff', 'HEAD', '--format', 'jsonl'], dir).stdout).filter((l) => l.kind === 'file');
  assert.deepEqual(staged[0].findings.map((f: { line: number }) => f.line), [3]);
  assert.equal(skjold(['scan', '--diff', 'no-such-revision'], dir).code, 2);
});

test('--shard k/n: the shards are disjoint and together cover every file', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`d${i % 4}/f${i}.txt`] = i % 5 === 0 ? `CPR-nr. ${dash(A)}\n` : 'clean\n';
  const dir = folder(files);
  const seen: string[] = [];
  let findings = 0;
  for (let k = 1; k <= 3; k++) {
    const lines = jsonLines(skjold(['scan', '.', '--format', 'jsonl', '--shard', `${k}/3`], dir).stdout);
    const mine = lines.filter((l) => l.kind === 'file').map((l) => l.path);
    assert.ok(mine.length > 0 && mine.length < 40, `shard ${k} has a share (${mine.length})`);
    seen.push(...mine);
    findings += lines.at(-1).findings;
  }
  assert.equal(seen.length, 40);
  assert.equal(new Set(seen).size, 40);
  assert.equal(findings, 8);
  assert.equal(skjold(['scan', '.', '--shard', '4/3'], dir).code, 2);
  assert.equal(skjold(['scan', '--staged', '--shard', '1/2'], dir).code, 2);
});

test('output streams: the first file line arrives while the scan is still running', async () => {
  const { spawn } = await import('node:child_process');
  const { SKJOLD_JS } = await import('./cliHelpers');
  const files: Record<string, string> = {};
  const body = `CPR-nr. ${dash(A)}\n` + 'lorem ipsum dolor sit amet '.repeat(200) + '\n';
  for (let i = 0; i < 2000; i++) files[`d${i % 20}/f${String(i).padStart(4, '0')}.txt`] = body;
  const dir = folder(files);
  const child = spawn(process.execPath, [SKJOLD_JS, 'scan', '.', '--format', 'jsonl'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let exited = false;
  const exit = new Promise<number>((resolve) => child.on('exit', (code) => { exited = true; resolve(code ?? -1); }));
  let out = '';
  const runningAtFirstFile = await new Promise<boolean>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      const before = out;
      out += d.toString();
      if (!before.includes('"kind":"file"') && out.includes('"kind":"file"')) resolve(!exited);
    });
  });
  assert.equal(await exit, 1);
  assert.equal(runningAtFirstFile, true, 'a file result was written before the scan ended');
  assert.equal(jsonLines(out).filter((l) => l.kind === 'file').length, 2000);
});
