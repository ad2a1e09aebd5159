// Diagnostics for a CPR note reach VS Code (vscode.languages.getDiagnostics) with the exact range, code,
// severity and a message that never repeats the value.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { codeOf, cprRange, diagnosticsWith, openNoteCopy, openUntitled, showRange, skjold, stableDiagnostics, workspaceRoot } from '../helpers';

test('diagnostics: a clinical note gets one CPR warning on exactly the number', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const ds = await diagnosticsWith(editor.document.uri, 'cpr');
  const cpr = ds.filter((d) => codeOf(d) === 'cpr');
  assert.equal(cpr.length, 1, `expected one "cpr" diagnostic, got ${cpr.length}`);
  const expected = cprRange(editor.document);
  assert.ok(cpr[0].range.isEqual(expected), `range ${showRange(cpr[0].range)}, expected ${showRange(expected)}`);
  assert.equal(cpr[0].severity, vscode.DiagnosticSeverity.Warning, 'a valid CPR number is a Warning');
  const digits = editor.document.getText(expected).replace(/\D/g, '');
  assert.ok(!cpr[0].message.replace(/\D/g, ' ').split(' ').some((run) => run.length >= 4 && digits.includes(run)), 'the message repeats digits of the value');
  assert.match(cpr[0].message, /CPR/, 'the message does not say it is a CPR number');
});

test('diagnostics: an untitled document is checked too', async () => {
  await skjold();
  const note = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'notes', 'clinical-note.txt'));
  const editor = await openUntitled(new TextDecoder().decode(note));
  await diagnosticsWith(editor.document.uri, 'cpr');
});

test('diagnostics: a note with no identifier gets none, and editing one in brings it', async () => {
  await skjold();
  const editor = await openNoteCopy('clean-note.txt');
  const uri = editor.document.uri;
  // The server publishes an empty list for a clean document: wait for quiet, then it must be empty.
  const none = await stableDiagnostics(uri, 'none for a clean document', () => true);
  assert.equal(none.length, 0, `a clean note got ${none.length} diagnostics: ${JSON.stringify(none.map((d) => `${codeOf(d)} ${showRange(d.range)}: ${d.message}`))}`);
  const note = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'notes', 'clinical-note.txt'));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(1, 0), new TextDecoder().decode(note));
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
  await diagnosticsWith(uri, 'cpr');
});
