// The network guard itself must work, or the privacy tests that rely on it prove nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

test('with SKJOLD_NO_NETWORK_GUARD_DIR the guard reports that it is loaded and what it refused (no host name)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-guard-report-'));
  try {
    const probe = `
      let blocked = 0;
      try { require('node:dgram').createSocket('udp4').send('x', 53, '127.0.0.1'); } catch { blocked++; }
      try { new (require('node:dns').Resolver)().resolveTxt('n0707614285.example.org', () => {}); } catch { blocked++; }
      console.log(blocked); process.exit(0);`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: guardedEnv({ SKJOLD_NO_NETWORK_GUARD_DIR: dir }), timeout: 10_000 });
    assert.equal(r.stdout.trim(), '2', r.stderr);
    const files = fs.readdirSync(dir).sort();
    assert.equal(files.length, 2, files.join(', '));
    assert.match(files[0]!, /^blocked-\d+$/);
    assert.equal(files[1], files[0]!.replace('blocked', 'loaded'));
    const blocked = fs.readFileSync(path.join(dir, files[0]!), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { what: string });
    assert.deepEqual(blocked.map((b) => b.what), ['dgram.Socket.send', 'dns.Resolver.resolveTxt']);
    assert.ok(!fs.readFileSync(path.join(dir, files[0]!), 'utf8').includes('0707614285'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
