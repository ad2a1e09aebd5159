// The status-bar item counts the active document's findings (read through the extension's test API) and
// the count drops when a finding is fixed.
import assert from 'node:assert/strict';
import { test } from '../harness';
import { applyCodeAction, codeOf, diagnosticsWith, openNoteCopy, quickFixes, skjold, statusBarCount, waitFor } from '../helpers';

test('status bar: shows the active document\'s count and drops after the fix', async () => {
  const api = await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const before = await diagnosticsWith(uri, 'cpr');
  await waitFor(`the status bar to show ${before.length}`, () => statusBarCount(api) === before.length);
  const cpr = before.find((d) => codeOf(d) === 'cpr')!;
  const mask = (await quickFixes(uri, cpr.range)).find((a) => a.title === 'Mask CPR number');
  assert.ok(mask, '"Mask CPR number" is not offered');
  await applyCodeAction(mask);
  await waitFor(`the status bar to drop from ${before.length} to ${before.length - 1}`, () => statusBarCount(api) === before.length - 1);
});
