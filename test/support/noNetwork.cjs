// Preloaded into every server and CLI process the tests start (NODE_OPTIONS=--require …): any attempt to open a
// network socket or resolve a host name throws and is reported on stderr, so a test sees it. The LSP pipe (stdio,
// node-ipc) does not go through these functions, so the server keeps working.
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const tls = require('node:tls');

function refuse(what) {
  return function () {
    const msg = `skjold-no-network-guard: blocked ${what}`;
    process.stderr.write(msg + '\n');
    throw new Error(msg);
  };
}
net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
tls.connect = refuse('tls.connect');
for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[fn] = refuse(`dns.${fn}`);
  if (dns.promises && dns.promises[fn]) dns.promises[fn] = refuse(`dns.promises.${fn}`);
}
