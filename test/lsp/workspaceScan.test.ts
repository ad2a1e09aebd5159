// The workspace scan over LSP (skjold/scanWorkspace), as the VS Code client drives it: results for closed
// files, exclusion settings per folder, open documents taking precedence, watched-file re-scans, cancellation,
// and the anonymisation report request.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { TestLspClient } from '../support/lspClient';
import { detect } from '../../server/src/core';
import { syntheticCpr } from '../../server/src/report/syntheticCpr';

const A = syntheticCpr(1980, 3, 14);
const B = syntheticCpr(1975, 11, 2);
const dash = (v: string) => `${v.slice(0, 6)}-${v.slice(6)}`;
const CAPS = { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } };

const roots: string[] = [];
const clients: TestLspClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  for (const c of clients) c.assertNoNetwork();
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-ws-'));
  roots.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
const uriOf = (dir: string, rel: string) => URI.file(path.join(dir, rel)).toString();

async function client(settings: Record<string, unknown>): Promise<TestLspClient> {
  const c = new TestLspClient({ settings });
  clients.push(c);
  await c.initialize(undefined, CAPS);
  return c;
}

const lastDiagnostics = (c: TestLspClient, uri: string) => c.publications(uri).at(-1)?.diagnostics;

test('scans a folder: closed files get diagnostics; .gitignore, skjold.exclude and files.exclude honoured; skipped files listed', async () => {
  const dir = folder({
    'notes/journal.txt': `Patient CPR-nr. ${dash(A)}\n`,
    'data/patients.csv': `navn;cpr\nX;${B}\n`,
    'clean.md': '# nothing\n',
    '.gitignore': 'build/\n',
    'build/out.txt': `CPR ${dash(A)}\n`,
    'private/secret.txt': `CPR ${dash(A)}\n`,
    'tmp/cache.txt': `CPR ${dash(A)}\n`,
    'big.log': `CPR ${dash(A)}\n` + 'x'.repeat(3000),
    'img.bin': Buffer.from([0, 1, 2]),
  });
  const c = await client({ skjold: { exclude: ['private/**'], maxFileSize: 1024 / (1024 * 1024) }, files: { exclude: { '**/tmp': true, '**/other': false } } });
  const res: any = await c.request('skjold/scanWorkspace', { folders: [{ uri: URI.file(dir).toString() }] }, 30_000);
  assert.equal(res.cancelled, false);
  assert.equal(res.folders, 1);
  assert.equal(res.findings, 2);
  assert.equal(res.filesWithFindings, 2);
  assert.deepEqual(res.perType, { cpr: 2 });
  assert.deepEqual(res.skipped.map((s: any) => [path.basename(URI.parse(s.uri).fsPath), s.reason]).sort(), [['big.log', 'too-large'], ['img.bin', 'binary']]);

  const journal = await c.diagnostics(uriOf(dir, 'notes/journal.txt'));
  assert.equal(journal.length, 1);
  assert.equal(journal[0]!.code, 'cpr');
  assert.equal(journal[0]!.source, 'skjold');
  assert.deepEqual(journal[0]!.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 27 } });
  assert.ok(!journal[0]!.message.includes(A.slice(0, 6)), 'no value in the message');
  assert.equal((await c.diagnostics(uriOf(dir, 'data/patients.csv'))).length, 1);
  for (const rel of ['build/out.txt', 'private/secret.txt', 'tmp/cache.txt', 'big.log', 'clean.md']) {
    assert.equal(c.publications(uriOf(dir, rel)).length, 0, `${rel} is not published`);
  }
  const progress = c.notifications.filter((n) => n.method === 'skjold/scanProgress').map((n) => n.params as any);
  assert.ok(progress.length >= 1);
  const last = progress.at(-1);
  assert.equal(last.total, 6, 'journal, patients, clean.md, .gitignore, big.log, img.bin');
  assert.equal(last.scanned, 4, 'the over-size log and the binary are skipped while scanning');
  assert.equal(last.skipped, 2);
  assert.equal(last.findings, 2);
});

