// Preloaded into every server and CLI process the tests start (NODE_OPTIONS=--require …): any attempt to open a
// network socket or resolve a host name throws and is reported on stderr, so a test sees it. The LSP pipe (stdio,
// node-ipc) does not go through these functions, so the server keeps working.
// With SKJOLD_NO_NETWORK_GUARD_DIR set (the VS Code suite, whose server the editor starts, so the test cannot read
// its stderr), the guard also leaves files there: `loaded-<pid>` when it is loaded (which script the process runs)
// and one line per refused call in `blocked-<pid>` (what was called and the stack: code locations only).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const dns = require('node:dns');
const tls = require('node:tls');
const dgram = require('node:dgram');

const reportDir = process.env.SKJOLD_NO_NETWORK_GUARD_DIR;
function report(file, record) {
  if (!reportDir) return;
  try {
    fs.appendFileSync(path.join(reportDir, `${file}-${process.pid}`), JSON.stringify(record) + '\n');
  } catch {
    // A missing report folder must not break the process under test; the suite then finds no `loaded-` file.
  }
}

function refuse(what) {
  return function () {
    const msg = `skjold-no-network-guard: blocked ${what}`;
    process.stderr.write(msg + '\n');
    const stack = (new Error().stack || '').split('\n').filter((l) => /^\s+at /.test(l)).map((l) => l.trim()).slice(1, 10);
    report('blocked', { what, stack });
    throw new Error(msg);
  };
}
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
dgram.Socket.prototype.send = refuse('dgram.Socket.send');
dgram.Socket.prototype.connect = refuse('dgram.Socket.connect');
for (const fn of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolvePtr', 'resolveSrv', 'resolveTxt', 'reverse']) {
  dns[fn] = refuse(`dns.${fn}`);
  dns.Resolver.prototype[fn] = refuse(`dns.Resolver.${fn}`);
  if (dns.promises && dns.promises[fn]) dns.promises[fn] = refuse(`dns.promises.${fn}`);
  if (dns.promises && dns.promises.Resolver) dns.promises.Resolver.prototype[fn] = refuse(`dns.promises.Resolver.${fn}`);
}
report('loaded', { pid: process.pid, script: process.argv[1] || '' });
