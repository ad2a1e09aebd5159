// `skjold scan --cache`: a warm run prints exactly what a cold one prints, in every format; an edited file is
// scanned again, an unchanged one is not; a changed option or key drops the cache; and the cache file never
// holds an identifier — neither its bytes nor its decrypted text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { detect } from '../../server/src/core';
import { syntheticCpr } from '../../server/src/report/syntheticCpr';
import { readCacheText } from '../../server/src/cli/scanCache';
import { dash, folderMaker, skjold, git, type RunResult } from './cliHelpers';

const CPRS = [syntheticCpr(1980, 3, 14), syntheticCpr(1975, 11, 2), syntheticCpr(2004, 7, 9), syntheticCpr(1962, 1, 30)];
const PHONE = '20 31 42 53';
const EMAIL = 'mette.hansen@example.dk';
const NAME = 'Mette Hansen';
const folder = folderMaker();
const FORMATS = ['text', 'json', 'jsonl', 'sarif', 'count'];
const ONE_HOUR_AGO = new Date(Date.now() - 3_600_000);

function corpus(n: number): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < n; i++) {
    const d = `d${i % 4}`;
    if (i % 37 === 5) files[`${d}/b${i}.bin`] = Buffer.from([1, 0, 2, 3]);
    else if (i % 3 === 0) files[`${d}/n${i}.txt`] = `Journalnotat\nPatient: ${NAME}, CPR-nr.: ${dash(CPRS[i % 4]!)}\nTlf. ${PHONE}, e-mail ${EMAIL}\n`;
    else if (i % 3 === 1) files[`${d}/t${i}.csv`] = `navn,cpr,telefon\n${NAME},${CPRS[(i + 1) % 4]},${PHONE}\n`;
    else files[`${d}/p${i}.txt`] = `Notat ${i}: intet at bemærke.\n`;
  }
  return files;
}

/** Every file's modification time an hour back: older than the 2-second racy window, trusted by metadata. */
function ageFiles(dir: string): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) fs.utimesSync(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), ONE_HOUR_AGO, ONE_HOUR_AGO);
  }
}

function scan(dir: string, cacheFile: string | undefined, ...extra: string[]): RunResult {
  const args = ['scan', '.', '--fail-on', 'none', ...extra, ...(cacheFile ? ['--cache-location', cacheFile] : [])];
  return skjold(args, dir, { SKJOLD_CACHE_STATS: '1', SKJOLD_SCAN_WORKERS: process.env.SKJOLD_SCAN_WORKERS ?? '' });
}

function stats(r: RunResult): { reused: number; scanned: number } {
  const m = /cache: (\d+) files reused, (\d+) scanned/.exec(r.stderr);
  assert.ok(m, `cache statistics missing: ${r.stderr.slice(-200)}`);
  return { reused: Number(m[1]), scanned: Number(m[2]) };
}

/** stderr without the cache statistics line (the rest must match a run without a cache). */
const plainErr = (r: RunResult) => r.stderr.replace(/^skjold: cache: .*\n/m, '');

for (const size of [30, 260]) {
  test(`warm runs print byte for byte what cold runs print, in every format (${size} files${size >= 200 ? ', worker threads' : ''})`, () => {
    const dir = folder(corpus(size));
    ageFiles(dir);
    const cacheFile = path.join(path.dirname(dir), 'scan.cache');
    for (const format of FORMATS) {
      const plain = skjold(['scan', '.', '--fail-on', 'none', '--format', format], dir);
      const cold = scan(dir, cacheFile, '--format', format);
      const warm = scan(dir, cacheFile, '--format', format);
      assert.equal(cold.stdout, plain.stdout, `${format}: a cold run with --cache prints what a run without it prints`);
      assert.equal(warm.stdout, cold.stdout, `${format}: warm = cold`);
      assert.equal(plainErr(warm), plain.stderr, `${format}: stderr`);
      assert.equal(warm.code, cold.code);
      assert.deepEqual(stats(warm), { reused: size, scanned: 0 }, `${format}: every file reused`);
      assert.ok(warm.stdout.length > 100);
    }
  });
}

