// Privacy guarantee (2): no identifier leaves as text. The project's labelled corpus (test/corpus) is written to a
// temp folder, then scanned (text, JSON, SARIF), redacted (`skjold redact --out`), reported (`skjold report`) and served over LSP with every
// message the server can send provoked: diagnostics, hovers, quick-fix titles, the setting-problem warning (an
// invalid custom pattern) and the contained-crash error (SKJOLD_TEST_FAULT). The server has no log-level setting:
// it logs warnings and errors only, and both paths are exercised here. Everything collected (stdout, stderr,
// output files, window/logMessage, window/showMessage, every notification) is then searched for each planted
// value (its text and its digits) and run through the detector. A failure names the file and the masked value only.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpus } from '../corpus';
import { detect, findingsToRedact, maskValue, type Finding } from '../../server/src/core';
import { guardedEnv, TestLspClient, type PublishedDiagnostics } from '../support/lspClient';

const CLI = path.resolve(__dirname, '../../dist/cli/skjold.js');
const FAULT = 'skjold-privacy-fault-marker';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-privacy-'));
const corpusDir = path.join(root, 'corpus');
after(() => fs.rmSync(root, { recursive: true, force: true }));

const corpus = buildCorpus();
for (const doc of corpus) {
  fs.mkdirSync(path.dirname(path.join(corpusDir, doc.file)), { recursive: true });
  fs.writeFileSync(path.join(corpusDir, doc.file), doc.text);
}

/** Every planted identifier (decoys excluded): where it is, and the strings that would give it away. */
interface Planted { file: string; type: string; value: string; needles: string[] }
const planted: Planted[] = corpus.flatMap((doc) => doc.labels.filter((l) => l.type !== 'neg').map((l) => {
  const value = doc.text.slice(l.start, l.end);
  const digits = value.replace(/\D/g, '');
  // Short words ("Bo") and short digit runs occur in any text; a value of 4+ characters or 6+ digits identifies.
  // Not an address's digits (house number + postal code identify no one, and runs of six or seven digits occur by
  // chance in the hex HMAC fingerprints of a large SARIF file).
  const needles = [value.length >= 4 ? value : '', digits.length >= 6 && digits !== value && l.type !== 'address' ? digits : ''].filter(Boolean);
  return { file: doc.file, type: l.type, value, needles };
}));

/** True when `value` occurs in `text` not as part of a longer run of letters or digits. */
function containsToken(text: string, value: string): boolean {
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + value.length] ?? '')) return true;
  }
  return false;
}

function skjold(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000, env: guardedEnv(), maxBuffer: 256 * 1024 * 1024 });
  assert.ok(!r.stderr.includes('skjold-no-network-guard'), 'the CLI tried to use the network');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Everything that left the tools as text, by where it came from. */
const collected: { source: string; text: string }[] = [];

test('collect: skjold scan in text, JSON and SARIF, to stdout and to files', () => {
  for (const format of ['text', 'json', 'sarif']) {
    const r = skjold(['scan', 'corpus', '--format', format, '--fail-on', 'none']);
    assert.equal(r.code, 0, `scan --format ${format}: exit ${r.code}`);
    assert.ok(r.stdout.length > 1000, `scan --format ${format} printed its findings`);
    collected.push({ source: `scan ${format} stdout`, text: r.stdout }, { source: `scan ${format} stderr`, text: r.stderr });
    fs.writeFileSync(path.join(root, `scan.${format}`), r.stdout);
  }
  // An error message: a missing path.
  const bad = skjold(['scan', 'corpus/no-such-file.txt']);
  assert.equal(bad.code, 2);
  collected.push({ source: 'scan usage error', text: bad.stdout + bad.stderr });
});

