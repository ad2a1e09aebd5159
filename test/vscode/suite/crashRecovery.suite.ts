// If the language server process dies, the client restarts it, the open documents are checked again, and the
// user is told once — not once per crash.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from '../harness';
import { codeOf, diagnosticsWith, openNoteCopy, skjold, skjoldDiagnostics, waitFor } from '../helpers';

async function killServerAndWaitForRestart(api: Awaited<ReturnType<typeof skjold>>, uri: vscode.Uri, restartsBefore: number): Promise<void> {
  const pid = await waitFor('the server process id', () => api.serverPid());
  process.kill(pid, 'SIGKILL');
  await waitFor('the client to restart the killed server', () => api.crashStats().restarts > restartsBefore, 20_000);
  const newPid = await waitFor('the restarted server to answer', async () => {
    try { const p = await api.serverPid(); return p !== undefined && p !== pid ? p : undefined; } catch { return undefined; }
  }, 20_000);
  assert.notEqual(newPid, pid, 'a new server process');
  const back = await diagnosticsWith(uri, 'cpr');
  assert.equal(back.filter((d) => codeOf(d) === 'cpr').length, 1, 'the open document is checked again after the restart');
}

test('crash recovery: a killed server is restarted, documents are checked again, the user is told once', async () => {
  const api = await skjold();
  const editor = await openNoteCopy('clinical-note.txt');
  const uri = editor.document.uri;
  await diagnosticsWith(uri, 'cpr');
  const before = api.crashStats();
  await killServerAndWaitForRestart(api, uri, before.restarts);
  assert.equal(api.crashStats().notices, Math.max(1, before.notices), 'the user is told (once)');
  await killServerAndWaitForRestart(api, uri, before.restarts + 1);
  assert.equal(api.crashStats().notices, Math.max(1, before.notices), 'a second crash does not tell the user again');
  assert.ok(skjoldDiagnostics(uri).length >= 1);
});
