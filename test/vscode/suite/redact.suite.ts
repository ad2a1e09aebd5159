// Redaction in the real editor: the synthetic quick-fix, and "Redact Workspace…" held in VS Code's refactor
// preview (its changes need confirmation): nothing changes until the user applies. Applying needs ticking the
// changes in the preview's tree, which this headless run cannot focus, so the test discards the preview.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { applyCodeAction, codeOf, diagnosticsWith, openNoteCopy, quickFixes, skjold, stableDiagnostics, waitFor, workspaceRoot } from '../helpers';

interface Outcome { applied: boolean; findings: number; changedFiles: number }

test('redact: "Replace CPR number with a synthetic value" keeps the layout and leaves no warning', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const cpr = (await diagnosticsWith(uri, 'cpr')).find((d) => codeOf(d) === 'cpr')!;
  const original = editor.document.getText(cpr.range);
  const synth = (await quickFixes(uri, cpr.range)).find((a) => /synthetic/.test(a.title));
  assert.ok(synth, 'no synthetic quick-fix is offered');
  await applyCodeAction(synth);
  const replaced = editor.document.getText(cpr.range);
  assert.notEqual(replaced, original);
  assert.equal(replaced.replace(/\d/g, '9'), original.replace(/\d/g, '9'), 'the layout is not kept');
  await stableDiagnostics(uri, 'no CPR warning after the synthetic fix', (ds) => !ds.some((d) => codeOf(d) === 'cpr' && d.severity <= vscode.DiagnosticSeverity.Warning));
});

test('redact: Redact Workspace… waits in the refactor preview; nothing changes until the user applies (here: discards)', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const open = editor.document;
  await diagnosticsWith(open.uri, 'cpr');
  const before = open.getText();
  // A second copy that is never opened in an editor: the same edit covers it.
  const closed = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `closed-${Date.now()}.txt`);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(workspaceRoot(), 'notes', 'clinical-note.txt'), closed, { overwrite: true });
  const onDisk = Buffer.from(await vscode.workspace.fs.readFile(closed)).toString('utf8');
  let outcome: Outcome | undefined;
  let failed: unknown;
  const run = vscode.commands.executeCommand<Outcome>('skjold.redactWorkspace', { mode: 'mask', uris: [open.uri.toString(), closed.toString()] })
    .then((o) => { outcome = o; }, (e: unknown) => { failed = e; });
  // The changes need confirmation, so VS Code holds them in the refactor preview: the command waits.
  await new Promise((r) => setTimeout(r, 2000));
  assert.equal(failed, undefined, `the command failed: ${String(failed)}`);
  assert.equal(outcome, undefined, 'the command finished without the preview');
  assert.equal(open.getText(), before, 'the open document changed before confirmation');
  await waitFor('the preview to be discarded', async () => {
    await Promise.resolve(vscode.commands.executeCommand('refactorPreview.discard')).catch(() => undefined);
    return outcome !== undefined || failed !== undefined;
  }, 20_000, 500);
  await run;
  assert.equal(failed, undefined);
  assert.equal(open.getText(), before, 'a discarded preview changed the open document');
  assert.equal(Buffer.from(await vscode.workspace.fs.readFile(closed)).toString('utf8'), onDisk, 'a discarded preview changed the unopened file');
  assert.equal(outcome!.changedFiles, 2, 'the edit covered the open and the unopened file');
});
