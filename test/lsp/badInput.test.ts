// Hostile and unusual text through the server: ranges stay exact in UTF-16 columns, nothing hangs or crashes.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestLspClient, offsetAt } from '../support/lspClient';

const CPR = '070761-4285';
const client = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
const ready = client.initialize();
after(async () => { await client.shutdown(); client.assertNoNetwork(); });

let n = 0;
async function check(text: string, languageId = 'plaintext') {
  await ready;
  const uri = `file:///bad-${n++}.txt`;
  client.open(uri, text, languageId);
  const diags = await client.diagnostics(uri, 1, 30_000);
  return diags.map((d) => text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)));
}

/** offsetAt above counts \n only; for CR line endings compare positions directly. */
function lineCol(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

test('a byte-order mark before the text', async () => {
  assert.deepEqual(await check(`\uFEFFCPR ${CPR}`), [CPR]);
});

test('CRLF, lone CR and mixed line endings give exact ranges', async () => {
  for (const nl of ['\r\n', '\r', '\n', '\r\n\r', '\n\r\n']) {
    const text = `Notat${nl}linje to${nl}CPR ${CPR} slut${nl}`;
    await ready;
    const uri = `file:///eol-${n++}.txt`;
    client.open(uri, text);
    const [d] = await client.diagnostics(uri, 1);
    const at = text.indexOf(CPR);
    assert.deepEqual(d!.range.start, lineCol(text, at), JSON.stringify(nl));
    assert.deepEqual(d!.range.end, lineCol(text, at + CPR.length), JSON.stringify(nl));
  }
});

test('emoji and other astral characters before a finding: UTF-16 columns stay exact', async () => {
  assert.deepEqual(await check(`👩‍⚕️🏥 𝔭𝔱. CPR ${CPR} 🙂`), [CPR]);
});

test('lone UTF-16 surrogates and NUL bytes do not break detection', async () => {
  assert.deepEqual(await check(`\uD800 halv \uDC00\u0000 CPR ${CPR} \u0000`), [CPR]);
});

test('right-to-left text around a finding', async () => {
  assert.deepEqual(await check(`مريض \u202Bرقم\u202C CPR ${CPR} שלום`), [CPR]);
});

test('a file of a million digits yields nothing, promptly', async () => {
  assert.deepEqual(await check('7'.repeat(1_000_000)), []);
});

test('JSON nested 10,000 levels deep', async () => {
  const text = '['.repeat(10_000) + `{"cpr": "${CPR}"}` + ']'.repeat(10_000);
  assert.deepEqual(await check(text, 'json'), [CPR]);
});

test('the server stays responsive to other documents while a large one is checked', async () => {
  await ready;
  const big = `CPR ${CPR}\n`.repeat(20_000);
  client.open('file:///big.txt', big);
  client.open('file:///small.txt', `CPR ${CPR}`);
  const small = await client.diagnostics('file:///small.txt', 1, 30_000);
  assert.equal(small.length, 1);
  const bigDiags = await client.diagnostics('file:///big.txt', 1, 60_000);
  assert.ok(bigDiags.length > 0);
});
