// k-anonymity over LSP: row diagnostics on a CSV with known class sizes, the summary, and code actions
// that write a new file whose k is the one the title promised.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestLspClient } from '../support/lspClient';
import { analyseRows, classifyColumns, parseTable, toConfig } from '../../server/src/core/kanon';

const clients: TestLspClient[] = [];
const start = (opts?: ConstructorParameters<typeof TestLspClient>[0]) => { const c = new TestLspClient(opts); clients.push(c); return c; };
after(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  for (const c of clients) c.assertNoNetwork();
});

// Classes over (alder, køn, postnr): A = 4 rows, B = 2 rows, C = 1 row; k = 3 → B and C rows are flagged.
const CLASS = { A: ['34', 'M', '2100'], B: ['34', 'M', '2200'], C: ['47', 'M', '8000'] } as const;
const ORDER = ['A', 'B', 'A', 'C', 'A', 'B', 'A'] as const;
const DIAGNOSES = ['DC509', 'DJ45', 'DI21', 'DE11', 'DC509', 'DJ45', 'DI21'];
function csv(directive = '# skjold-kanon: qi=alder,køn,postnr sensitive=diagnose k=3'): string {
  const lines = [directive, 'løbenr;alder;køn;postnr;diagnose'];
  ORDER.forEach((c, i) => lines.push([String(i + 1), ...CLASS[c], DIAGNOSES[i]].join(';')));
  return lines.join('\n') + '\n';
}

function tmpUri(name: string): { uri: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-kanon-lsp-'));
  return { uri: pathToFileURL(path.join(dir, name)).href, dir };
}

test('row diagnostics on exactly the rows below k, naming columns and class size, never values', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  const { uri } = tmpUri('patients.csv');
  const text = csv();
  c.open(uri, text, 'csv');
  const diags = await c.diagnostics(uri, 1);
  const rows = diags.filter((d) => d.code === 'k-anonymity');
  // Line 0 is the directive, line 1 the header: data row n is on line n + 1.
  const expectedRows = ORDER.map((cls, i) => (cls === 'A' ? -1 : i + 1)).filter((r) => r > 0);
  assert.deepEqual(rows.map((d) => d.range.start.line - 1), expectedRows);
  for (const d of rows) {
    assert.equal(d.source, 'skjold');
    assert.equal(d.range.start.character, 0);
    assert.match(d.message, /'alder', 'køn' and 'postnr' together are shared by (only 2 rows|this row alone) \(k = 3 required\)/);
    for (const value of ['2200', '8000', '34', '47', 'DJ45']) assert.ok(!d.message.includes(value), `no value in the message: ${d.message}`);
  }
  const summary = diags.find((d) => d.code === 'k-anonymity-summary');
  assert.ok(summary, 'a summary on the header');
  assert.equal(summary.range.start.line, 1);
  assert.match(summary.message, /k = 1 over 'alder', 'køn' and 'postnr' \(3 required\): 3 of 7 rows/);
  assert.match(summary.message, /l-diversity of 'diagnose': l = 1/);
});

test('settings choose the quasi-identifiers and k when the file has no directive', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, kAnonymity: { k: 2, quasiIdentifiers: ['postnr'] } } } });
  await c.initialize();
  const { uri } = tmpUri('s.csv');
  c.open(uri, csv('løbenr;x').replace(/^løbenr;x\n/, ''), 'csv');
  const diags = await c.diagnostics(uri, 1);
  // Over postnr alone: 2100 ×4, 2200 ×2, 8000 ×1 → only the C row is below k = 2.
  assert.deepEqual(diags.filter((d) => d.code === 'k-anonymity').map((d) => d.range.start.line), [4]);
});

test('JSON arrays of records get row diagnostics on the record', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, kAnonymity: { k: 2 } } } });
  await c.initialize();
  const { uri } = tmpUri('p.json');
  const records = [
    { alder: 40, køn: 'K', postnr: '2100' }, { alder: 40, køn: 'K', postnr: '2100' }, { alder: 71, køn: 'M', postnr: '9000' },
  ];
  const text = JSON.stringify(records, null, 2);
  c.open(uri, text, 'json');
  const rows = (await c.diagnostics(uri, 1)).filter((d) => d.code === 'k-anonymity');
  assert.equal(rows.length, 1);
  const third = text.split('\n').findIndex((l, i, all) => l.includes('"alder": 71') && i > 0 && all[i - 1]!.includes('{'));
  assert.equal(rows[0]!.range.start.line, third - 1, 'the range starts at the third record');
});

async function actionsFor(c: TestLspClient, uri: string, d: unknown): Promise<any[]> {
  return c.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: (d as any).range, context: { diagnostics: [d] } });
}

/** The k of a CSV text, measured the way the server measures it. */
function kOf(text: string): number {
  const t = parseTable(text, 'csv')!;
  const cls = classifyColumns(t.header, t.rows.map((r) => r.fields), t.directive);
  return analyseRows(t.rows.map((r) => r.fields), toConfig(cls, 3)).stats.k;
}

