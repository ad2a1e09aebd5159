// Child processes for the real-editor layers. Every process a test starts runs in its own process group
// (spawn `detached`, i.e. setsid) and is stopped by that group, so a language server or browser it started
// in turn goes with it, also when the test fails or times out.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const MAX_OUTPUT = 256 * 1024;
const live = new Set<ProcessGroup>();

export class ProcessGroup {
  private out = '';
  readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  constructor(readonly child: ChildProcess, readonly label: string) {
    const keep = (d: Buffer) => {
      this.out += d.toString('utf8');
      if (this.out.length > MAX_OUTPUT) this.out = this.out.slice(-MAX_OUTPUT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.on('error', (e) => { this.out += `\n[${label}: ${e.message}]`; this.exitCode = null; resolve(null); });
      child.on('close', (code, signal) => { this.exitCode = code ?? (signal ? null : 0); resolve(this.exitCode); });
    });
    live.add(this);
    void this.exited.then(() => live.delete(this));
  }

  /** stdout and stderr so far, interleaved, last 256 KiB. */
  get output(): string {
    return this.out;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** SIGTERM to the whole group, SIGKILL after `graceMs` if anything in it is still there. */
  async stop(graceMs = 3000): Promise<void> {
    const pgid = this.child.pid;
    if (pgid === undefined) return;
    signalGroup(pgid, 'SIGTERM');
    const timer = new Promise<'late'>((r) => setTimeout(r, graceMs, 'late').unref());
    if ((await Promise.race([this.exited, timer])) === 'late') signalGroup(pgid, 'SIGKILL');
    // Members of the group may outlive its leader (e.g. a server the editor started): make sure.
    signalGroup(pgid, 'SIGKILL');
    live.delete(this);
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

/** Starts `cmd` in a new process group with its output captured. */
export function startGroup(cmd: string, args: string[], options: SpawnOptions & { label?: string } = {}): ProcessGroup {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  return new ProcessGroup(child, options.label ?? cmd);
}

/** Runs `cmd` to its end in its own process group; the group is stopped after `timeoutMs` or when done. */
export async function runGroup(cmd: string, args: string[], options: SpawnOptions & { label?: string; timeoutMs: number }): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  const group = startGroup(cmd, args, options);
  let timedOut = false;
  const timer = new Promise<'late'>((r) => setTimeout(r, options.timeoutMs, 'late').unref());
  try {
    if ((await Promise.race([group.exited, timer])) === 'late') timedOut = true;
  } finally {
    await group.stop();
  }
  return { code: timedOut ? null : await group.exited, output: group.output, timedOut };
}

/**
 * Polls `probe` until it returns something other than undefined/false, or throws after `timeoutMs` with a
 * message naming what was awaited (and the last probe error, if any). Never a fixed sleep: it returns as soon
 * as the condition holds.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${(timeoutMs / 1000).toFixed(0)} s waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// A test runner that is interrupted still stops what it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const g of live) if (g.child.pid) signalGroup(g.child.pid, 'SIGKILL');
    process.exit(130);
  });
}
process.once('exit', () => {
  for (const g of live) if (g.child.pid) signalGroup(g.child.pid, 'SIGKILL');
});
