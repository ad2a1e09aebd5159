// `npm run fuzz [runs] [seed]`: the nightly-style fuzz run. Prints the seed so a failure can be replayed.
import { runAll } from '../test/fuzz/properties';

const runs = Number(process.argv[2] ?? 20_000);
const seed = process.argv[3] !== undefined ? Number(process.argv[3]) : Math.floor(Math.random() * 2 ** 31);
console.log(`fuzz: ${runs} runs per property, seed ${seed} (replay: npm run fuzz -- ${runs} ${seed})`);
runAll({ seed, numRuns: runs });
