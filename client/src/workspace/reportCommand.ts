// "Skjold: Create Anonymisation Report": the server builds the report over the workspace folders (the same
// report as `skjold report`); the user picks where the Markdown goes, the JSON is written beside it, and the
// Markdown opens. Nothing is written without the user choosing the place.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CREATE_REPORT, type CreateReportResult } from '../../../server/src/lsp/workspace/protocol';
import { workspaceFolderRefs } from './scanCommand';

export async function createReport(client: LanguageClient | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folders = workspaceFolderRefs();
  if (!client || !folders.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Skjold: open a folder (and let the language server start) to create a report.'));
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Skjold: creating the anonymisation report'), cancellable: true },
    async (_progress, token) => {
      try {
        return await client.sendRequest<CreateReportResult | null>(CREATE_REPORT, { folders }, token);
      } catch (e) {
        if (token.isCancellationRequested) return null;
        throw e;
      }
    },
  );
  if (!result) return undefined;
  const first = vscode.workspace.workspaceFolders![0]!.uri;
  const md = target ?? (await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(first, 'anonymisation-report.md'),
    filters: { Markdown: ['md'] },
    saveLabel: vscode.l10n.t('Save Report'),
  }));
  if (!md) return undefined;
  const json = md.with({ path: md.path.replace(/\.md$/i, '') + '.json' });
  await vscode.workspace.fs.writeFile(md, Buffer.from(result.markdown, 'utf8'));
  await vscode.workspace.fs.writeFile(json, Buffer.from(result.json, 'utf8'));
  await vscode.window.showTextDocument(md, { preview: false });
  if (!result.selfTestPassed) void vscode.window.showWarningMessage(vscode.l10n.t('Skjold: the detector self-test FAILED; see the report.'));
  return md;
}