test('collect: skjold redact --out (stdout, stderr), and no value the scan found is left in the written files', () => {
  const out = path.join(root, 'redacted');
  const r = skjold(['redact', 'corpus', '--mode', 'mask', '--out', out]);
  assert.ok(r.code === 0 || r.code === 1, `redact: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
  collected.push({ source: 'redact stdout', text: r.stdout }, { source: 'redact stderr', text: r.stderr });
  // The redacted files hold what the detector missed (its recall is not 100 %), and known test data (test-CPR
  // numbers), which redaction leaves by design; every other value the scan found must be gone.
  const scan = JSON.parse(fs.readFileSync(path.join(root, 'scan.json'), 'utf8')) as { files: { path: string; findings: { start: number; end: number; type: string; confidence: number }[] }[] };
  let checked = 0;
  for (const file of scan.files) {
    const original = fs.readFileSync(path.join(root, file.path), 'utf8');
    const written = path.join(out, path.relative('corpus', file.path));
    if (!fs.existsSync(written)) continue;
    const redacted = fs.readFileSync(written, 'utf8');
    for (const f of findingsToRedact(file.findings as unknown as Finding[])) {
      const value = original.slice(f.start, f.end);
      if (value.length < 4) continue;
      checked++;
      // As a whole token: a first name found and masked ("Sven") may still be part of a town left in place ("Svendborg").
      assert.ok(!containsToken(redacted, value), `${file.path}: a ${f.type} the scan found (${maskValue(value)}) is still in the redacted copy`);
    }
  }
  assert.ok(checked > 500, `only ${checked} findings were checked in the redacted copies`);
});

test('collect: skjold report (Markdown and JSON files, stdout, stderr)', () => {
  const md = path.join(root, 'report.md'), json = path.join(root, 'report.json');
  const r = skjold(['report', 'corpus', '--out', md, '--json', json]);
  assert.ok(r.code === 0 || r.code === 1, `report: exit ${r.code}: ${r.stderr.slice(0, 300)}`);
  collected.push({ source: 'report stdout', text: r.stdout }, { source: 'report stderr', text: r.stderr });
  for (const file of [md, json]) {
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.length > 500, `${path.basename(file)} was written`);
    collected.push({ source: path.basename(file), text });
  }
});

test('collect: the server over LSP, with its warning and error paths provoked', { timeout: 180_000 }, async () => {
  const client = new TestLspClient({
    settings: { skjold: { debounceMs: 0, customPatterns: [{ name: 'broken-journal-number', pattern: '(unclosed' }] } },
    env: { SKJOLD_TEST_FAULT: FAULT },
  });
  try {
    await client.initialize();
    const uris: string[] = [];
    corpus.forEach((doc, i) => {
      const uri = `file://${path.join(corpusDir, doc.file)}`;
      // One document makes detection throw: its error diagnostic and log line are collected too.
      client.open(uri, i === 0 ? `${doc.text}\n${FAULT}\n` : doc.text, doc.languageId);
      uris.push(uri);
    });
    for (const uri of uris) await client.diagnostics(uri, 1, 60_000);
    // Hovers and quick-fixes (titles, and the Mask edits; synthetic values are realistic fakes by design and are
    // not collected: one could equal a planted value by chance without anything having leaked).
    for (const uri of uris) {
      const [pub] = client.publications(uri) as PublishedDiagnostics[];
      for (const d of pub!.diagnostics.slice(0, 3)) {
        const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
        collected.push({ source: `hover ${path.basename(uri)}`, text: JSON.stringify(hover) });
      }
      const actions = await client.request<{ title: string; edit?: unknown }[]>('textDocument/codeAction', { textDocument: { uri }, range: pub!.diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: pub!.diagnostics } });
      for (const a of actions ?? []) {
        collected.push({ source: `code action ${path.basename(uri)}`, text: a.title });
        if (/^Mask/.test(a.title)) collected.push({ source: `mask edit ${path.basename(uri)}`, text: JSON.stringify(a.edit) });
      }
    }
    await client.shutdown();
    const logs = client.notifications.filter((n) => n.method.startsWith('window/'));
    assert.ok(logs.some((n) => JSON.stringify(n.params).includes('broken-journal-number')), 'the setting-problem warning was sent');
    assert.ok(client.publications(uris[0]!).some((p) => p.diagnostics.some((d) => /could not|kunne ikke/i.test(d.message))), 'the fault diagnostic was sent');
    for (const n of client.notifications) collected.push({ source: `server ${n.method}`, text: JSON.stringify(n.params) });
    collected.push({ source: 'server stderr', text: client.stderr });
    client.assertNoNetwork();
  } finally {
    await client.shutdown();
  }
});

test('no planted identifier appears in anything collected (text search and detector)', () => {
  assert.ok(collected.length > 1000, `collected only ${collected.length} outputs`);
  assert.ok(planted.length > 1500, `only ${planted.length} planted values`);
  const leaks: string[] = [];
  for (const { source, text } of collected) {
    for (const p of planted) {
      if (p.needles.some((n) => text.includes(n))) leaks.push(`${source}: ${p.type} ${maskValue(p.value)} planted in ${p.file}`);
    }
  }
  // The detector over everything collected: whatever it finds must not be a planted value.
  const values = new Set(planted.flatMap((p) => p.needles));
  for (const { source, text } of collected) {
    for (const f of detect(text)) {
      const found = text.slice(f.start, f.end);
      if (values.has(found) || values.has(found.replace(/\D/g, ''))) leaks.push(`${source}: the detector finds a planted ${f.type} (${maskValue(found)})`);
    }
  }
  assert.deepEqual(leaks.slice(0, 20), [], `${leaks.length} leaks`);
});
