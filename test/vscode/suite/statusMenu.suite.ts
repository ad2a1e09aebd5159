// The status-bar menu's pause: skjold.togglePause clears the findings and the status bar says "paused";
// toggling again brings the findings back. The menu itself (skjold.showMenu) is a quick pick driven in the UI smoke.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { diagnosticsWith, openNoteCopy, skjold, skjoldDiagnostics, waitFor } from '../helpers';

test('status menu: Pause checking clears the findings and the status bar shows it; Resume brings them back', async () => {
  const api = await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const before = (await diagnosticsWith(uri, 'cpr')).length;
  await vscode.commands.executeCommand('skjold.togglePause');
  try {
    await waitFor('the findings to be cleared while paused', () => skjoldDiagnostics(uri).length === 0);
    assert.match(api.statusBarText(), /paused/, `status bar: ${api.statusBarText()}`);
  } finally {
    await vscode.commands.executeCommand('skjold.togglePause');
  }
  await waitFor(`the ${before} findings to come back after resume`, () => skjoldDiagnostics(uri).length === before);
  assert.doesNotMatch(api.statusBarText(), /paused/);
});