test('multi-root: each folder with its own exclude settings', async () => {
  const one = folder({ 'a.txt': `CPR ${dash(A)}\n`, 'skip.txt': `CPR ${dash(B)}\n` });
  const two = folder({ 'a.txt': `CPR ${dash(A)}\n`, 'skip.txt': `CPR ${dash(B)}\n` });
  const c = await client({ skjold: { exclude: [] } });
  // The shared test client answers configuration without looking at scopeUri; answer the 'skjold' section per
  // folder here: only the first folder excludes skip.txt.
  const oneUri = URI.file(one).toString();
  const internals = c as unknown as { onMessage(msg: any): void; send(obj: unknown): void };
  const onMessage = internals.onMessage.bind(c);
  internals.onMessage = (msg: any) => {
    if (msg.method === 'workspace/configuration' && msg.id !== undefined) {
      const result = msg.params.items.map((it: { section?: string; scopeUri?: string }) =>
        it.section === 'skjold' ? { exclude: it.scopeUri === oneUri ? ['skip.txt'] : [] } : null);
      internals.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    onMessage(msg);
  };
  const res: any = await c.request('skjold/scanWorkspace', { folders: [{ uri: URI.file(one).toString() }, { uri: URI.file(two).toString() }] }, 30_000);
  assert.equal(res.folders, 2);
  assert.equal(res.findings, 3);
  assert.equal(c.publications(uriOf(one, 'skip.txt')).length, 0);
  assert.equal((await c.diagnostics(uriOf(two, 'skip.txt'))).length, 1);
});

test('an open document keeps its own results; on close the on-disk results come back', async () => {
  const dir = folder({ 'open.txt': `CPR-nr. ${dash(A)}\nCPR-nr. ${dash(B)}\n` });
  const c = await client({ skjold: { debounceMs: 0 } });
  const uri = uriOf(dir, 'open.txt');
  c.open(uri, 'edited in the editor, nothing personal\n', 'plaintext', 1);
  assert.deepEqual(await c.diagnostics(uri, 1), []);
  await c.request('skjold/scanWorkspace', { folders: [{ uri: URI.file(dir).toString() }] }, 30_000);
  assert.ok(c.publications(uri).every((p) => p.version === 1), 'the scan did not overwrite the open document');
  c.notify('textDocument/didClose', { textDocument: { uri } });
  await c.waitFor(() => lastDiagnostics(c, uri)?.length === 2, 'on-disk results after close');
});

test('files changed, created and deleted on disk are re-scanned (watched files, debounced)', async () => {
  const dir = folder({ 'a.txt': 'clean\n', 'gone.txt': `CPR-nr. ${dash(A)}\n`, '.gitignore': 'ignored/\n' });
  const c = await client({ skjold: { exclude: ['excluded/**'] } });
  await c.request('skjold/scanWorkspace', { folders: [{ uri: URI.file(dir).toString() }] }, 30_000);
  assert.ok(c.notifications.some((n) => n.method === 'client/registerCapability'), 'asked to watch files');
  assert.equal((await c.diagnostics(uriOf(dir, 'gone.txt'))).length, 1);

  fs.writeFileSync(path.join(dir, 'a.txt'), `now with CPR-nr. ${dash(B)}\n`);
  fs.mkdirSync(path.join(dir, 'new'));
  fs.writeFileSync(path.join(dir, 'new/b.txt'), `CPR-nr. ${dash(A)}\n`);
  fs.mkdirSync(path.join(dir, 'excluded'));
  fs.writeFileSync(path.join(dir, 'excluded/c.txt'), `CPR-nr. ${dash(A)}\n`);
  fs.mkdirSync(path.join(dir, 'ignored'));
  fs.writeFileSync(path.join(dir, 'ignored/d.txt'), `CPR-nr. ${dash(A)}\n`);
  fs.rmSync(path.join(dir, 'gone.txt'));
  c.notify('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: uriOf(dir, 'a.txt'), type: 2 },
      { uri: uriOf(dir, 'new/b.txt'), type: 1 },
      { uri: uriOf(dir, 'excluded/c.txt'), type: 1 },
      { uri: uriOf(dir, 'ignored/d.txt'), type: 1 },
      { uri: uriOf(dir, '.git/index'), type: 2 },
      { uri: uriOf(dir, 'gone.txt'), type: 3 },
    ],
  });
  await c.waitFor(() => lastDiagnostics(c, uriOf(dir, 'a.txt'))?.length === 1, 'changed file re-scanned');
  await c.waitFor(() => lastDiagnostics(c, uriOf(dir, 'new/b.txt'))?.length === 1, 'created file scanned');
  await c.waitFor(() => lastDiagnostics(c, uriOf(dir, 'gone.txt'))?.length === 0, 'deleted file cleared');
  assert.equal(c.publications(uriOf(dir, 'excluded/c.txt')).length, 0, 'excluded file stays out');
  assert.equal(c.publications(uriOf(dir, 'ignored/d.txt')).length, 0, '.gitignore applies to new files');

  // A folder deleted or moved away arrives as one event: everything under it is cleared; a folder moved in is walked.
  fs.renameSync(path.join(dir, 'new'), path.join(dir, 'moved'));
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, 'new'), type: 3 }, { uri: uriOf(dir, 'moved'), type: 1 }] });
  await c.waitFor(() => lastDiagnostics(c, uriOf(dir, 'new/b.txt'))?.length === 0, 'files under a deleted folder cleared');
  await c.waitFor(() => lastDiagnostics(c, uriOf(dir, 'moved/b.txt'))?.length === 1, 'files under a created folder scanned');

  // Cleaning a file on disk clears its results.
  fs.writeFileSync(path.join(dir, 'a.txt'), 'clean again\n');
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(dir, 'a.txt'), type: 2 }] });
  await c.waitFor(() => lastDiagnostics(c, uriOf(dir, 'a.txt'))?.length === 0, 'cleaned file cleared');
});

