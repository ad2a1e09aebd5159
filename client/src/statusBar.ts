// The status-bar item: how many Skjold findings the active document has, with counts per type in the
// tooltip; a click opens the Skjold menu (statusMenu.ts), whose first entries include the Problems panel.
import * as vscode from 'vscode';

const SOURCE = 'skjold';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('skjold.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Skjold';
    this.item.command = 'skjold.showMenu';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
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
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
