// The network guard itself must work, or the privacy tests that rely on it prove nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { guardedEnv } from '../../support/lspClient';

test('the guard blocks sockets and DNS in a guarded process', () => {
  const probe = `
    const net = require('node:net'); const dns = require('node:dns');
    let blocked = 0;
    try { net.connect(9, '127.0.0.1'); } catch { blocked++; }
    try { dns.lookup('example.org', () => {}); } catch { blocked++; }
    try { require('node:https').get('https://example.org'); } catch { blocked++; }
    console.log(blocked);`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: guardedEnv(), timeout: 10_000 });
  assert.equal(r.stdout.trim(), '3', r.stderr);
  assert.match(r.stderr, /skjold-no-network-guard: blocked/);
});
