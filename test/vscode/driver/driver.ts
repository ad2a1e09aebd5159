// The test-driver extension: code-server's stand-in for `--extensionTestsPath`. Installed beside Skjold in a
// throw-away code-server, it activates on startup, runs the suite in the extension host and writes the
// results as JSON to $SKJOLD_E2E_RESULTS (after every test, `done: true` at the end), which the runner reads.
// It activates on `*`, before Skjold (`onStartupFinished`), to put the network guard in place first
// (networkCheck.ts); the suite starts once Skjold has activated, and the guard's verdict is the last result.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runTests, type TestResult } from '../harness';
import { startNetworkCheck, type NetworkCheck } from '../networkCheck';
import '../suite-files';

export interface DriverReport {
  done: boolean;
  vscodeVersion: string;
  results: TestResult[];
  error?: string;
}

export function activate(): void {
  const out = process.env.SKJOLD_E2E_RESULTS;
  if (!out) return;
  let network: NetworkCheck | undefined;
  let failure: string | undefined;
  try {
    network = startNetworkCheck(path.join(__dirname, 'noNetwork.cjs'));
  } catch (e) {
    failure = `the network guard could not be installed: ${e instanceof Error ? e.message : String(e)}`;
  }
  void drive(out, network, failure);
}

async function drive(out: string, network: NetworkCheck | undefined, failure: string | undefined): Promise<void> {
  const report: DriverReport = { done: false, vscodeVersion: vscode.version, results: [] };
  const write = () => {
    fs.writeFileSync(`${out}.tmp`, JSON.stringify(report, null, 2));
    fs.renameSync(`${out}.tmp`, out);
  };
  write();
  const onResult = (r: TestResult) => { report.results.push(r); write(); };
  try {
    if (!network) throw new Error(failure);
    await network.skjoldStarted();
    await runTests({ grep: process.env.SKJOLD_E2E_GREP || undefined, onResult });
    onResult(await network.result());
  } catch (e) {
    report.error = e instanceof Error ? e.message : String(e);
  }
  report.done = true;
  write();
}

export function deactivate(): void {}
