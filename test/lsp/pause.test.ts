// "Pause checking": the client's skjold/setPaused notification clears and suppresses diagnostics; resume re-checks.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient } from '../support/lspClient';

const NOTE = 'Pt. indlagt, CPR-nr. 070761-4285, i dag.\n';
const c = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
after(async () => { await c.shutdown(); c.assertNoNetwork(); });

test('pause clears the published findings and edits while paused publish nothing; resume re-checks at once', async () => {
  await c.initialize();
  c.open('file:///pause.txt', NOTE);
  assert.equal((await c.diagnostics('file:///pause.txt', 1)).length, 1);

  c.notify('skjold/setPaused', { paused: true });
  await c.waitFor(() => c.publications('file:///pause.txt').at(-1)!.diagnostics.length === 0, 'the finding cleared on pause');
  c.notify('textDocument/didChange', { textDocument: { uri: 'file:///pause.txt', version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'CPR 0707614285\n' }] });
  assert.deepEqual(await c.diagnostics('file:///pause.txt', 2), [], 'nothing is reported for an edit while paused');

  c.notify('skjold/setPaused', { paused: false });
  await c.waitFor(() => c.publications('file:///pause.txt').at(-1)!.diagnostics.length === 2, 'both findings back after resume');
});
