#!/usr/bin/env node
// `npm run bench`: the performance figures of issue 6, each beside a baseline measured in the same run on the
// same generated corpus (scripts/bench/corpus.ts). Not a test: it prints figures, it asserts nothing.
//   1. core throughput (MB/s) beside one naive regex `\d{6}-?\d{4}` over the same text
//   2. CLI scan of ~40,000 small files (~15 MB) ÷ `rg -c '\b\d{6}[- ]?\d{4}\b'` over the same folder: the text
//      output, `--format count` (rg -c's shape), `--format count --cache` warm, and the text output in one thread
//   3. edit → diagnostics latency p50/p99 on a 5 MB document (debounceMs 0) beside a server re-scanning all of it
//   4. peak memory: the server with that document open, and the CLI scan
//   5. a 50 MB note: time to diagnostics, and the slowest answer to a request while it is scanned
//   6. one minified line / CSV row at two lengths (linear, not quadratic)
//   7. a 2 MB and a 16 MB note through the server, one line and many lines: time to diagnostics per MB (linear ≈ 1.0)
//      beside the CLI's on the same text, and edit → diagnostics once the 16 MB note is open (bigLineScaling below)
// Options: --quick (smaller corpus and fewer edits), --corpus DIR (default: $TMPDIR/skjold-bench-corpus),
// --only 1,2 (only these sections; 4 needs 2 and 3).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detect } from '../../server/src/core';
import { ensureCorpus } from './corpus';
import { TestLspClient } from '../../test/support/lspClient';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IncrementalDetection } from '../../server/src/core/incremental/incrementalDetection';
import { commandThreads } from '../../server/src/cli/scanPool';

const root = path.resolve(__dirname, '../..');
const quick = process.argv.includes('--quick');
const corpusArg = process.argv.indexOf('--corpus');
// --only 1,2: run only these sections (e.g. the throughput figures while working on the detectors).
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]!.split(',').map(Number)) : undefined;
const runs = (section: number) => !only || only.has(section);
const corpusDir = corpusArg > 0 ? process.argv[corpusArg + 1]! : path.join(os.tmpdir(), 'skjold-bench-corpus');
const CLI = path.join(root, 'dist/cli/skjold.js');
const SERVER = path.join(root, 'dist/server/server.js');

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]!; };
const fmt = (n: number, d = 1) => n.toFixed(d);

/** The corpus's text files joined, up to `bytes` (the same text for the core and the server figures). */
function joinedText(dir: string, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (n >= chars) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== 'build' && e.name !== 'assets') walk(p); }
      else if (/\.(txt|json|csv|sql|log)$/.test(e.name)) { const t = fs.readFileSync(p, 'utf8'); parts.push(t); n += t.length + 1; }
    }
  };
  walk(dir);
  return parts.join('\n');
}

function coreThroughput(text: string) {
  const mb = Buffer.byteLength(text) / 1e6;
  const naive = () => { const re = /\d{6}-?\d{4}/g; let c = 0; while (re.exec(text)) c++; return c; };
  const core = () => detect(text).length;
  naive(); core(); // warm up both
  // Wall time (median of 3) and CPU time of this process (median of 3; far less sensitive to a loaded machine).
  const time = (f: () => number) => {
    const t: number[] = [], c: number[] = [];
    for (let i = 0; i < 3; i++) {
      const c0 = process.cpuUsage(), t0 = performance.now();
      f();
      t.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      c.push((used.user + used.system) / 1000);
    }
    return { wall: median(t), cpu: median(c) };
  };
  const naiveMs = time(naive), coreMs = time(core);
  return {
    mb, coreMBs: mb / (coreMs.wall / 1000), naiveMBs: mb / (naiveMs.wall / 1000),
    coreCpuMBs: mb / (coreMs.cpu / 1000), naiveCpuMBs: mb / (naiveMs.cpu / 1000), findings: core(),
  };
}

/** Wall time (s), CPU time (user + system, s) and peak RSS (KB) of a command, output discarded. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { s: number; cpu: number; kb: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const m = /([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`could not time ${cmd}: ${r.stderr.slice(-300)}`);
  return { s: Number(m[1]), kb: Number(m[2]), cpu: Number(m[3]) + Number(m[4]) };
}

/**
 * Section 2, all from one run, interleaved so a busy moment hits every command alike: `rg -c` beside skjold's
 * default text output (every finding positioned, masked and described), `--format count` (a count per file,
 * the shape of `rg -c`'s output), `--format count --cache` warm (the cache filled by a run before the timed
 * ones, nothing changed since: every file's size and mtime checked, none read), the text output in one thread, and
 * the floor of any Node.js tool (readFloor.mjs: the same walk and reads, no detection).
 */
