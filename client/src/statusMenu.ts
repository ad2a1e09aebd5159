// The Skjold status-bar item's menu (a quick pick): scan the workspace, pause or resume checking, open the
// settings, say why the active file is not checked, show the output, open the Problems panel.
import * as vscode from 'vscode';

export const SET_PAUSED_NOTIFICATION = 'skjold/setPaused';

/** Pause state shared by the menu, the status bar and the server notification. */
export class PauseState {
  private pausedNow = false;
  private readonly changed = new vscode.EventEmitter<boolean>();
  readonly onDidChange = this.changed.event;

  get paused(): boolean {
    return this.pausedNow;
  }

  set(paused: boolean): void {
    if (paused === this.pausedNow) return;
    this.pausedNow = paused;
    this.changed.fire(paused);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

interface MenuItem extends vscode.QuickPickItem {
  run(): unknown;
}

/** The server's reason for skipping a document (the language status item's, from skjold/documentStatus). */
export type SkipReasons = (uri: string) => string | undefined;

/** Why the active file gets no Skjold diagnostics: pause, the server's skip reason, else what the client knows. */
export function whyNotChecked(pause: PauseState, serverReason: SkipReasons): string {
  if (pause.paused) return vscode.l10n.t('Checking is paused. Choose "Resume checking" in the Skjold menu.');
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return vscode.l10n.t('No file is open in the editor.');
  if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled') {
    return vscode.l10n.t('Skjold checks files on disk and untitled files; this document comes from "{0}".', doc.uri.scheme);
  }
  const reason = serverReason(doc.uri.toString());
  if (reason) return reason;
  if (!vscode.workspace.getConfiguration('skjold', doc.uri).get<boolean>('enable', true)) {
    return vscode.l10n.t('The setting skjold.enable is off for this file.');
  }
  return vscode.l10n.t('This file is checked. A file with no findings shows 0 in the status bar.');
}

export function registerStatusMenu(
  context: vscode.ExtensionContext,
  pause: PauseState,
  sendPaused: (paused: boolean) => Promise<void> | void,
  serverReason: SkipReasons,
): void {
  const toggle = async () => {
    pause.set(!pause.paused);
    await sendPaused(pause.paused);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('skjold.togglePause', toggle),
    vscode.commands.registerCommand('skjold.whyNotChecked', () => {
      const why = whyNotChecked(pause, serverReason);
      // The server's reasons already begin with "Skjold:".
      return vscode.window.showInformationMessage(why.startsWith('Skjold') ? why : vscode.l10n.t('Skjold: {0}', why));
    }),
    vscode.commands.registerCommand('skjold.showMenu', async () => {
      const commands = new Set(await vscode.commands.getCommands(true));
      const items: MenuItem[] = [
        ...(commands.has('skjold.scanWorkspace')
          ? [{ label: `$(search) ${vscode.l10n.t('Scan workspace')}`, run: () => vscode.commands.executeCommand('skjold.scanWorkspace') }]
          : []),
        pause.paused
          ? { label: `$(debug-start) ${vscode.l10n.t('Resume checking')}`, run: toggle }
          : { label: `$(debug-pause) ${vscode.l10n.t('Pause checking')}`, description: vscode.l10n.t('clears the findings until resumed'), run: toggle },
        { label: `$(warning) ${vscode.l10n.t('Open Problems panel')}`, run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
        { label: `$(question) ${vscode.l10n.t('Why is this file not checked?')}`, run: () => vscode.commands.executeCommand('skjold.whyNotChecked') },
        { label: `$(settings-gear) ${vscode.l10n.t('Open settings')}`, run: () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:skjold.skjold') },
        { label: `$(output) ${vscode.l10n.t('Show output')}`, run: () => vscode.commands.executeCommand('skjold.showOutput') },
      ];
      const chosen = await vscode.window.showQuickPick(items, { title: 'Skjold', placeHolder: vscode.l10n.t('What do you want to do?') });
      await chosen?.run();
    }),
  );
}
