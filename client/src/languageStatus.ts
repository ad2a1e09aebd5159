// The language status item (the `{}` beside the language mode in the status bar) for Skjold: whether the active
// document is checked, and if not, why ("Skjold: not checked — larger than skjold.maxFileSize (50 MB)"). The
// server sends `skjold/documentStatus` when a document is skipped (disabled, excluded, not included, too large)
// and once more when it is checked again; documents never reported are checked.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface DocumentStatusParams {
  uri: string;
  checked: boolean;
  reason?: string;
  message?: string;
}

export class DocumentStatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('skjold.documentStatus', [{ scheme: 'file' }, { scheme: 'untitled' }]);
  private readonly skipped = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(client: LanguageClient) {
    this.item.name = 'Skjold';
    this.item.command = { title: vscode.l10n.t('Settings'), command: 'workbench.action.openSettings', arguments: ['@ext:skjold.skjold'] };
    this.disposables.push(
      client.onNotification('skjold/documentStatus', (p: DocumentStatusParams) => {
        if (p.checked) this.skipped.delete(p.uri);
        else this.skipped.set(p.uri, p.message ?? vscode.l10n.t('Skjold: not checked'));
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.skipped.delete(d.uri.toString())),
    );
    this.update();
  }

  /** The item's text for the active document (the real-editor tests read it through the extension's API). */
  get text(): string {
    return this.item.text;
  }

  /** The server's skip reason for a document ("Skjold: not checked — …"), or undefined when it is checked. */
  reasonFor(uri: string): string | undefined {
    return this.skipped.get(uri);
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const reason = uri ? this.skipped.get(uri) : undefined;
    this.item.text = reason ?? vscode.l10n.t('Skjold: checked');
    this.item.severity = reason ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
