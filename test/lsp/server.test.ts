// The built language server over stdio, as any LSP client (Neovim, Emacs, Helix) would use it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient, offsetAt } from '../support/lspClient';

// No name in the note: these tests are about the CPR diagnostic alone.
const NOTE = 'Journalnotat\nPt. indlagt, CPR-nr. 070761-4285, i dag.\nOrdrenr. 0707614285\n';
const clients: TestLspClient[] = [];
const start = (opts?: ConstructorParameters<typeof TestLspClient>[0]) => { const c = new TestLspClient(opts); clients.push(c); return c; };
after(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  for (const c of clients) c.assertNoNetwork();
});

test('publishes one cpr diagnostic with the exact range, code, source and a message without the value', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  const init = await c.initialize();
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  c.open('file:///note.txt', NOTE);
  const diags = await c.diagnostics('file:///note.txt', 1);
  assert.equal(diags.length, 1, 'the order number is not reported');
  const d = diags[0]!;
  assert.equal(d.code, 'cpr');
  assert.equal(d.source, 'skjold');
  assert.equal(d.severity, 2, 'Warning');
  assert.equal(NOTE.slice(offsetAt(NOTE, d.range.start), offsetAt(NOTE, d.range.end)), '070761-4285');
  assert.match(d.message, /^CPR number: real date.*valid modulus-11.*after 'CPR-nr\.'/);
  assert.ok(!d.message.includes('4285') && !d.message.includes('070761'));
});

test('an empty list is published for a clean document, and diagnostics are cleared on close', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  c.open('file:///clean.txt', 'Intet at se her.');
  assert.deepEqual(await c.diagnostics('file:///clean.txt', 1), []);
  c.open('file:///x.txt', NOTE);
  assert.equal((await c.diagnostics('file:///x.txt', 1)).length, 1);
  c.notify('textDocument/didClose', { textDocument: { uri: 'file:///x.txt' } });
  await c.waitFor(() => { const p = c.publications('file:///x.txt'); return p.length === 2 && p[1]!.diagnostics.length === 0; }, 'cleared diagnostics');
});

test('incremental changes are re-checked and published with the new version', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  c.open('file:///inc.txt', 'Tom note\n');
  assert.deepEqual(await c.diagnostics('file:///inc.txt', 1), []);
  c.notify('textDocument/didChange', { textDocument: { uri: 'file:///inc.txt', version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'CPR 0707614285' }] });
  const diags = await c.diagnostics('file:///inc.txt', 2);
  assert.equal(diags.length, 1);
  assert.deepEqual(diags[0]!.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 14 } });
});

test('debounce: a burst of edits is checked once, for the last version', async () => {
  const c = start({ settings: { skjold: { debounceMs: 150 } } });
  await c.initialize();
  c.open('file:///burst.txt', '');
  await c.diagnostics('file:///burst.txt', 1);
  const text = 'CPR 0707614285';
  for (let i = 0; i < text.length; i++) {
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///burst.txt', version: i + 2 }, contentChanges: [{ range: { start: { line: 0, character: i }, end: { line: 0, character: i } }, text: text[i] }] });
  }
  const last = text.length + 1;
  const diags = await c.diagnostics('file:///burst.txt', last);
  assert.equal(diags.length, 1);
  const versions = c.publications('file:///burst.txt').map((p) => p.version);
  assert.deepEqual(versions, [1, last], 'intermediate versions were not published');
});

test('quick-fix "Mask CPR number" is preferred, keeps the layout, and is refused for a stale version', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, maskCharacter: '*' } } });
  await c.initialize();
  c.open('file:///fix.txt', NOTE);
  const [d] = await c.diagnostics('file:///fix.txt', 1);
  const actions = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri: 'file:///fix.txt' }, range: d!.range, context: { diagnostics: [d] } });
  const mask = actions.find((a) => a.title === 'Mask CPR number');
  assert.ok(mask, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(mask.isPreferred, true);
  assert.equal(mask.kind, 'quickfix');
  const change = mask.edit.documentChanges[0];
  assert.deepEqual(change.textDocument, { uri: 'file:///fix.txt', version: 1 });
  assert.equal(change.edits[0].newText, '******-****');
  // The document moves on and the old diagnostic's range now covers other characters: its fix must not be
  // offered for the new text. (An old diagnostic whose text is unchanged is still fixed: see redact.test.ts.)
  c.notify('textDocument/didChange', { textDocument: { uri: 'file:///fix.txt', version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'X' }] });
  await c.diagnostics('file:///fix.txt', 2);
  const stale = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri: 'file:///fix.txt' }, range: d!.range, context: { diagnostics: [d] } });
  assert.equal(stale.filter((a) => /^Mask/.test(a.title)).length, 0);
});

test('settings from initializationOptions when the client has no workspace/configuration', async () => {
  const c = start();
  await c.initialize({ debounceMs: 0, severity: { strong: 'error' } }, {});
  c.open('file:///init.txt', NOTE);
  const [d] = await c.diagnostics('file:///init.txt', 1);
  assert.equal(d!.severity, 1, 'Error from initializationOptions');
});