function cliVsRipgrep(dir: string) {
  if (spawnSync('rg', ['--version']).status !== 0) return undefined;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-bench-cache-'));
  // A throw-away key and cache: the user's own are never touched.
  const env = { ...process.env, SKJOLD_KEY_FILE: path.join(scratch, 'key') };
  const cacheFile = path.join(scratch, 'scan.cache');
  const rg = () => timed('rg', ['-c', '\\b\\d{6}[- ]?\\d{4}\\b', dir]);
  const sk = (extra: string[], workers?: number) => timed(process.execPath, [CLI, 'scan', dir, '--fail-on', 'none', ...extra], workers === undefined ? env : { ...env, SKJOLD_SCAN_WORKERS: String(workers) });
  const floor = () => timed(process.execPath, [path.join(__dirname, 'readFloor.mjs'), dir]);
  const commands = {
    rg, floor, text: () => sk([]), count: () => sk(['--format', 'count']),
    warm: () => sk(['--format', 'count', '--cache-location', cacheFile]), oneThread: () => sk([], 0),
  };
  rg(); sk([]); // warm the page cache
  sk(['--format', 'count', '--cache-location', cacheFile]); // fill the scan cache
  const t: Record<keyof typeof commands, { s: number[]; cpu: number[]; kb: number[] }> = {} as never;
  for (const k of Object.keys(commands) as (keyof typeof commands)[]) t[k] = { s: [], cpu: [], kb: [] };
  for (let i = 0; i < 3; i++) {
    for (const k of Object.keys(commands) as (keyof typeof commands)[]) {
      const r = commands[k]();
      t[k].s.push(r.s); t[k].cpu.push(r.cpu); t[k].kb.push(r.kb);
    }
  }
  const cacheMB = fs.statSync(cacheFile).size / 1e6;
  fs.rmSync(scratch, { recursive: true, force: true });
  const fig = (k: keyof typeof commands) => ({ s: median(t[k].s), cpu: median(t[k].cpu) });
  return { rg: fig('rg'), floor: fig('floor'), text: fig('text'), count: fig('count'), warm: fig('warm'), oneThread: fig('oneThread'), cliPeakMB: Math.max(...t.text.kb) / 1024, cacheMB };
}

/**
 * Live memory of one open document as the server holds it (TextDocument + incremental findings), measured in
 * this process after forced garbage collections: what stays, not what the garbage collector has yet to reclaim.
 */
function liveDocumentMemory(text: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc(); gc();
  const before = process.memoryUsage().heapUsed;
  const copy = (' ' + text).slice(1); // a string of its own, as the server receives it
  const doc = TextDocument.create('file:///m.txt', 'plaintext', 1, copy);
  doc.positionAt(copy.length); // builds the line index
  const engine = new IncrementalDetection(doc.getText(), { languageId: 'plaintext' });
  const n = engine.lightFindings().length;
  gc(); gc();
  const after = process.memoryUsage().heapUsed;
  return { mb: (after - before) / 1e6, findings: n, storeMB: engine.storeBytes / 1e6, keep: [doc, engine] };
}

/** CPU time (ms, user + system) a process has used so far. */
function cpuMsOf(pid: number): number {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').slice(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2).split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime, stime in clock ticks (100 Hz)
}

