// The benchmark's generated workspace: ~40,000 small clinical notes and fixtures (~15 MB), deterministic
// (seeded), with CPR numbers, decoys, phones and e-mails among ordinary text; binary files, a .gitignore'd build
// folder and node_modules that a scan must skip. All identifiers are synthetic.
import fs from 'node:fs';
import path from 'node:path';
import { seeded, pick, int, type Rng } from '../../test/corpus/types';
import { cprRules } from '../../server/src/core';

const WORDS = ('patienten er set i ambulatoriet og har det godt ingen nye klager fortsætter vanlig behandling ' +
  'blodtryk puls temperatur normal let forhøjet kontrol om tre måneder henvist til egen læge medicin uændret ' +
  'smerter i venstre knæ bedring efter fysioterapi samtale med pårørende aftalt opfølgning epikrise sendt').split(' ');
const FIRST = ['Anne', 'Mette', 'Lars', 'Jens', 'Sofie', 'Peter', 'Camilla', 'Mads', 'Ida', 'Henrik'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen'];

function cpr(rnd: Rng): string {
  for (;;) {
    const year = int(rnd, 1930, 2015), month = int(rnd, 1, 12), day = int(rnd, 1, 28), yy = year % 100;
    const d7 = [...Array(10).keys()].find((x) => cprRules.cprFullYear(yy, x) === year)!;
    const prefix = String(day).padStart(2, '0') + String(month).padStart(2, '0') + String(yy).padStart(2, '0') + d7 + String(int(rnd, 0, 99)).padStart(2, '0');
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += cprRules.MOD11_WEIGHTS[i]! * Number(prefix[i]);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return rnd() < 0.7 ? `${prefix.slice(0, 6)}-${prefix.slice(6)}${check}` : prefix + check;
  }
}

const sentence = (rnd: Rng) => { const w = Array.from({ length: int(rnd, 5, 14) }, () => pick(rnd, WORDS)).join(' '); return w[0]!.toUpperCase() + w.slice(1) + '.'; };
const name = (rnd: Rng) => `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
const phone = (rnd: Rng) => `${int(rnd, 20, 99)} ${int(rnd, 10, 99)} ${int(rnd, 10, 99)} ${int(rnd, 10, 99)}`;

function note(rnd: Rng, withIds: boolean): string {
  const lines = ['Journalnotat', ''];
  for (let i = int(rnd, 2, 7); i > 0; i--) lines.push(sentence(rnd));
  if (withIds) {
    lines.splice(1, 0, `Pt. ${name(rnd)}, CPR-nr.: ${cpr(rnd)}`);
    if (rnd() < 0.5) lines.push(`Tlf. ${phone(rnd)}, ordrenr. ${int(rnd, 1000000000, 9999999999)}`);
    if (rnd() < 0.3) lines.push(`Kontrol ${int(rnd, 1, 28)}.${int(rnd, 1, 12)}.2024`);
  }
  return lines.join('\n') + '\n';
}

function fixture(rnd: Rng, kind: number): [string, string] {
  const n = int(rnd, 3, 8);
  switch (kind) {
    case 0: return ['json', JSON.stringify({ patients: Array.from({ length: n }, (_, i) => ({ id: i, name: name(rnd), cpr: cpr(rnd), note: sentence(rnd) })) }, null, 2) + '\n'];
    case 1: return ['csv', 'id;cpr;navn;afdeling\n' + Array.from({ length: n }, (_, i) => `${i};${cpr(rnd)};${name(rnd)};${pick(rnd, WORDS)}`).join('\n') + '\n'];
    case 2: return ['sql', `INSERT INTO patients (id, cpr, name) VALUES\n` + Array.from({ length: n }, (_, i) => `  (${i}, '${cpr(rnd)}', '${name(rnd)}')`).join(',\n') + ';\n'];
    default: return ['log', Array.from({ length: n }, () => `2024-0${int(rnd, 1, 9)}-1${int(rnd, 0, 9)}T10:${int(rnd, 10, 59)}:00Z INFO order=${int(rnd, 1000000000, 9999999999)} ${pick(rnd, WORDS)} ${pick(rnd, WORDS)}`).join('\n') + '\n'];
  }
}

export interface CorpusInfo { dir: string; files: number; bytes: number }

/** Writes the corpus under `dir` (once: reused while its marker matches) and returns its size. */
export function ensureCorpus(dir: string, files = 40_000, seed = 7): CorpusInfo {
  const marker = path.join(dir, '.skjold-bench.json');
  try {
    const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as CorpusInfo & { seed: number };
    if (info.files === files && info.seed === seed) return { dir, files: info.files, bytes: info.bytes };
  } catch { /* not there yet */ }
  fs.rmSync(dir, { recursive: true, force: true });
  const rnd = seeded(seed);
  let bytes = 0;
  const write = (rel: string, content: string | Buffer) => {
    const full = path.join(dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  };
  for (let i = 0; i < files; i++) {
    const folder = `dept${i % 40}/batch${Math.floor(i / 400)}`;
    const r = rnd();
    if (r < 0.55) write(`notes/${folder}/note${i}.txt`, note(rnd, rnd() < 0.35));
    else if (r < 0.97) { const [ext, text] = fixture(rnd, int(rnd, 0, 3)); write(`fixtures/${folder}/f${i}.${ext}`, text); }
    else { const b = Buffer.alloc(int(rnd, 200, 2000)); for (let k = 0; k < b.length; k++) b[k] = Math.floor(rnd() * 256); b[3] = 0; write(`assets/${folder}/img${i}.png`, b); }
  }
  // Excluded: a .gitignore'd build folder and node_modules (skipped without reading).
  write('.gitignore', 'build/\n');
  for (let i = 0; i < 200; i++) { write(`build/out${i}.txt`, note(rnd, true)); write(`node_modules/pkg${i}/index.js`, `// ${sentence(rnd)}\n`); }
  fs.writeFileSync(marker, JSON.stringify({ files, seed, bytes }));
  return { dir, files, bytes };
}
