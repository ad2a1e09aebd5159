// A weekday and a month before a day number or a year are a date stamp, not a name (name/dateWords.ts); names
// made of the same words without a date after them, and other names, stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../../server/src/core';
import { onlyDateWords } from '../../../server/src/core/name/dateWords';

const names = (text: string) => detect(text).filter((f) => f.type === 'name').map((f) => text.slice(f.start, f.end));

test('a weekday and a month before a day number or year are no name', () => {
  assert.deepEqual(names('#define BUILT "built on: Tue Jan 27 00:00:00 2026 UTC"'), []);
  assert.deepEqual(names(' * Date:\tThu Dec 3, 1987'), []);
  assert.deepEqual(names('Sidst ændret: Tue. Jan. 5 2021'), []);
});

test('the same words as names, without a date after them, and other names stay', () => {
  assert.deepEqual(names('Kontakt: Tue Jensen, tlf. følger'), ['Tue Jensen']);
  assert.deepEqual(names('Patient: Jan Hansen 12 år'), ['Jan Hansen']);
  assert.deepEqual(names('Mødt af Jan Tue 12 gange'), ['Jan Tue'], 'a month before a weekday is no date stamp');
});

test('onlyDateWords: a weekday then a month, nothing else', () => {
  assert.equal(onlyDateWords('Thu Dec'), true);
  assert.equal(onlyDateWords('Tue. Jan.'), true);
  assert.equal(onlyDateWords('Jan Tue'), false);
  assert.equal(onlyDateWords('Tue Jensen'), false);
  assert.equal(onlyDateWords('Tue'), false);
  assert.equal(onlyDateWords('Tue Jan Hansen'), false);
});
