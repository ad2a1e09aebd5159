// Shared helpers for the VS Code suite (suite/*.suite.ts): open a note, wait for stable diagnostics, run a
// code action, read the status bar. They use only the public `vscode` API and the extension's test API
// (`SkjoldApi`, returned by activate()), so they behave the same under test-electron and code-server.
import * as vscode from 'vscode';
import type { SkjoldApi } from '../../client/src/extension';

export const EXTENSION_ID = 'skjold.skjold';
export const SOURCE = 'skjold';

/** The activated Skjold extension's test API, once its language server is running. */
export async function skjold(): Promise<SkjoldApi> {
  const ext = vscode.extensions.getExtension<SkjoldApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  const api = await ext.activate();
  if (!api || typeof api.statusBarText !== 'function') throw new Error(`${EXTENSION_ID} activate() returned no test API`);
  await api.ready();
  return api;
}

/** The workspace folder the runner opened (it holds notes/ with every file of test/fixtures/notes/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the runner opened no workspace folder');
  return folder.uri;
}

let copies = 0;

/**
 * Opens a fresh copy of a fixture note (test/fixtures/notes/<name>, copied to the workspace's notes/ by the
 * runner) in an editor. A copy, so that a test may edit and save it without disturbing the next test.
 */
export async function openNoteCopy(name = 'clinical-note.txt'): Promise<vscode.TextEditor> {
  const source = vscode.Uri.joinPath(workspaceRoot(), 'notes', name);
  const copy = vscode.Uri.joinPath(workspaceRoot(), 'scratch', `${Date.now()}-${++copies}-${name}`);
  await vscode.workspace.fs.copy(source, copy, { overwrite: true });
  const doc = await vscode.workspace.openTextDocument(copy);
  return vscode.window.showTextDocument(doc);
}

/** Opens an untitled document with the given text. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
  return vscode.window.showTextDocument(doc);
}

export function skjoldDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Polls `probe` until it returns a value other than undefined/false; throws naming `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Skjold's diagnostics for `uri` once `accept` holds for them and they have not changed for `quietMs`
 * (longer than the server's debounce), so a test never reads a half-finished update.
 */
export async function stableDiagnostics(uri: vscode.Uri, what: string, accept: (ds: vscode.Diagnostic[]) => boolean, options: { timeoutMs?: number; quietMs?: number } = {}): Promise<vscode.Diagnostic[]> {
  const quietMs = options.quietMs ?? 600;
  let lastChange = Date.now();
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) lastChange = Date.now();
  });
  try {
    return await waitFor(`diagnostics: ${what}`, () => {
      const ds = skjoldDiagnostics(uri);
      return accept(ds) && Date.now() - lastChange >= quietMs ? ds : undefined;
    }, options.timeoutMs ?? 20_000);
  } finally {
    sub.dispose();
  }
}

/** Stable diagnostics holding at least one with code `code`. */
export function diagnosticsWith(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic[]> {
  return stableDiagnostics(uri, `a "${code}" diagnostic`, (ds) => ds.some((d) => codeOf(d) === code));
}

/** Quick-fixes the editor offers for `range` (what the light bulb would show). */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action as the editor would: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`the edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The number the Skjold status-bar item shows ("$(shield) 2" → 2). */
export function statusBarCount(api: SkjoldApi): number {
  const m = /(\d+)\s*$/.exec(api.statusBarText());
  if (!m) throw new Error(`the status bar shows no count: ${JSON.stringify(api.statusBarText())}`);
  return Number(m[1]);
}

/** Where the first CPR-shaped number in a document is, found from its text (never hard-coded). */
export function cprRange(doc: vscode.TextDocument): vscode.Range {
  const m = /\b\d{6}[- ]?\d{4}\b/.exec(doc.getText());
  if (!m) throw new Error('the document holds no CPR-shaped number');
  return new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length));
}

/** A range as text for assertion messages ("3:10-3:21", 1-based like the editor shows). */
export function showRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}
