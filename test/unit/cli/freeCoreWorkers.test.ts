// The CLI's worker count (scanPool.ts freeCoreWorkers): one per free core but the main thread's, where a free
// core is one the 1-minute load average leaves (rounded), never below none nor above cores - 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freeCoreWorkers } from '../../../server/src/cli/scanPool';

test('an idle machine: a worker per core beside the main thread', () => {
  assert.equal(freeCoreWorkers(2, 0), 1);
  assert.equal(freeCoreWorkers(8, 0.2), 7);
  assert.equal(freeCoreWorkers(1, 0), 0);
});

test('a busy machine: fewer workers, none when no core is free beside the main thread', () => {
  assert.equal(freeCoreWorkers(2, 1), 0);
  assert.equal(freeCoreWorkers(2, 0.7), 0);
  assert.equal(freeCoreWorkers(2, 0.4), 1);
  assert.equal(freeCoreWorkers(8, 3.2), 4);
  assert.equal(freeCoreWorkers(4, 9), 0);
  assert.equal(freeCoreWorkers(4, -1), 3, 'a nonsense load counts as none');
});
