// The editor's workspace features: Scan Workspace, the Skjold view, file actions, the anonymisation report.
// extension.ts calls registerWorkspaceFeatures once; the server side is server/src/lsp/workspace/.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ScanWorkspaceResult } from '../../../server/src/lsp/workspace/protocol';
import type { FindingsStatusBar } from '../statusBar';
import { WorkspaceScanController } from './scanCommand';
import { FindingsTreeProvider } from './findingsTree';
import { ignoreFile, openFinding, redactFile } from './fileActions';
import { createReport } from './reportCommand';

/** What the real-editor tests reach through the extension's API. */
export interface WorkspaceTestApi {
  scanWorkspace(): Promise<ScanWorkspaceResult | undefined>;
  /** Starts a scan and cancels it after `afterMs`; resolves with the (cancelled) result. */
  cancelScanAfter(afterMs: number): Promise<ScanWorkspaceResult | undefined>;
  /** Files in the Skjold view with their finding counts. */
  viewSnapshot(): { file: string; findings: number }[];
  createReport(target: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** The workspace status-bar item's text ("$(folder) 15"), '' before the first scan. */
  workspaceStatusText(): string;
}

export function registerWorkspaceFeatures(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, status: FindingsStatusBar): WorkspaceTestApi {
  const scans = new WorkspaceScanController(client);
  const tree = new FindingsTreeProvider(scans);
  const view = vscode.window.createTreeView('skjold.findings', { treeDataProvider: tree, showCollapseAll: true });
  tree.attach(view);
  context.subscriptions.push(
    scans,
    tree,
    view,
    scans.onDidScan(() => status.showWorkspaceTotal()),
    vscode.commands.registerCommand('skjold.scanWorkspace', () => scans.scan()),
    vscode.commands.registerCommand('skjold.createReport', () => createReport(client())),
    vscode.commands.registerCommand('skjold.openFinding', (uri: vscode.Uri, range: vscode.Range) => openFinding(uri, range)),
    vscode.commands.registerCommand('skjold.view.redactFile', (arg: unknown) => redactFile(arg)),
    vscode.commands.registerCommand('skjold.view.ignoreFile', (arg: unknown) => ignoreFile(arg, client())),
    vscode.commands.registerCommand('skjold.view.refresh', () => tree.refreshNow()),
  );
  return {
    scanWorkspace: () => scans.scan({ quiet: true }),
    cancelScanAfter: async (afterMs) => {
      const running = scans.scan({ quiet: true });
      setTimeout(() => scans.cancel(), afterMs);
      return running;
    },
    viewSnapshot: () => { tree.refreshNow(); return tree.snapshot(); },
    createReport: (target) => createReport(client(), target),
    workspaceStatusText: () => status.workspaceText,
  };
}
