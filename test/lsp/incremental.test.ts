// The language server's incremental checks, diagnostics cap and responsiveness on large documents.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient } from '../support/lspClient';

const clients: TestLspClient[] = [];
const start = (opts?: ConstructorParameters<typeof TestLspClient>[0]) => { const c = new TestLspClient(opts); clients.push(c); return c; };
after(async () => { await Promise.all(clients.map((c) => c.shutdown())); });

const FILLER = 'Patienten er set i ambulatoriet, har det godt og fortsætter vanlig behandling.\n';
const STRONG = '070761-4285'; // valid modulus-11: strong (Warning)
const WEAK = '070761-4286'; // fails modulus-11, after a CPR word: weak (Information)

function pos(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const key = (d: { range: unknown; code?: unknown; severity?: unknown; message: string }) => JSON.stringify([d.range, d.code, d.severity, d.message]);

test('after a sequence of incremental edits the diagnostics equal those of a fresh open of the same text', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  let text = 'Journal\n\n\n' + (FILLER.repeat(60) + `CPR-nr.: ${STRONG}\nOrdrenr. 0707614285\n`).repeat(40);
  c.open('file:///big.txt', text);
  await c.diagnostics('file:///big.txt', 1);
  const edits: [number, number, string][] = [
    [text.indexOf(STRONG) + 3, text.indexOf(STRONG) + 4, '9'], // breaks a date
    [text.indexOf('Ordrenr.'), text.indexOf('Ordrenr.') + 8, 'CPR'], // a decoy gets a CPR word
    [Math.floor(text.length / 2), Math.floor(text.length / 2), ` CPR ${STRONG} `], // paste
    [text.length - 40, text.length - 30, ''], // delete
    [200, 200, '\n'], // split a line
  ];
  let version = 1;
  for (const [s, e, t] of edits) {
    const range = { start: pos(text, s), end: pos(text, e) };
    text = text.slice(0, s) + t + text.slice(e);
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///big.txt', version: ++version }, contentChanges: [{ range, text: t }] });
  }
  const incremental = await c.diagnostics('file:///big.txt', version);
  c.open('file:///fresh.txt', text);
  const fresh = await c.diagnostics('file:///fresh.txt', 1);
  assert.ok(fresh.length > 40);
  assert.deepEqual(incremental.map(key), fresh.map(key));
});

test('diagnostics are capped by skjold.maxDiagnostics, the most severe kept, and the total is reported', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, maxDiagnostics: 3 } } });
  await c.initialize();
  const lines = [`CPR ${WEAK}`, `CPR ${WEAK}`, `CPR ${STRONG}`, `CPR ${WEAK}`, `CPR ${STRONG}`, `CPR ${WEAK}`, `CPR ${STRONG}`, `CPR ${STRONG}`];
  c.open('file:///many.txt', lines.join('\n') + '\n');
  const diags = await c.diagnostics('file:///many.txt', 1);
  assert.equal(diags.length, 3);
  assert.ok(diags.every((d) => d.severity === 2), 'only Warnings (the most severe) are kept');
  assert.deepEqual(diags.map((d) => d.range.start.line), [2, 4, 6], 'the earliest of equal rank, in document order');
  await c.waitFor(() => c.notifications.some((n) => n.method === 'skjold/findingCount'), 'finding count');
  const count = c.notifications.find((n) => n.method === 'skjold/findingCount')!.params as { uri: string; total: number; shown: number; version: number };
  assert.deepEqual(count, { uri: 'file:///many.txt', version: 1, total: 8, shown: 3 });
  // Back under the cap: one more count clears the client's total; an uncapped file sends none.
  c.notify('textDocument/didChange', { textDocument: { uri: 'file:///many.txt', version: 2 }, contentChanges: [{ text: `CPR ${STRONG}\n` }] });
  assert.equal((await c.diagnostics('file:///many.txt', 2)).length, 1);
  await c.waitFor(() => c.notifications.filter((n) => n.method === 'skjold/findingCount').length === 2, 'the clearing count');
  assert.deepEqual(c.notifications.filter((n) => n.method === 'skjold/findingCount')[1]!.params, { uri: 'file:///many.txt', version: 2, total: 1, shown: 1 });
  c.notify('textDocument/didChange', { textDocument: { uri: 'file:///many.txt', version: 3 }, contentChanges: [{ text: `CPR ${STRONG}\nCPR ${STRONG}\n` }] });
  await c.diagnostics('file:///many.txt', 3);
  assert.equal(c.notifications.filter((n) => n.method === 'skjold/findingCount').length, 2);
});

test('a large document is scanned in slices: the server answers requests while it works', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  const big = (FILLER.repeat(40) + `CPR-nr.: ${STRONG}\n`).repeat(3000); // ~10 MB
  c.open('file:///huge.txt', big);
  c.open('file:///small.txt', `CPR ${STRONG}\n`);
  // The small document's diagnostics and a request's answer arrive before the huge document is done.
  const actions = await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri: 'file:///small.txt' }, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 15 } }, context: { diagnostics: [] } });
  assert.ok(Array.isArray(actions));
  await c.diagnostics('file:///small.txt', 1);
  assert.equal(c.publications('file:///huge.txt').length, 0, 'the huge document is still being scanned');
  const diags = await c.diagnostics('file:///huge.txt', 1, 60_000);
  assert.equal(diags.length, 1000, 'capped at the default 1000');
  const countFor = () => c.notifications.filter((n) => n.method === 'skjold/findingCount').map((n) => n.params as { uri: string; total: number }).find((p) => p.uri === 'file:///huge.txt');
  await c.waitFor(() => !!countFor(), 'finding count of the huge document');
  assert.equal(countFor()!.total, 3000);
});
