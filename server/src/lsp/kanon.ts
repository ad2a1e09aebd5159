// Wires k-anonymity into the language server: its own settings (skjold.kAnonymity.*), its diagnostics merged
// into every diagnostics publication of a table document, and its code actions (resolved lazily when the
// client can). main.ts registers it with a few calls; the logic lives in kanonDiagnostics/kanonActions.
import type { CodeAction, CodeActionParams, Connection, InitializeParams, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_KANON_SETTINGS, normaliseKanonSettings, type KanonSettings } from './kanonSettings';
import { analyseDocument, isKanonDiagnosticData, kanonDiagnostics, type KanonDocAnalysis } from './kanonDiagnostics';
import { isKanonActionData, kanonCodeActions, newFileEdit } from './kanonActions';
import { skipReason } from './control/documentScope';
import { serverAllowlist } from './control/workspaceAllowlist';
import type { SkjoldSettings } from './settings';

export class KanonService {
  private base: KanonSettings = DEFAULT_KANON_SETTINGS;
  private canPull = false;
  private resolveEdits = false;
  private settingsCache = new Map<string, Promise<KanonSettings>>();
  /** The last analysis per document (by version), shared by diagnostics and code actions. */
  private analyses = new Map<string, { version: number; settings: KanonSettings; analysis: KanonDocAnalysis | 'too-large' | undefined }>();

  /** `coreSettingsFor`: the server's settings, so documents it does not check (skjold.exclude, size, untrusted folder) get no k-anonymity diagnostics either. */
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly coreSettingsFor?: (uri: string) => Promise<SkjoldSettings>,
  ) {}

  private async skipped(doc: TextDocument): Promise<boolean> {
    if (!this.coreSettingsFor) return false;
    const settings = await this.coreSettingsFor(doc.uri);
    return !!skipReason(doc.uri, doc.getText().length, settings, (u) => serverAllowlist.containingFolder(u));
  }

  initialise(params: InitializeParams): void {
    this.base = normaliseKanonSettings(params.initializationOptions, DEFAULT_KANON_SETTINGS);
    this.canPull = !!params.capabilities.workspace?.configuration;
    // Edits are computed with the actions: declaring codeAction/resolve made VS Code drop other quick-fixes of
    // the server ("Ignore this line"), so `resolve()` only serves clients that call it anyway.
    this.resolveEdits = false;
  }

  configurationChanged(settings: unknown): void {
    this.settingsCache.clear();
    this.analyses.clear();
    if (!this.canPull && settings) this.base = normaliseKanonSettings(settings, this.base);
  }

  closed(uri: string): void {
    this.settingsCache.delete(uri);
    this.analyses.delete(uri);
  }

  private settingsFor(uri: string): Promise<KanonSettings> {
    if (!this.canPull) return Promise.resolve(this.base);
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'skjold' })
        .then((raw) => normaliseKanonSettings(raw, this.base), () => this.base);
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  private async analysisFor(doc: TextDocument): Promise<KanonDocAnalysis | 'too-large' | undefined> {
    const settings = await this.settingsFor(doc.uri);
    const cached = this.analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.settings === settings) return cached.analysis;
    let analysis: KanonDocAnalysis | 'too-large' | undefined;
    try {
      analysis = analyseDocument(doc, settings);
    } catch (e) {
      // Never the text: only that the table could not be analysed.
      this.connection.console.error(`Skjold k-anonymity: could not analyse a table (${e instanceof Error ? e.name : 'error'}).`);
    }
    this.analyses.set(doc.uri, { version: doc.version, settings, analysis });
    return analysis;
  }

  /** A view of the connection whose publishDiagnostics adds the k-anonymity diagnostics of table documents. */
  wrap(connection: Connection): Connection {
    const publish = async (params: PublishDiagnosticsParams): Promise<void> => {
      const doc = this.documents.get(params.uri);
      let extra: PublishDiagnosticsParams['diagnostics'] = [];
      // Only for the version the other diagnostics describe; a cleared list (document closed) stays empty.
      if (doc && (params.version === undefined || params.version === doc.version) && !(await this.skipped(doc))) {
        const a = await this.analysisFor(doc);
        if (a) extra = kanonDiagnostics(doc, a);
      }
      await connection.sendDiagnostics(extra.length ? { ...params, diagnostics: [...params.diagnostics, ...extra] } : params);
    };
    return new Proxy(connection, {
      get: (target, prop, receiver) => (prop === 'sendDiagnostics' ? publish : Reflect.get(target, prop, receiver)),
    });
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const doc = this.documents.get(params.textDocument.uri);
    if (!doc) return [];
    // Only quick-fixes are offered: a request for other kinds (source.fixAll on save, refactorings) gets none.
    const only = params.context.only;
    if (only && !only.some((k) => k === '' || k === 'quickfix' || k.startsWith('quickfix.'))) return [];
    const ours = params.context.diagnostics.filter((d) => isKanonDiagnosticData(d.data) && d.data.version === doc.version);
    if (!ours.length || (await this.skipped(doc))) return [];
    const a = await this.analysisFor(doc);
    if (!a || a === 'too-large') return [];
    return kanonCodeActions(a, ours, !this.resolveEdits);
  }

  /** Fills in the edit of a k-anonymity action; other actions pass through unchanged. */
  async resolve(action: CodeAction): Promise<CodeAction> {
    if (!isKanonActionData(action.data) || action.edit) return action;
    const doc = this.documents.get(action.data.uri);
    if (!doc || doc.version !== action.data.version) return action; // stale: no edit
    const a = await this.analysisFor(doc);
    if (!a || a === 'too-large') return action;
    return { ...action, edit: newFileEdit(a, action.data.plan, action.data.target) };
  }
}
