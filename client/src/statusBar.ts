// The status-bar item: how many Skjold findings the active document has, with counts per type in the
// tooltip; a click opens the Problems panel.
import * as vscode from 'vscode';

const SOURCE = 'skjold';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('skjold.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Skjold';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const diags = doc ? vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE) : [];
    const perType = new Map<string, number>();
    for (const d of diags) {
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? 'other');
      perType.set(code, (perType.get(code) ?? 0) + 1);
    }
    this.item.text = `$(shield) ${diags.length}`;
    const lines = [...perType.entries()].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type}: ${n}`);
    this.item.tooltip = diags.length
      ? `Skjold: ${diags.length} personal identifier${diags.length === 1 ? '' : 's'} in this file\n${lines.join('\n')}`
      : 'Skjold: no personal identifiers found in this file';
    this.item.backgroundColor = diags.some((d) => d.severity <= vscode.DiagnosticSeverity.Warning)
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
