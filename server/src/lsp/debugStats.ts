// A hidden request for the long-session tests (and for a user diagnosing memory): `skjold/debugStats` returns the
// server's memory use and how many entries each per-document table holds, so a test can prove that closing
// documents frees their state. Counts and byte sizes only: never a URI or any document text.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Connection } from 'vscode-languageserver/node';

export const DEBUG_STATS_REQUEST = 'skjold/debugStats';

export interface DebugStatsParams {
  /** Run a full garbage collection first, so heap figures compare across calls. */
  gc?: boolean;
}

export interface DebugStats {
  /** The server's process id: the crash-recovery test stops this process to prove the client restarts it. */
  pid: number;
  memory: NodeJS.MemoryUsage;
  /** Per-document state: table name → number of entries. */
  state: Record<string, number>;
}

export function registerDebugStats(connection: Connection, stateCounts: () => Record<string, number>): void {
  connection.onRequest(DEBUG_STATS_REQUEST, (params: DebugStatsParams | undefined): DebugStats => {
    if (params?.gc) collectGarbage();
    return { pid: process.pid, memory: process.memoryUsage(), state: stateCounts() };
  });
}

/** A full GC; without --expose-gc, the flag is set for a fresh context's `gc` function (the flag alone is inert). */
function collectGarbage(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g();
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
