// The server's asynchronous folder walk lists exactly the files the CLI's walk lists, in the same order.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../../server/src/cli/files';
import { excludeFilter } from '../../../server/src/cli/pathFilter';
import { walkFolder } from '../../../server/src/lsp/workspace/asyncWalk';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-walk-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tree(files: string[]): void {
  for (const rel of files) {
    const p = path.join(tmp, ...rel.split('/'));
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, rel.endsWith('.gitignore') ? GITIGNORES[rel]! : 'x');
  }
}
const GITIGNORES: Record<string, string> = {
  'repo/.gitignore': '*.log\n/build/\n!keep.log\n',
  'repo/proj/.gitignore': 'secret*\ncache/\n',
  'repo/proj/sub/.gitignore': '!secret-ok.txt\n',
};

test('same files, same order as collectFiles, with .gitignore layers and excludes', async () => {
  fs.mkdirSync(path.join(tmp, 'repo/.git'), { recursive: true });
  tree([
    ...Object.keys(GITIGNORES),
    'repo/proj/a.txt', 'repo/proj/b.log', 'repo/proj/keep.log', 'repo/proj/build/x.txt', 'repo/proj/secret.txt',
    'repo/proj/sub/secret-ok.txt', 'repo/proj/sub/c.csv', 'repo/proj/cache/d.txt', 'repo/proj/node_modules/m/index.js',
    'repo/proj/data/big/e.json', 'repo/proj/data/f.json', 'repo/proj/Z.txt', 'repo/proj/_u.txt', 'repo/proj/.hidden/h.txt',
  ]);
  const root = path.join(tmp, 'repo/proj');
  for (const exclude of [[], ['*.csv'], ['data/big/**', '.hidden']]) {
    const sync = collectFiles([root], root, excludeFilter(exclude)).files.map((f) => f.absolute);
    const walked = await walkFolder(root, exclude);
    assert.deepEqual(walked.files, sync, `exclude ${JSON.stringify(exclude)}`);
    assert.equal(walked.complete, true);
  }
  const all = (await walkFolder(root, [])).files.map((f) => path.relative(root, f).split(path.sep).join('/'));
  assert.ok(all.includes('a.txt') && all.includes('keep.log') && !all.includes('b.log') && !all.includes('cache/d.txt'));
});

test('a stop request ends the walk early and says so', async () => {
  let calls = 0;
  const r = await walkFolder(tmp, [], () => ++calls > 2);
  assert.equal(r.complete, false);
});
