// The `--extensionTestsPath` module for @vscode/test-electron (runner A): runs the same suite as the
// code-server driver, prints one line per test and the closing line, and rejects when a test failed.
import { formatResult, runTests, summary } from '../harness';
import '../suite-files';

export async function run(): Promise<void> {
  const results = await runTests({ grep: process.env.SKJOLD_E2E_GREP || undefined, onResult: (r) => console.log(formatResult(r)) });
  console.log(summary(results));
  if (results.length === 0) throw new Error('the VS Code suite ran no test');
  if (results.some((r) => !r.ok)) throw new Error(summary(results));
}
