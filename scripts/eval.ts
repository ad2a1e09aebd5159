// `npm run eval`: the detector's figures on the project's own labelled corpus (test/corpus).
// The corpus examples print as positions only, never values: the corpus is synthetic, but the habit matters.
import { buildCorpus } from '../test/corpus';
import { scoreCorpus } from '../test/corpus/score';

const docs = buildCorpus();
const t0 = performance.now();
const score = scoreCorpus(docs);
const ms = performance.now() - t0;
const bytes = docs.reduce((n, d) => n + d.text.length, 0);
console.log(`Corpus: ${docs.length} documents, ${(bytes / 1024).toFixed(0)} KiB, scanned in ${ms.toFixed(0)} ms\n`);
console.log('type             gold  recall  precision  exact-span');
for (const [type, s] of Object.entries(score.types).sort()) {
  console.log(`${type.padEnd(15)} ${String(s.gold).padStart(5)}  ${s.recall.toFixed(3)}   ${s.precision.toFixed(3)}      ${s.exactRate.toFixed(3)}`);
}
console.log('\nRecall by kind:');
for (const [k, v] of Object.entries(score.kinds).sort()) console.log(`  ${k.padEnd(32)} ${v.found}/${v.gold}`);
console.log(`\nDecoys reported: ${score.decoys.flagged}/${score.decoys.total}`);
if (score.misses.length) console.log('\nMissed (first):\n  ' + score.misses.slice(0, 15).map((m) => m.replace(/ ".*"$/, '')).join('\n  '));
if (score.falseAlarms.length) console.log('\nFalse alarms (first):\n  ' + score.falseAlarms.slice(0, 15).map((m) => m.replace(/ on ".*"$/, '')).join('\n  '));
