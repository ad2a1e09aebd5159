// Runner A of the VS Code suite (`npm run test:electron`): the same suite as the code-server driver, run by
// @vscode/test-electron in desktop VS Code, which it downloads (so it needs internet; it cannot run on the
// project's offline machines, where runner B, test/vscode/codeServer/run.ts, runs the suite instead).
// The extension under test is the repository itself (extensionDevelopmentPath), built by `npm run build`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { notesForWorkspace, repoRoot } from '../../support/fixtures';
import { buildSuite } from '../build';

/** The VS Code release the suite is pinned to; the same line as code-server 4.100.3. */
const VSCODE_VERSION = process.env.SKJOLD_VSCODE_VERSION ?? '1.100.3';

async function main(): Promise<void> {
  const { electronEntry } = await buildSuite();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skjold-electron-'));
  const workspace = path.join(runDir, 'workspace');
  for (const [rel, src] of Object.entries(notesForWorkspace())) {
    fs.mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    fs.copyFileSync(src, path.join(workspace, rel));
  }
  try {
    await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: electronEntry,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', path.join(runDir, 'extensions')],
      extensionTestsEnv: process.env.SKJOLD_E2E_GREP ? { SKJOLD_E2E_GREP: process.env.SKJOLD_E2E_GREP } : {},
    });
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`VS Code suite (test-electron) failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
