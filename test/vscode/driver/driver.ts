// The test-driver extension: code-server's stand-in for `--extensionTestsPath`. Installed beside Skjold in a
// throw-away code-server, it activates on startup, runs the suite in the extension host and writes the
// results as JSON to $SKJOLD_E2E_RESULTS (after every test, `done: true` at the end), which the runner reads.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { runTests, type TestResult } from '../harness';
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
  void drive(out);
}

async function drive(out: string): Promise<void> {
  const report: DriverReport = { done: false, vscodeVersion: vscode.version, results: [] };
  const write = () => {
    fs.writeFileSync(`${out}.tmp`, JSON.stringify(report, null, 2));
    fs.renameSync(`${out}.tmp`, out);
  };
  write();
  try {
    await runTests({ grep: process.env.SKJOLD_E2E_GREP || undefined, onResult: (r) => { report.results.push(r); write(); } });
  } catch (e) {
    report.error = e instanceof Error ? e.message : String(e);
  }
  report.done = true;
  write();
}

export function deactivate(): void {}