test('an edited file is scanned again; a touched but unchanged one is reused by its keyed digest', () => {
  const dir = folder(corpus(40));
  ageFiles(dir);
  const cacheFile = path.join(path.dirname(dir), 'scan.cache');
  scan(dir, cacheFile);
  // Edited: a CPR number added to a clean note.
  fs.appendFileSync(path.join(dir, 'd2/p2.txt'), `CPR-nr.: ${dash(CPRS[2]!)}\n`);
  fs.utimesSync(path.join(dir, 'd2/p2.txt'), ONE_HOUR_AGO, new Date(Date.now() - 60_000));
  // Touched: same bytes, a new modification time (a checkout, a restored CI cache).
  fs.utimesSync(path.join(dir, 'd0/n0.txt'), ONE_HOUR_AGO, new Date(Date.now() - 60_000));
  const warm = scan(dir, cacheFile);
  assert.equal(warm.stdout, skjold(['scan', '.', '--fail-on', 'none'], dir).stdout, 'the edit is seen');
  assert.match(warm.stdout, /d2\/p2\.txt:2:\d+: warning cpr/);
  assert.deepEqual(stats(warm), { reused: 39, scanned: 1 }, 'only the edited file is detected again');
  assert.deepEqual(stats(scan(dir, cacheFile)), { reused: 40, scanned: 0 });
});

test('metadata strategy trusts size and mtime (documented); --cache-strategy content reads every file', () => {
  const dir = folder(corpus(12));
  ageFiles(dir);
  const cacheFile = path.join(path.dirname(dir), 'scan.cache');
  scan(dir, cacheFile);
  // The same size and the same modification time, other content: only the content strategy can tell.
  const file = path.join(dir, 'd2/p2.txt');
  const before = fs.readFileSync(file, 'utf8');
  const after = `CPR-nr.: ${dash(CPRS[3]!)} ${before.slice(21)}`;
  assert.equal(after.length, before.length);
  fs.writeFileSync(file, after);
  fs.utimesSync(file, ONE_HOUR_AGO, ONE_HOUR_AGO);
  const trusted = scan(dir, cacheFile);
  assert.deepEqual(stats(trusted), { reused: 12, scanned: 0 });
  const content = scan(dir, cacheFile, '--cache-strategy', 'content');
  assert.deepEqual(stats(content), { reused: 10, scanned: 2 }, 'the edited file, and the binary one (a skipped file has no digest to compare)');
  assert.equal(content.stdout, skjold(['scan', '.', '--fail-on', 'none'], dir).stdout);
  assert.match(content.stdout, /d2\/p2\.txt:1:10: warning cpr/);
  assert.doesNotMatch(trusted.stdout, /d2\/p2\.txt/, 'metadata strategy: the stale result, as documented');
});

test('a file modified right before the scan that cached it is checked by content next time (racy mtime)', () => {
  const dir = folder(corpus(5)); // just written: inside the 2-second window (and no binary file, whose skip is re-checked too)
  const cacheFile = path.join(path.dirname(dir), 'scan.cache');
  scan(dir, cacheFile);
  const file = path.join(dir, 'd0/n0.txt');
  const { mtime } = fs.statSync(file);
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/CPR-nr\.: \d{6}-\d{4}/, `CPR-nr.: ${dash(CPRS[1]!)}`));
  fs.utimesSync(file, mtime, mtime); // the same mtime tick, the same size
  const warm = scan(dir, cacheFile);
  assert.equal(stats(warm).scanned, 1);
  assert.equal(warm.stdout, skjold(['scan', '.', '--fail-on', 'none'], dir).stdout);
});

test('a changed option, a changed allowlist or another key drops what it affects', () => {
  const dir = folder(corpus(20));
  ageFiles(dir);
  const cacheFile = path.join(path.dirname(dir), 'scan.cache');
  scan(dir, cacheFile);
  const bigger = scan(dir, cacheFile, '--max-file-size', '1M');
  assert.deepEqual(stats(bigger), { reused: 0, scanned: 20 }, '--max-file-size changes the results: nothing reused');
  assert.deepEqual(stats(scan(dir, cacheFile, '--max-file-size', '1M')), { reused: 20, scanned: 0 });
  const small = scan(dir, cacheFile, '--max-file-size', '40');
  assert.equal(stats(small).scanned, 20);
  assert.equal(small.stdout, skjold(['scan', '.', '--fail-on', 'none', '--max-file-size', '40'], dir).stdout);
  // Another key: the cache does not decrypt, every file is scanned, the results are still right.
  const otherKey = skjold(['scan', '.', '--fail-on', 'none', '--cache-location', cacheFile], dir, { SKJOLD_CACHE_STATS: '1', SKJOLD_KEY_FILE: path.join(path.dirname(dir), 'other.key') });
  assert.deepEqual(stats(otherKey), { reused: 0, scanned: 20 });
  assert.equal(otherKey.stdout, skjold(['scan', '.', '--fail-on', 'none'], dir).stdout);
  // An allowlist in d1: d1's files are scanned again, the others reused.
  scan(dir, cacheFile);
  fs.mkdirSync(path.join(dir, 'd1', '.skjold'));
  fs.writeFileSync(path.join(dir, 'd1', '.skjold', 'allow'), `cpr ${'0'.repeat(64)}\n`);
  const allow = scan(dir, cacheFile);
  assert.deepEqual(stats(allow), { reused: 15, scanned: 6 }, "d1's five files, and the new allowlist file itself");
});