test('settings from workspace/configuration, and a configuration change re-checks open documents', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, severity: { strong: 'hint' } } } });
  await c.initialize();
  c.open('file:///cfg.txt', NOTE);
  assert.equal((await c.diagnostics('file:///cfg.txt', 1))[0]!.severity, 4);
  c.settings = { skjold: { debounceMs: 0, severity: { strong: 'error' } } };
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor(() => c.publications('file:///cfg.txt').some((p) => p.diagnostics[0]?.severity === 1), 'recheck after a settings change');
});

test('the weak form (date-valid, fails modulus-11, CPR word near) is Information', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  c.open('file:///weak.txt', 'CPR oplyst som 070761-4286 - verificeres');
  const [d] = await c.diagnostics('file:///weak.txt', 1);
  assert.equal(d!.severity, 3);
  assert.match(d!.message, /fails modulus-11/);
});

test('without a transport the server exits with a clear message', async () => {
  const { spawnSync } = await import('node:child_process');
  const { SERVER_JS } = await import('../support/lspClient');
  const r = spawnSync(process.execPath, [SERVER_JS], { encoding: 'utf8', timeout: 5000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--stdio/);
});

test('hover explains a finding: type, masked value, each reason, confidence, the fix', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  c.open('file:///hover.txt', NOTE);
  await c.diagnostics('file:///hover.txt', 1);
  const hover = await c.request<any>('textDocument/hover', { textDocument: { uri: 'file:///hover.txt' }, position: { line: 1, character: 30 } });
  const md: string = hover.contents.value;
  assert.match(md, /CPR number/);
  assert.match(md, /`XXXXXX-XXXX`/);
  assert.match(md, /valid modulus-11/);
  assert.match(md, /after 'CPR-nr\.'/);
  assert.match(md, /Confidence 0\.\d\d/);
  assert.match(md, /Quick Fix/);
  assert.ok(!md.includes('4285'), 'value masked');
  const none = await c.request<any>('textDocument/hover', { textDocument: { uri: 'file:///hover.txt' }, position: { line: 0, character: 3 } });
  assert.equal(none, null);
});

test('custom patterns: matches reported with code custom; a broken pattern is named in a warning, others still work', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, customPatterns: [{ name: 'Journal-id', pattern: 'J-\\d{6}' }, { name: 'broken', pattern: '(a' }, { name: 'evil', pattern: '(a+)+$' }] } } });
  await c.initialize();
  const text = `J-123456 og CPR 070761-4285 ${'a'.repeat(50_000)}b`;
  c.open('file:///custom.txt', text);
  const diags = await c.diagnostics('file:///custom.txt', 1);
  assert.deepEqual(diags.map((d) => d.code).sort(), ['cpr', 'custom']);
  await c.waitFor(() => c.notifications.some((n) => /^window\/showMessage/.test(n.method) && /pattern 'broken' invalid regular expression/.test((n.params as any).message)), 'a warning naming the broken pattern');
});

test('Danish: the server follows the client locale in messages, quick-fix titles and hovers', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  const init = await c.request('initialize', { processId: process.pid, rootUri: null, locale: 'da', capabilities: { workspace: { configuration: true } } });
  assert.ok(init);
  c.notify('initialized', {});
  c.open('file:///da.txt', NOTE);
  const [d] = await c.diagnostics('file:///da.txt', 1);
  assert.match(d!.message, /^CPR-nummer: gyldig dato, født i 1900-tallet .*gyldigt modulus 11-kontrolciffer, efter 'CPR-nr\.'$/);
  const actions = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri: 'file:///da.txt' }, range: d!.range, context: { diagnostics: [d] } });
  assert.ok(actions.some((a) => a.title === 'Maskér CPR-nummer'), JSON.stringify(actions.map((a) => a.title)));
  const hover = await c.request<any>('textDocument/hover', { textDocument: { uri: 'file:///da.txt' }, position: d!.range.start });
  assert.match(hover.contents.value, /Hvorfor/);
});

test('a detector exception in one document is contained: it gets an error diagnostic, others carry on', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } }, env: { SKJOLD_TEST_FAULT: 'TRIGGER-FAULT' } });
  await c.initialize();
  c.open('file:///faulty.txt', `TRIGGER-FAULT CPR 070761-4285`);
  c.open('file:///healthy.txt', `CPR 070761-4285`);
  const faulty = await c.diagnostics('file:///faulty.txt', 1);
  assert.equal(faulty.length, 1);
  assert.equal(faulty[0]!.code, 'internal-error');
  assert.equal(faulty[0]!.severity, 1);
  assert.ok(!faulty[0]!.message.includes('4285'));
  assert.equal((await c.diagnostics('file:///healthy.txt', 1))[0]!.code, 'cpr');
});

test('skjold.rules: a type switched off is not reported; a per-type severity takes effect without restart', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, rules: { cpr: 'off' } } } });
  await c.initialize();
  c.open('file:///rules.txt', NOTE);
  assert.deepEqual(await c.diagnostics('file:///rules.txt', 1), []);
  c.settings = { skjold: { debounceMs: 0, rules: { cpr: 'error' } } };
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.waitFor(() => c.publications('file:///rules.txt').some((p) => p.diagnostics[0]?.severity === 1), 'cpr as error after the change');
});
