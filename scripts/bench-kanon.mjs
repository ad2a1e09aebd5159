#!/usr/bin/env node
// Benchmark for `skjold kanon` on generated CSV files (not a test): CPU time (user + system; the machine may be
// shared, so wall time is printed too) and peak memory (max RSS) for
// files of the given sizes in MB, against a baseline measured in the same run: Node streaming the same file
// through the same UTF-8 decoder and counting lines (the least any streaming reader must do).
//   npm run build && node scripts/bench-kanon.mjs 100 1000
// The files go to the OS temp folder (kept between runs; delete them afterwards) and hold synthetic rows:
// id; fødselsdato; køn; postnr; diagnose; behandling; note (some notes quoted, with the delimiter inside).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CLI = path.join(root, 'dist/cli/skjold.js');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(100);

function generate(file, mb) {
  if (fs.existsSync(file) && fs.statSync(file).size >= mb * 1e6) return;
  const fd = fs.openSync(file, 'w');
  let s = 12345;
  const rnd = (n) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s % n; };
  const DIAG = Array.from({ length: 300 }, (_, i) => `D${String.fromCharCode(65 + (i % 26))}${String(10 + (i % 90))}${i % 10}`);
  const TREAT = ['kemoterapi', 'stråleterapi', 'operation', 'ingen', 'medicinsk'];
  let bytes = 0, id = 0, chunk = 'id;fødselsdato;køn;postnr;diagnose;behandling;note\n';
  while (bytes < mb * 1e6) {
    id++;
    const y = 1930 + rnd(76), m = 1 + rnd(12), d = 1 + rnd(28);
    const note = rnd(10) === 0 ? `"kontrol; ${rnd(1000)} ""ok"""` : `kontrol ${rnd(1000)}`;
    chunk += `${id};${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')};${rnd(2) ? 'M' : 'K'};${1000 + rnd(8990)};${DIAG[rnd(300)]};${TREAT[rnd(5)]};${note}\n`;
    if (chunk.length > 1 << 20) { bytes += fs.writeSync(fd, chunk); chunk = ''; }
  }
  if (chunk) bytes += fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

/** Runs a node program under /usr/bin/time: wall and CPU (user + system) seconds, max RSS in MB. */
function measure(args) {
  const r = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing: ${r.stderr.slice(-300)}`);
  return { wall: Number(m[1]), seconds: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, code: r.status, stdout: r.stdout };
}

const baselineJs = `
const fs = require('node:fs');
(async () => {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lines = 0;
  for await (const c of fs.createReadStream(process.argv[1], { highWaterMark: 1 << 20 })) {
    const t = dec.decode(c, { stream: true });
    for (let i = t.indexOf('\\n'); i >= 0; i = t.indexOf('\\n', i + 1)) lines++;
  }
  console.log(lines);
})();`;

for (const mb of sizes) {
  const file = path.join(os.tmpdir(), `skjold-kanon-bench-${mb}mb.csv`);
  generate(file, mb);
  const size = fs.statSync(file).size;
  const base = measure(['-e', baselineJs, file]);
  const rows = Number(base.stdout.trim()) - 1;
  const runs = [
    ['default classification (fødselsdato, køn, postnr, diagnose; l-diversity of behandling)', ['kanon', file]],
    ['--generalise fødselsdato=band5,postnr=region,diagnose=chapter', ['kanon', file, '--generalise', 'fødselsdato=band5,postnr=region,diagnose=chapter']],
  ];
  console.log(`\n${path.basename(file)}: ${(size / 1e6).toFixed(0)} MB, ${rows} rows`);
  console.log(`  baseline (stream + decode + count lines): ${base.seconds.toFixed(1)} s CPU (${base.wall.toFixed(1)} s wall), max RSS ${base.rssMb.toFixed(0)} MB`);
  for (const [label, args] of runs) {
    const r = measure([CLI, ...args]);
    const summary = r.stdout.split('\n').find((l) => / k = \d+ \(/.test(l)) ?? '';
    console.log(`  ${label}: ${r.seconds.toFixed(1)} s CPU (${r.wall.toFixed(1)} s wall; ${(r.seconds / base.seconds).toFixed(1)}× baseline, ${(size / 1e6 / r.seconds).toFixed(0)} MB/s CPU), max RSS ${r.rssMb.toFixed(0)} MB (${(r.rssMb / base.rssMb).toFixed(1)}× baseline); exit ${r.code}`);
    console.log(`    ${summary.replace(/^.*?: /, '')}`);
  }
}
