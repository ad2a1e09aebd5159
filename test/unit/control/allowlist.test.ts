import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlistEntry, detect, filterAllowlisted, normaliseAllowlistValue, parseAllowlist, withAllowlistEntry } from '../../../server/src/core';

const KEY = 'a'.repeat(64);
const OTHER_KEY = 'b'.repeat(64);

test('spellings of one identifier normalise to one value', () => {
  assert.equal(normaliseAllowlistValue('cpr', '010180-1234'), normaliseAllowlistValue('cpr', '0101801234'));
  assert.equal(normaliseAllowlistValue('email', 'Anna.Hansen@Example.DK'), 'anna.hansen@example.dk');
  assert.equal(normaliseAllowlistValue('phone', '+45 12 34 56 78'), '12345678');
  assert.equal(normaliseAllowlistValue('phone', '0045-12345678'), '12345678');
  assert.notEqual(normaliseAllowlistValue('cpr', '0101801234'), normaliseAllowlistValue('cpr', '0101801235'));
});

test('entries are keyed: same value and key give one entry, another key or type another', () => {
  assert.equal(allowlistEntry(KEY, 'cpr', '070761-4285'), allowlistEntry(KEY, 'cpr', '0707614285'));
  assert.notEqual(allowlistEntry(KEY, 'cpr', '070761-4285'), allowlistEntry(OTHER_KEY, 'cpr', '070761-4285'));
  assert.notEqual(allowlistEntry(KEY, 'cpr', '0707614285'), allowlistEntry(KEY, 'phone', '0707614285'));
  assert.match(allowlistEntry(KEY, 'cpr', '070761-4285'), /^cpr [0-9a-f]{64}$/);
});

test('the file: header once, no duplicates, parse skips comments and junk', () => {
  const e1 = allowlistEntry(KEY, 'cpr', '070761-4285'), e2 = allowlistEntry(KEY, 'email', 'a@b.dk');
  let file = withAllowlistEntry(undefined, e1);
  assert.match(file, /^# Skjold allowlist/);
  assert.equal(withAllowlistEntry(file, e1), file, 'already there');
  file = withAllowlistEntry(file, e2);
  assert.deepEqual(parseAllowlist(file + 'junk line\ncpr 1234\n'), new Set([e1, e2]));
});

test('the allowlist file holds nothing the detector would flag', () => {
  const values: [string, string][] = [['cpr', '070761-4285'], ['email', 'anna.hansen@example.dk'], ['phone', '+45 12 34 56 78'], ['iban', 'DK50 0040 0440 1162 43'], ['cvr', '10150817']];
  let file: string | undefined;
  for (const [type, value] of values) file = withAllowlistEntry(file, allowlistEntry(KEY, type, value));
  for (const [, value] of values) assert.ok(!file!.includes(value.replace(/\s/g, '')) && !file!.includes(value));
  for (const languageId of ['plaintext', 'properties']) assert.deepEqual(detect(file!, { languageId }).map((f) => f.type), [], languageId);
});

test('filtering drops allowlisted values in any spelling, keeps others, and needs the key', () => {
  const text = 'CPR-nr. 070761-4285 og CPR-nr. 0707614285 og CPR-nr. 010180-1234';
  const found = detect(text, { languageId: 'plaintext' }).filter((f) => f.type === 'cpr');
  assert.ok(found.length >= 2);
  const entries = parseAllowlist(allowlistEntry(KEY, 'cpr', '0707614285'));
  const left = filterAllowlisted(text, found, entries, KEY);
  assert.ok(left.every((f) => text.slice(f.start, f.end).replace('-', '') !== '0707614285'));
  assert.equal(left.length, found.filter((f) => text.slice(f.start, f.end).replace('-', '') !== '0707614285').length);
  assert.equal(filterAllowlisted(text, found, entries, OTHER_KEY).length, found.length, 'another key matches nothing');
  assert.equal(filterAllowlisted(text, found, entries, undefined).length, found.length);
});
