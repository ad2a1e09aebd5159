// "Skjold: Redact File…" and "Skjold: Redact Workspace…": choose mask or synthetic, let the server compute one
// WorkspaceEdit (request skjold/redactFiles: open documents at their version, unopened files read from disk),
// show every change in the refactor preview (each edit's change annotation needs confirmation) and apply what
// the user confirms as one undoable edit. Messages carry counts only, never a value.
import * as vscode from 'vscode';
import type { LanguageClient, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient/node';

type Mode = 'mask' | 'synthetic';

interface RedactFilesResult {
  edit?: LspWorkspaceEdit;
  files: number;
  changedFiles: number;
  findings: number;
  skipped: { uri: string; reason: string }[];
}

/** Arguments tests and keybindings may pass to skip the questions. */
export interface RedactCommandArgs {
  mode?: Mode;
  uris?: string[];
}

export interface RedactCommandOutcome {
  applied: boolean;
  findings: number;
  changedFiles: number;
}

/** Files the workspace command looks at: everything but dependency and VCS folders (files.exclude applies too). */
const WORKSPACE_GLOB = '**/*';
const WORKSPACE_EXCLUDE = '{**/node_modules/**,**/.git/**,**/.hg/**,**/.svn/**}';
const MAX_WORKSPACE_FILES = 20_000;

export function registerRedactCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('skjold.redactFile', async (arg?: vscode.Uri | RedactCommandArgs) => {
      const uri = arg instanceof vscode.Uri ? arg : undefined;
      const args = arg instanceof vscode.Uri ? {} : arg ?? {};
      const target = args.uris ?? [(uri ?? vscode.window.activeTextEditor?.document.uri)?.toString()].filter((u): u is string => !!u);
      if (!target.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: open a file to redact.'));
        return undefined;
      }
      return redact(getClient, target, args.mode, vscode.l10n.t('Skjold: looking for personal identifiers in this file…'));
    }),
    vscode.commands.registerCommand('skjold.redactWorkspace', async (args: RedactCommandArgs = {}) => {
      const uris = args.uris ?? (await vscode.workspace.findFiles(WORKSPACE_GLOB, WORKSPACE_EXCLUDE, MAX_WORKSPACE_FILES)).map((u) => u.toString());
      if (!uris.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: the workspace has no files to redact.'));
        return undefined;
      }
      return redact(getClient, uris, args.mode, vscode.l10n.t('Skjold: looking for personal identifiers in the workspace…'));
    }),
  );
}

async function pickMode(): Promise<Mode | undefined> {
  const style = vscode.workspace.getConfiguration('skjold').get<string>('mask.style', 'full');
  const items: (vscode.QuickPickItem & { mode: Mode })[] = [
    { label: vscode.l10n.t('Mask'), description: style === 'tag' ? '[CPR], [NAVN]…' : style === 'keepBirthDate' ? '010180-XXXX' : 'XXXXXX-XXXX', detail: vscode.l10n.t('The value is gone; the layout stays.'), mode: 'mask' },
    { label: vscode.l10n.t('Replace with synthetic values'), description: vscode.l10n.t('keyed, consistent across files'), detail: vscode.l10n.t('Values of the same shape that belong to no one (CPR numbers that can never have been issued).'), mode: 'synthetic' },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Skjold: redact personal identifiers'), placeHolder: vscode.l10n.t('How should each identifier be replaced?') }))?.mode;
}

async function redact(getClient: () => LanguageClient | undefined, uris: string[], givenMode: Mode | undefined, progressTitle: string): Promise<RedactCommandOutcome | undefined> {
  const client = getClient();
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Skjold: the language server is not running.'));
    return undefined;
  }
  const mode = givenMode ?? (await pickMode());
  if (!mode) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: progressTitle, cancellable: false },
    () => client.sendRequest<RedactFilesResult>('skjold/redactFiles', { uris, mode }),
  );
  const skipped = !result.skipped.length ? ''
    : ' ' + (result.skipped.length === 1
      ? vscode.l10n.t('1 file could not be checked (binary, too large, unreadable or not UTF-8).')
      : vscode.l10n.t('{0} files could not be checked (binary, too large, unreadable or not UTF-8).', result.skipped.length));
  if (!result.edit) {
    void vscode.window.showInformationMessage((result.files === 1
      ? vscode.l10n.t('Skjold: no personal identifiers found in 1 file.')
      : vscode.l10n.t('Skjold: no personal identifiers found in {0} files.', result.files)) + skipped);
    return { applied: false, findings: 0, changedFiles: 0 };
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  // The change annotations need confirmation: VS Code opens the refactor preview before anything changes, with
  // every change unticked (VS Code's rule for such changes), so say how to confirm them.
  void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: {0} change(s) in {1} file(s) are shown in the Refactor Preview. Tick the ones to apply (a file\'s box ticks all its changes), then choose Apply.', result.findings, result.changedFiles));
  const applied = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (applied) {
    const done = mode === 'mask'
      ? vscode.l10n.t('Skjold: masked the identifiers you confirmed ({0} proposed in {1} file(s); unsaved, Undo reverts).', result.findings, result.changedFiles)
      : vscode.l10n.t('Skjold: replaced the identifiers you confirmed ({0} proposed in {1} file(s); unsaved, Undo reverts).', result.findings, result.changedFiles);
    void vscode.window.showInformationMessage(done + skipped);
  }
  return { applied, findings: result.findings, changedFiles: result.changedFiles };
}