test('the cache file holds no identifier: not in its bytes, not in its decrypted text', () => {
  const dir = folder(corpus(45));
  ageFiles(dir);
  const cacheFile = path.join(path.dirname(dir), 'scan.cache');
  for (const format of ['text', 'sarif']) scan(dir, cacheFile, '--format', format);
  const bytes = fs.readFileSync(cacheFile);
  const planted = [...CPRS, ...CPRS.map(dash), PHONE, PHONE.replace(/ /g, ''), EMAIL, NAME];
  for (const encoding of ['utf8', 'latin1'] as const) {
    const asText = bytes.toString(encoding);
    for (const v of planted) assert.ok(!asText.includes(v), 'a planted value is in the cache file');
    const found = detect(asText).filter((f) => ['cpr', 'phone', 'email', 'name'].includes(f.type) && planted.includes(asText.slice(f.start, f.end)));
    assert.deepEqual(found, [], 'the detector finds no planted value in the cache file');
  }
  // What the cache knows, decrypted with the key: masked shapes, positions and descriptions only.
  const { entries, findings } = readCacheText(fs.readFileSync(path.join(path.dirname(dir), 'work.key'), 'utf8').trim(), cacheFile);
  assert.ok(entries && findings, 'the cache decrypts under the key');
  assert.match(findings, /XXXXXX-XXXX/);
  for (const text of [entries, findings]) {
    for (const v of planted) assert.ok(!text.includes(v), 'a planted value is in the decrypted cache');
    const found = detect(text).filter((f) => planted.includes(text.slice(f.start, f.end)) || CPRS.includes(text.slice(f.start, f.end).replace(/-/g, '')));
    assert.deepEqual(found, [], 'the detector finds no planted value in the decrypted cache');
  }
  assert.equal((fs.statSync(cacheFile).mode & 0o777).toString(8), '600');
});

test('default location under XDG_CACHE_HOME; a folder as --cache-location; usage errors', () => {
  const dir = folder(corpus(5));
  const home = path.join(path.dirname(dir), 'xdg-cache');
  const r = skjold(['scan', '.', '--cache'], dir, { XDG_CACHE_HOME: home });
  assert.equal(r.code, 1);
  const made = fs.readdirSync(path.join(home, 'skjold'));
  assert.equal(made.length, 1);
  assert.match(made[0]!, /^scan-[0-9a-f]{16}\.cache$/);
  const inDir = path.join(path.dirname(dir), 'caches') + path.sep;
  skjold(['scan', '.', '--cache-location', inDir], dir);
  assert.deepEqual(fs.readdirSync(inDir), made, 'a folder gets the default name');
  git(dir, 'init', '-q');
  for (const bad of [['--staged'], ['--diff', 'HEAD'], ['--shard', '1/2']]) {
    const u = skjold(['scan', '.', '--cache', ...bad], dir);
    assert.equal(u.code, 2, bad.join(' '));
    assert.match(u.stderr, /--cache/);
  }
  assert.equal(skjold(['scan', '.', '--cache-strategy', 'mtime'], dir).code, 2);
});

test('a damaged cache file is ignored; a cache that cannot be written is a note on stderr, not a failure', () => {
  const dir = folder(corpus(9));
  ageFiles(dir);
  const cacheFile = path.join(path.dirname(dir), 'scan.cache');
  const expected = skjold(['scan', '.'], dir);
  scan(dir, cacheFile);
  const bytes = fs.readFileSync(cacheFile);
  bytes[bytes.length - 5] ^= 0xff; // one flipped bit in the findings part: authentication fails
  fs.writeFileSync(cacheFile, bytes);
  const damaged = skjold(['scan', '.', '--cache-location', cacheFile, '--format', 'json'], dir, { SKJOLD_CACHE_STATS: '1' });
  assert.deepEqual(stats(damaged), { reused: 0, scanned: 9 });
  assert.equal(damaged.stdout, skjold(['scan', '.', '--format', 'json'], dir).stdout);
  fs.writeFileSync(cacheFile, 'not a cache');
  assert.deepEqual(stats(scan(dir, cacheFile)), { reused: 0, scanned: 9 });
  // The location is under a file: it cannot be created.
  const blocked = path.join(dir, 'd0', 'n0.txt', 'scan.cache');
  const r = skjold(['scan', '.', '--cache-location', blocked], dir);
  assert.equal(r.code, expected.code);
  assert.equal(r.stdout, expected.stdout);
  assert.match(r.stderr, /^skjold: the scan cache was not written \(E[A-Z]+\)\n$/);
});
