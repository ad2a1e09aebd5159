// Test documents shared by the real-editor layers (editors, vscode). The numbers in them are synthetic.
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const notesDir = path.join(repoRoot, 'test', 'fixtures', 'notes');

/** Where an identifier sits in a document, as an LSP range (0-based line, UTF-16 character). */
export interface ExpectedRange {
  line: number;
  character: number;
  endCharacter: number;
}

export interface Note {
  path: string;
  text: string;
  /** The one CPR number in the note. */
  cpr: ExpectedRange;
}

const CPR_SHAPE = /\b\d{6}[- ]?\d{4}\b/;

/** The clinical note with exactly one CPR number, and where that number is (found, not hard-coded). */
export function clinicalNote(): Note {
  const file = path.join(notesDir, 'clinical-note.txt');
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => CPR_SHAPE.test(l));
  if (line < 0) throw new Error(`${file} holds no CPR-shaped number`);
  const m = CPR_SHAPE.exec(lines[line])!;
  return { path: file, text, cpr: { line, character: m.index, endCharacter: m.index + m[0].length } };
}

/** Every fixture note, as workspace-relative path (`notes/<name>`) → file, for the editor runners' workspaces. */
export function notesForWorkspace(): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(notesDir).sort().map((f) => [`notes/${f}`, path.join(notesDir, f)]));
}

/** A masked value has no digit left; used so that a failing assertion never prints the number itself. */
export function hasDigits(s: string): boolean {
  return /\d/.test(s);
}

/**
 * The command a user's editor runs: the file package.json's `bin.skjold-language-server` points at (the built
 * server, with its shebang and exec bit), with `--stdio`. The layers that use it run after `build`.
 */
export function serverCommand(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  const bin = manifest.bin?.['skjold-language-server'];
  if (!bin) throw new Error('package.json has no bin "skjold-language-server"');
  const server = path.join(repoRoot, bin);
  if (!fs.existsSync(server)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  try {
    fs.accessSync(server, fs.constants.X_OK);
  } catch {
    throw new Error(`${bin} is not executable: the build must chmod it (scripts/build.mjs)`);
  }
  return [server, '--stdio'];
}
