// "Skjold: Scan Workspace": asks the server to scan every workspace folder (each with its own settings), shows
// a cancellable progress notification with counts, and keeps the last result (skipped files) for the view.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  SCAN_PROGRESS, SCAN_WORKSPACE,
  type FolderRef, type ScanProgressParams, type ScanWorkspaceResult,
} from '../../../server/src/lsp/workspace/protocol';

export function workspaceFolderRefs(): FolderRef[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => ({ uri: f.uri.toString(), name: f.name }));
}

export class WorkspaceScanController implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ScanWorkspaceResult>();
  /** Fires after every finished or cancelled scan. */
  readonly onDidScan = this.changed.event;
  lastResult: ScanWorkspaceResult | undefined;
  private running: vscode.CancellationTokenSource | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** True while a scan runs. */
  get busy(): boolean {
    return !!this.running;
  }

  /** Cancels a running scan, as the notification's Cancel button does. */
  cancel(): void {
    this.running?.cancel();
  }

  async scan(opts: { quiet?: boolean } = {}): Promise<ScanWorkspaceResult | undefined> {
    const client = this.client();
    const folders = workspaceFolderRefs();
    if (!client) { void vscode.window.showWarningMessage(vscode.l10n.t('Skjold: the language server is not running.')); return undefined; }
    if (!folders.length) { void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: open a folder to scan a workspace.')); return undefined; }
    this.running?.cancel();
    const own = new vscode.CancellationTokenSource();
    this.running = own;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Skjold: scanning workspace'), cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => own.cancel());
          let reported = 0;
          const sub = client.onNotification(SCAN_PROGRESS, (p: ScanProgressParams) => {
            const pct = p.total ? Math.floor(((p.scanned + p.skipped) / p.total) * 100) : 0;
            progress.report({
              message: vscode.l10n.t('{0} of {1} files · {2} findings · {3} skipped', p.scanned.toLocaleString(), p.total.toLocaleString(), p.findings.toLocaleString(), p.skipped.toLocaleString()),
              increment: Math.max(0, pct - reported),
            });
            reported = Math.max(reported, pct);
          });
          try {
            return await client.sendRequest<ScanWorkspaceResult>(SCAN_WORKSPACE, { folders }, own.token);
          } catch (e) {
            if (own.token.isCancellationRequested) return undefined;
            throw e;
          } finally {
            sub.dispose();
          }
        },
      );
      if (result) {
        this.lastResult = result;
        this.changed.fire(result);
        if (!opts.quiet) void this.announce(result);
      } else if (!opts.quiet) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: workspace scan cancelled; results so far are shown.'));
      }
      return result;
    } finally {
      if (this.running === own) this.running = undefined;
      own.dispose();
    }
  }

  private async announce(r: ScanWorkspaceResult): Promise<void> {
    const types = Object.entries(r.perType).map(([t, n]) => `${t} ${n}`).join(', ');
    const msg = r.cancelled
      ? vscode.l10n.t('Skjold: scan cancelled after {0} files; {1} findings so far.', r.filesScanned, r.findings)
      : vscode.l10n.t('Skjold: {0} finding(s){1} in {2} of {3} files; {4} skipped.', r.findings, types ? ` (${types})` : '', r.filesWithFindings, r.filesScanned, r.skipped.length);
    const show = vscode.l10n.t('Show Skjold View');
    const pick = await vscode.window.showInformationMessage(msg, show);
    if (pick === show) await vscode.commands.executeCommand('skjold.findings.focus');
  }

  dispose(): void {
    this.running?.cancel();
    this.changed.dispose();
  }
}