function rssOf(pid: number): { rss: number; hwm: number } {
  const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Edit → publishDiagnostics latency on a large document, with the incremental server or the full re-scan baseline. */
async function editLatency(text: string, edits: number, args: string[]) {
  const c = new TestLspClient({ settings: { skjold: { debounceMs: 0 } }, args });
  await c.initialize();
  const idle = rssOf(c.proc.pid!);
  const uri = 'file:///bench/note.txt';
  c.open(uri, text);
  await c.diagnostics(uri, 1, 120_000);
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const lat: number[] = [];
  let doc = text;
  const cpu0 = cpuMsOf(c.proc.pid!);
  for (let v = 2; v < edits + 2; v++) {
    const at = Math.floor(rnd() * doc.length);
    const r = rnd();
    const [s, e, t] = r < 0.5 ? [at, at, 'x'] : r < 0.75 ? [at, Math.min(doc.length, at + 5), ''] : [at, at, ' CPR-nr.: 070761-4285 '];
    const before = doc.slice(0, s);
    const pos = (off: number) => { const head = doc.slice(0, off); const line = (head.match(/\n/g) ?? []).length; return { line, character: off - (head.lastIndexOf('\n') + 1) }; };
    const range = { start: pos(s), end: pos(e) };
    doc = before + t + doc.slice(e);
    const t0 = performance.now();
    c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: t }] });
    await c.diagnostics(uri, v, 120_000);
    lat.push(performance.now() - t0);
  }
  const cpuPerEdit = (cpuMsOf(c.proc.pid!) - cpu0) / edits;
  const mem = rssOf(c.proc.pid!);
  await c.shutdown();
  return { p50: pct(lat, 0.5), p99: pct(lat, 0.99), cpuPerEdit, idleMB: idle.rss, peakMB: mem.hwm };
}

