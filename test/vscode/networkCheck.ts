// The "no network" guarantee (issue 9) in the real editor, for both of Skjold's processes:
//   - the client (dist/client/extension.js, in the extension host): networkGuard.ts wraps Node's network APIs
//     before Skjold loads and refuses and records every call with a frame in Skjold's extension folder;
//   - the language server the client forks: NODE_OPTIONS in the extension host's environment while Skjold
//     activates carries `--require noNetwork.cjs` into the server's environment (the client hands the server
//     process.env plus its key; vscode-languageclient keeps NODE_OPTIONS), and the guard reports through files in
//     SKJOLD_NO_NETWORK_GUARD_DIR that it is loaded in the server's pid and what it refused.
// Nothing here ships: it is part of the test driver, and the product holds no switch for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { SkjoldApi } from '../../client/src/extension';
import { EXTENSION_ID, skjold, waitFor } from './helpers';
import { formatAttempts, installNetworkGuard } from './networkGuard';
import type { TestResult } from './report';

export const NETWORK_CHECK_NAME = 'network: Skjold\'s client (extension host) and language server used no socket or DNS beyond the LSP pipe';

export interface NetworkCheck {
  /** Waits until Skjold has activated on its own (onStartupFinished), so its server got the guard; then restores NODE_OPTIONS. */
  skjoldStarted(): Promise<void>;
  /** The final test: nothing recorded in either process, and the guard was really in place in both. */
  result(): Promise<TestResult>;
}

/** Call before Skjold activates (the driver activates on `*`). `serverGuard` is noNetwork.cjs, packaged with the driver. */
export function startNetworkCheck(serverGuard: string): NetworkCheck {
  const ext = vscode.extensions.getExtension<SkjoldApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  const root = ext.extensionPath.endsWith(path.sep) ? ext.extensionPath : ext.extensionPath + path.sep;
  const activeAtInstall = ext.isActive;
  const guard = installNetworkGuard({ owns: (stack) => stack.includes(root), ownFiles: [__filename] });

  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-server-guard-'));
  const nodeOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --require ${JSON.stringify(serverGuard)}`.trim();
  process.env.SKJOLD_NO_NETWORK_GUARD_DIR = reportDir;
  const restoreNodeOptions = () => {
    if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = nodeOptions;
  };

  return {
    async skjoldStarted() {
      try {
        await waitFor('Skjold to activate on its own (onStartupFinished)', () => ext.isActive, 120_000, 100).catch(() => ext.activate());
      } finally {
        // The client copied process.env into its server options on activation (restarts reuse them); other
        // extensions' processes started from now on do not get the guard.
        restoreNodeOptions();
      }
    },
    async result() {
      const t0 = Date.now();
      const problems: string[] = [];
      if (activeAtInstall) problems.push('Skjold was already active when the guard was installed, so its http/https copies may not be wrapped (the driver must activate first, on `*`)');
      if (guard.attempts.length) problems.push(`Skjold's client code tried to use the network (refused):\n${formatAttempts(guard.attempts)}`);
      try {
        const pid = await (await skjold()).serverPid();
        const reports = serverReports(reportDir, root);
        if (pid === undefined) problems.push('the server reported no process id (skjold/debugStats)');
        else if (!reports.guarded.includes(pid)) problems.push(`the running language server (pid ${pid}) has no network guard: it wrote no loaded-${pid} (NODE_OPTIONS did not reach it); guarded Skjold servers: ${reports.guarded.join(', ') || 'none'}`);
        for (const b of reports.blocked) problems.push(`the language server (pid ${b.pid}) tried to use the network (refused): ${b.what}\n${b.stack.map((f) => `    ${f}`).join('\n')}`);
      } catch (e) {
        problems.push(`could not check the language server: ${e instanceof Error ? e.message : String(e)}`);
      }
      return { name: NETWORK_CHECK_NAME, ok: problems.length === 0, ms: Date.now() - t0, ...(problems.length ? { error: problems.join('\n') } : {}) };
    },
  };
}

/** What the guard in Skjold's server processes wrote: which pids loaded it, and every refused call. */
function serverReports(dir: string, skjoldRoot: string): { guarded: number[]; blocked: { pid: number; what: string; stack: string[] }[] } {
  const guarded: number[] = [];
  const blocked: { pid: number; what: string; stack: string[] }[] = [];
  const lines = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const file of fs.readdirSync(dir)) {
    const m = /^loaded-(\d+)$/.exec(file);
    if (!m) continue;
    const pid = Number(m[1]);
    // Only Skjold's servers: another extension's Node process started while NODE_OPTIONS was set is not under test.
    if (!lines(file).some((l) => String(l.script).startsWith(skjoldRoot))) continue;
    guarded.push(pid);
    if (fs.existsSync(path.join(dir, `blocked-${pid}`))) {
      for (const l of lines(`blocked-${pid}`)) blocked.push({ pid, what: String(l.what), stack: (l.stack as string[]) ?? [] });
    }
  }
  return { guarded, blocked };
}
