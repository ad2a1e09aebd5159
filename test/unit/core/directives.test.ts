import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDirectives, detect } from '../../../server/src/core';

const CPR = '070761-4285';
const found = (text: string) => applyDirectives(text, detect(text)).map((f) => text.slice(0, f.start).split('\n').length);

test('disable-next-line silences only the next line, in any comment style', () => {
  for (const comment of ['// skjold-disable-next-line', '# skjold-disable-next-line', '-- skjold-disable-next-line', '<!-- skjold-disable-next-line -->', '/* skjold-disable-next-line */']) {
    const text = `${comment}\nCPR ${CPR}\nCPR ${CPR}\n`;
    assert.deepEqual(found(text), [3], comment);
  }
});

test('disable-line silences its own line', () => {
  assert.deepEqual(found(`CPR ${CPR} // skjold-disable-line\nCPR ${CPR}`), [2]);
});

test('disable … enable silences a block; without enable, to the end', () => {
  assert.deepEqual(found(`CPR ${CPR}\n# skjold-disable\nCPR ${CPR}\nCPR ${CPR}\n# skjold-enable\nCPR ${CPR}`), [1, 6]);
  assert.deepEqual(found(`CPR ${CPR}\n# skjold-disable\nCPR ${CPR}\n`), [1]);
});

test('type lists limit a directive to those types', () => {
  assert.deepEqual(found(`// skjold-disable-next-line phone\nCPR ${CPR}`), [2], 'another type: still reported');
  assert.deepEqual(found(`// skjold-disable-next-line phone, cpr\nCPR ${CPR}`), []);
  assert.deepEqual(found(`// skjold-disable-next-line -- test data, reviewed\nCPR ${CPR}`), [], 'an explanation is not a type list');
});

test('a text without directives is returned as is', () => {
  const text = `CPR ${CPR}`;
  const f = detect(text);
  assert.equal(applyDirectives(text, f), f);
});
