// Redaction over LSP, as any client sees it: quick-fixes, stale-fix refusal, fix-all and the redactFiles request.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestLspClient, offsetAt, type Diagnostic, type Range } from '../support/lspClient';
import { cprRules, isTestCprNumber } from '../../server/src/core';

const NOTE = 'Journalnotat\nPt. indlagt, CPR-nr. 070761-4285.\nPårørende cpr 2110625629.\n';
const KEY = 'e'.repeat(64);
const clients: TestLspClient[] = [];
const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-key-'));
const start = (settings: Record<string, unknown> = {}) => {
  // The fallback key file lives in a temporary folder, never in the user's config.
  const c = new TestLspClient({ settings: { skjold: { debounceMs: 0, ...settings } }, env: { SKJOLD_KEY_FILE: path.join(keyDir, 'key') } });
  clients.push(c);
  return c;
};
after(async () => { await Promise.all(clients.map((c) => c.shutdown())); });

interface Action { title: string; kind?: string; isPreferred?: boolean; edit?: { documentChanges?: { textDocument: { uri: string; version: number | null }; edits: { range: Range; newText: string }[] }[] } }

function apply(text: string, edits: { range: Range; newText: string }[]): string {
  const es = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of es) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}

async function quickFixes(c: TestLspClient, uri: string, d: Diagnostic): Promise<Action[]> {
  return (await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) ?? [];
}

test('every CPR diagnostic offers Mask (preferred) and a synthetic replacement, each tied to the version', async () => {
  const c = start();
  const init = await c.initialize({ redactionKey: KEY });
  assert.deepEqual(init.capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.skjold']);
  const uri = 'file:///fix.txt';
  c.open(uri, NOTE, 'plaintext', 3);
  const diags = await c.diagnostics(uri, 3);
  assert.equal(diags.length, 2);
  for (const d of diags) {
    const actions = await quickFixes(c, uri, d);
    assert.deepEqual(actions.map((a) => a.title), ['Mask CPR number', 'Replace CPR number with a synthetic value']);
    assert.equal(actions[0]!.isPreferred, true);
    for (const a of actions) assert.equal(a.edit!.documentChanges![0]!.textDocument.version, 3);
    const original = NOTE.slice(offsetAt(NOTE, d.range.start), offsetAt(NOTE, d.range.end));
    assert.equal(actions[0]!.edit!.documentChanges![0]!.edits[0]!.newText, original.replace(/\d/g, 'X'));
    const synthetic = actions[1]!.edit!.documentChanges![0]!.edits[0]!.newText;
    assert.equal(synthetic.replace(/\d/g, '9'), original.replace(/\d/g, '9'), 'layout kept');
    assert.ok(!cprRules.couldBeIssued(synthetic.replace(/\D/g, '')) && isTestCprNumber(synthetic.replace(/\D/g, '')));
  }
});

test('the synthetic value comes from the client key: same key same value, another key another value', async () => {
  const values: string[] = [];
  for (const key of [KEY, KEY, 'f'.repeat(64)]) {
    const c = start();
    await c.initialize({ redactionKey: key });
    c.open('file:///k.txt', NOTE);
    const [d] = await c.diagnostics('file:///k.txt', 1);
    const synth = (await quickFixes(c, 'file:///k.txt', d!)).find((a) => /synthetic/.test(a.title))!;
    values.push(synth.edit!.documentChanges![0]!.edits[0]!.newText);
  }
  assert.equal(values[0], values[1]);
  assert.notEqual(values[0], values[2]);
});

test('a stale quick-fix is refused: a diagnostic whose text has changed gets no action', async () => {
  const c = start();
  await c.initialize({ redactionKey: KEY });
  const uri = 'file:///stale.txt';
  c.open(uri, NOTE);
  const [d] = await c.diagnostics(uri, 1);
  // The user edits the number: the old diagnostic now describes other characters.
  const at = offsetAt(NOTE, d!.range.start);
  const edited = NOTE.slice(0, at) + 'ukendt' + NOTE.slice(at + 11);
  c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
  await c.diagnostics(uri, 2);
  assert.deepEqual(await quickFixes(c, uri, d!), [], 'no fix for changed text');
  // Unchanged text at an old diagnostic's range is still fixed, against the CURRENT version.
  c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: NOTE }] });
  await c.diagnostics(uri, 3);
  const actions = await quickFixes(c, uri, d!);
  assert.equal(actions.length, 2);
  assert.equal(actions[0]!.edit!.documentChanges![0]!.textDocument.version, 3);
});

