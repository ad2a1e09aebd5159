// Words in capitals without a cue: a first name before a word in no list is as likely an English or Danish word of a
// shouted line (a licence's disclaimer) as a name; a listed surname, or a label, still makes a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../../server/src/core';

const names = (text: string) => detect(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

test("a licence's disclaimer in capitals holds no name", () => {
  const disclaimer = 'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT ANY WARRANTY. IN NO EVENT SHALL THE HOLDERS BE LIABLE\n' +
    'FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY; ALL WARRANTIES ARE DISCLAIMED.';
  assert.deepEqual(names(disclaimer), []);
});

test('names in capitals with a listed surname or after a label are still found', () => {
  assert.deepEqual(names('METTE HANSEN'), ['METTE HANSEN']);
  assert.deepEqual(names('NAVN: METTE OKONKWO'), ['METTE OKONKWO']);
  assert.deepEqual(names('Patient: ANNE METTE'), ['ANNE METTE']);
  assert.deepEqual(names('Mette Okonkwo blev set i dag'), ['Mette Okonkwo']);
});
