import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { folderOf } from '../../../server/src/cli/allowlistLookup';

// folderOf is path.dirname(path.resolve(p)) with a fast way for the walk's paths; any path must give the same.
const segment = fc.constantFrom('', '.', '..', '...', '.skjold', '..x', 'a', 'notes', 'x.txt', 'æø', ' ', 'a b');

test('folderOf equals path.dirname(path.resolve(p)) for absolute and relative paths', () => {
  fc.assert(
    fc.property(fc.boolean(), fc.array(segment, { minLength: 0, maxLength: 6 }), fc.boolean(), (absolute, parts, trailing) => {
      const p = (absolute ? path.sep : '') + parts.join(path.sep) + (trailing ? path.sep : '');
      if (p === '') return;
      assert.equal(folderOf(p), path.dirname(path.resolve(p)));
    }),
    { seed: 20261123, numRuns: 3000 },
  );
});

test('folderOf of a walked path is its folder', () => {
  assert.equal(folderOf(path.join(path.sep, 'data', 'notes', 'a.txt')), path.join(path.sep, 'data', 'notes'));
  assert.equal(folderOf(path.join(path.sep, 'a.txt')), path.sep);
});

test('allowlistFor answers from the folder of the path, whatever came before (the one-folder memo)', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { allowlistFor } = await import('../../../server/src/cli/allowlistLookup');
  const { ALLOWLIST_PATH } = await import('../../../server/src/core');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-allow-memo-'));
  try {
    // root/a holds an allowlist, root/a/b and root itself do not.
    fs.mkdirSync(path.join(root, 'a', 'b', '.skjold'), { recursive: true });
    fs.mkdirSync(path.join(root, 'a', ...ALLOWLIST_PATH.split('/').slice(0, -1)), { recursive: true });
    fs.writeFileSync(path.join(root, 'a', ...ALLOWLIST_PATH.split('/')), 'cpr ' + 'ab'.repeat(32) + '\n');
    const inA = allowlistFor(path.join(root, 'a', 'x.txt'));
    assert.ok(inA.size > 0, 'the allowlist in a is found');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a/x.txt', 'a/y.txt', 'x.txt', 'a/b/z.txt', 'a/', 'a/.x', 'a/b/../x.txt', 'a/..', 'a/b/..', 'a/.'), { minLength: 1, maxLength: 8 }), (paths) => {
        for (const p of paths) {
          const full = root + path.sep + p.split('/').join(path.sep); // not path.join: keep `..`, `.` and a trailing separator
          const folder = path.dirname(path.resolve(full));
          const expected = folder === path.join(root, 'a') || folder.startsWith(path.join(root, 'a') + path.sep) ? inA.size : 0;
          assert.equal(allowlistFor(full).size, expected, p);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
