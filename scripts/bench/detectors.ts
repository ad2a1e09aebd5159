// `npm run bench:detectors`: where detection time goes, per detector, over the bench corpus's files (each file
// one text, as the CLI scans them). For working on the detector core's speed; figures are ratios to a naive
// regex pass over the same texts in the same run (the machines are noisy), plus milliseconds for orientation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DETECTORS, detect } from '../../server/src/core/detect';
import { ScanContext } from '../../server/src/core/scan';
import { ensureCorpus } from './corpus';

const dir = ensureCorpus(path.join(os.tmpdir(), 'skjold-bench-corpus')).dir;
const texts: string[] = [];
(function walk(d: string): void {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) {
      const t = fs.readFileSync(p, 'utf8');
      if (!t.includes('\0')) texts.push(t);
    }
  }
})(dir);
const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;

const time = (run: () => void): number => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};
const naive = /\d{6}-?\d{4}/g;
const naivePass = (): void => { for (const t of texts) t.match(naive); };
// Warm the JIT on a share of the texts first: the CLI's workers run hot after their first files too.
for (let r = 0; r < 2; r++) for (const t of texts.slice(0, 5_000)) detect(t);
naivePass();

const rounds = Number(process.argv[2] ?? 3);
const best = (run: () => void): number => Math.min(...Array.from({ length: rounds }, () => time(run)));
const naiveMs = best(naivePass);
const wholeMs = best(() => { for (const t of texts) detect(t); });
const ctxMs = best(() => { for (const t of texts) new ScanContext(t, {}); });
console.log(`${texts.length} texts, ${mb.toFixed(1)} MB; best of ${rounds}`);
console.log(`naive regex ${naiveMs.toFixed(0)} ms; detect() ${wholeMs.toFixed(0)} ms = ${(wholeMs / naiveMs).toFixed(1)} × naive, ${(mb / wholeMs * 1e3).toFixed(1)} MB/s`);
const rows = DETECTORS.map((d) => {
  const ms = best(() => { for (const t of texts) d.detect(new ScanContext(t, {})); }) - ctxMs;
  return { name: d.types.join(','), ms };
});
const sum = rows.reduce((n, r) => n + r.ms, 0);
for (const r of rows.sort((a, b) => b.ms - a.ms)) console.log(`${r.ms.toFixed(0).padStart(6)} ms ${(r.ms / naiveMs).toFixed(1).padStart(6)} × naive  ${r.name}`);
console.log(`${(wholeMs - sum).toFixed(0).padStart(6)} ms  outside the detectors (own values, overlaps, shared context built lazily)`);