test('a scan can be cancelled: it stops early and says so', async () => {
  const files: Record<string, string> = {};
  const body = `Notat\nCPR-nr. ${dash(A)}\n` + 'lorem ipsum dolor sit amet '.repeat(40) + '\n';
  for (let i = 0; i < 3000; i++) files[`d${i % 30}/f${i}.txt`] = body;
  const dir = folder(files);
  const c = await client({});
  const pending = c.request<any>('skjold/scanWorkspace', { folders: [{ uri: URI.file(dir).toString() }] }, 60_000);
  const id = (c as unknown as { nextId: number }).nextId - 1;
  await c.waitFor(() => c.notifications.some((n) => n.method === 'skjold/scanProgress' && (n.params as any).scanned > 0), 'first progress', 30_000);
  c.notify('$/cancelRequest', { id });
  const res = await pending;
  assert.equal(res.cancelled, true);
  assert.ok(res.filesScanned < 3000, `stopped early (${res.filesScanned} of 3000)`);
});

test('skjold/createReport returns the anonymisation report for the workspace, without any identifier', async () => {
  const dir = folder({ 'notes/journal.txt': `Patient CPR-nr. ${dash(A)}\n`, 'data/p.json': `{"cpr": "${B}"}\n` });
  const c = await client({});
  const res: any = await c.request('skjold/createReport', { folders: [{ uri: URI.file(dir).toString(), name: 'proj' }] }, 30_000);
  assert.equal(res.findings, 2);
  assert.equal(res.selfTestPassed, true);
  assert.match(res.markdown, /# Anonymisation report/);
  for (const text of [res.markdown, res.json]) {
    assert.deepEqual(detect(text), [], 'no identifier in the report');
    assert.ok(!text.includes(A) && !text.includes(dash(A)) && !text.includes(B));
  }
  assert.ok(JSON.parse(res.json).checked.files.some((f: any) => f.path === 'notes/journal.txt'));
});

test('the server stays responsive during a large scan: an opened document is checked before the scan ends', async () => {
  const files: Record<string, string> = {};
  const body = `Notat\nCPR-nr. ${dash(B)}\n` + 'lorem ipsum dolor sit amet '.repeat(60) + '\n';
  for (let i = 0; i < 3000; i++) files[`d${i % 30}/f${i}.txt`] = body;
  const dir = folder(files);
  const c = await client({ skjold: { debounceMs: 0 } });
  let scanDone = false;
  const scan = c.request<any>('skjold/scanWorkspace', { folders: [{ uri: URI.file(dir).toString() }] }, 120_000).then((r) => { scanDone = true; return r; });
  await c.waitFor(() => c.notifications.some((n) => n.method === 'skjold/scanProgress' && (n.params as any).scanned > 0), 'scan under way', 30_000);
  c.open('file:///typing.txt', `CPR-nr. ${dash(A)}\n`);
  const diags = await c.diagnostics('file:///typing.txt', 1, 30_000);
  const doneWhenAnswered = scanDone;
  assert.equal(diags.length, 1);
  const res = await scan;
  assert.equal(res.filesScanned, 3000);
  assert.equal(doneWhenAnswered, false, 'the open document was answered while the scan was still running');
});
