// Responsiveness of the server during a workspace scan: round-trip time of an open-document check while
// skjold/scanWorkspace runs over many files, as a ratio of the same round trip on an idle server (same run).
//   node --import tsx scripts/bench-workspace-scan.ts [--files 40000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { TestLspClient } from '../test/support/lspClient';
import { syntheticCpr } from '../server/src/report/syntheticCpr';

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1]! : dflt; };
const nFiles = Number(arg('--files', '40000'));

async function roundTrip(c: TestLspClient, n: number): Promise<number> {
  const uri = `file:///ping-${n}.txt`;
  const t0 = performance.now();
  c.open(uri, `CPR-nr. ${syntheticCpr(1980, 1 + (n % 12), 10)}\n`);
  await c.diagnostics(uri, 1, 120_000);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-wsbench-'));
  const body = (i: number) => `Journalnotat ${i}\n` + (i % 20 === 0 ? `CPR-nr. ${syntheticCpr(1970, 1 + (i % 12), 1 + (i % 28))}\n` : '') + 'kontrol, ingen bemærkninger. '.repeat(20) + '\n';
  for (let i = 0; i < nFiles; i++) {
    const d = path.join(dir, `d${i % 200}`);
    if (i < 200) fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, `f${i}.txt`), body(i));
  }
  const c = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
  try {
    await c.initialize(undefined, { workspace: { configuration: true } });
    const idle: number[] = [];
    for (let i = 0; i < 10; i++) idle.push(await roundTrip(c, i));
    const t0 = performance.now();
    let done = false;
    const scan = c.request<any>('skjold/scanWorkspace', { folders: [{ uri: URI.file(dir).toString() }] }, 600_000).then((r) => { done = true; return r; });
    const busy: number[] = [];
    for (let i = 100; !done; i++) { busy.push(await roundTrip(c, i)); await new Promise((r) => setTimeout(r, 50)); }
    const res = await scan;
    const secs = (performance.now() - t0) / 1000;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const max = (xs: number[]) => Math.max(...xs);
    console.log(`${res.filesScanned} files scanned in ${secs.toFixed(1)} s (${(res.filesScanned / secs).toFixed(0)} files/s), ${res.findings} findings`);
    console.log(`open-document round trip: idle median ${median(idle).toFixed(1)} ms; during scan median ${median(busy).toFixed(1)} ms, max ${max(busy).toFixed(1)} ms over ${busy.length} checks; median ratio ${(median(busy) / median(idle)).toFixed(1)}`);
  } finally {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
void main();
