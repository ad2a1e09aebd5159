import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { detect } from '../../server/src/core';
import { syntheticCpr } from '../../server/src/report/syntheticCpr';
import { dash, skjold, tempFolder, removeTemp } from './cliHelpers';

const repoRoot = path.resolve(__dirname, '../..');
const A = syntheticCpr(1980, 3, 14);
const B = syntheticCpr(1962, 1, 1, { valid: false }); // a no-modulus-11 date
const C = syntheticCpr(2011, 12, 24);
/** A made-up address on a reserved-for-examples style domain; masked in the report like any other value. */
const EMAIL = ['test', 'person'].join('.') + '@example.dk';
const fixture = tempFolder({
  'notes/journal.txt': `Patient CPR-nr.: ${dash(A)}\nPårørende: ${dash(B)}\n`,
  'data/patients.csv': `navn;personnummer\nX;${C}\n`,
  'data/patients.json': `[{"cpr": "${A}"}]\n`,
  [`scans/${A}.txt`]: 'file named after a person\n',
  'contacts/list.txt': `E-mail: ${EMAIL}\nKontakt: ${EMAIL.replace('@', '.kopi@')}\n`,
  'blob.bin': Buffer.from([0, 1, 2, 3]),
  'big.log': 'y'.repeat(4096),
});
const outDir = path.dirname(fixture);
after(() => removeTemp(fixture));

function assertNoIdentifier(text: string, what: string): void {
  const found = detect(text, { languageId: what.endsWith('.json') ? 'json' : 'markdown' });
  assert.deepEqual(found.map((f) => `${f.type} at ${f.start}`), [], `${what} holds no identifier`);
  for (const v of [A, B, C]) assert.ok(!text.includes(v) && !text.includes(dash(v)), `${what} holds no raw test value`);
  assert.ok(!text.includes(EMAIL) && !text.includes('example.dk'), `${what} holds no raw e-mail address`);
}

function makeReport(args: string[], cwd: string, name: string) {
  const md = path.join(outDir, `${name}.md`);
  const json = path.join(outDir, `${name}.json`);
  const r = skjold(['report', ...args, '--out', md, '--json', json], cwd);
  return { r, md: fs.readFileSync(md, 'utf8'), json: fs.readFileSync(json, 'utf8') };
}

test('report on a fixture: what was checked, how, self-test, found, left; no identifier anywhere', () => {
  const { r, md, json } = makeReport(['.', '--max-file-size', '2K', '--exclude', 'nothing-matches'], fixture, 'fixture');
  assert.equal(r.code, 1, r.stderr); // findings are left
  assertNoIdentifier(md, 'report.md');
  assertNoIdentifier(json, 'report.json');
  const rep = JSON.parse(json);
  // What was checked: every text file with size and the SHA-256 of the whole file.
  const journal = rep.checked.files.find((f: { path: string }) => f.path === 'notes/journal.txt');
  const bytes = fs.readFileSync(path.join(fixture, 'notes/journal.txt'));
  assert.equal(journal.sha256, crypto.createHash('sha256').update(bytes).digest('hex'));
  assert.equal(journal.bytes, bytes.length);
  assert.deepEqual(rep.checked.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]).sort(), [['big.log', 'too-large'], ['blob.bin', 'binary']]);
  assert.ok(rep.checked.files.some((f: { path: string }) => f.path === 'scans/••••••••••.txt'), 'a path holding an identifier is masked');
  assert.equal(rep.settings.maxFileSize, 2048);
  assert.deepEqual(rep.settings.exclude, ['nothing-matches']);
  // How: CPR rules with the no-modulus-11 source, the self-test per rule.
  assert.match(rep.method.cpr.noMod11.source, /CPR-kontoret/);
  assert.ok(rep.selfTest.passed);
  assert.ok(new Set(rep.selfTest.cases.map((c: { rule: string }) => c.rule)).size >= 6);
  // Found and left: counts per type, masked values only.
  const cpr = rep.found.perType.find((t: { type: string }) => t.type === 'cpr');
  assert.equal(cpr.findings, 4);
  assert.equal(cpr.files, 3);
  assert.equal(rep.remaining.filter((x: { type: string }) => x.type === 'cpr').length, 4);
  for (const x of rep.remaining) assert.doesNotMatch(x.masked, /[\p{L}\p{N}]/u, 'masked values hold no letter or digit');
  assert.ok(rep.remaining.some((x: { type: string }) => x.type === 'email'), 'the e-mail addresses are listed (masked)');
  for (const heading of ['## 1. What was checked', '## 2. How it was checked', '### Detector self-test at report time', '## 3. What was found and what was done', '## 4. What is left']) {
    assert.ok(md.includes(heading), heading);
  }
  assert.match(md, /Personnumre uden kontrolciffer/);
  assert.match(md, /\| `cpr\.mod11` \| .* \| pass \|/);
});

test('report on the examples folder holds no identifier', () => {
  const examples = path.join(repoRoot, 'examples');
  // examples/ is the project's demo folder; until it exists, the fixture above stands in for it.
  const target = fs.existsSync(examples) ? examples : fixture;
  const { r, md, json } = makeReport([target], repoRoot, 'examples');
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  assertNoIdentifier(md, 'report.md');
  assertNoIdentifier(json, 'report.json');
  const rep = JSON.parse(json);
  assert.ok(rep.checked.files.length > 0);
  assert.equal(rep.found.total, rep.remaining.length);
});

test('report usage errors exit 2', () => {
  assert.equal(skjold(['report', '.'], fixture).code, 2, 'no --out/--json');
  assert.equal(skjold(['report', '--out', 'x.md'], fixture).code, 2, 'no paths');
});

test('report measures the k-anonymity of table files (column names and counts only)', () => {
  const rows = ['fødselsår;køn;postnr;diagnose'];
  for (let i = 0; i < 12; i++) rows.push(`1980;K;8000;DJ45`);
  rows.push('1931;M;9990;DC509');
  const dir = tempFolder({ 'export/udtraek.csv': rows.join('\n') + '\n' });
  try {
    const { md, json } = makeReport([dir], dir, 'kanon-report');
    assert.match(md, /## k-anonymity of tables/);
    const entry = JSON.parse(json).kAnonymity.find((e: any) => e.path.endsWith('udtraek.csv'));
    assert.ok(entry, 'the table is measured');
    assert.equal(entry.summary.kAchieved, 1, 'the single 1931 row is unique');
    assert.equal(entry.summary.rowsBelowK, 1);
    assert.ok(!md.includes('1931') && !md.includes('9990'), 'no values in the report');
  } finally {
    removeTemp(dir);
  }
});
