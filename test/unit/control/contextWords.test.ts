import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../../server/src/core';
import { cprContextFor, CPR_CONTEXT, CPR_CUES } from '../../../server/src/core/cpr/cprContext';

const cprs = (text: string, languageId: string, words?: string[]) => detect(text, { languageId, cprContextWords: words }).filter((f) => f.type === 'cpr');

test('an extra cue word lifts a number without modulus-11 into a finding, as a word and as a field name', () => {
  const words = ['journalnøgle', 'borgerNoegle'];
  assert.equal(cprs('journalnøgle 0707614286', 'plaintext').length, 0);
  const [f] = cprs('journalnøgle 0707614286', 'plaintext', words);
  assert.ok(f);
  assert.ok(f.reasons.some((r) => JSON.stringify(r).includes('journalnøgle')), 'the reason names the word');
  assert.ok(cprs('{"borger_noegle": "0707614285"}', 'json', words)[0]!.confidence > cprs('{"borger_noegle": "0707614285"}', 'json')[0]!.confidence);
});

test('words are plain text (regex characters are escaped), and the built-in spec and regex are left alone', () => {
  const source = CPR_CUES.source;
  assert.equal(cprContextFor(undefined), CPR_CONTEXT);
  assert.equal(cprContextFor([]), CPR_CONTEXT);
  const words = ['id.(x)*'];
  assert.equal(cprContextFor(words), cprContextFor(words), 'compiled once per array');
  assert.equal(cprs('idXXx 0707614286', 'plaintext', words).length, 0, 'no regex meaning');
  assert.equal(cprs('id.(x)* 0707614286', 'plaintext', words).length, 1);
  assert.equal(CPR_CUES.source, source);
  assert.equal(cprs('journalnøgle 0707614286', 'plaintext').length, 0, 'other calls do not see the words');
});
