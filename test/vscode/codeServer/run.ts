// Runner B of the VS Code layer (`npm run test:vscode`, layer `vscode` of `npm test`): the real extension
// package in a real VS Code (code-server 4.100.3) driven by headless Chromium.
//   1. package: `npm run package` makes skjold.vsix, and it holds only what .vscodeignore allows;
//   2. suite:   skjold.vsix + the test-driver extension installed into a fresh code-server; the driver runs
//               test/vscode/suite/ in the extension host and writes results that this runner reads;
//   3. ui:      a fresh code-server with skjold.vsix only; a user's steps in the workbench (ui.ts).
//   4. suite-da: the suite's Danish tests in a second, short session started with `--locale da`.
// Options: --only package,suite,suite-da,ui   SKJOLD_E2E_GREP=<substring> (suite tests)   SKJOLD_E2E_KEEP=1 (keep run dirs)
// Ends with "N passed, N failed"; exits 1 when anything failed. Under CI=true a missing code-server or
// Chromium fails the run; elsewhere those parts are skipped with a message.
import fs from 'node:fs';
import path from 'node:path';
import { clinicalNote, notesForWorkspace, repoRoot } from '../../support/fixtures';
import { runGroup, waitFor } from '../../support/processes';
import { missingMessage, onCi } from '../../support/tools';
import { formatResult, summary, type TestResult } from '../report';
import type { DriverReport } from '../driver/driver';
import { buildSuite } from '../build';
import { findChromium, findCodeServer, openWorkbench, startCodeServer } from './codeServer';
import { logsHolding, writtenForms } from './logs';
import { manifestReferences, REQUIRED, unexpectedEntries, zipEntries } from './vsix';
import { danishCommandTitles, uiSmoke } from './ui';

const VSIX = path.join(repoRoot, 'skjold.vsix');
const SUITE_TIMEOUT_MS = 300_000;

const results: TestResult[] = [];
const only = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? new Set(process.argv[i + 1].split(',')) : undefined;
})();
const wants = (part: string) => !only || only.has(part);

function record(r: TestResult): void {
  results.push(r);
  console.log(formatResult(r));
}

async function check(name: string, fn: () => Promise<void>): Promise<boolean> {
  const t0 = Date.now();
  try {
    await fn();
    record({ name, ok: true, ms: Date.now() - t0 });
    return true;
  } catch (e) {
    record({ name, ok: false, ms: Date.now() - t0, error: e instanceof Error ? e.message : String(e) });
    return false;
  }
}

/** code-server and Chromium, or a failed check (CI) / a skip message (elsewhere) and undefined. */
async function tools(part: string): Promise<{ codeServer: string; chromium: string } | undefined> {
  const codeServer = findCodeServer();
  const chromiumPath = findChromium();
  const missing = [
    ...(codeServer ? [] : [missingMessage('code-server 4.100.3', 'bash scripts/e2e/install-code-server.sh')]),
    ...(chromiumPath ? [] : [missingMessage('chromium', 'apt-get install --no-install-recommends chromium')]),
  ];
  if (!missing.length) return { codeServer: codeServer!, chromium: chromiumPath! };
  if (onCi) await check(`${part}: code-server and Chromium are installed`, async () => { throw new Error(missing.join('; ')); });
  else console.log(`- ${part}: skipped: ${missing.join('; ')}`);
  return undefined;
}

