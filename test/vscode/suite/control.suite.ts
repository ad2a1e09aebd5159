// Precise silencing and per-project tuning (issue 8): the "Ignore this line" directive fix, the workspace
// allowlist across two files, a skjold.rules severity change without restart, the hover, and the language
// status item for a document that is not checked. Each test undoes the settings and files it changed.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { applyCodeAction, codeOf, diagnosticsWith, openNoteCopy, quickFixes, skjold, stableDiagnostics, waitFor, workspaceRoot } from '../helpers';

// Not the clinical note's number, so allowlisting it cannot silence another test.
const VALUE = '070761-4285';

async function openText(content: string, language: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ content, language });
  return vscode.window.showTextDocument(doc);
}

const noCpr = (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === 'cpr');

test('control: "Ignore this line" writes a directive in the language\'s comment syntax and the line is silenced', async () => {
  await skjold();
  const editor = await openText(`# Fixture\n\nCPR-nr. ${VALUE}\n`, 'markdown');
  const uri = editor.document.uri;
  const cpr = (await diagnosticsWith(uri, 'cpr')).find((d) => codeOf(d) === 'cpr')!;
  const fix = (await quickFixes(uri, cpr.range)).find((a) => a.title === 'Ignore this line (skjold-disable-next-line cpr)');
  assert.ok(fix, 'the directive fix is not offered');
  await applyCodeAction(fix);
  assert.equal(editor.document.lineAt(2).text, '<!-- skjold-disable-next-line cpr -->');
  await stableDiagnostics(uri, 'no "cpr" diagnostic after the directive', noCpr);
});

test('control: "Ignore this value" silences the value in two files and writes no value to .skjold/allow', async () => {
  await skjold();
  const allow = vscode.Uri.joinPath(workspaceRoot(), '.skjold', 'allow');
  const a = await openText(`CPR-nr. ${VALUE}\n`, 'plaintext');
  const b = await openText(`Testperson, CPR-nr. ${VALUE.replace('-', '')}\n`, 'plaintext');
  try {
    await diagnosticsWith(b.document.uri, 'cpr');
    const cpr = (await diagnosticsWith(a.document.uri, 'cpr')).find((d) => codeOf(d) === 'cpr')!;
    const fix = (await quickFixes(a.document.uri, cpr.range)).find((x) => x.title === 'Ignore this value in the workspace (.skjold/allow)');
    assert.ok(fix, 'the allowlist fix is not offered');
    await applyCodeAction(fix);
    await stableDiagnostics(a.document.uri, 'no "cpr" diagnostic in the first file', noCpr);
    await stableDiagnostics(b.document.uri, 'no "cpr" diagnostic in the second file (other spelling)', noCpr);
    const text = Buffer.from(await vscode.workspace.fs.readFile(allow)).toString('utf8');
    assert.match(text, /\ncpr [0-9a-f]{64}\n$/);
    assert.ok(!text.includes(VALUE.slice(7)), 'the allowlist holds the value');
  } finally {
    await vscode.workspace.fs.delete(allow).then(undefined, () => undefined);
  }
  // The server watches the file: with the entry gone, the value is reported again.
  await diagnosticsWith(a.document.uri, 'cpr');
});

test('control: a severity set in skjold.rules applies without a restart', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const config = vscode.workspace.getConfiguration('skjold');
  await diagnosticsWith(uri, 'cpr');
  try {
    await config.update('rules', { cpr: 'error' }, vscode.ConfigurationTarget.Workspace);
    await stableDiagnostics(uri, 'the "cpr" diagnostic as an Error', (ds) => ds.some((d) => codeOf(d) === 'cpr' && d.severity === vscode.DiagnosticSeverity.Error));
  } finally {
    await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
});

test('control: the hover names the finding, shows it masked and explains why', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const cpr = (await diagnosticsWith(uri, 'cpr')).find((d) => codeOf(d) === 'cpr')!;
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, cpr.range.start.translate(0, 2));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /Skjold: CPR number/);
  assert.match(text, /XXXXXX-XXXX/);
  assert.match(text, /skjold-disable-next-line cpr/);
  assert.ok(!text.includes(editor.document.getText(cpr.range)), 'the hover shows the raw value');
});

test('control: the language status item says why a document is not checked', async () => {
  const api = await skjold();
  const config = vscode.workspace.getConfiguration('skjold');
  try {
    await config.update('maxFileSize', 0.0001, vscode.ConfigurationTarget.Workspace);
    const editor = await openText(`CPR-nr. ${VALUE}\n${'x'.repeat(300)}\n`, 'plaintext');
    await waitFor('the language status to name maxFileSize', () => /not checked — larger than skjold\.maxFileSize \(0\.0001 MB\)/.test(api.documentStatusText()));
    assert.equal(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'cpr').length, 0);
  } finally {
    await config.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitFor('the language status to say checked', () => api.documentStatusText() === 'Skjold: checked');
});
