// `node --import tsx scripts/bench-names.ts [KiB]`: what name and address detection cost, as ratios to CPR
// detection on the same text in the same run (absolute times on a shared machine mean little). The text is the
// project's own labelled corpus, repeated to the requested size. Also: the first call, which decodes the word lists.
import { detect, type IdentifierType } from '../server/src/core';
import { buildCorpus } from '../test/corpus';

const kib = Number(process.argv[2] ?? 1024);
const corpus = buildCorpus().map((d) => d.text).join('\n\n');
let text = '';
while (text.length < kib * 1024) text += corpus + '\n\n';

function time(types: IdentifierType[], runs = 3): number {
  const set = new Set(types);
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) detect(text, { types: set });
  return (performance.now() - t0) / runs;
}

const firstCall = (() => { const t0 = performance.now(); detect('Anne Jensen, Møllevej 3, 4700 Næstved'); return performance.now() - t0; })();
const cpr = time(['cpr']);
const name = time(['name']);
const address = time(['address']);
const window = (() => {
  const set = new Set<IdentifierType>(['name', 'address']);
  const t0 = performance.now();
  for (let i = 0; i < 50; i++) detect(text, { types: set, window: { start: (i * 7919) % text.length, end: ((i * 7919) % text.length) + 200 } });
  return (performance.now() - t0) / 50;
})();
console.log(`text: ${(text.length / 1024).toFixed(0)} KiB`);
console.log(`name / cpr:    ${(name / cpr).toFixed(2)}`);
console.log(`address / cpr: ${(address / cpr).toFixed(2)}`);
console.log(`name+address in a 200-character window / full cpr scan: ${(window / cpr).toFixed(3)}`);
console.log(`first call (decodes the word lists) / full cpr scan of ${(text.length / 1024).toFixed(0)} KiB: ${(firstCall / cpr).toFixed(2)}`);