async function packageChecks(): Promise<boolean> {
  const packaged = await check('package: npm run package makes skjold.vsix', async () => {
    fs.rmSync(VSIX, { force: true });
    const r = await runGroup('npm', ['run', 'package'], { cwd: repoRoot, timeoutMs: 180_000, label: 'npm run package' });
    if (r.code !== 0 || !fs.existsSync(VSIX)) throw new Error(`npm run package failed (exit ${r.code}):\n${r.output.slice(-3000)}`);
  });
  if (!packaged) return false;
  await check('package: skjold.vsix holds only the bundles (no maps), syntaxes/, README, CHANGELOG, LICENSE, package.json, media, l10n', async () => {
    const entries = zipEntries(VSIX);
    const extra = unexpectedEntries(entries);
    if (extra.length) throw new Error(`unexpected files in skjold.vsix (fix .vscodeignore): ${extra.join(', ')}`);
    const lower = new Set(entries.map((e) => e.toLowerCase()));
    const required = [
      ...REQUIRED,
      ...(fs.existsSync(path.join(repoRoot, 'README.md')) ? ['extension/readme.md'] : []),
      ...(fs.existsSync(path.join(repoRoot, 'CHANGELOG.md')) ? ['extension/changelog.md'] : []),
      ...(fs.existsSync(path.join(repoRoot, 'LICENSE')) ? ['extension/license.txt'] : []),
      ...(fs.existsSync(path.join(repoRoot, 'syntaxes')) ? fs.readdirSync(path.join(repoRoot, 'syntaxes')).map((f) => `extension/syntaxes/${f}`) : []),
    ];
    const missing = required.filter((r) => !lower.has(r.toLowerCase()));
    if (missing.length) throw new Error(`missing from skjold.vsix: ${missing.join(', ')}`);
  });
  await check('package: every file package.json refers to (main, grammars, walkthrough media, l10n) is in skjold.vsix', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    const entries = new Set(zipEntries(VSIX));
    const refs = manifestReferences(manifest, (dir) => fs.readdirSync(path.join(repoRoot, dir)));
    const missing = refs.filter((r) => !entries.has(r));
    if (missing.length) throw new Error(`package.json refers to files missing from skjold.vsix (fix .vscodeignore): ${missing.join(', ')}`);
    if (!refs.length) throw new Error('package.json refers to no file at all (no main?)');
  });
  return true;
}

async function packageDriver(): Promise<string> {
  const { driverDir } = await buildSuite();
  const out = path.join(repoRoot, '.e2e', 'skjold-test-driver.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const r = await runGroup(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: driverDir, timeoutMs: 120_000, label: 'vsce (driver)' });
  if (r.code !== 0) throw new Error(`could not package the test driver (exit ${r.code}):\n${r.output.slice(-2000)}`);
  return out;
}

/** The empty Danish language pack (test/vscode/languagePack): without one, code-server ignores `--locale da`. */
async function packageLanguagePack(): Promise<string> {
  const out = path.join(repoRoot, '.e2e', 'skjold-test-locale-da.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const dir = path.join(repoRoot, 'test', 'vscode', 'languagePack');
  const r = await runGroup(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: dir, timeoutMs: 120_000, label: 'vsce (language pack)' });
  if (r.code !== 0) throw new Error(`could not package the test language pack (exit ${r.code}):\n${r.output.slice(-2000)}`);
  return out;
}

/** The driver's results file, or undefined while it is not there (it is replaced atomically, never half-written). */
function readReport(file: string): DriverReport | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DriverReport;
  } catch {
    return undefined;
  }
}

/**
 * One session of the suite in the extension host. `locale` starts code-server with `--locale`; the harness then
 * runs the tests tagged with that locale (the Danish session runs only those, and checks the command palette).
 */
