// The extension-host network guard (test/vscode/networkGuard.ts) decides by the caller's stack. Here "Skjold's
// code" is every call made inside `skjoldOwnedCall`; anything else stands for VS Code and other extensions.
// Refused calls never leave the process: they throw before any socket or DNS query exists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import util from 'node:util';
import { BLOCKED_PREFIX, describeRequestArgs, describeSocketArgs, formatAttempts, installNetworkGuard, type NetworkGuard } from '../../vscode/networkGuard';

const OWNER = 'skjoldOwnedCall';
function skjoldOwnedCall<T>(fn: () => T): T {
  return fn();
}
const originals = { connect: net.connect, socketConnect: net.Socket.prototype.connect, request: https.request, lookup: dns.lookup, fetch: globalThis.fetch };

let guard: NetworkGuard;
let server: net.Server;
let port = 0;
let pipeServer: net.Server;
const pipeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-guard-'));
const pipePath = path.join(pipeDir, 'lsp.sock');

before(async () => {
  server = net.createServer((s) => s.end());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as net.AddressInfo).port;
  pipeServer = net.createServer((s) => s.end());
  await new Promise<void>((r) => pipeServer.listen(pipePath, r));
  guard = installNetworkGuard({ owns: (stack) => stack.includes(OWNER), ownFiles: [path.resolve(__dirname, '../../vscode/networkGuard.ts')] });
});

after(() => {
  guard.uninstall();
  server.close();
  pipeServer.close();
  fs.rmSync(pipeDir, { recursive: true, force: true });
});

/** Connects and waits for the peer to close: proof the socket really opened. */
function roundTrip(connect: () => net.Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = connect();
    s.on('error', reject);
    s.on('close', () => resolve());
    s.resume();
  });
}

test('every network API called from the guarded code is refused and recorded, naming no host name, path or query', async () => {
  const before = guard.attempts.length;
  // A URL and host names as code under test might build them from a document: none of it may be written out.
  const secretHost = 'note-0707614285.example.org';
  const refusals: [string, () => unknown][] = [
    ['net.connect', () => net.connect(port, '127.0.0.1')],
    ['net.createConnection', () => net.createConnection({ host: secretHost, port: 443 })],
    ['net.Socket.connect', () => new net.Socket().connect(port, '127.0.0.1')],
    ['tls.connect', () => tls.connect({ host: secretHost, port: 443 })],
    ['http.request', () => http.request({ hostname: secretHost, port: 80, path: '/q?cpr=0707614285' })],
    ['http.get', () => http.get(`http://${secretHost}/q?cpr=0707614285`)],
    ['https.request', () => https.request(new URL(`https://${secretHost}/q?cpr=0707614285`))],
    ['https.get', () => https.get(`https://${secretHost}:8443/q`)],
    ['http2.connect', () => http2.connect(`https://${secretHost}`)],
    ['dns.lookup', () => dns.lookup(secretHost, () => {})],
    ['dns.resolve4', () => dns.resolve4(secretHost, () => {})],
    ['dns.promises.resolve', () => dns.promises.resolve(secretHost)],
    ['dns.Resolver.resolveTxt', () => new dns.Resolver().resolveTxt(secretHost, () => {})],
    ['dns.promises.Resolver.resolve6', () => new dns.promises.Resolver().resolve6(secretHost)],
    ['dgram.Socket.send', () => { const s = dgram.createSocket('udp4'); try { return s.send('x', 53, '127.0.0.1'); } finally { s.close(); } }],
    ['fetch', () => fetch(`https://${secretHost}/q?cpr=0707614285`)],
  ];
  const promised = new Set(['dns.promises.resolve', 'dns.promises.Resolver.resolve6', 'fetch']);
  for (const [api, call] of refusals) {
    const refused = (e: Error) => e.message.startsWith(`${BLOCKED_PREFIX} ${api} `);
    // Promise APIs reject (as a failed request would), the others throw; neither gets near the network.
    if (promised.has(api)) await assert.rejects(skjoldOwnedCall(call) as Promise<unknown>, refused, api);
    else assert.throws(() => skjoldOwnedCall(call), refused, api);
  }
  const recorded = guard.attempts.slice(before);
  assert.deepEqual(recorded.map((a) => a.api), refusals.map(([api]) => api));
  const report = formatAttempts(recorded);
  assert.ok(!report.includes('0707614285') && !report.includes('note-') && !report.includes('/q'), report);
  assert.match(report, /net\.connect to 127\.0\.0\.1 port \d+/);
  assert.match(report, /https\.get to https:\/\/a host name of 27 characters port 8443/);
  for (const a of recorded) assert.ok(a.stack.some((f) => f.includes(OWNER)), `${a.api}: the stack names the caller`);
  for (const a of recorded) assert.ok(!a.stack.some((f) => f.includes('networkGuard.ts')), `${a.api}: the guard's own frames are left out`);
});

test('a local pipe (how an LSP pipe transport connects) is allowed to the guarded code', async () => {
  const before = guard.attempts.length;
  await skjoldOwnedCall(() => roundTrip(() => net.connect({ path: pipePath })));
  await skjoldOwnedCall(() => roundTrip(() => net.connect(pipePath)));
  assert.equal(guard.attempts.length, before);
});

test('calls from any other code (the editor, other extensions) pass through and work', async () => {
  const before = guard.attempts.length;
  await roundTrip(() => net.connect(port, '127.0.0.1'));
  await roundTrip(() => new net.Socket().connect({ port, host: '127.0.0.1' }));
  const address = await util.promisify(dns.lookup)('localhost');
  assert.ok(net.isIP(address.address), 'promisified dns.lookup (util.promisify.custom kept) still resolves');
  assert.equal(guard.attempts.length, before);
});

test('the refusal happens before any socket exists, also deep inside Node (http → agent → net)', () => {
  const before = guard.attempts.length;
  const agent = new http.Agent();
  // ClientRequest is not wrapped itself: the agent's net.Socket#connect still sees the guarded caller on the stack.
  assert.throws(() => skjoldOwnedCall(() => new http.ClientRequest({ host: '127.0.0.1', port, agent })), /blocked net\.(createConnection|Socket\.connect)/);
  agent.destroy();
  assert.equal(guard.attempts.length, before + 1);
});

test('argument shapes: sockets and requests', () => {
  assert.equal(describeSocketArgs([443, 'example.org']), 'a host name of 11 characters port 443');
  assert.equal(describeSocketArgs([[{ host: '::1', port: 9 }, null]]), '::1 port 9');
  assert.equal(describeSocketArgs(['/run/lsp.sock']), 'pipe');
  assert.equal(describeSocketArgs([{ port: 80 }]), 'localhost port 80');
  assert.equal(describeRequestArgs([{ socketPath: '/run/x.sock', path: '/' }]), 'pipe');
  assert.equal(describeRequestArgs(['http://[::1]:8080/a?b']), 'http://::1 port 8080');
});

test('uninstall puts every original back', () => {
  const g = installNetworkGuard({ owns: () => true });
  assert.notEqual(net.connect, originals.connect);
  g.uninstall();
  guard.uninstall();
  assert.equal(net.connect, originals.connect);
  assert.equal(net.Socket.prototype.connect, originals.socketConnect);
  assert.equal(https.request, originals.request);
  assert.equal(dns.lookup, originals.lookup);
  assert.equal(globalThis.fetch, originals.fetch);
});
