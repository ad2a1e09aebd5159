#!/usr/bin/env node
// `npm test`: every test layer in order, then one closing line "N passed, N failed".
//   node scripts/test-all.mjs            all layers
//   node scripts/test-all.mjs unit lsp   only the named layers (`npm run test:unit` = unit)
// Layers: typecheck → build → unit (core, in-process) → lsp (built server over stdio) → cli → editors (real
// clients: Neovim, Emacs) → vscode (the .vsix in code-server: suite + UI smoke; see docs/rooms/e2e.md).
// A layer is a command whose output ends with node:test's "# pass N / # fail N" or a line "N passed, N failed".
// To add a layer, add an entry to LAYERS; to add a test to a layer, drop a file where its `files` glob looks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Test files under a folder whose names end with `suffix`. */
function find(dir, suffix) {
  const out = [];
  const walk = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(suffix)) out.push(path.relative(root, p));
    }
  };
  walk(path.join(root, dir));
  return out.sort();
}

const nodeTest = (dir) => ['node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...find(dir, '.test.ts')]];

const LAYERS = [
  { name: 'typecheck', cmd: ['npx', ['tsc', '--noEmit', '-p', '.']], counts: false },
  { name: 'build', cmd: ['node', ['scripts/build.mjs']], counts: false },
  { name: 'unit', cmd: nodeTest('test/unit') },
  { name: 'lsp', cmd: nodeTest('test/lsp'), needsBuild: true },
  { name: 'cli', cmd: nodeTest('test/cli'), needsBuild: true },
  { name: 'editors', cmd: nodeTest('test/editors'), needsBuild: true },
  // The .vsix in code-server + headless Chromium: package checks, the VS Code suite (test/vscode/suite/), UI smoke.
  { name: 'vscode', cmd: ['node', ['--import', 'tsx', 'test/vscode/codeServer/run.ts']], needsBuild: true },
];

const wanted = process.argv.slice(2);
const layers = wanted.length ? LAYERS.filter((l) => wanted.includes(l.name)) : LAYERS;
if (wanted.length && layers.some((l) => l.needsBuild) && !wanted.includes('build')) layers.unshift(LAYERS.find((l) => l.name === 'build'));

let passed = 0, failed = 0;
const failures = [];
for (const layer of layers) {
  const [cmd, args] = layer.cmd;
  if (layer.counts !== false && args.filter((a) => a.endsWith('.ts') || a.endsWith('.mjs')).length === 0) {
    console.log(`\n=== ${layer.name}: no tests`);
    continue;
  }
  console.log(`\n=== ${layer.name}`);
  const t0 = Date.now();
  const { code, output } = await run(cmd, args);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (layer.counts === false) {
    if (code === 0) { passed++; console.log(`--- ${layer.name}: ok (${secs} s)`); }
    else { failed++; failures.push(`${layer.name} (exit ${code})`); console.log(`--- ${layer.name}: FAILED (exit ${code})`); }
    continue;
  }
  const { p, f } = counts(output);
  passed += p; failed += f;
  if (code !== 0 && f === 0) { failed++; failures.push(`${layer.name} (exit ${code} without a failing test: crashed?)`); }
  else if (f) failures.push(`${layer.name} (${f} failed)`);
  console.log(`--- ${layer.name}: ${p} passed, ${f} failed (${secs} s)`);
}
if (failures.length) console.log(`\nFailed layers: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;

function counts(output) {
  // node:test prints "# pass N" (tap) or "ℹ pass N" (spec) at the end.
  const pass = [...output.matchAll(/^(?:#|ℹ) pass (\d+)$/gm)].pop();
  const fail = [...output.matchAll(/^(?:#|ℹ) fail (\d+)$/gm)].pop();
  if (pass || fail) return { p: Number(pass?.[1] ?? 0), f: Number(fail?.[1] ?? 0) };
  const line = [...output.matchAll(/^(?:\w+: )?(\d+) passed, (\d+) failed/gm)].pop();
  return line ? { p: Number(line[1]), f: Number(line[2]) } : { p: 0, f: 0 };
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const tee = (stream, sink) => stream.on('data', (d) => { output += d; sink.write(d); });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
