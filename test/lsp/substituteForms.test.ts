// The built server reports eCPR and substitute numbers under their own codes, and test CPR numbers as Hints.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient, offsetAt } from '../support/lspClient';

const NOTE = 'Testpatient CPR-nr.: 250947-9989\nPt. uden CPR, eCPR 1308781OS6\nErstatningspersonnummer: 671280-1234\n';
const clients: TestLspClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  for (const c of clients) c.assertNoNetwork();
});

test('test CPR number → Hint; eCPR → Warning with code ecpr; day+60 substitute → code cpr-substitute', async () => {
  const c = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
  clients.push(c);
  await c.initialize();
  c.open('file:///forms.txt', NOTE);
  const diags = await c.diagnostics('file:///forms.txt', 1);
  const byCode = new Map(diags.map((d) => [d.code, d]));
  const text = (d: (typeof diags)[number]) => NOTE.slice(offsetAt(NOTE, d.range.start), offsetAt(NOTE, d.range.end));
  assert.equal(byCode.get('cpr')?.severity, 4, 'Hint for a test number');
  assert.equal(text(byCode.get('cpr')!), '250947-9989');
  assert.equal(byCode.get('ecpr')?.severity, 2, 'Warning for an eCPR');
  assert.equal(text(byCode.get('ecpr')!), '1308781OS6');
  assert.equal(text(byCode.get('cpr-substitute')!), '671280-1234');
  for (const d of diags) for (const part of ['250947', '9989', '1308781', 'OS6', '671280']) assert.ok(!d.message.includes(part), 'messages never repeat the value');
});
