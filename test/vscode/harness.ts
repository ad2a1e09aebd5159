// A tiny test harness that runs inside the VS Code extension host (both runners: @vscode/test-electron
// and the code-server driver). Suite files in suite/*.suite.ts call `test(name, fn)` when imported; a runner
// imports them all (see build.mjs) and calls `runTests()`. Results carry names and messages only: test
// names and messages must never hold a raw identifier.
import * as vscode from 'vscode';
import type { TestResult } from './report';

export { formatResult, summary, type TestResult } from './report';

interface Registered {
  name: string;
  fn: () => Promise<void> | void;
  timeoutMs: number;
  /** The UI language the test asserts in (`vscode.env.language`); untagged tests assert English. */
  locale: string;
}

const registry: Registered[] = [];

/**
 * Registers a test; it runs after the earlier ones, each alone, with editors closed after it. A test runs in the
 * session whose UI language is its `locale` (default `en`): the code-server runner starts a second, Danish session
 * for the `da` tests (see docs/rooms/danish.md).
 */
export function test(name: string, fn: () => Promise<void> | void, options: { timeoutMs?: number; locale?: string } = {}): void {
  if (registry.some((r) => r.name === name)) throw new Error(`duplicate test name: ${name}`);
  registry.push({ name, fn, timeoutMs: options.timeoutMs ?? 60_000, locale: options.locale ?? 'en' });
}

/** The session's UI language without region (`da-DK` → `da`). */
export function sessionLanguage(): string {
  return vscode.env.language.toLowerCase().split(/[-_]/)[0]!;
}

/** Runs every registered test in order; `onResult` sees each result as it is made. */
export async function runTests(options: { grep?: string; onResult?: (r: TestResult) => void } = {}): Promise<TestResult[]> {
  const results: TestResult[] = [];
  const language = sessionLanguage();
  const inLanguage = registry.filter((r) => r.locale === language);
  const selected = options.grep ? inLanguage.filter((r) => r.name.includes(options.grep!)) : inLanguage;
  for (const t of selected) {
    const t0 = Date.now();
    let error: string | undefined;
    try {
      await withTimeout(Promise.resolve().then(t.fn), t.timeoutMs, t.name);
    } catch (e) {
      error = e instanceof Error ? `${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : String(e);
    }
    try {
      await closeEverything();
    } catch (e) {
      error ??= `cleanup failed: ${e instanceof Error ? e.message : String(e)}`;
    }
    const r: TestResult = { name: t.name, ok: error === undefined, ms: Date.now() - t0, ...(error ? { error } : {}) };
    results.push(r);
    options.onResult?.(r);
  }
  return results;
}

function withTimeout<T>(p: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test "${name}" did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Leaves the window as a new test expects it: no dirty documents (scratch copies saved, untitled reverted), no editors. */
async function closeEverything(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    if (doc.isUntitled) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await doc.save();
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
