import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import ignore from 'ignore';
import { collectFiles, patternsMayMatchFiles } from '../../../server/src/cli/files';

test('patternsMayMatchFiles: folder-only patterns, comments and negations cannot ignore a file', () => {
  assert.equal(patternsMayMatchFiles('build/\n# notes\n!build/keep/\n\ndist/  \r\n'), false);
  assert.equal(patternsMayMatchFiles('build/\n*.log\n'), true);
  assert.equal(patternsMayMatchFiles('build/**\n'), true);
  assert.equal(patternsMayMatchFiles('foo\\ \n'), true);
});

// The walk skips asking folder-only .gitignore files about files; a reference that asks every .gitignore about
// every path (and prunes ignored folders) must list the same files.
const patterns = fc.constantFrom('a/', 'b/', 'x.txt', '*.log', '!x.txt', '!a/', 'a/b/', '/b/', '# c', '', 'b', 'a/**');
const names = fc.constantFrom('a', 'b', 'c');
const fileNames = fc.constantFrom('x.txt', 'y.log', 'z.md');

function referenceWalk(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, layers: { dir: string; ig: ReturnType<typeof ignore> }[]): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((p, q) => (p.name < q.name ? -1 : 1));
    const gi = path.join(dir, '.gitignore');
    const here = fs.existsSync(gi) ? [...layers, { dir, ig: ignore().add(fs.readFileSync(gi, 'utf8')) }] : layers;
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const ignored = (isDir: boolean) => here.some((l) => l.ig.ignores(path.relative(l.dir, full).split(path.sep).join('/') + (isDir ? '/' : '')));
      if (e.isDirectory()) { if (!ignored(true)) walk(full, here); }
      else if (!ignored(false)) out.push(full);
    }
  };
  walk(root, []);
  return out;
}

test('the walk lists what asking every .gitignore about every path lists', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-gitignore-'));
  let n = 0;
  try {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(names, { maxLength: 3 }), fileNames), { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.array(names, { maxLength: 2 }), fc.array(patterns, { maxLength: 4 })), { maxLength: 3 }),
        (files, gitignores) => {
          const root = path.join(base, String(n++));
          for (const [dirs, name] of files) {
            fs.mkdirSync(path.join(root, ...dirs), { recursive: true });
            fs.writeFileSync(path.join(root, ...dirs, name), 'text\n');
          }
          for (const [dirs, lines] of gitignores) {
            fs.mkdirSync(path.join(root, ...dirs), { recursive: true });
            fs.writeFileSync(path.join(root, ...dirs, '.gitignore'), lines.join('\n') + '\n');
          }
          const listed = collectFiles([root], root).files.map((f) => f.absolute).filter((f) => !f.endsWith('.gitignore'));
          assert.deepEqual(listed, referenceWalk(root).filter((f) => !f.endsWith('.gitignore')));
        },
      ),
      { seed: 20261123, numRuns: 150 },
    );
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
});
