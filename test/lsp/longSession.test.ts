// Long sessions: 10,000 edits spread over 200 open documents keep the server's memory flat, and closing the
// documents frees every per-document table. Memory comes from the hidden `skjold/debugStats` request (after a
// full GC); no timing is asserted.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient } from '../support/lspClient';

interface Stats { memory: { heapUsed: number; rss: number }; state: Record<string, number> }

const DOCS = 200;
const EDITS = 10_000;
const ROUNDS = EDITS / DOCS; // 50 edits per document
const LINES = 20;
const INSERT = 'CPR 070761-4285 ';

const client = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
after(async () => { await client.shutdown(); client.assertNoNetwork(); });

const uriOf = (d: number) => `file:///long/note-${d}.txt`;
const stats = (): Promise<Stats> => client.request<Stats>('skjold/debugStats', { gc: true }, 30_000);

/** Round r edits line ⌊r/2⌋ mod LINES: even rounds insert a CPR at its start, odd rounds delete it again. */
function editFor(round: number) {
  const line = Math.floor(round / 2) % LINES;
  return round % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: INSERT }
    : { range: { start: { line, character: 0 }, end: { line, character: INSERT.length } }, text: '' };
}

async function editRounds(from: number, to: number): Promise<void> {
  for (let r = from; r < to; r++) {
    for (let d = 0; d < DOCS; d++) {
      client.notify('textDocument/didChange', { textDocument: { uri: uriOf(d), version: r + 2 }, contentChanges: [editFor(r)] });
    }
    // Let the server drain between rounds so the pipe does not buffer thousands of edits at once.
    if (r % 5 === 4) await client.request('skjold/debugStats', {}, 60_000);
  }
  // Every document's diagnostics for its last version: all edits so far have been checked.
  for (let d = 0; d < DOCS; d++) await client.diagnostics(uriOf(d), to + 1, 60_000);
}

test('10,000 edits over 200 documents: heap stays flat, closing frees all per-document state', { timeout: 300_000 }, async () => {
  await client.initialize();
  const body = Array.from({ length: LINES }, (_, i) => `Linje ${i}: patienten har det godt, kontrol om ${i + 2} uger.`).join('\n');
  for (let d = 0; d < DOCS; d++) client.open(uriOf(d), `${body}\nCPR 070761-4285 (${d})\n`);
  for (let d = 0; d < DOCS; d++) assert.equal((await client.diagnostics(uriOf(d), 1, 60_000)).length, 1);
  const start = await stats();
  assert.equal(start.state.documents, DOCS);

  await editRounds(0, ROUNDS / 2);
  const mid = await stats();
  await editRounds(ROUNDS / 2, ROUNDS);
  const end = await stats();
  // After an even number of rounds every inserted CPR was deleted again: one finding per document.
  for (let d = 0; d < DOCS; d++) assert.equal((await client.diagnostics(uriOf(d), ROUNDS + 1)).length, 1);

  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const figures = `heap start ${mb(start.memory.heapUsed)} MB, mid ${mb(mid.memory.heapUsed)} MB, end ${mb(end.memory.heapUsed)} MB`;
  // Generous: a leak of even 1 KB per edit would add ~5 MB over the second half.
  assert.ok(end.memory.heapUsed - mid.memory.heapUsed < 4 * 1024 * 1024, `heap grew in the second half: ${figures}`);
  assert.equal(end.state.checkSessions, DOCS, figures);

  for (let d = 0; d < DOCS; d++) client.notify('textDocument/didClose', { textDocument: { uri: uriOf(d) } });
  await client.waitFor(() => Array.from({ length: DOCS }, (_, d) => client.publications(uriOf(d)).at(-1)).every((p) => p?.diagnostics.length === 0), 'cleared diagnostics', 60_000);
  const closed = await stats();
  for (const [table, entries] of Object.entries(closed.state)) assert.equal(entries, 0, `${table} still holds ${entries} entries after closing every document`);
  assert.ok(closed.memory.heapUsed <= end.memory.heapUsed + 1024 * 1024, `heap after closing: ${mb(closed.memory.heapUsed)} MB; ${figures}`);
  console.log(`# long session: ${figures}, after closing ${mb(closed.memory.heapUsed)} MB`);
});
