// The Skjold VS Code extension: starts the bundled language server, shows the findings count in the
// status bar and offers the Skjold commands. Detection itself lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { FindingsStatusBar } from './statusBar';
import { registerRedactCommands } from './redactCommands';
import { serverEnvironment, workspaceRedactionKey } from './redactionKey';
import { watchTraceSetting } from './traceWarning';
import { configurationMiddleware, onTrustGranted } from './workspaceTrust';
import { RestartingErrorHandler } from './crashRecovery';
import { PauseState, registerStatusMenu, SET_PAUSED_NOTIFICATION } from './statusMenu';
import { registerWorkspaceFeatures, type WorkspaceTestApi } from './workspace';
import { DocumentStatusItem } from './languageStatus';

let client: LanguageClient | undefined;

/** What the extension exposes to other extensions and to its own real-editor tests. */
export interface SkjoldApi {
  /** The status-bar item's current text, e.g. "$(shield) 2". */
  statusBarText(): string;
  /** Resolves when the language server is running. */
  ready(): Promise<void>;
  /** Workspace scan, the Skjold view and the report (client/src/workspace/). */
  workspace: WorkspaceTestApi;
  /** The language status item's text for the active document ("Skjold: checked" or why it is not). */
  documentStatusText(): string;
  /** The running server's process id (from the hidden skjold/debugStats request). */
  serverPid(): Promise<number | undefined>;
  /** How often the server was restarted after a crash, and how often the user was told. */
  crashStats(): { restarts: number; notices: number };
}

export async function activate(context: vscode.ExtensionContext): Promise<SkjoldApi> {
  const output = vscode.window.createOutputChannel('Skjold');
  context.subscriptions.push(output);

  const crashHandler = new RestartingErrorHandler(output);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const env = serverEnvironment(await workspaceRedactionKey(context.secrets));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    synchronize: { configurationSection: 'skjold' },
    outputChannel: output,
    diagnosticCollectionName: 'skjold',
    // Hovers link to the quick-fix menu; only that command may run from a hover link.
    markdown: { isTrusted: { enabledCommands: ['editor.action.quickFix'] }, supportHtml: false },
    middleware: { workspace: { configuration: configurationMiddleware } },
    errorHandler: crashHandler,
  };
  client = new LanguageClient('skjold', 'Skjold', serverOptions, clientOptions);
  const starting = client.start();

  watchTraceSetting(context);
  // Trust granted: the server re-reads settings (now including workspace custom patterns) and re-checks.
  context.subscriptions.push(onTrustGranted(() => void client?.sendNotification('workspace/didChangeConfiguration', { settings: null })));
  const status = new FindingsStatusBar();
  context.subscriptions.push(status);
  const pause = new PauseState();
  context.subscriptions.push(pause, pause.onDidChange((p) => status.setPaused(p)));

  // A restarted server (command or crash recovery) starts unpaused: tell it again.
  context.subscriptions.push(client.onDidChangeState((e) => {
    if (e.newState === State.Running && pause.paused) void client?.sendNotification(SET_PAUSED_NOTIFICATION, { paused: true });
  }));
  const workspace = registerWorkspaceFeatures(context, () => client, status);
  const documentStatus = new DocumentStatusItem(client);
  context.subscriptions.push(documentStatus);
  registerStatusMenu(context, pause, (paused) => client?.sendNotification(SET_PAUSED_NOTIFICATION, { paused }), (uri) => documentStatus.reasonFor(uri));

  context.subscriptions.push(
    vscode.commands.registerCommand('skjold.restartServer', async () => {
      output.appendLine('Restarting the Skjold language server.');
      await client?.restart();
    }),
    vscode.commands.registerCommand('skjold.showOutput', () => output.show(true)),
  );
  registerRedactCommands(context, () => client);

  // The server caps diagnostics per file (skjold.maxDiagnostics) and reports the total: show it, never cut silently.
  const noticed = new Set<string>();
  context.subscriptions.push(
    client.onNotification('skjold/findingCount', (p: { uri: string; total: number; shown: number }) => {
      status.setCount(p.uri, p.total, p.shown);
      if (p.total > p.shown && !noticed.has(p.uri)) {
        noticed.add(p.uri);
        const name = p.uri.slice(p.uri.lastIndexOf('/') + 1);
        void vscode.window.showWarningMessage(vscode.l10n.t('Skjold: {0} findings in {1}; the {2} most severe are shown (setting skjold.maxDiagnostics).', p.total, decodeURIComponent(name), p.shown));
      } else if (p.total <= p.shown) noticed.delete(p.uri);
    }),
  );

  await starting.catch((e: unknown) => {
    // The error text comes from the client library (process or protocol), never from document content.
    output.appendLine(`The Skjold language server did not start: ${e instanceof Error ? e.message : String(e)}`);
  });

  return {
    statusBarText: () => status.text,
    ready: () => starting,
    workspace,
    documentStatusText: () => documentStatus.text,
    serverPid: async () => (await client?.sendRequest<{ pid?: number }>('skjold/debugStats', {}))?.pid,
    crashStats: () => ({ ...crashHandler.stats }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
