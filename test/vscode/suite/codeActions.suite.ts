// The quick-fix: "Mask CPR number" is offered and preferred; applying its edit masks the number in place
// and the diagnostic goes away.
import assert from 'node:assert/strict';
import { test } from '../harness';
import { applyCodeAction, codeOf, diagnosticsWith, openNoteCopy, quickFixes, skjold, stableDiagnostics } from '../helpers';

test('code actions: "Mask CPR number" is offered and applying it removes the diagnostic', async () => {
  await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  const cpr = (await diagnosticsWith(uri, 'cpr')).find((d) => codeOf(d) === 'cpr')!;
  const fixes = await quickFixes(uri, cpr.range);
  const mask = fixes.find((a) => a.title === 'Mask CPR number');
  assert.ok(mask, `quick-fixes offered: ${JSON.stringify(fixes.map((a) => a.title))}`);
  assert.ok(mask.isPreferred, '"Mask CPR number" is not the preferred fix');
  await applyCodeAction(mask);
  const masked = editor.document.getText(cpr.range);
  assert.doesNotMatch(masked, /\d/, 'digits are left where the number was');
  assert.match(masked, /^X{6}-X{4}$/, 'the mask does not keep the layout XXXXXX-XXXX');
  await stableDiagnostics(uri, 'no "cpr" diagnostic after the fix', (ds) => !ds.some((d) => codeOf(d) === 'cpr'));
});
