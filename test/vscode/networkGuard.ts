// The network guard of the VS Code suite, for the extension host (no `vscode` import, so unit tests exercise it in
// plain Node). Skjold's client shares its process with the editor's own machinery and other extensions, so the
// guard cannot refuse every socket as test/support/noNetwork.cjs does in the server and CLI processes. Instead it
// wraps every Node entry point to the network and decides per call, by the call's stack: a call with a frame in
// Skjold's extension folder (dist/client/extension.js) is recorded and refused; every other caller (VS Code's IPC,
// code-server's sockets, other extensions) passes through untouched. A local pipe (Unix socket path) is no
// network and is allowed to Skjold too: that is how an LSP pipe transport would connect.
//
// Installed before Skjold's bundle loads (the test driver activates on `*`, Skjold on `onStartupFinished`), so
// even the per-extension copies the extension host makes of `http`/`https` on an extension's first `require`
// hold the wrappers. An attempt names the API, the port and the kind of host only: a host name or URL built by
// the code under test could carry document text, so neither is ever written out.
import net from 'node:net';

export interface NetworkAttempt {
  /** The API that was called, e.g. `https.request`, `dns.lookup`, `fetch`. */
  api: string;
  /** Where it was going, without any text that could come from a document. */
  target: string;
  /** The call's stack frames (code locations only), the guard's own frames left out. */
  stack: string[];
}

export interface NetworkGuard {
  readonly attempts: readonly NetworkAttempt[];
  /** Puts every wrapped function back (only where the wrapper is still in place). */
  uninstall(): void;
}

export interface NetworkGuardOptions {
  /** True when a stack (from `new Error().stack`) holds a frame of the code under guard. */
  owns(stack: string): boolean;
  /** Files whose frames are left out of recorded stacks (the guard's own bundle). */
  ownFiles?: string[];
  /** The modules and global to wrap; the real ones by default (tests may pass the real ones too). */
  modules?: GuardedModules;
}

export interface GuardedModules {
  net: typeof import('node:net');
  tls: typeof import('node:tls');
  http: typeof import('node:http');
  https: typeof import('node:https');
  http2: typeof import('node:http2');
  dgram: typeof import('node:dgram');
  dns: typeof import('node:dns');
  global: { fetch?: unknown; WebSocket?: unknown };
}

/** The message of the error a refused call throws; the runner and the final check look for this prefix. */
export const BLOCKED_PREFIX = 'skjold-no-network-guard: blocked';

const DNS_FUNCTIONS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;
/** Describes a call's target, or returns `pipe` when it goes to a local Unix socket (allowed). */
type Describe = (args: unknown[]) => string | 'pipe';

/** A host as it may be written out: an IP literal or localhost as is, a host name only by its length. */
export function describeHost(host: unknown): string {
  if (typeof host !== 'string' || host === '') return 'localhost';
  const bare = host.replace(/^\[|\]$/g, '');
  if (net.isIP(bare) || bare === 'localhost') return bare;
  return `a host name of ${host.length} characters`;
}

function describePort(port: unknown): string {
  return typeof port === 'number' || (typeof port === 'string' && /^\d{1,5}$/.test(port)) ? ` port ${port}` : '';
}

/** net.connect / tls.connect / Socket#connect arguments: (options[, cb]), (port[, host][, cb]), (path[, cb]), or net's normalized [options, cb]. */
export const describeSocketArgs: Describe = (args) => {
  let first = args[0];
  if (Array.isArray(first)) first = first[0];
  if (first && typeof first === 'object') {
    const o = first as { path?: unknown; host?: unknown; port?: unknown; socket?: unknown };
    if (typeof o.path === 'string') return 'pipe';
    if (o.socket && o.port === undefined) return 'pipe'; // tls over a socket the caller already connected
    return `${describeHost(o.host)}${describePort(o.port)}`;
  }
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) return `${describeHost(args[1])}${describePort(first)}`;
  if (typeof first === 'string') return 'pipe';
  return 'an unknown target';
};

/** A URL as it may be written out: scheme, kind of host and port; never the path or query. */
function describeUrl(input: unknown): string {
  try {
    const u = new URL(String(input));
    return `${u.protocol}//${describeHost(u.hostname)}${describePort(u.port)}`;
  } catch {
    return 'an unparsable URL';
  }
}

/** http(s).request / get: (url[, options][, cb]) or (options[, cb]). */
export const describeRequestArgs: Describe = (args) => {
  const [first, second] = args;
  const options = (first && typeof first === 'object' && !(first instanceof URL) ? first : second) as { socketPath?: unknown; host?: unknown; hostname?: unknown; port?: unknown } | undefined;
  if (options && typeof options === 'object' && typeof options.socketPath === 'string') return 'pipe';
  if (typeof first === 'string' || first instanceof URL) return describeUrl(first);
  return options && typeof options === 'object' ? `${describeHost(options.hostname ?? options.host)}${describePort(options.port)}` : 'an unknown target';
};

