// A small LSP client for tests: spawns the built server over stdio, speaks JSON-RPC with Content-Length
// framing, answers workspace/configuration from a settings object, and waits for diagnostics by version.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const SERVER_JS = path.resolve(__dirname, '../../dist/server/server.js');

/** Environment for every process a test starts: the network guard preloaded (see noNetwork.cjs). */
export function guardedEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const guard = path.resolve(__dirname, 'noNetwork.cjs');
  return { ...process.env, ...extra, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${guard}`.trim() };
}

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic { range: Range; severity?: number; code?: string | number; source?: string; message: string; data?: unknown }
export interface PublishedDiagnostics { uri: string; version?: number; diagnostics: Diagnostic[] }

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

export class TestLspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  stderr = '';
  settings: Record<string, unknown>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private published = new Map<string, PublishedDiagnostics[]>();
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  /** Notifications and requests the server sent, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];

  constructor(opts: { settings?: Record<string, unknown>; args?: string[]; env?: NodeJS.ProcessEnv } = {}) {
    this.settings = opts.settings ?? {};
    this.proc = spawn(process.execPath, [SERVER_JS, '--stdio', ...(opts.args ?? [])], { stdio: 'pipe', env: guardedEnv(opts.env) });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const sep = this.buffer.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, sep).toString());
      if (!m) throw new Error('bad LSP header');
      const len = Number(m[1]);
      if (this.buffer.length < sep + 4 + len) return;
      const msg = JSON.parse(this.buffer.subarray(sep + 4, sep + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(sep + 4 + len);
      this.onMessage(msg);
    }
  }

  private onMessage(msg: { id?: number; method?: string; params?: any; result?: unknown; error?: { message: string } }): void {
    if (msg.id !== undefined && !msg.method) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      this.notifications.push({ method: msg.method, params: msg.params });
      let result: unknown = null;
      if (msg.method === 'workspace/configuration') result = (msg.params.items as { section?: string }[]).map((it) => this.section(it.section));
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      this.waiters = this.waiters.filter((w) => (w.test() ? (w.resolve(), false) : true));
      return;
    }
    if (msg.method) this.notifications.push({ method: msg.method, params: msg.params });
    if (msg.method === 'textDocument/publishDiagnostics') {
      const p = msg.params as PublishedDiagnostics;
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
    }
    this.waiters = this.waiters.filter((w) => (w.test() ? (w.resolve(), false) : true));
  }

  private section(name?: string): unknown {
    if (!name) return this.settings;
    let v: unknown = this.settings;
    for (const k of name.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    return v ?? null;
  }

  send(obj: unknown): void {
    const s = JSON.stringify(obj);
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`);
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 10_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`timeout waiting for ${method}`)); }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves when `test` holds after some message, or rejects after `timeoutMs`. */
  waitFor(test: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout waiting for ${what}; server stderr: ${this.stderr.slice(-500)}`)), timeoutMs);
      this.waiters.push({ test, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  /** All diagnostics publications for a URI so far. */
  publications(uri: string): PublishedDiagnostics[] {
    return this.published.get(uri) ?? [];
  }

  /** Waits for diagnostics published for `version` (or any, when undefined) and returns them. */
  async diagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    const match = () => this.publications(uri).find((p) => version === undefined || p.version === version);
    await this.waitFor(() => !!match(), `diagnostics for ${path.basename(uri)} v${version ?? '?'}`, timeoutMs);
    return match()!.diagnostics;
  }

  async initialize(initializationOptions?: unknown, capabilities: Record<string, unknown> = { workspace: { configuration: true } }): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Fails when the network guard fired in the server process. */
  assertNoNetwork(): void {
    if (this.stderr.includes('skjold-no-network-guard')) throw new Error(`the server tried to use the network: ${this.stderr.slice(-300)}`);
  }

  async shutdown(): Promise<void> {
    try {
      await this.request('shutdown', null, 3000);
      this.notify('exit', null);
    } catch { /* the process may be gone already */ }
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.proc.kill('SIGKILL'); resolve(); }, 3000);
      this.proc.on('exit', () => { clearTimeout(t); resolve(); });
    });
  }
}

/** UTF-16 offset of an LSP position. */
export function offsetAt(text: string, pos: Position): number {
  let line = 0, i = 0;
  while (line < pos.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  return i + pos.character;
}
