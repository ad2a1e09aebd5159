// Heavy and binary input through the server: a 50 MB single-line document, a document with a million findings,
// binary-looking content. Diagnostics arrive capped with the total reported (`skjold/findingCount`), and other
// documents are served meanwhile. Ordering is asserted, never timing.
// Sizes: `npm test` runs an 8 MB line and 200,000 findings (the same code paths, a shared CI machine's minutes);
// `npm run test:hostile` runs the full 50 MB line and a million findings (SKJOLD_HOSTILE_FULL=1).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient } from '../support/lspClient';

/** LSP position of an offset; lines end at \r\n, \r or \n. */
function lineCol(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

const CPR = '070761-4285';
const MAX = 1000; // skjold.maxDiagnostics default
const FULL = process.env.SKJOLD_HOSTILE_FULL === '1';
const LINE_CHARS = FULL ? 50_000_000 : 8_000_000;
const FINDINGS = FULL ? 1_000_000 : 200_000;
const client = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
const ready = client.initialize();
after(async () => { await client.shutdown(); client.assertNoNetwork(); });

interface Count { uri: string; version: number; total: number; shown: number }
const counts = (uri: string) => client.notifications.filter((n) => n.method === 'skjold/findingCount' && (n.params as Count).uri === uri).map((n) => n.params as Count);
/** The findingCount notifications for `uri`, once one has arrived (it follows the diagnostics, maybe a read later). */
async function countsArrived(uri: string): Promise<Count[]> {
  await client.waitFor(() => counts(uri).length > 0, `skjold/findingCount for ${uri}`, 60_000);
  return counts(uri);
}
const publishIndex = (uri: string) => client.notifications.findIndex((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);

test(`a ${LINE_CHARS / 1e6} MB single-line document: capped diagnostics with the total, and a small document is served first`, { timeout: 240_000 }, async () => {
  await ready;
  const unit = `Patient CPR ${CPR} indlagt med feber og hoste. ${'lorem ipsum dolor sit amet '.repeat(200)}`;
  const big = unit.repeat(Math.ceil(LINE_CHARS / unit.length)).slice(0, LINE_CHARS);
  assert.ok(!big.includes('\n'));
  const expected = big.split(CPR).length - 1;
  assert.ok(expected > MAX);
  client.open('file:///huge-line.txt', big);
  client.open('file:///small-beside.txt', `CPR ${CPR}`);
  const small = await client.diagnostics('file:///small-beside.txt', 1, 120_000);
  assert.equal(small.length, 1);
  const diags = await client.diagnostics('file:///huge-line.txt', 1, 200_000);
  assert.ok(publishIndex('file:///small-beside.txt') < publishIndex('file:///huge-line.txt'), 'the small document waited for the big one');
  assert.equal(diags.length, MAX);
  for (const d of diags.slice(0, 20)) {
    assert.equal(d.range.start.line, 0);
    assert.equal(big.slice(d.range.start.character, d.range.end.character), CPR);
  }
  const [count] = await countsArrived('file:///huge-line.txt');
  assert.deepEqual(count && { total: count.total, shown: count.shown }, { total: expected, shown: MAX });
});

test(`a document with ${FINDINGS} findings: capped, the total reported by skjold/findingCount`, { timeout: 240_000 }, async () => {
  await ready;
  const uri = 'file:///million-findings.txt';
  client.open(uri, `CPR ${CPR}\n`.repeat(FINDINGS));
  const diags = await client.diagnostics(uri, 1, 200_000);
  assert.equal(diags.length, MAX);
  const [count] = await countsArrived(uri);
  assert.deepEqual(count && { version: count.version, total: count.total, shown: count.shown }, { version: 1, total: FINDINGS, shown: MAX });
  // The server still answers on the same document.
  const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: diags[0]!.range.start }, 60_000);
  assert.ok(hover, 'hover on a finding of the capped document');
});

test('binary-looking content in an open document is checked like any text (exact ranges, no crash)', async () => {
  await ready;
  // What an editor shows for a PNG opened as text: control characters, NULs, replacement characters.
  const text = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000\uFFFD\uFFFD' + '\u0000\u0007\u00ff'.repeat(3000) + ` CPR ${CPR} ` + '\u0000'.repeat(100);
  const uri = 'file:///image-as-text.png';
  client.open(uri, text);
  const diags = await client.diagnostics(uri, 1, 30_000);
  const at = text.indexOf(CPR);
  assert.deepEqual(diags.map((d) => d.range), [{ start: lineCol(text, at), end: lineCol(text, at + CPR.length) }]);
});