/** Opens a huge note and asks the server a question every 20 ms while it scans: the slowest answer shows any freeze. */
async function hugeOpen(text: string) {
  const c = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  c.open('file:///bench/small.txt', 'Intet her.\n');
  await c.diagnostics('file:///bench/small.txt', 1);
  const t0 = performance.now();
  c.open('file:///bench/huge.txt', text);
  let done = false;
  const answers: number[] = [];
  const pinger = (async () => {
    while (!done) {
      const s = performance.now();
      await c.request('textDocument/codeAction', { textDocument: { uri: 'file:///bench/small.txt' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }, 120_000);
      answers.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await c.diagnostics('file:///bench/huge.txt', 1, 600_000);
  const openMs = performance.now() - t0;
  done = true;
  await pinger;
  const mem = rssOf(c.proc.pid!);
  await c.shutdown();
  return { openMs, slowestAnswerMs: Math.max(...answers), answers: answers.length, peakMB: mem.hwm };
}

/** Detection time on one long line (minified JSON, a CSV row) at two sizes: a ratio near 2 means linear. */
function longLines() {
  const json = (n: number) => Array.from({ length: n }, (_, i) => `{"id":${i},"v":"070761-4285","x":"abcdefghij"}`).join(',');
  const csv = (n: number) => 'a;b;c\n' + Array.from({ length: n }, () => 'x;0707614285;y').join(';');
  const time = (f: () => void) => { f(); let best = Infinity; for (let i = 0; i < 3; i++) { const t0 = performance.now(); f(); best = Math.min(best, performance.now() - t0); } return best; };
  const out: Record<string, { small: number; large: number; mb: number }> = {};
  for (const [name, make, lang] of [['json', json, 'json'], ['csv', csv, 'csv']] as const) {
    const a = make(10_000), b = make(20_000);
    out[name] = { small: time(() => detect(a, { languageId: lang })), large: time(() => detect(b, { languageId: lang })), mb: b.length / 1e6 };
  }
  return out;
}

async function main() {
  if (!fs.existsSync(CLI) || !fs.existsSync(SERVER)) throw new Error('run `npm run build` first');
  const info = ensureCorpus(corpusDir, quick ? 8_000 : 40_000);
  const cores = os.availableParallelism();
  console.log(`Skjold benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cores} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(`corpus: ${info.files} files, ${fmt(info.bytes / 1e6)} MB in ${corpusDir}\n`);

  const text5 = joinedText(corpusDir, 5_000_000);
  const core = coreThroughput(text5);
  if (runs(1)) console.log(`1. core throughput on ${fmt(core.mb)} MB of the corpus: ${fmt(core.coreMBs)} MB/s (all detectors, ${core.findings} findings); naive \\d{6}-?\\d{4} regex: ${fmt(core.naiveMBs)} MB/s; ratio ${fmt(core.coreMBs / core.naiveMBs, 2)}; by CPU time ${fmt(core.coreCpuMBs)} vs ${fmt(core.naiveCpuMBs)} MB/s`);

  const cli = runs(2) ? cliVsRipgrep(corpusDir) : undefined;
  if (cli) {
    const ratio = (x: { s: number; cpu: number }) => `${fmt(x.s, 2)} s = ${fmt(x.s / cli.rg.s, 2)} × rg (CPU ${fmt(x.cpu, 2)} s = ${fmt(x.cpu / cli.rg.cpu, 2)} ×)`;
    console.log(`2. CLI scan of the corpus (wall, median of 3; target ≤ 1.0 × rg). rg -c '\\b\\d{6}[- ]?\\d{4}\\b': ${fmt(cli.rg.s, 2)} s (CPU ${fmt(cli.rg.cpu, 2)} s)\n` +
      `   skjold scan, cold, text output (every finding positioned, masked, described): ${ratio(cli.text)}\n` +
      `   skjold scan --format count, cold (path:count per file, as rg -c): ${ratio(cli.count)}\n` +
      `   skjold scan --format count --cache, warm (no file changed; cache ${fmt(cli.cacheMB, 1)} MB): ${ratio(cli.warm)}\n` +
      `   skjold scan, text output, one thread (SKJOLD_SCAN_WORKERS=0): ${ratio(cli.oneThread)}\n` +
      `   the floor for a Node.js tool: walking the folder and reading every file, nothing else (scripts/bench/readFloor.mjs): ${ratio(cli.floor)}\n` +
      `   (threads: ${commandThreads().workers} worker(s) and the main thread, which walks the folders, then scans beside the workers and writes the output)`);
  }
  else if (runs(2)) console.log('2. CLI scan: ripgrep (rg) not installed — apt-get install ripgrep');
  if (!runs(3) && !runs(4) && !runs(5) && !runs(6)) return;

  const edits = quick ? 40 : 200;
  const inc = await editLatency(text5, edits, []);
  const full = await editLatency(text5, quick ? 10 : 30, ['--no-incremental']);
  console.log(`3. edit → diagnostics on a ${fmt(core.mb)} MB document (debounceMs 0): incremental p50 ${fmt(inc.p50)} ms, p99 ${fmt(inc.p99)} ms (${edits} edits); full re-scan p50 ${fmt(full.p50)} ms, p99 ${fmt(full.p99)} ms; p99 ratio ${fmt((100 * inc.p99) / full.p99)} % (target ≤ 10 %); server CPU per edit ${fmt(inc.cpuPerEdit)} ms vs ${fmt(full.cpuPerEdit)} ms = ${fmt((100 * inc.cpuPerEdit) / full.cpuPerEdit)} %`);
  const live = liveDocumentMemory(text5);
  console.log(`4. peak memory: server with the ${fmt(core.mb)} MB document open, through the edits above: ${fmt(inc.peakMB)} MB RSS (idle ${fmt(inc.idleMB)} MB; +${fmt(inc.peakMB - inc.idleMB)} MB = ${fmt((inc.peakMB - inc.idleMB) / core.mb)} × the text; the full re-scan server: ${fmt(full.peakMB)} MB)` +
    (live ? `; live after GC: ${fmt(live.mb)} MB = ${fmt(live.mb / core.mb)} × the text, of which ${live.findings} findings take ${fmt(live.storeMB, 2)} MB` : '') +
    (cli ? `; CLI scan of the corpus (text output): ${fmt(cli.cliPeakMB)} MB RSS` : ''));

  const hugeChars = quick ? 10_000_000 : 50_000_000;
  const hugeText = text5.repeat(Math.ceil(hugeChars / text5.length)).slice(0, hugeChars);
  const huge = await hugeOpen(hugeText);
  console.log(`5. a ${fmt(Buffer.byteLength(hugeText) / 1e6, 0)} MB note (the corpus text repeated): diagnostics after ${fmt(huge.openMs / 1000, 2)} s; meanwhile ${huge.answers} requests answered, the slowest in ${fmt(huge.slowestAnswerMs)} ms; peak ${fmt(huge.peakMB)} MB RSS`);

  const ll = longLines();
  console.log(`6. one long line, twice the length: minified JSON ${fmt(ll.json!.small)} → ${fmt(ll.json!.large)} ms (×${fmt(ll.json!.large / ll.json!.small, 2)}, ${fmt(ll.json!.mb, 2)} MB), a CSV row ${fmt(ll.csv!.small)} → ${fmt(ll.csv!.large)} ms (×${fmt(ll.csv!.large / ll.csv!.small, 2)}); ×2 is linear, ×4 quadratic`);
}

main().then(() => (runs(7) ? bigLineScaling() : undefined)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });

/** The note of the hostile-input test (test/lsp/hostileLoad.test.ts), `chars` long, on one line or on many. */
function bigNote(chars: number, oneLine: boolean): string {
  const unit = `Patient CPR 070761-4285 indlagt med feber og hoste. ${'lorem ipsum dolor sit amet '.repeat(200)}${oneLine ? '' : '\n'}`;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** didOpen → diagnostics (ms) in a fresh server, then `edits` edits at random places: edit → diagnostics latencies. */
async function serverOpenAndEdits(text: string, edits: number) {
  const c = new TestLspClient({ settings: { skjold: { debounceMs: 0 } } });
  await c.initialize();
  const uri = 'file:///bench/big-note.txt';
  const t0 = performance.now();
  c.open(uri, text);
  await c.diagnostics(uri, 1, 600_000);
  const openMs = performance.now() - t0;
  const doc = TextDocument.create(uri, 'plaintext', 1, text);
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const lat: number[] = [];
  for (let v = 2; v < edits + 2; v++) {
    const at = Math.floor(rnd() * doc.getText().length);
    const change = { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: rnd() < 0.5 ? 'x' : ' CPR-nr.: 070761-4285 ' };
    TextDocument.update(doc, [change], v);
    const t1 = performance.now();
    c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    await c.diagnostics(uri, v, 120_000);
    lat.push(performance.now() - t1);
  }
  await c.shutdown();
  return { openMs, editP50: lat.length ? median(lat) : NaN };
}

/** `skjold scan` of the text in a file (ms), less the CLI's start-up (a scan of a one-line file), best of 3. */
function cliScanMs(text: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-bigline-'));
  try {
    const big = path.join(dir, 'note.txt'), tiny = path.join(dir, 'tiny.txt');
    fs.writeFileSync(big, text);
    fs.writeFileSync(tiny, 'Intet her.\n');
    const best = (file: string) => {
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        spawnSync(process.execPath, [CLI, 'scan', file, '--fail-on', 'none'], { stdio: 'ignore' });
        ms = Math.min(ms, performance.now() - t0);
      }
      return ms;
    };
    return Math.max(1, best(big) - best(tiny));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * 7. Does the server's time on a large note grow linearly? Time to diagnostics for a 2 MB and a 16 MB note (the
 * hostile-input test's text, one line and many lines), as ms per MB and the ratio large ÷ small of those (1.0 =
 * linear, 8.0 = quadratic at this size step); the CLI on the same texts gives the baseline ratio (same core, one
 * scan). Then edit → diagnostics p50 over 20 edits once the 16 MB note is open.
 */
async function bigLineScaling() {
  const SMALL = 2_000_000, LARGE = 16_000_000, EDITS = quick ? 5 : 20;
  for (const oneLine of [true, false]) {
    const small = bigNote(SMALL, oneLine), large = bigNote(LARGE, oneLine);
    const s = await serverOpenAndEdits(small, 0);
    const l = await serverOpenAndEdits(large, EDITS);
    const cs = cliScanMs(small), cl = cliScanMs(large);
    const perMB = (ms: number, chars: number) => ms / (chars / 1e6);
    const serverRatio = perMB(l.openMs, LARGE) / perMB(s.openMs, SMALL), cliRatio = perMB(cl, LARGE) / perMB(cs, SMALL);
    console.log(`7. ${oneLine ? 'one line' : 'many lines'}, 2 → 16 MB: server to diagnostics ${fmt(s.openMs, 0)} → ${fmt(l.openMs, 0)} ms ` +
      `(${fmt(perMB(s.openMs, SMALL), 0)} → ${fmt(perMB(l.openMs, LARGE), 0)} ms/MB, ratio ${fmt(serverRatio, 2)}; 1.0 linear, 8.0 quadratic); ` +
      `CLI ${fmt(cs, 0)} → ${fmt(cl, 0)} ms (ratio ${fmt(cliRatio, 2)}); server ÷ CLI at 16 MB ${fmt(l.openMs / cl, 2)}; ` +
      `edit → diagnostics on the open 16 MB note p50 ${fmt(l.editP50)} ms (${EDITS} edits)`);
  }
}