test('code actions write a new file whose k is the one in the title (eager edits without resolve support)', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  const { uri, dir } = tmpUri('patients.csv');
  const text = csv();
  c.open(uri, text, 'csv');
  const d = (await c.diagnostics(uri, 1)).find((x) => x.code === 'k-anonymity')!;
  const actions = await actionsFor(c, uri, d);
  assert.ok(actions.length >= 3, `several actions: ${actions.map((a) => a.title).join(' | ')}`);
  const titles = actions.map((a) => a.title as string);
  // postnr → region merges 2100 and 2200 (both Region Hovedstaden): only the C row stays below k.
  assert.ok(titles.includes("Generalise 'postnr' to region → k = 1 (new file)"), titles.join(' | '));
  assert.ok(titles.some((t) => /^Suppress the 3 rows below k → k = 4 \(new file\)$/.test(t)), titles.join(' | '));
  for (const a of actions) {
    const [create, fill] = a.edit.documentChanges;
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, pathToFileURL(path.join(dir, 'patients.kanon.csv')).href, 'a new file next to the original');
    assert.equal(create.options.overwrite, false);
    assert.equal(fill.textDocument.uri, create.uri);
    const promised = Number(/→ k = (\d+)/.exec(a.title)![1]);
    assert.equal(kOf(fill.edits[0].newText), promised, `k of the new file for "${a.title}"`);
    assert.ok(fill.edits[0].newText.startsWith('# skjold-kanon:'), 'the directive is kept');
  }
});

test('edits come with the actions even when the client could resolve them; actions for a stale version are not offered', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  const init = await c.initialize(undefined, { workspace: { configuration: true }, textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } });
  assert.ok(!init.capabilities.codeActionProvider.resolveProvider, 'no codeAction/resolve declared');
  const { uri } = tmpUri('r.csv');
  c.open(uri, csv(), 'csv');
  const d = (await c.diagnostics(uri, 1)).find((x) => x.code === 'k-anonymity')!;
  const suppress = (await actionsFor(c, uri, d)).find((a) => a.title.startsWith('Suppress'))!;
  const newText: string = suppress.edit.documentChanges[1].edits[0].newText;
  assert.equal(newText.trim().split('\n').length, 2 + 4, 'directive, header and the 4 rows of class A');
  c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: csv() + '99;34;M;2100;DC509\n' }] });
  await c.diagnostics(uri, 2);
  assert.deepEqual(await actionsFor(c, uri, d), [], 'the diagnostic of version 1 gets no action on version 2');
});

test('the research-extract fixture: every row marked, and a plan that reaches k = 5 by generalising and suppressing', async () => {
  const fixture = path.resolve(__dirname, '../fixtures/notes/forskningsudtraek.csv');
  const text = fs.readFileSync(fixture, 'utf8');
  const { uri } = tmpUri('forskningsudtraek.csv');
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  c.open(uri, text, 'plaintext'); // VS Code without a CSV extension: the file name decides
  const diags = await c.diagnostics(uri, 1);
  const rows = diags.filter((d) => d.code === 'k-anonymity');
  const dataLines = text.trimEnd().split('\n').length - 2;
  assert.equal(rows.length, dataLines, 'raw birth years and postal codes leave every row below k = 5');
  const outlier = text.split('\n').findIndex((l) => l.startsWith('1931;'));
  assert.ok(rows.some((d) => d.range.start.line === outlier && /shared by this row alone/.test(d.message)));
  const actions = await actionsFor(c, uri, rows[0]);
  const reach = actions.find((a) => /suppress the 1 row below k → k = 5 \(new file\)$/.test(a.title));
  assert.ok(reach, actions.map((a) => a.title).join(' | '));
  assert.match(reach.title, /^Generalise .*'postnr' to region/);
  const newText: string = reach.edit.documentChanges[1].edits[0].newText;
  assert.ok(!newText.includes('1931;') && !newText.includes('9990'), 'the outlier row is suppressed');
});

test('a directive naming an unknown column gets a warning on the directive line; a headerless file gets nothing', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  const { uri } = tmpUri('typo.csv');
  c.open(uri, csv('# skjold-kanon: qi=alder,postnummer k=3'), 'csv');
  const diags = await c.diagnostics(uri, 1);
  const warning = diags.find((d) => d.code === 'k-anonymity-directive');
  assert.ok(warning);
  assert.equal(warning.range.start.line, 0);
  assert.match(warning.message, /no column named 'postnummer'/);
  const headerless = tmpUri('raw.csv').uri;
  c.open(headerless, '070761-4285;2100;DC509\n0101801234;8000;DJ45\n', 'csv');
  const raw = await c.diagnostics(headerless, 1);
  assert.deepEqual(raw.filter((d) => String(d.code).startsWith('k-anonymity')), [], 'the first row is data: no table, no column names from values');
});

test('only quick-fixes: a request for source.fixAll gets no k-anonymity action', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  const { uri } = tmpUri('only.csv');
  c.open(uri, csv(), 'csv');
  const d = (await c.diagnostics(uri, 1)).find((x) => x.code === 'k-anonymity')!;
  const fixAll = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['source.fixAll'] } });
  assert.equal((fixAll ?? []).filter((a) => a.data?.kanonAction).length, 0);
  const quick = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
  assert.ok(quick.some((a) => a.data?.kanonAction));
});

test('a document excluded by skjold.exclude gets no k-anonymity diagnostics', async () => {
  const c = start({ settings: { skjold: { debounceMs: 0, exclude: ['*.csv'] } } });
  await c.initialize();
  const { uri } = tmpUri('excluded.csv');
  c.open(uri, csv(), 'csv');
  assert.deepEqual(await c.diagnostics(uri, 1), []);
});
