// Scan Workspace in the real editor: results for closed files reach the Problems panel (languages.getDiagnostics)
// and the Skjold view, the status bar shows the workspace total, a file changed on disk is re-scanned, and a
// scan can be cancelled. Runs through the extension's test API (api.workspace) and public `vscode` APIs only.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { codeOf, diagnosticsWith, skjold, skjoldDiagnostics, stableDiagnostics, waitFor, workspaceRoot } from '../helpers';

async function noteText(): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), 'notes', 'clinical-note.txt'));
}

test('workspace: Scan Workspace shows closed files in the Problems panel, the Skjold view and the status bar', async () => {
  const api = await skjold();
  const closed = vscode.Uri.joinPath(workspaceRoot(), 'wsscan', `closed-${Date.now()}.txt`);
  await vscode.workspace.fs.writeFile(closed, await noteText());
  assert.equal(vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), false, 'the file is not open');
  const result = await api.workspace.scanWorkspace();
  assert.ok(result && !result.cancelled, 'the scan finished');
  assert.ok(result.findings >= 1 && result.filesScanned >= 1);
  const ds = await diagnosticsWith(closed, 'cpr');
  assert.equal(ds.filter((d) => codeOf(d) === 'cpr').length, 1);
  const inView = await waitFor('the closed file in the Skjold view', () => api.workspace.viewSnapshot().find((f) => f.file === closed.fsPath));
  assert.equal(inView.findings, ds.length);
  assert.match(api.workspace.workspaceStatusText(), /^\$\(folder\) \d+$/);
  assert.match(api.statusBarText(), /^\$\(shield\) \d+$/, 'the document count keeps its shape');
});

test('workspace: a file changed on disk is re-scanned, and cleared when cleaned', async () => {
  const api = await skjold();
  const file = vscode.Uri.joinPath(workspaceRoot(), 'wsscan', `watched-${Date.now()}.txt`);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Intet personligt her.\n'));
  await api.workspace.scanWorkspace();
  await vscode.workspace.fs.writeFile(file, await noteText());
  await diagnosticsWith(file, 'cpr');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Renset.\n'));
  await stableDiagnostics(file, 'cleared after the file was cleaned on disk', (ds) => ds.length === 0);
  assert.equal(skjoldDiagnostics(file).length, 0);
});

test('workspace: a scan can be cancelled', async () => {
  const api = await skjold();
  const dir = vscode.Uri.joinPath(workspaceRoot(), 'wsscan', `many-${Date.now()}`);
  const text = await noteText();
  await Promise.all(Array.from({ length: 1500 }, (_, i) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, `n${i}.txt`), text)));
  const result = await api.workspace.cancelScanAfter(30);
  assert.ok(!result || result.cancelled, 'the scan reports that it was cancelled');
}, { timeoutMs: 120_000 });

test('workspace: a finding in the Skjold view opens the file at its range', async () => {
  const api = await skjold();
  const file = vscode.Uri.joinPath(workspaceRoot(), 'wsscan', `open-${Date.now()}.txt`);
  await vscode.workspace.fs.writeFile(file, await noteText());
  await api.workspace.scanWorkspace();
  const [d] = (await diagnosticsWith(file, 'cpr')).filter((x) => codeOf(x) === 'cpr');
  await vscode.commands.executeCommand('skjold.openFinding', file, d!.range);
  const editor = await waitFor('the file open in an editor', () => vscode.window.activeTextEditor?.document.uri.toString() === file.toString() && vscode.window.activeTextEditor);
  assert.ok(editor.selection.isEqual(new vscode.Selection(d!.range.start, d!.range.end)), 'the selection is the finding');
});

test('workspace: Ignore File adds the file to skjold.exclude and drops its results', async () => {
  const api = await skjold();
  const name = `ignore-${Date.now()}.txt`;
  const file = vscode.Uri.joinPath(workspaceRoot(), 'wsscan', name);
  await vscode.workspace.fs.writeFile(file, await noteText());
  await api.workspace.scanWorkspace();
  await diagnosticsWith(file, 'cpr');
  const config = () => vscode.workspace.getConfiguration('skjold', workspaceRoot());
  const before = config().inspect<string[]>('exclude')?.workspaceValue;
  try {
    await vscode.commands.executeCommand('skjold.view.ignoreFile', file);
    assert.ok((config().get<string[]>('exclude') ?? []).includes(`wsscan/${name}`), 'the file is in skjold.exclude');
    await stableDiagnostics(file, 'cleared after Ignore File', (ds) => ds.length === 0);
    await api.workspace.scanWorkspace();
    assert.equal(skjoldDiagnostics(file).length, 0, 'a new scan leaves the ignored file out');
  } finally {
    await config().update('exclude', before, vscode.ConfigurationTarget.Workspace);
  }
});

test('workspace: Create Anonymisation Report writes Markdown and JSON without any identifier', async () => {
  const api = await skjold();
  const file = vscode.Uri.joinPath(workspaceRoot(), 'wsscan', `report-${Date.now()}.txt`);
  await vscode.workspace.fs.writeFile(file, await noteText());
  const target = vscode.Uri.joinPath(workspaceRoot(), 'out', `anonymisation-report-${Date.now()}.md`);
  const written = await api.workspace.createReport(target);
  assert.equal(written?.toString(), target.toString());
  const md = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  const json = new TextDecoder().decode(await vscode.workspace.fs.readFile(target.with({ path: target.path.replace(/\.md$/, '.json') })));
  assert.match(md, /# Anonymisation report/);
  assert.match(md, /## 4\. What is left/);
  const digits = new TextDecoder().decode(await noteText()).match(/\d{6}-?\d{4}/)![0].replace('-', '');
  for (const text of [md, json]) {
    assert.ok(!text.replace(/-/g, '').includes(digits), 'the report holds the raw number');
    assert.ok(!/(?<![\w.])\d{6}-?\d{4}(?![\w.])/.test(text), 'the report holds a CPR-shaped number');
  }
  assert.ok(JSON.parse(json).found.total >= 1);
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the report opens');
});
