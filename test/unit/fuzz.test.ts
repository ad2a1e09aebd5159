// The fuzz properties with a fixed seed, so CI is repeatable. `npm run fuzz` runs them longer with a random seed.
import { test } from 'node:test';
import fc from 'fast-check';
import { PROPERTIES } from '../fuzz/properties';

for (const [name, prop] of Object.entries(PROPERTIES)) {
  test(`fuzz: ${name}`, () => {
    fc.assert(prop as fc.IProperty<unknown>, { seed: 20261123, numRuns: 300 });
  });
}
