// k-anonymity in a CSV file: each row whose combination of quasi-identifiers is too rare gets a `k-anonymity`
// diagnostic on that row, the header gets the summary, and the quick-fix writes a generalised copy to a NEW
// file (the original stays as it was) whose k is the one its title promised.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { codeOf, openNoteCopy, showRange, skjold, stableDiagnostics } from '../helpers';

const FIXTURE = 'forskningsudtraek.csv';

/** Data rows of the fixture (after the directive and header lines), by 0-based line. */
function dataLines(doc: vscode.TextDocument): number[] {
  const out: number[] = [];
  for (let line = 2; line < doc.lineCount; line++) if (doc.lineAt(line).text.trim()) out.push(line);
  return out;
}

test('k-anonymity: a research-extract CSV gets a row diagnostic on every rare row and a summary on the header', async () => {
  await skjold();
  const editor = await openNoteCopy(FIXTURE);
  const doc = editor.document;
  const rows = dataLines(doc);
  const ds = await stableDiagnostics(doc.uri, `${rows.length} "k-anonymity" row diagnostics`, (all) => all.filter((d) => codeOf(d) === 'k-anonymity').length === rows.length);
  const rowDiags = ds.filter((d) => codeOf(d) === 'k-anonymity');
  assert.deepEqual(rowDiags.map((d) => d.range.start.line).sort((a, b) => a - b), rows, 'one diagnostic per data row, on that row');
  for (const d of rowDiags) {
    const line = doc.lineAt(d.range.start.line);
    assert.ok(d.range.isEqual(line.range), `the diagnostic covers the row: ${showRange(d.range)}`);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /'fødselsår', 'køn' and 'postnr' together are shared by/);
    for (const cell of line.text.split(';')) assert.ok(!d.message.includes(cell), 'the message repeats a value of the row');
  }
  const summary = ds.find((d) => codeOf(d) === 'k-anonymity-summary');
  assert.ok(summary, 'no summary diagnostic');
  assert.equal(summary.range.start.line, 1, 'the summary is on the header row');
  assert.match(summary.message, /k = 1 over 'fødselsår', 'køn' and 'postnr' \(5 required\)/);
});

test('k-anonymity: the quick-fix writes a new file that reaches k = 5 and leaves the original unchanged', async () => {
  await skjold();
  const editor = await openNoteCopy(FIXTURE);
  const doc = editor.document;
  const original = doc.getText();
  const ds = await stableDiagnostics(doc.uri, 'k-anonymity row diagnostics', (all) => all.some((d) => codeOf(d) === 'k-anonymity'));
  const row = ds.find((d) => codeOf(d) === 'k-anonymity')!;
  // Resolve the actions as the light bulb does when one is chosen (the new file's content comes with resolve).
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, row.range, vscode.CodeActionKind.QuickFix.value, 20);
  const titles = (actions ?? []).map((a) => a.title);
  const reach = (actions ?? []).find((a) => /suppress the 1 row below k → k = 5 \(new file\)$/.test(a.title));
  assert.ok(reach, `no action reaching k = 5 among ${JSON.stringify(titles)}`);
  assert.ok(reach.edit, 'the action has no edit after resolve');
  assert.ok(await vscode.workspace.applyEdit(reach.edit), 'the edit was not applied');
  const created = reach.edit.entries().map(([uri]) => uri).find((u) => u.toString() !== doc.uri.toString());
  assert.ok(created, 'the edit names no new file');
  assert.match(created.path, /\.kanon(-\d+)?\.csv$/);
  const copy = await vscode.workspace.openTextDocument(created);
  assert.equal(doc.getText(), original, 'the original document was changed');
  const nonEmpty = (text: string) => text.split(/\r?\n/).filter((l) => l.trim()).length;
  assert.equal(nonEmpty(copy.getText()), nonEmpty(original) - 1, 'one row fewer (the suppressed outlier)');
  await vscode.window.showTextDocument(copy);
  const after = await stableDiagnostics(copy.uri, 'the summary of the new file', (all) => all.some((d) => codeOf(d) === 'k-anonymity-summary'));
  assert.equal(after.filter((d) => codeOf(d) === 'k-anonymity').length, 0, 'rows below k are left in the new file');
  assert.match(after.find((d) => codeOf(d) === 'k-anonymity-summary')!.message, /k = 5 over/);
});