async function suite(t: { codeServer: string; chromium: string }, driverVsix: string, locale?: string): Promise<void> {
  const part = locale ? `suite (${locale})` : 'suite';
  const resultsFile = path.join(repoRoot, '.e2e', `suite-results${locale ? `-${locale}` : ''}.json`);
  fs.rmSync(resultsFile, { force: true });
  let report: DriverReport | undefined;
  const t0 = Date.now();
  let failure: string | undefined;
  const session = await startCodeServer({
    bin: t.codeServer,
    label: locale ? `vscode-suite-${locale}` : 'vscode-suite',
    locale,
    extensions: [VSIX, driverVsix, ...(locale === 'da' ? [await packageLanguagePack()] : [])],
    workspaceFiles: notesForWorkspace(),
    env: { SKJOLD_E2E_RESULTS: resultsFile, ...(process.env.SKJOLD_E2E_GREP ? { SKJOLD_E2E_GREP: process.env.SKJOLD_E2E_GREP } : {}) },
  }).catch((e: unknown) => { failure = e instanceof Error ? e.message : String(e); return undefined; });
  if (!session) {
    record({ name: `${part}: code-server starts with skjold.vsix and the driver installed`, ok: false, ms: Date.now() - t0, error: failure });
    return;
  }
  try {
    // Opening the workbench starts the extension host, which activates the driver.
    const { browser, page } = await openWorkbench(t.chromium, session);
    try {
      await waitFor('the test driver to start in the extension host (it writes its results file)', () => readReport(resultsFile), 120_000, 200);
      report = await waitFor('the VS Code suite to finish', () => {
        if (!session.server.running) throw new Error('code-server exited');
        const r = readReport(resultsFile);
        return r?.done ? r : undefined;
      }, SUITE_TIMEOUT_MS, 250);
      if (locale === 'da') await check('suite (da): the command palette lists Skjold\'s commands with their Danish titles (package.nls.da.json)', () => danishCommandTitles(page));
    } finally {
      await browser.close();
    }
    // The log check runs once, in the main session.
    if (!locale) await check('suite: no log the editor wrote (Skjold output channel, extension host, server) holds the note\'s CPR number', async () => {
      const note = clinicalNote();
      const lines = note.text.split('\n');
      const cpr = lines[note.cpr.line].slice(note.cpr.character, note.cpr.endCharacter);
      const { files, leaking } = logsHolding(path.join(session.runDir, 'user-data', 'logs'), writtenForms(cpr));
      if (!files.some((f) => path.basename(f).endsWith('Skjold.log'))) throw new Error(`no Skjold output-channel log among ${files.length} log files: nothing was checked`);
      if (leaking.length) throw new Error(`the CPR number from the note is in: ${leaking.map((f) => path.relative(session.runDir, f)).join(', ')}`);
      if (writtenForms(cpr).some((v) => session.log().includes(v))) throw new Error('the CPR number from the note is in code-server\'s own output');
    });
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  } finally {
    await session.stop();
  }
  // Whatever ran is reported, also when the suite did not finish.
  for (const r of (report ?? readReport(resultsFile))?.results ?? []) record({ ...r, name: `${part}: ${r.name}` });
  if (failure || !report) {
    record({ name: `${part}: the driver ran the whole suite`, ok: false, ms: Date.now() - t0, error: `${failure ?? 'no report'}\ncode-server log (tail):\n${session.log().slice(-2000)}` });
  } else if (report.error || report.results.length === 0) {
    record({ name: `${part}: the driver ran the whole suite`, ok: false, ms: Date.now() - t0, error: report.error ?? 'the suite ran no test' });
  } else {
    console.log(`  (VS Code ${report.vscodeVersion} in code-server)`);
  }
}

async function main(): Promise<void> {
  let packaged = fs.existsSync(VSIX);
  if (wants('package')) packaged = await packageChecks();
  const editorParts = wants('suite') || wants('suite-da') || wants('ui');
  if (editorParts && !packaged) {
    record({ name: 'vscode: skjold.vsix exists for the editor tests', ok: false, ms: 0, error: 'no skjold.vsix: run `npm run package` (or this runner without --only)' });
  } else if (editorParts) {
    if (wants('suite') || wants('suite-da')) {
      const t = await tools('suite');
      let driverVsix = '';
      if (t && (await check('suite: the test-driver extension builds and packages', async () => { driverVsix = await packageDriver(); }))) {
        if (wants('suite')) await suite(t, driverVsix);
        if (wants('suite-da')) await suite(t, driverVsix, 'da');
      }
    }
    if (wants('ui')) {
      const t = await tools('ui');
      if (t) await uiSmoke(t, VSIX, check);
    }
  }
  console.log(`\n${summary(results)}`);
  process.exitCode = results.some((r) => !r.ok) ? 1 : 0;
}

void main().catch((e: unknown) => {
  record({ name: 'vscode: the runner itself', ok: false, ms: 0, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  console.log(`\n${summary(results)}`);
  process.exitCode = 1;
});
