// Precise silencing over LSP: the "Ignore this line" directive fix.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
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