const describeFetch: Describe = (args) => {
  const input = args[0] as { url?: unknown } | string | URL | undefined;
  return describeUrl(typeof input === 'object' && input !== null && !(input instanceof URL) ? input.url : input);
};

const describeName: Describe = (args) => describeHost(args[0]);
const describeUdp: Describe = () => 'a UDP destination';

export function installNetworkGuard(options: NetworkGuardOptions): NetworkGuard {
  const m = options.modules ?? realModules();
  const attempts: NetworkAttempt[] = [];
  const restore: (() => void)[] = [];
  const ownFiles = options.ownFiles ?? [];

  // `promised`: the API answers with a promise, so a refusal is a rejected promise (as a failed request would
  // be), not a throw: code that handles the failure carries on, as it would for a real network error.
  const wrap = (owner: object | undefined, key: string, api: string, describe: Describe, promised = false) => {
    if (!owner) return;
    const target = owner as Record<string, unknown>;
    const original = target[key];
    if (typeof original !== 'function') return;
    const guarded = function (this: unknown, ...args: unknown[]): unknown {
      const stack = callStack();
      if (options.owns(stack)) {
        const where = describe(args);
        if (where !== 'pipe') {
          attempts.push({ api, target: where, stack: frames(stack, ownFiles) });
          const refusal = new Error(`${BLOCKED_PREFIX} ${api} to ${where} (called by the guarded extension)`);
          if (promised) return Promise.reject(refusal);
          throw refusal;
        }
      }
      return (original as AnyFn).apply(this, args);
    };
    // Keep what callers read off the function (e.g. dns.lookup's util.promisify.custom).
    for (const k of Reflect.ownKeys(original)) {
      if (k === 'length' || k === 'name' || k === 'prototype' || k === 'arguments' || k === 'caller') continue;
      const d = Object.getOwnPropertyDescriptor(original, k);
      if (d) Object.defineProperty(guarded, k, d);
    }
    target[key] = guarded;
    restore.push(() => { if (target[key] === guarded) target[key] = original; });
  };

  wrap(m.net.Socket.prototype, 'connect', 'net.Socket.connect', describeSocketArgs);
  wrap(m.net, 'connect', 'net.connect', describeSocketArgs);
  wrap(m.net, 'createConnection', 'net.createConnection', describeSocketArgs);
  wrap(m.tls, 'connect', 'tls.connect', describeSocketArgs);
  for (const [name, mod] of [['http', m.http], ['https', m.https]] as const) {
    wrap(mod, 'request', `${name}.request`, describeRequestArgs);
    wrap(mod, 'get', `${name}.get`, describeRequestArgs);
  }
  wrap(m.http2, 'connect', 'http2.connect', (args) => describeUrl(args[0]));
  wrap(m.dgram.Socket.prototype, 'send', 'dgram.Socket.send', describeUdp);
  wrap(m.dgram.Socket.prototype, 'connect', 'dgram.Socket.connect', describeUdp);
  for (const fn of DNS_FUNCTIONS) {
    wrap(m.dns, fn, `dns.${fn}`, describeName);
    wrap(m.dns.promises, fn, `dns.promises.${fn}`, describeName, true);
    wrap(m.dns.Resolver?.prototype, fn, `dns.Resolver.${fn}`, describeName);
    wrap(m.dns.promises?.Resolver?.prototype, fn, `dns.promises.Resolver.${fn}`, describeName, true);
  }
  wrap(m.global, 'fetch', 'fetch', describeFetch, true);
  wrap(m.global, 'WebSocket', 'WebSocket', (args) => describeUrl(args[0]));

  return {
    attempts,
    uninstall: () => { for (const r of restore.splice(0).reverse()) r(); },
  };
}

function realModules(): GuardedModules {
  // require, not `import * as`: a bundler's namespace copy would be wrapped instead of the module itself.
  return {
    net: require('node:net'),
    tls: require('node:tls'),
    http: require('node:http'),
    https: require('node:https'),
    http2: require('node:http2'),
    dgram: require('node:dgram'),
    dns: require('node:dns'),
    global: globalThis as { fetch?: unknown; WebSocket?: unknown },
  };
}

/** The current stack as text, deep enough to reach the caller through Node's own layers (http → agent → net). */
function callStack(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = Math.max(limit, 60);
  try {
    return new Error('network guard probe').stack ?? '';
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function frames(stack: string, ownFiles: string[]): string[] {
  return stack.split('\n')
    .filter((l) => /^\s+at /.test(l) && !ownFiles.some((f) => l.includes(f)))
    .map((l) => l.trim())
    .slice(0, 12);
}

/** One line per attempt and its stack, for a test failure. */
export function formatAttempts(attempts: readonly NetworkAttempt[]): string {
  return attempts.map((a) => `${a.api} to ${a.target}\n${a.stack.map((f) => `    ${f}`).join('\n')}`).join('\n');
}
