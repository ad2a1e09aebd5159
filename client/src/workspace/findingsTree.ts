// The "Skjold" view in the explorer: files with findings → findings, from the Skjold diagnostics of open and
// closed files alike (so it always matches the Problems panel), plus the files the last workspace scan skipped
// and why. Counts per type in each file's description and in the view's message; severity icons; a click opens
// the file at the finding. Labels never hold values: diagnostics messages say why, not what.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceScanController } from './scanCommand';
import type { SkippedFileInfo } from '../../../server/src/lsp/workspace/protocol';

const SOURCE = 'skjold';
const REFRESH_MS = 250;

type Node =
  | { kind: 'file'; uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }
  | { kind: 'finding'; uri: vscode.Uri; diagnostic: vscode.Diagnostic }
  | { kind: 'skippedGroup'; files: SkippedFileInfo[] }
  | { kind: 'skipped'; file: SkippedFileInfo };

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? 'other');
}

function severityIcon(severity: vscode.DiagnosticSeverity): vscode.ThemeIcon {
  switch (severity) {
    case vscode.DiagnosticSeverity.Error: return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    case vscode.DiagnosticSeverity.Warning: return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
    case vscode.DiagnosticSeverity.Information: return new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground'));
    default: return new vscode.ThemeIcon('lightbulb');
  }
}

export function countsByType(diags: readonly vscode.Diagnostic[]): [string, number][] {
  const m = new Map<string, number>();
  for (const d of diags) m.set(codeOf(d), (m.get(codeOf(d)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every file with Skjold diagnostics, sorted by path. */
export function skjoldDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  return vscode.languages
    .getDiagnostics()
    .map(([uri, ds]) => [uri, ds.filter((d) => d.source === SOURCE)] as [vscode.Uri, vscode.Diagnostic[]])
    .filter(([, ds]) => ds.length > 0)
    .sort((a, b) => a[0].fsPath.localeCompare(b[0].fsPath));
}

export class FindingsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private view: vscode.TreeView<Node> | undefined;
  private files: Node[] = [];

  constructor(private readonly scans: WorkspaceScanController) {
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.scheduleRefresh()),
      scans.onDidScan(() => this.scheduleRefresh()),
    );
    this.rebuild();
  }

  attach(view: vscode.TreeView<Node>): void {
    this.view = view;
    this.updateMessage();
  }

  /** Files and findings currently shown (for tests): [file path, finding count]. */
  snapshot(): { file: string; findings: number }[] {
    return this.files.filter((n): n is Extract<Node, { kind: 'file' }> => n.kind === 'file').map((n) => ({ file: n.uri.fsPath, findings: n.diagnostics.length }));
  }

  private scheduleRefresh(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.rebuild();
      this.changed.fire(undefined);
    }, REFRESH_MS);
  }

  /** Rebuilds at once (tests and commands that need the view current). */
  refreshNow(): void {
    if (this.timer) { clearTimeout(this.timer); this.timer = undefined; }
    this.rebuild();
    this.changed.fire(undefined);
  }

  private rebuild(): void {
    this.files = skjoldDiagnostics().map(([uri, diagnostics]) => ({ kind: 'file', uri, diagnostics }));
    this.updateMessage();
  }

  private updateMessage(): void {
    if (!this.view) return;
    const all = this.files.flatMap((n) => (n.kind === 'file' ? n.diagnostics : []));
    const types = countsByType(all).map(([t, n]) => `${t} ${n}`).join(', ');
    this.view.message = all.length
      ? vscode.l10n.t('{0} finding(s) in {1} file(s): {2}', all.length, this.files.length, types)
      : this.scans.lastResult ? vscode.l10n.t('No personal identifiers found.') : vscode.l10n.t('Run "Skjold: Scan Workspace" to check every file.');
    this.view.badge = all.length ? { value: all.length, tooltip: vscode.l10n.t('{0} Skjold findings', all.length) } : undefined;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const skipped = this.scans.lastResult?.skipped ?? [];
      return skipped.length ? [...this.files, { kind: 'skippedGroup', files: skipped }] : this.files;
    }
    if (node.kind === 'file') {
      return [...node.diagnostics]
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
        .map((diagnostic) => ({ kind: 'finding', uri: node.uri, diagnostic }));
    }
    if (node.kind === 'skippedGroup') return node.files.map((file) => ({ kind: 'skipped', file }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'file': {
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Collapsed);
        const rel = vscode.workspace.asRelativePath(node.uri, true);
        const dir = path.posix.dirname(rel);
        item.description = `${dir === '.' ? '' : dir + ' · '}${countsByType(node.diagnostics).map(([t, n]) => `${t} ${n}`).join(', ')}`;
        item.iconPath = severityIcon(Math.min(...node.diagnostics.map((d) => d.severity)));
        item.tooltip = `${rel}\n${vscode.l10n.t('{0} finding(s)', node.diagnostics.length)}`;
        item.contextValue = 'skjoldFile';
        return item;
      }
      case 'finding': {
        const d = node.diagnostic;
        const item = new vscode.TreeItem(d.message, vscode.TreeItemCollapsibleState.None);
        item.description = `${codeOf(d)} · ${vscode.l10n.t('Ln {0}, Col {1}', d.range.start.line + 1, d.range.start.character + 1)}`;
        item.iconPath = severityIcon(d.severity);
        item.command = { command: 'skjold.openFinding', title: vscode.l10n.t('Open'), arguments: [node.uri, d.range] };
        item.contextValue = 'skjoldFinding';
        return item;
      }
      case 'skippedGroup': {
        const item = new vscode.TreeItem(vscode.l10n.t('Skipped ({0})', node.files.length), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.tooltip = vscode.l10n.t('Files the last workspace scan did not check, with the reason');
        return item;
      }
      case 'skipped': {
        const uri = vscode.Uri.parse(node.file.uri);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.None);
        item.description = `${node.file.reason}${node.file.detail ? ` (${node.file.detail})` : ''}`;
        item.contextValue = 'skjoldSkipped';
        return item;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
