// The extension's commands run: restarting the server drops and brings back the diagnostics; the output
// channel opens.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { codeOf, diagnosticsWith, openNoteCopy, skjold, skjoldDiagnostics, waitFor } from '../helpers';

test('commands: skjold.restartServer restarts the server and the diagnostics come back', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  await diagnosticsWith(uri, 'cpr');
  // A real restart stops the old server (its diagnostics are cleared) and the new one publishes again.
  let cleared = false;
  const sub = vscode.languages.onDidChangeDiagnostics(() => {
    if (skjoldDiagnostics(uri).length === 0) cleared = true;
  });
  try {
    await vscode.commands.executeCommand('skjold.restartServer');
    await waitFor('the diagnostics to be cleared by the restart', () => cleared);
  } finally {
    sub.dispose();
  }
  const back = await diagnosticsWith(uri, 'cpr');
  assert.equal(back.filter((d) => codeOf(d) === 'cpr').length, 1, 'the restarted server does not report the CPR number once');
});

test('commands: skjold.showOutput runs', async () => {
  await skjold();
  await vscode.commands.executeCommand('skjold.showOutput');
});
