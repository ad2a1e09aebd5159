// `npm run compare -- --ref DIR`: detection results of this tree against another checkout of Skjold (e.g. a
// `git worktree add /tmp/skjold-ref HEAD && ln -s "$PWD/node_modules" /tmp/skjold-ref/` made before a speed change). A refactoring of the detector core must
// give identical findings; this prints the first differences (positions and types only, never values) and
// exits 1 when there is any.
//
// Texts: the project's labelled corpus, the bench corpus (generated if missing), the examples, any folder given
// with --texts, and random edits of all of these (letters read as digits, split lines, cut numbers, joined
// lines, tabs and semicolons), under default options and with an own-value key.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DetectOptions, Finding } from '../server/src/core/types';
import { detect as detectHere } from '../server/src/core/detect';
import { buildCorpus } from '../test/corpus';
import { ensureCorpus } from './bench/corpus';
import { seeded, int, type Rng } from '../test/corpus/types';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const refDir = opt('--ref');
if (!refDir) {
  console.error('usage: compare-detection --ref DIR [--texts DIR]… [--bench-files N] [--mutations N]');
  process.exit(2);
}
const benchFiles = Number(opt('--bench-files') ?? 8_000);
const mutationsPerText = Number(opt('--mutations') ?? 2);

function readFolder(dir: string, out: string[], limit = Infinity): void {
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && fs.statSync(p).size < 2_000_000) {
        const t = fs.readFileSync(p, 'utf8');
        if (!t.includes('\0')) out.push(t);
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
}

/** Edits that move text across the detectors' edges: OCR letters, line breaks, cuts, other separators. */
function mutate(text: string, rng: Rng): string {
  let t = text;
  const edits = 1 + int(rng, 0, 6);
  for (let e = 0; e < edits && t.length > 0; e++) {
    const at = int(rng, 0, t.length - 1);
    switch (int(rng, 0, 7)) {
      case 0: t = t.slice(0, at) + t.slice(at).replace(/0/, 'O').replace(/1/, 'l'); break;
      case 1: t = t.slice(0, at) + '\n' + t.slice(at); break;
      case 2: t = t.slice(0, at) + t.slice(at + int(rng, 1, 12)); break;
      case 3: t = t.slice(0, at) + t.slice(at).replace('\n', ' '); break;
      case 4: t = t.slice(0, at) + t.slice(at).replace(/[ ,]/, '\t'); break;
      case 5: t = t.slice(0, at) + t.slice(at).replace(/[ ,]/, ';'); break;
      case 6: t = t.slice(0, at) + t.slice(at).replace(/-/, ' '); break;
      default: t = t.slice(0, at) + t.slice(at).toUpperCase().slice(0, 20) + t.slice(at + 20); break;
    }
  }
  return t;
}

const shape = (fs_: readonly Finding[]): string[] =>
  fs_.map((f) => JSON.stringify([f.start, f.end, f.type, f.name, f.confidence, f.reasons]));

async function main(): Promise<void> {
  const refUrl = pathToFileURL(path.resolve(refDir!, 'server/src/core/detect.ts')).href;
  const { detect: detectRef } = (await import(refUrl)) as { detect: typeof detectHere };

  const texts: string[] = buildCorpus().map((d) => d.text);
  readFolder(path.join(__dirname, '..', 'examples'), texts);
  const bench = ensureCorpus(path.join(os.tmpdir(), 'skjold-bench-corpus'));
  readFolder(bench.dir, texts, texts.length + benchFiles);
  for (let i = 0; i < args.length; i++) if (args[i] === '--texts') readFolder(args[i + 1]!, texts);
  const rng = seeded(20261123);
  const base = texts.length;
  for (let i = 0; i < base; i++) for (let m = 0; m < mutationsPerText; m++) texts.push(mutate(texts[i]!, rng));

  const optionSets: { name: string; options: DetectOptions }[] = [
    { name: 'default', options: {} },
    { name: 'own-key', options: { ownMarkKey: 'compare-detection-key' } },
  ];
  let differing = 0, findings = 0;
  const tHere = { ms: 0 }, tRef = { ms: 0 };
  for (const { name, options } of optionSets) {
    for (let i = 0; i < texts.length; i++) {
      let t0 = performance.now();
      const a = shape(detectHere(texts[i]!, options));
      tHere.ms += performance.now() - t0;
      t0 = performance.now();
      const b = shape(detectRef(texts[i]!, options));
      tRef.ms += performance.now() - t0;
      findings += b.length;
      if (a.join('\n') === b.join('\n')) continue;
      if (++differing <= 10) {
        const onlyHere = a.filter((x) => !b.includes(x)).slice(0, 3);
        const onlyRef = b.filter((x) => !a.includes(x)).slice(0, 3);
        console.log(`[${name}] text #${i}${i >= base ? ' (mutated)' : ''}: here ${a.length}, ref ${b.length}`);
        for (const x of onlyHere) console.log(`  only here: ${x}`);
        for (const x of onlyRef) console.log(`  only ref:  ${x}`);
      }
    }
  }
  console.log(`${texts.length} texts × ${optionSets.length} option sets, ${findings} findings in the reference; ${differing} differing`);
  console.log(`time here ${tHere.ms.toFixed(0)} ms, reference ${tRef.ms.toFixed(0)} ms (ratio ${(tHere.ms / tRef.ms).toFixed(2)}; interleaved, one run — indicative only)`);
  process.exit(differing ? 1 : 0);
}

void main();
