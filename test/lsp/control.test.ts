// Precise silencing over LSP: the "Ignore this line" directive fix.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestLspClient, offsetAt, type Range } from '../support/lspClient';

const clients: TestLspClient[] = [];
const start = (opts?: ConstructorParameters<typeof TestLspClient>[0]) => { const c = new TestLspClient(opts ?? { settings: { skjold: { debounceMs: 0 } } }); clients.push(c); return c; };
after(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  for (const c of clients) c.assertNoNetwork();
});

interface Action { title: string; isPreferred?: boolean; command?: { command: string; arguments?: unknown[] }; edit?: { documentChanges: { textDocument: { uri: string; version: number }; edits: { range: Range; newText: string }[] }[] } }

function apply(text: string, edits: { range: Range; newText: string }[]): string {
  const es = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of es) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}

test('"Ignore this line" inserts an indented directive in the language\'s comment syntax, and the finding goes', async () => {
  const c = start();
  await c.initialize();
  const uri = 'file:///patient.py';
  const text = 'def f():\n    cpr = "070761-4285"  # CPR-nr.\n    return cpr\n';
  c.open(uri, text, 'python');
  const [d] = await c.diagnostics(uri, 1);
  assert.ok(d);
  const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
  const ignore = actions.find((a) => a.title === 'Ignore this line (skjold-disable-next-line cpr)');
  assert.ok(ignore, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(ignore.isPreferred, false);
  assert.equal(actions.find((a) => a.isPreferred)?.title, 'Mask CPR number', 'Mask stays preferred');
  const change = ignore.edit!.documentChanges[0]!;
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  const fixed = apply(text, change.edits);
  assert.equal(fixed, 'def f():\n    # skjold-disable-next-line cpr\n    cpr = "070761-4285"  # CPR-nr.\n    return cpr\n');
  c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  assert.deepEqual(await c.diagnostics(uri, 2), []);
});

test('no directive fix in plain text or JSON (no comment syntax), Mask still offered', async () => {
  const c = start();
  await c.initialize();
  for (const [uri, lang, text] of [['file:///n.txt', 'plaintext', 'CPR-nr. 070761-4285\n'], ['file:///n.json', 'json', '{"cpr": "070761-4285"}\n']] as const) {
    c.open(uri, text, lang);
    const [d] = await c.diagnostics(uri, 1);
    assert.ok(d, lang);
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    assert.ok(actions.some((a) => a.title === 'Mask CPR number'), lang);
    assert.ok(!actions.some((a) => /^Ignore this line/.test(a.title)), lang);
  }
});

test('"Ignore this value" writes a keyed entry to .skjold/allow and silences the value in every open file; an external edit of the file re-checks', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-allow-'));
  try {
    const c = start();
    await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { redactionKey: 'k'.repeat(64) } });
    c.notify('initialized', {});
    const a = pathToFileURL(path.join(dir, 'a.txt')).href, b = pathToFileURL(path.join(dir, 'b.md')).href;
    c.open(a, 'Testperson CPR-nr. 070761-4285\nAnden: CPR-nr. 010180-1234\n');
    c.open(b, '# Fixture\n\nCPR-nr. 0707614285\n', 'markdown');
    const [da] = await c.diagnostics(a, 1);
    assert.equal((await c.diagnostics(a, 1)).length, 2);
    assert.equal((await c.diagnostics(b, 1)).length, 1);
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: a }, range: da!.range, context: { diagnostics: [da], only: ['quickfix'] } });
    const ignore = actions.find((x) => x.title === 'Ignore this value in the workspace (.skjold/allow)');
    assert.ok(ignore?.command, JSON.stringify(actions.map((x) => x.title)));
    assert.ok(!JSON.stringify(ignore.command).includes('4285'), 'the value does not travel in the command');
    const before = { a: c.publications(a).length, b: c.publications(b).length };
    const result = await c.request<{ added: boolean }>('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    assert.equal(result.added, true);
    await c.waitFor(() => c.publications(a).length > before.a && c.publications(b).length > before.b, 're-check of both files');
    assert.equal(c.publications(b).at(-1)!.diagnostics.length, 0, 'the same number in another spelling, in another file');
    assert.equal(c.publications(a).at(-1)!.diagnostics.length, 1, 'the other number is still reported');
    const file = fs.readFileSync(path.join(dir, '.skjold', 'allow'), 'utf8');
    assert.match(file, /^# Skjold allowlist/);
    assert.match(file, /\ncpr [0-9a-f]{64}\n$/);
    assert.ok(!file.includes('4285') && !file.includes('070761'));
    // The hover agrees with the diagnostics.
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: b }, position: { line: 2, character: 10 } }), null);
    // Someone deletes the entry (e.g. a pull): the value is reported again without any request from the client.
    const n = c.publications(b).length;
    fs.writeFileSync(path.join(dir, '.skjold', 'allow'), '# emptied\n');
    await c.waitFor(() => c.publications(b).length > n && c.publications(b).at(-1)!.diagnostics.length === 1, 're-check after an external edit', 8000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a stale ignoreValue command is refused and writes nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-allow-'));
  try {
    const c = start();
    await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0, redactionKey: 'k'.repeat(64) } });
    c.notify('initialized', {});
    const uri = pathToFileURL(path.join(dir, 'n.txt')).href;
    c.open(uri, 'CPR-nr. 070761-4285\n');
    const [d] = await c.diagnostics(uri, 1);
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x\nCPR-nr. 070761-4285\n' }] });
    await c.diagnostics(uri, 2);
    const result = await c.request<{ added: boolean }>('workspace/executeCommand', { command: 'skjold.ignoreValue', arguments: [{ uri, version: 1, range: d!.range, type: 'cpr' }] });
    assert.equal(result.added, false);
    assert.ok(!fs.existsSync(path.join(dir, '.skjold', 'allow')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('skjold.exclude / include / maxFileSize: skipped documents get no diagnostics and a documentStatus with the reason; a settings change re-checks', async () => {
  const root = path.join(os.tmpdir(), 'skjold-scope-ws');
  const c = start({ settings: { skjold: { debounceMs: 0, exclude: ['fixtures/**'], maxFileSize: 0.0001 } } });
  await c.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: true } } });
  c.notify('initialized', {});
  const statuses = () => c.notifications.filter((n) => n.method === 'skjold/documentStatus').map((n) => n.params as { uri: string; checked: boolean; reason?: string; message?: string });
  const excluded = pathToFileURL(path.join(root, 'fixtures', 'people.txt')).href;
  const big = pathToFileURL(path.join(root, 'big.txt')).href;
  const small = pathToFileURL(path.join(root, 'small.txt')).href;
  c.open(excluded, 'CPR-nr. 070761-4285\n');
  c.open(big, 'CPR-nr. 070761-4285\n' + 'x'.repeat(200) + '\n');
  c.open(small, 'CPR-nr. 070761-4285\n');
  assert.deepEqual(await c.diagnostics(excluded, 1), []);
  assert.deepEqual(await c.diagnostics(big, 1), []);
  assert.equal((await c.diagnostics(small, 1)).length, 1);
  assert.deepEqual(statuses().find((s) => s.uri === excluded), { uri: excluded, checked: false, reason: 'excluded', message: 'Skjold: not checked — matches skjold.exclude' });
  assert.deepEqual(statuses().find((s) => s.uri === big), { uri: big, checked: false, reason: 'tooLarge', message: 'Skjold: not checked — larger than skjold.maxFileSize (0.0001 MB)' });
  assert.ok(!statuses().some((s) => s.uri === small), 'checked documents send nothing');
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri: excluded }, position: { line: 0, character: 10 } }), null);
  // Only data/** and big.txt included now, nothing excluded, the default size limit: the big file is checked again.
  c.settings = { skjold: { debounceMs: 0, include: ['data/**', 'big.txt'] } };
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor(() => statuses().some((s) => s.uri === big && s.checked) && statuses().some((s) => s.uri === small && s.reason === 'notIncluded'), 'statuses after the change');
  await c.waitFor(() => c.publications(big).at(-1)!.diagnostics.length === 1 && c.publications(small).at(-1)!.diagnostics.length === 0, 're-published diagnostics');
});

test('skjold.contextWords: a number next to a configured word is reported, after a settings change without reopening', async () => {
  const c = start();
  await c.initialize();
  const uri = 'file:///words.txt';
  c.open(uri, 'journalnøgle 0707614286\n');
  assert.deepEqual(await c.diagnostics(uri, 1), []);
  c.settings = { skjold: { debounceMs: 0, contextWords: ['journalnøgle'] } };
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor(() => c.publications(uri).at(-1)!.diagnostics.some((d) => d.code === 'cpr'), 'a cpr diagnostic after the change');
});
