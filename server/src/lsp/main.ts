// The Skjold language server. Runs inside VS Code (IPC) or standalone (`skjold-language-server --stdio`)
// for any LSP client. Logs carry counts and timings only, never document text or identifiers.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, normaliseSettings, type SkjoldSettings } from './settings';
import { DocumentChecker } from './documentChecker';
import { codeActionsFor } from './codeActions';
import { FIX_ALL_KIND } from './fixAll';
import { serverRedactionKey as redactionKey } from './redactionKey';
import { REDACT_FILES_REQUEST, redactFiles, type RedactFilesParams } from './redactFiles';
import { recordingDocuments } from './incremental/editRecorder';
import { hoverFor } from './hover';
import { CustomPatternCache } from './customPatterns';
import { setLocale } from './l10n';
import { registerDebugStats } from './debugStats';
import { registerPause } from './pause';
import { KanonService } from './kanon';
import { registerWorkspaceFeatures } from './workspace';
import { serverAllowlist } from './control/workspaceAllowlist';
import { IGNORE_VALUE_COMMAND, ignoreValue } from './control/ignoreValue';

const VERSION = '0.1.0';

if (process.argv.includes('--version')) {
  process.stdout.write(`skjold-language-server ${VERSION}\n`);
  process.exit(0);
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('usage: skjold-language-server --stdio | --node-ipc | --socket=PORT [--no-incremental]\n');
  process.exit(0);
}
const hasTransport = process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'));
if (!hasTransport && !process.send) {
  process.stderr.write('skjold-language-server: choose a transport, e.g. --stdio\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// Every change is handed to the checker's incremental detector as it is applied (see incremental/editRecorder.ts).
const documents: TextDocuments<TextDocument> = new TextDocuments(recordingDocuments({
  edit: (...a) => checker.edit(...a),
  replace: (...a) => checker.replace(...a),
}));

let baseSettings: SkjoldSettings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
const settingsCache = new Map<string, Promise<SkjoldSettings>>();

function settingsFor(uri: string): Promise<SkjoldSettings> {
  if (!canPullConfiguration) return Promise.resolve(baseSettings);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'skjold' })
      .then((raw) => normaliseSettings(raw, baseSettings), () => baseSettings);
    settingsCache.set(uri, s);
  }
  return s;
}

const customPatterns = new CustomPatternCache(connection);
const kanon = new KanonService(connection, documents, settingsFor);
const checker = new DocumentChecker(kanon.wrap(connection), settingsFor, (uri) => documents.get(uri), customPatterns, !process.argv.includes('--no-incremental'));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  redactionKey.fromInitializationOptions(params.initializationOptions);
  baseSettings = normaliseSettings(params.initializationOptions, DEFAULT_SETTINGS);
  const opts = params.initializationOptions as { locale?: unknown } | undefined;
  setLocale(typeof opts?.locale === 'string' ? opts.locale : params.locale);
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  kanon.initialise(params);
  workspaceFeatures.initialize(params);
  serverAllowlist.init(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      executeCommandProvider: { commands: [IGNORE_VALUE_COMMAND] },
    },
    serverInfo: { name: 'skjold-language-server', version: VERSION },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'skjold' }).catch(() => undefined);
  }
});

connection.onDidChangeConfiguration((change) => {
  settingsCache.clear();
  kanon.configurationChanged(change.settings);
  checker.resetAll();
  // Clients without workspace/configuration push the settings here.
  if (!canPullConfiguration && change.settings) baseSettings = normaliseSettings(change.settings, baseSettings);
  for (const doc of documents.all()) checker.schedule(doc, true);
});

// TextDocuments fires onDidChangeContent for an open too; a fresh document is checked at once, edits debounced.
const justOpened = new Set<string>();
documents.onDidOpen((e) => justOpened.add(e.document.uri));
documents.onDidChangeContent((e) => checker.schedule(e.document, justOpened.delete(e.document.uri)));
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  kanon.closed(e.document.uri);
  checker.clear(e.document.uri);
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  return [...codeActionsFor(doc, params, await settingsFor(doc.uri), () => redactionKey.get(), customPatterns), ...(await kanon.codeActions(params))];
});


connection.onRequest(REDACT_FILES_REQUEST, (params: RedactFilesParams) =>
  redactFiles(params, (uri) => documents.get(uri), settingsFor, () => redactionKey.get(), customPatterns),
);

// The allowlist changed (the quick-fix wrote it, or it was edited on disk): every open document is re-checked.
serverAllowlist.onChange(() => { for (const doc of documents.all()) checker.schedule(doc, true); });
connection.onExecuteCommand((params) => (params.command === IGNORE_VALUE_COMMAND ? ignoreValue(params.arguments?.[0], (uri) => documents.get(uri)) : undefined));

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  return hoverFor(doc, params.position, settings, customPatterns);
});

registerDebugStats(connection, () => ({ documents: documents.all().length, justOpened: justOpened.size, settings: settingsCache.size, ...checker.stateCounts() }));
registerPause(connection, checker, () => documents.all());
// Workspace scan and report (workspace/): registered last, so a closed file's own clearing runs before its
// on-disk results are published again.
const workspaceFeatures = registerWorkspaceFeatures(connection, documents, settingsFor, VERSION);

documents.listen(connection);
connection.listen();
