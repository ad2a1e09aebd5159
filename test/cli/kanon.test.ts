// `skjold kanon` as a data manager runs it: JSON output shape, exit codes, streaming over CSV/TSV/JSON,
// a generalised copy written to a new file only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { guardedEnv } from '../support/lspClient';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');

function skjold(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, 'kanon', ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: guardedEnv() });
  assert.ok(!r.stderr.includes('skjold-no-network-guard'), 'the CLI tried to use the network');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Classes over (alder, postnr): 30/2100 ×5, 41/8000 ×2, 77/9990 ×1.
const ROWS = [['30', '2100'], ['41', '8000'], ['30', '2100'], ['30', '2100'], ['77', '9990'], ['30', '2100'], ['41', '8000'], ['30', '2100']];
function dir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-kanon-cli-'));
  fs.writeFileSync(path.join(d, 'p.csv'), ['id,alder,postnr,diagnose', ...ROWS.map(([a, p], i) => `${i + 1},${a},${p},"DC50${i}"`)].join('\r\n') + '\r\n');
  fs.writeFileSync(path.join(d, 'p.tsv'), ['id\talder\tpostnr', ...ROWS.map(([a, p], i) => `${i + 1}\t${a}\t${p}`)].join('\n'));
  fs.writeFileSync(path.join(d, 'p.json'), JSON.stringify(ROWS.map(([a, p], i) => ({ id: i + 1, alder: Number(a), postnr: p }))));
  return d;
}

test('JSON output: flagged rows as {row, reason} (1-based data rows), the summary, exit 1 below k', () => {
  const d = dir();
  const r = skjold(['p.csv', '--qi', 'alder,postnr', '--k', '5', '--format', 'json'], d);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.flagged.map((f: { row: number }) => f.row), [2, 5, 7]);
  for (const f of out.flagged) {
    assert.equal(typeof f.reason, 'string');
    assert.match(f.reason, /'alder' and 'postnr' together are shared by/);
    assert.ok(!/8000|9990|\b41\b|\b77\b/.test(f.reason), 'no values in reasons');
  }
  assert.deepEqual(out.flagged.map((f: { classSize: number }) => f.classSize), [2, 1, 2]);
  assert.equal(out.summary.kAchieved, 1);
  assert.equal(out.summary.kRequired, 5);
  assert.equal(out.summary.rowsBelowK, 3);
  assert.deepEqual(out.summary.quasiIdentifiers, ['alder', 'postnr']);
  assert.ok(!r.stdout.includes('9990') && !r.stdout.includes('DC50'), 'no values anywhere in the output');
});

test('exit 0 when k is reached; TSV and JSON arrays give the same rows', () => {
  const d = dir();
  assert.equal(skjold(['p.csv', '--qi', 'alder,postnr', '--k', '1'], d).code, 0);
  for (const f of ['p.tsv', 'p.json']) {
    const r = skjold([f, '--qi', 'alder,postnr', '--k', '2', '--format', 'json'], d);
    assert.equal(r.code, 1, `${f}: ${r.stderr}`);
    assert.deepEqual(JSON.parse(r.stdout).flagged.map((x: { row: number }) => x.row), [5], f);
  }
});

test('text output names the rows and the summary', () => {
  const r = skjold(['p.csv', '--qi', 'alder,postnr', '--sensitive', 'diagnose'], dir());
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^p\.csv: row 5: Rare combination: 'alder' and 'postnr' together are shared by this row alone \(k = 5 required\)/m);
  assert.match(r.stdout, /^p\.csv: k = 1 \(5 required\) over alder, postnr; 8 rows in 3 classes, 3 rows below k$/m);
  assert.match(r.stdout, /^p\.csv: l-diversity of diagnose: l = 1 \(1 class where every row has the same value\)$/m);
});