test('source.fixAll.skjold clears the document with the configured mode and minimum severity', async () => {
  for (const mode of ['mask', 'synthetic'] as const) {
    const c = start({ fixAll: { mode, minSeverity: 'information' }, mask: { style: 'tag' } });
    await c.initialize({ redactionKey: KEY });
    const uri = `file:///all-${mode}.txt`;
    const text = NOTE + 'CPR oplyst som 070761-4286\n';
    c.open(uri, text);
    assert.equal((await c.diagnostics(uri, 1)).length, 3);
    const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.skjold');
    const change = actions[0]!.edit!.documentChanges![0]!;
    assert.equal(change.textDocument.version, 1);
    const after = apply(text, change.edits);
    if (mode === 'mask') assert.equal((after.match(/\[CPR\]/g) ?? []).length, 3);
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
    const left = await c.diagnostics(uri, 2);
    assert.deepEqual(left.filter((d) => d.severity !== 4), [], `${mode}: nothing left but test-data Hints`);
    if (mode === 'synthetic') assert.equal(left.length, 3, 'each synthetic CPR is a Hint: test data');
  }
});

test('fix-all honours skjold.fixAll.minSeverity: warning leaves the weak finding', async () => {
  const c = start({ fixAll: { mode: 'mask', minSeverity: 'warning' } });
  await c.initialize({ redactionKey: KEY });
  const text = 'CPR oplyst som 070761-4286\nCPR-nr. 070761-4285\n';
  c.open('file:///sev.txt', text);
  await c.diagnostics('file:///sev.txt', 1);
  const [a] = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: 'file:///sev.txt' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.skjold'] } });
  assert.equal(apply(text, a!.edit!.documentChanges![0]!.edits), 'CPR oplyst som 070761-4286\nCPR-nr. XXXXXX-XXXX\n');
});

test('skjold/redactFiles: one WorkspaceEdit over open and unopened files, annotated for confirmation', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-ws-'));
  fs.writeFileSync(path.join(dir, 'disk.txt'), 'CPR-nr. 070761-4285\r\nintet\r\n');
  fs.writeFileSync(path.join(dir, 'clean.txt'), 'intet her\n');
  fs.writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 0, 65]));
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const c = start();
  await c.initialize({ redactionKey: KEY });
  c.open(uri('open.txt'), NOTE, 'plaintext', 7);
  await c.diagnostics(uri('open.txt'), 7);
  const r = await c.request<any>('skjold/redactFiles', { uris: [uri('open.txt'), uri('disk.txt'), uri('clean.txt'), uri('bin.dat')], mode: 'synthetic' });
  assert.equal(r.files, 3);
  assert.equal(r.changedFiles, 2);
  assert.equal(r.findings, 3);
  assert.deepEqual(r.skipped, [{ uri: uri('bin.dat'), reason: 'binary' }]);
  const [open, disk] = r.edit.documentChanges;
  assert.equal(open.textDocument.version, 7, 'the open document is tied to its version');
  assert.equal(disk.textDocument.version, null, 'a file on disk has no version');
  for (const e of [...open.edits, ...disk.edits]) assert.equal(r.edit.changeAnnotations[e.annotationId].needsConfirmation, true);
  assert.equal(r.edit.changeAnnotations['skjold.synthetic.cpr'].label, 'Replace CPR number with a synthetic value');
  const diskText = fs.readFileSync(path.join(dir, 'disk.txt'), 'utf8');
  const after = apply(diskText, disk.edits);
  assert.match(after, /^CPR-nr\. \d{6}-\d{4}\r\nintet\r\n$/);
  assert.ok(isTestCprNumber(after.slice(8, 19).replace('-', '')));
  assert.equal(fs.readFileSync(path.join(dir, 'disk.txt'), 'utf8'), diskText, 'the server writes nothing');
  await assert.rejects(c.request('skjold/redactFiles', { uris: [], mode: 'shred' }));
});

