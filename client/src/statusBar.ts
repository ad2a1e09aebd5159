// The status-bar item: how many Skjold findings the active document has, with counts per type in the
// tooltip; a click opens the Skjold menu (statusMenu.ts: scan, pause/resume, Problems panel, why not checked,
// settings, output). After the first workspace scan a second item right beside it shows
// the workspace total ("$(shield) 2" "$(folder) 15"; a click opens the Skjold view), recounted at most every
// WORKSPACE_RECOUNT_MS. Two items, so the document's own text (statusBarText() in the test API) never changes shape.
import * as vscode from 'vscode';

const SOURCE = 'skjold';
const WORKSPACE_RECOUNT_MS = 250;

/** Skjold findings over every file with diagnostics (open or closed), and the number of such files. */
export function workspaceTotals(): { findings: number; files: number } {
  let findings = 0, files = 0;
  for (const [, diags] of vscode.languages.getDiagnostics()) {
    const n = diags.reduce((k, d) => k + (d.source === SOURCE ? 1 : 0), 0);
    findings += n;
    if (n) files++;
  }
  return { findings, files };
}

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('skjold.findings', vscode.StatusBarAlignment.Right, 100);
  /** Right of `item` (lower priority on the right side means further right). */
  private readonly workspaceItem = vscode.window.createStatusBarItem('skjold.workspaceFindings', vscode.StatusBarAlignment.Right, 99.99);
  private readonly subscriptions: vscode.Disposable[] = [];
  private workspace: { findings: number; files: number } | undefined;
  private recountTimer: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'Skjold';
    this.item.command = 'skjold.showMenu';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => { this.update(); this.scheduleRecount(); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
    this.item.show();
  }

  /** Per document: total findings when the server capped what it published (skjold/findingCount). */
  private readonly capped = new Map<string, { total: number; shown: number }>();

  /** While checking is paused the item says so instead of a count. */
  private paused = false;

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  /** The workspace item's text ("$(folder) 15"), or '' before the first workspace scan. */
  get workspaceText(): string {
    return this.workspace ? this.workspaceItem.text : '';
  }

  /** Shows the workspace total from now on (after the first workspace scan). */
  showWorkspaceTotal(): void {
    this.workspace = workspaceTotals();
    this.workspaceItem.name = 'Skjold (workspace)';
    this.workspaceItem.command = 'skjold.findings.focus';
    this.updateWorkspace();
    this.workspaceItem.show();
  }

  private updateWorkspace(): void {
    if (!this.workspace) return;
    const { findings, files } = this.workspace;
    this.workspaceItem.text = `$(folder) ${findings}`;
    this.workspaceItem.tooltip = vscode.l10n.t('Skjold: {0} personal identifier(s) in {1} file(s) of the workspace', findings, files);
  }

  private scheduleRecount(): void {
    if (!this.workspace || this.recountTimer) return;
    this.recountTimer = setTimeout(() => {
      this.recountTimer = undefined;
      this.workspace = workspaceTotals();
      this.updateWorkspace();
    }, WORKSPACE_RECOUNT_MS);
  }

  /** Records the server's count for a document; the status bar shows the total when not all were published. */
  setCount(uri: string, total: number, shown: number): void {
    if (total > shown) this.capped.set(uri, { total, shown });
    else this.capped.delete(uri);
    this.update();
  }

  update(): void {
    if (this.paused) {
      this.item.text = `$(debug-pause) ${vscode.l10n.t('Skjold paused')}`;
      this.item.tooltip = vscode.l10n.t('Skjold: checking is paused; click to resume');
      this.item.backgroundColor = undefined;
      return;
    }
    const doc = vscode.window.activeTextEditor?.document;
    const diags = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE) : [];
    const perType = new Map<string, number>();
    for (const d of diags) {
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? 'other');
      perType.set(code, (perType.get(code) ?? 0) + 1);
    }
    const capped = doc ? this.capped.get(doc.uri.toString()) : undefined;
    this.item.text = capped ? `$(shield) ${capped.total}` : `$(shield) ${diags.length}`;
    const lines = [...perType.entries()].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type}: ${n}`);
    const total = capped ? capped.total : diags.length;
    this.item.tooltip = diags.length
      ? (total === 1 ? vscode.l10n.t('Skjold: 1 personal identifier in this file') : vscode.l10n.t('Skjold: {0} personal identifiers in this file', total)) +
        (capped ? ` ${vscode.l10n.t('(the {0} most severe shown; skjold.maxDiagnostics)', capped.shown)}` : '') + `\n${lines.join('\n')}`
      : vscode.l10n.t('Skjold: no personal identifiers found in this file');
    this.item.backgroundColor = diags.some((d) => d.severity <= vscode.DiagnosticSeverity.Warning)
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
  }

  dispose(): void {
    if (this.recountTimer) clearTimeout(this.recountTimer);
    this.item.dispose();
    this.workspaceItem.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
