// Small pure pieces of the CLI and workspace scan: exclude globs, diff hunks, shards, one-file scope checks.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { excludeFilter } from '../../../server/src/cli/pathFilter';
import { parseUnifiedDiff } from '../../../server/src/cli/git';
import { inShard, parseShard } from '../../../server/src/cli/shard';
import { parseByteCount } from '../../../server/src/cli/commands/scan';
import { inFolderScope } from '../../../server/src/lsp/workspace/fileScope';
import { globsFromExcludeObject, parseSkjoldSection } from '../../../server/src/lsp/workspace/folderConfig';
import { literalGlob } from '../../../client/src/workspace/literalGlob';

test('exclude globs: names at any depth, paths from the root, braces, folders', () => {
  const f = excludeFilter(['*.csv', 'data/**', '**/{tmp,cache}', './build/'])!;
  assert.equal(f('a/b/x.csv', false), true);
  assert.equal(f('x.json', false), false);
  assert.equal(f('data', true), true);
  assert.equal(f('data/deep/x.txt', false), true);
  assert.equal(f('src/data/x.txt', false), false, 'a pattern with a slash is anchored at the root');
  assert.equal(f('a/tmp', true), true);
  assert.equal(f('build', true), true);
  assert.equal(excludeFilter([]), undefined);
  assert.equal(excludeFilter(['  ']), undefined);
});

test('unified diff: added line ranges per file, deletions and quoted names', () => {
  const diff = [
    'diff --git a/a.txt b/a.txt', '--- a/a.txt', '+++ b/a.txt', '@@ -1,0 +2,3 @@', '+x', '@@ -10 +12 @@', '-y', '+z', '@@ -20,2 +22,0 @@',
    'diff --git a/new.txt b/new.txt', '--- /dev/null', '+++ b/new.txt', '@@ -0,0 +1,2 @@',
    '--- a/gone.txt', '+++ /dev/null', '@@ -1,3 +0,0 @@',
    '--- "a/na\\303\\257ve \\"q\\".txt"', '+++ "b/na\\303\\257ve \\"q\\".txt"', '@@ -1 +1 @@',
  ].join('\n');
  const m = parseUnifiedDiff(diff);
  const a = m.get('a.txt')!;
  assert.equal(a.intersects(1, 1), false);
  assert.equal(a.intersects(2, 2), true);
  assert.equal(a.intersects(4, 4), true);
  assert.equal(a.intersects(5, 11), false);
  assert.equal(a.intersects(12, 12), true);
  assert.equal(a.intersects(22, 22), false, 'a pure deletion adds no line');
  assert.equal(m.get('new.txt')!.size, 2);
  assert.equal(m.has('gone.txt'), false);
  assert.equal(m.get('naïve "q".txt')!.intersects(1, 1), true);
});

test('shards: k/n parsing, disjoint cover', () => {
  assert.deepEqual(parseShard('2/5'), { index: 2, count: 5 });
  for (const bad of ['0/3', '4/3', '1/0', 'x', '1-3']) assert.throws(() => parseShard(bad));
  const paths = Array.from({ length: 500 }, (_, i) => `dir${i % 7}/file-${i}.txt`);
  const shards = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })));
  assert.equal(shards.reduce((n, s) => n + s.length, 0), 500);
  for (const s of shards) assert.ok(s.length > 60 && s.length < 190, `balanced enough (${s.length})`);
});

test('sizes: bytes, K, M, G', () => {
  assert.equal(parseByteCount('--max-file-size', '100'), 100);
  assert.equal(parseByteCount('--max-file-size', '2K'), 2048);
  assert.equal(parseByteCount('--max-file-size', '1.5m'), 1572864);
  assert.equal(parseByteCount('--max-file-size', '1GB'), 1024 ** 3);
  for (const bad of ['0', '-1', 'abc', '']) assert.throws(() => parseByteCount('--max-file-size', bad));
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-scope-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('one changed file is in scope by the walk rules: .gitignore chain, excludes, VCS folders', () => {
  fs.mkdirSync(path.join(tmp, '.git'));
  fs.mkdirSync(path.join(tmp, 'proj/sub/build'), { recursive: true });
  fs.writeFileSync(path.join(tmp, '.gitignore'), '*.log\n');
  fs.writeFileSync(path.join(tmp, 'proj/sub/.gitignore'), 'build/\n');
  const root = path.join(tmp, 'proj');
  const at = (rel: string) => path.join(root, rel);
  assert.equal(inFolderScope(root, at('a.txt'), []), true);
  assert.equal(inFolderScope(root, at('x.log'), []), false, '.gitignore above the folder, up to the repository root');
  assert.equal(inFolderScope(root, at('sub/build/out.txt'), []), false, 'nested .gitignore folder pattern');
  assert.equal(inFolderScope(root, at('node_modules/p/index.js'), []), false);
  assert.equal(inFolderScope(root, at('private/s.txt'), ['private']), false, 'excluded folder');
  assert.equal(inFolderScope(root, at('a.csv'), ['*.csv']), false);
  assert.equal(inFolderScope(root, path.join(tmp, 'outside.txt'), []), false, 'outside the folder');
});

test('editor settings: exclude objects and the skjold section', () => {
  assert.deepEqual(globsFromExcludeObject({ '**/.git': true, '**/x': false, '**/*.js': { when: '$(basename).ts' } }), ['**/.git']);
  assert.deepEqual(globsFromExcludeObject(null), []);
  const s = parseSkjoldSection({ exclude: ['a', 3, ''], maxFileSize: 2 });
  assert.deepEqual(s, { exclude: ['a'], maxFileSize: 2 * 1024 * 1024, enable: true }, 'megabytes, as the setting says');
  assert.equal(parseSkjoldSection({ maxFileSize: -5 }).maxFileSize, 50 * 1024 * 1024);
});

test('ignoring a file adds a literal glob: glob characters in its name are escaped', () => {
  assert.equal(literalGlob('data/[old] *copy*.csv'), 'data/\\[old\\] \\*copy\\*.csv');
  assert.equal(excludeFilter([literalGlob('data/[old] *copy*.csv')])!('data/[old] *copy*.csv', false), true);
  assert.equal(excludeFilter([literalGlob('data/[old] *copy*.csv')])!('data/o copy.csv', false), false);
});
