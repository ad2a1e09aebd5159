// Actions on files in the Skjold view: open a finding, redact a file (through the redaction command when this
// build has one), and ignore a file by adding it to its folder's `skjold.exclude`.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RESCAN_FILES } from '../../../server/src/lsp/workspace/protocol';
import { literalGlob } from './literalGlob';


function uriArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as { uri?: unknown; resourceUri?: unknown } | undefined;
  if (node?.uri instanceof vscode.Uri) return node.uri;
  if (node?.resourceUri instanceof vscode.Uri) return node.resourceUri;
  return vscode.window.activeTextEditor?.document.uri;
}

export async function openFinding(uri: vscode.Uri, range: vscode.Range): Promise<void> {
  await vscode.window.showTextDocument(uri, { selection: range, preview: true });
}

export async function redactFile(arg: unknown): Promise<void> {
  const uri = uriArg(arg);
  if (!uri) return;
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes('skjold.redactFile')) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: redacting a whole file is not available in this version. Open the file and use the Mask quick-fix on each finding.'));
    return;
  }
  await vscode.commands.executeCommand('skjold.redactFile', uri);
}

/** Adds the file to `skjold.exclude` of its workspace folder and has the server drop its results. */
export async function ignoreFile(arg: unknown, client: LanguageClient | undefined): Promise<boolean> {
  const uri = uriArg(arg);
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  if (!uri || !folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: only files inside a workspace folder can be ignored.'));
    return false;
  }
  const rel = vscode.workspace.asRelativePath(uri, false);
  const config = vscode.workspace.getConfiguration('skjold', folder.uri);
  const inspected = config.inspect<string[]>('exclude');
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const target = multiRoot ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const current = (multiRoot ? inspected?.workspaceFolderValue : inspected?.workspaceValue) ?? [];
  const glob = literalGlob(rel);
  if (!current.includes(glob)) await config.update('exclude', [...current, glob], target);
  await client?.sendNotification(RESCAN_FILES, { uris: [uri.toString()] });
  return true;
}
