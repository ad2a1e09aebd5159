// Test results as every VS Code runner prints them (no `vscode` import: the runners outside the editor use it too).

export interface TestResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** The one closing line every runner prints. */
export function summary(results: TestResult[]): string {
  const passed = results.filter((r) => r.ok).length;
  return `${passed} passed, ${results.length - passed} failed`;
}

/** One line per result (and the error under a failed one). */
export function formatResult(r: TestResult): string {
  return r.ok ? `✔ ${r.name} (${r.ms} ms)` : `✖ ${r.name} (${r.ms} ms)\n    ${(r.error ?? '').replace(/\n/g, '\n    ')}`;
}
