// Memory of a streaming `skjold scan`: peak RSS on a large folder as a ratio of the peak on a small one, in the
// same run. Streaming means the ratio stays near 1 whatever the folder's size (texts are dropped file by file;
// only counts, and for SARIF the results, are kept).
//   node --import tsx scripts/bench-scan-memory.ts [--mb 200] [--format jsonl]
// Linux only (reads VmHWM from /proc). Writes its folders under the temp dir and removes them.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticCpr } from '../server/src/report/syntheticCpr';

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1]! : dflt; };
const largeMb = Number(arg('--mb', '200'));
const format = arg('--format', 'jsonl');
const FILE_KB = 256;
const CLI = path.resolve(__dirname, '../dist/cli/skjold.js');

function makeFolder(mb: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-bench-'));
  const n = Math.max(1, Math.round((mb * 1024) / FILE_KB));
  for (let i = 0; i < n; i++) {
    const lines: string[] = [];
    let size = 0;
    for (let j = 0; size < FILE_KB * 1024; j++) {
      const line = j % 50 === 0
        ? `Patient ${j} CPR-nr. ${syntheticCpr(1950 + (j % 60), 1 + (j % 12), 1 + (j % 28), { serial: j % 90 })} indlagt ${i}.`
        : `Journalnotat ${i}.${j}: kontrol efter operation, ordrenr. ${100000 + j}, ingen bemærkninger.`;
      lines.push(line);
      size += line.length + 1;
    }
    fs.mkdirSync(path.join(dir, `d${i % 16}`), { recursive: true });
    fs.writeFileSync(path.join(dir, `d${i % 16}`, `f${i}.txt`), lines.join('\n'));
  }
  return dir;
}

function peakRssKb(dir: string): Promise<{ peakKb: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [CLI, 'scan', dir, '--format', format, '--fail-on', 'none'], { stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    child.on('error', reject);
    child.on('exit', () => { clearInterval(poll); resolve({ peakKb: peak, seconds: (Date.now() - t0) / 1000 }); });
  });
}

async function main(): Promise<void> {
const small = makeFolder(2);
const large = makeFolder(largeMb);
try {
  const s = await peakRssKb(small);
  const l = await peakRssKb(large);
  console.log(`format ${format}: small folder 2 MB → peak RSS ${(s.peakKb / 1024).toFixed(0)} MB (${s.seconds.toFixed(1)} s); ` +
    `large folder ${largeMb} MB → peak RSS ${(l.peakKb / 1024).toFixed(0)} MB (${l.seconds.toFixed(1)} s); ratio ${(l.peakKb / s.peakKb).toFixed(2)}`);
} finally {
  fs.rmSync(small, { recursive: true, force: true });
  fs.rmSync(large, { recursive: true, force: true });
}
}

void main();