test('fix titles follow the client locale (Danish)', async () => {
  const c = start();
  await c.initialize({ redactionKey: KEY, locale: 'da' });
  c.open('file:///da.txt', NOTE);
  const [d] = await c.diagnostics('file:///da.txt', 1);
  assert.deepEqual((await quickFixes(c, 'file:///da.txt', d!)).map((a) => a.title), ['Maskér CPR-nummer', 'Erstat CPR-nummer med en syntetisk værdi']);
  const [all] = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: 'file:///da.txt' }, range: d!.range, context: { diagnostics: [], only: ['source.fixAll'] } });
  assert.equal(all!.title, 'Maskér alle 2 personoplysninger');
});

test('a name diagnostic offers Mask and a synthetic name of the same shape', async () => {
  const c = start({ mask: { style: 'tag' } });
  await c.initialize({ redactionKey: KEY });
  const text = 'Journalnotat\nPt. Jens Peter Hansen, indlagt.\n';
  c.open('file:///name.txt', text);
  const d = (await c.diagnostics('file:///name.txt', 1)).find((x) => x.code === 'name');
  assert.ok(d, 'the name is found');
  const original = text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end));
  const actions = await quickFixes(c, 'file:///name.txt', d);
  assert.deepEqual(actions.map((a) => a.title), ['Mask Name', 'Replace Name with a synthetic value']);
  assert.equal(actions[0]!.edit!.documentChanges![0]!.edits[0]!.newText, '[NAVN]');
  const synthetic = actions[1]!.edit!.documentChanges![0]!.edits[0]!.newText;
  assert.notEqual(synthetic, original);
  assert.equal(synthetic.split(' ').length, original.split(' ').length, 'the same number of name parts');
});

test('fix-all with synthetic values: name, address and CPR come back as Hints only, and a second fix-all changes nothing', async () => {
  const c = start({ fixAll: { mode: 'synthetic', minSeverity: 'information' } });
  await c.initialize({ redactionKey: KEY });
  const text = 'Patient: Jens Hansen, CPR-nr. 070761-4285, bor Nørregade 12, 2. th., 8000 Aarhus C.\n';
  c.open('file:///people.txt', text);
  const before = await c.diagnostics('file:///people.txt', 1);
  assert.deepEqual(before.map((d) => d.code).sort(), ['address', 'cpr', 'name']);
  const [a] = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: 'file:///people.txt' }, range: before[0]!.range, context: { diagnostics: [], only: ['source.fixAll'] } });
  const after = apply(text, a!.edit!.documentChanges![0]!.edits);
  assert.ok(!after.includes('Jens Hansen') && !after.includes('Nørregade 12'));
  c.notify('textDocument/didChange', { textDocument: { uri: 'file:///people.txt', version: 2 }, contentChanges: [{ text: after }] });
  const left = await c.diagnostics('file:///people.txt', 2);
  assert.deepEqual(left.filter((d) => d.severity !== 4).map((d) => d.code), [], 'no synthetic value is warned about again');
  assert.deepEqual(left.map((d) => d.code).sort(), ['address', 'cpr', 'name'], 'each is still shown, as a Hint');
  const [again] = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: 'file:///people.txt' }, range: left[0]!.range, context: { diagnostics: [], only: ['source.fixAll'] } });
  const edits = again?.edit?.documentChanges?.[0]?.edits ?? [];
  assert.equal(apply(after, edits), after, 'a second fix-all leaves the text as it is');
});