test('usage errors exit 2 with nothing on stdout: unknown column, bad k, no file, not a table', () => {
  const d = dir();
  fs.writeFileSync(path.join(d, 'one.csv'), 'only\n1\n');
  fs.writeFileSync(path.join(d, 'noheader.csv'), '070761-4285;2100\n0101801234;8000\n');
  for (const args of [['noheader.csv'], ['p.csv', '--qi', 'nope'], ['p.csv', '--k', '0'], ['missing.csv'], [], ['one.csv'], ['p.csv', '--generalise', 'alder=decade']]) {
    const r = skjold([...args, '--format', 'json'], d);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.equal(r.stdout, '', args.join(' '));
    assert.ok(!r.stderr.includes('4285') && !r.stderr.includes('0101801234'), 'no value in the error');
  }
});

test('--generalise, --suppress and --out write a new file with the reported k; an existing file is refused', () => {
  const d = dir();
  const r = skjold(['p.csv', '--qi', 'alder,postnr', '--k', '3', '--generalise', 'alder=band10,postnr=region', '--suppress', '--out', 'anon.csv', '--format', 'json'], d);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout).summary;
  assert.deepEqual(s.columnsGeneralised, [{ column: 'alder', to: '10-year bands' }, { column: 'postnr', to: 'region' }]);
  assert.equal(s.rowsSuppressed, 3, '40-49/Region Midtjylland (2 rows) and 70-79/Region Nordjylland (1 row) stay below 3');
  assert.equal(s.kAchieved, 5);
  const copy = fs.readFileSync(path.join(d, 'anon.csv'), 'utf8');
  assert.equal(copy.split('\r\n')[0], 'id,alder,postnr,diagnose');
  assert.equal(copy.trim().split('\r\n').length, 1 + 5);
  assert.ok(copy.includes('30-39,Region Hovedstaden') && !copy.includes('9990') && !copy.includes('8000'));
  assert.ok(fs.readFileSync(path.join(d, 'p.csv'), 'utf8').includes('9990'), 'the original is untouched');
  const again = skjold(['p.csv', '--qi', 'alder,postnr', '--out', 'anon.csv'], d);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists/);
});

test('a directive in the file chooses the quasi-identifiers and k; Windows-1252 files are read', () => {
  const d = dir();
  const text = '# skjold-kanon: qi=køn k=2\nkøn;by\nM;Århus\nK;Ålborg\nM;Ærø\n';
  fs.writeFileSync(path.join(d, 'latin.csv'), Buffer.from(text, 'latin1'));
  const r = skjold(['latin.csv', '--format', 'json'], d);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.summary.quasiIdentifiers, ['køn']);
  assert.deepEqual(out.flagged.map((f: { row: number }) => f.row), [2]);
});

test('a file of several 1 MB chunks (multi-byte letters across chunk borders) gives exactly the expected rows', () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-kanon-big-'));
  const CLASSES = 997, ROWS = 60_000;
  // Row i is in class i % 997 over (kommune, køn) (the sex follows the class): 60 or 61 rows each.
  // Three rows far apart stand alone.
  const alone = new Set([7, 31_337, 59_990]);
  const lines = ['løbenr;kommune;køn;note'];
  for (let i = 0; i < ROWS; i++) {
    const kommune = alone.has(i + 1) ? `Ø-${i}` : `Kommune-${i % CLASSES}-æøå`;
    lines.push(`${i + 1};${kommune};${(i % CLASSES) % 2 ? 'M' : 'K'};"bemærkning; ${'ø'.repeat(i % 13)}"`);
  }
  fs.writeFileSync(path.join(d, 'big.csv'), lines.join('\n') + '\n');
  assert.ok(fs.statSync(path.join(d, 'big.csv')).size > 3 * (1 << 20));
  const r = skjold(['big.csv', '--qi', 'kommune,køn', '--k', '59', '--format', 'json'], d);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.flagged.map((f: { row: number }) => f.row), [...alone]);
  assert.equal(out.summary.kAchieved, 1);
  assert.equal(out.summary.classes, CLASSES + alone.size);
  assert.equal(out.summary.rows, ROWS);
});
