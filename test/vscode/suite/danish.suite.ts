// Danish UI, run only in the code-server session started with `--locale da` (test/vscode/codeServer/run.ts):
// VS Code reports the locale to the extension, the client passes it to the server (InitializeParams.locale), and
// the diagnostics and quick-fix titles come back in Danish; the extension's own strings (vscode.l10n) are Danish. The manifest's Danish command titles are checked in
// the workbench itself by the runner (the command palette), since packageJSON is never translated.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { codeOf, diagnosticsWith, openNoteCopy, quickFixes, skjold, statusBarCount, waitFor } from '../helpers';

test('dansk: VS Code runs with locale da, and Skjold\'s diagnostics and quick-fix are Danish', async () => {
  assert.equal(vscode.env.language, 'da', 'the session is not Danish');
  const api = await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const cpr = (await diagnosticsWith(uri, 'cpr')).find((d) => codeOf(d) === 'cpr')!;
  assert.match(cpr.message, /^CPR-nummer: gyldig dato/, 'the CPR diagnostic is not in Danish');
  const fixes = await quickFixes(uri, cpr.range);
  assert.ok(fixes.some((a) => a.title === 'Maskér CPR-nummer'), `quick-fixes offered: ${JSON.stringify(fixes.map((a) => a.title))}`);
  await waitFor('the status bar to count the findings', () => statusBarCount(api) > 0);
  // The extension's own runtime strings (vscode.l10n, l10n/bundle.l10n.da.json): the paused status bar.
  await vscode.commands.executeCommand('skjold.togglePause');
  try {
    await waitFor('the status bar to say "Skjold på pause"', () => api.statusBarText().includes('Skjold på pause'));
  } finally {
    await vscode.commands.executeCommand('skjold.togglePause');
  }
}, { locale: 'da' });
