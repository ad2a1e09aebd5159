// The word for name itself (name, navn, patientnavn …) labels a name only as a label: followed by a comma or a full
// stop it ends a sentence or sits in a list, as in code (`(Name, Class)`, `const char *name, BIT_STRING`) and
// prose (`the family name. This is …`). Titles and abbreviations (Pt., Hr.) keep their full stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../../server/src/core';

const names = (text: string) => detect(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

test('name/navn followed by a comma or full stop is no cue for a lone capitalised word', () => {
  assert.deepEqual(names('#define __CLAUSE(Name, Class) \\'), []);
  assert.deepEqual(names(" *     The face's family name.  This is an ASCII string"), []);
  assert.deepEqual(names('int f(const char *name, BIT_STRING *tbl);'), []);
  assert.deepEqual(names('Skriv dit navn. Mette hjælper dig'), []);
});

test('as a label, and after titles and abbreviations, the cue still works', () => {
  assert.deepEqual(names('Navn: Mette'), ['Mette']);
  assert.deepEqual(names('navn Mette'), ['Mette']);
  assert.deepEqual(names('Patientnavn: Ole'), ['Ole']);
  assert.deepEqual(names('Name:\nSigrid'), ['Sigrid']);
  assert.deepEqual(names('Pt. Jens'), ['Jens']);
  assert.deepEqual(names('Hr. Madsen'), ['Madsen']);
  assert.deepEqual(names('name, Mette Hansen'), ['Mette Hansen'], 'a first name and a surname need no cue');
});
