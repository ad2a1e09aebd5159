// The editor's own protocol trace (`skjold.trace.server: verbose`) writes every message between VS Code and the
// server to the output channel — document text included, so identifiers too. Skjold cannot mask what the
// editor logs; it warns the user whenever that trace is switched on.
import * as vscode from 'vscode';

export function isVerboseTrace(): boolean {
  return vscode.workspace.getConfiguration('skjold').get<string>('trace.server') === 'verbose';
}

export function watchTraceSetting(context: vscode.ExtensionContext): void {
  const warn = () => {
    if (!isVerboseTrace()) return;
    void vscode.window
      .showWarningMessage(
        vscode.l10n.t("Skjold: 'skjold.trace.server' is 'verbose'. VS Code then logs the full text of your documents, personal identifiers included, to the Skjold output channel. Use it only with test data."),
        vscode.l10n.t('Turn trace off'),
      )
      .then((choice) => {
        if (choice) void vscode.workspace.getConfiguration('skjold').update('trace.server', 'off', vscode.ConfigurationTarget.Global);
      });
  };
  warn();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('skjold.trace.server')) warn(); }));
}
