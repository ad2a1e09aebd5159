// What the Neovim and Emacs tests share: run an editor's check script (clients/*) in its own process group
// against the built server and a copy of the clinical note, then hold its JSON report to the same standard.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from 'node:test';
import { clinicalNote, serverCommand, type Note } from '../support/fixtures';
import { runGroup } from '../support/processes';

/** What a check script writes: ranges in the editor's own columns (the note's CPR line is ASCII). */
export interface ClientReport {
  error?: string;
  arrived?: boolean;
  diagnostics?: { line: number; col: number; end_line: number; end_col: number; code: unknown }[];
  actions?: { title: string; isPreferred: boolean }[];
  cleared?: boolean;
  masked_span?: string;
  masked_span_has_digits?: boolean;
}

const RUN_TIMEOUT_MS = 60_000;

export async function runClientCheck(t: TestContext, editor: string, exe: string, args: (script: string) => string[]): Promise<{ report: ClientReport; note: Note }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `skjold-${editor}-`));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const note = clinicalNote();
  const notePath = path.join(tmp, path.basename(note.path));
  fs.copyFileSync(note.path, notePath);
  const resultPath = path.join(tmp, 'result.json');
  const script = path.join(__dirname, 'clients', `${editor}-check.${editor === 'neovim' ? 'lua' : 'el'}`);

  const run = await runGroup(exe, args(script), {
    label: editor,
    cwd: tmp,
    timeoutMs: RUN_TIMEOUT_MS,
    env: {
      ...process.env,
      SKJOLD_NOTE: notePath,
      SKJOLD_SERVER_CMD: JSON.stringify(serverCommand()),
      SKJOLD_RESULT: resultPath,
      HOME: tmp,
      XDG_CACHE_HOME: path.join(tmp, 'cache'),
      XDG_DATA_HOME: path.join(tmp, 'data'),
      XDG_STATE_HOME: path.join(tmp, 'state'),
      XDG_CONFIG_HOME: path.join(tmp, 'config'),
    },
  });
  assert.ok(!run.timedOut, `${editor} did not finish within ${RUN_TIMEOUT_MS / 1000} s; its output:\n${run.output.slice(-2000)}`);
  assert.ok(fs.existsSync(resultPath), `${editor} wrote no report (exit ${run.code}); its output:\n${run.output.slice(-2000)}`);
  const report = JSON.parse(fs.readFileSync(resultPath, 'utf8')) as ClientReport;
  assert.equal(report.error, undefined, `the ${editor} check script failed: ${report.error}`);
  return { report, note };
}

/** The CPR diagnostic arrived with the exact range and code, the Mask fix was offered, applied and cleared it. */
export function assertCprRoundTrip(editor: string, report: ClientReport, note: Note): ClientReport['diagnostics'] & object {
  assert.ok(report.arrived, `no Skjold diagnostic reached ${editor} within 15 s of opening the note (server published nothing?)`);
  const cpr = (report.diagnostics ?? []).filter((d) => d.code === 'cpr');
  assert.equal(cpr.length, 1, `expected one diagnostic with code "cpr" in ${editor}, got codes ${JSON.stringify(report.diagnostics?.map((d) => d.code))}`);
  const { line, character, endCharacter } = note.cpr;
  assert.deepEqual(
    { line: cpr[0].line, col: cpr[0].col, end_line: cpr[0].end_line, end_col: cpr[0].end_col },
    { line, col: character, end_line: line, end_col: endCharacter },
    `the CPR diagnostic in ${editor} does not cover exactly the number`,
  );
  const titles = (report.actions ?? []).map((a) => a.title);
  assert.ok(titles.includes('Mask CPR number'), `code actions offered in ${editor}: ${JSON.stringify(titles)}`);
  assert.ok(report.actions?.find((a) => a.title === 'Mask CPR number')?.isPreferred, '"Mask CPR number" is not the preferred fix');
  assert.equal(report.masked_span_has_digits, false, `after applying the fix in ${editor} the number still has digits in its place`);
  assert.match(report.masked_span ?? '', /^X{6}-X{4}$/, 'the fix does not keep the layout XXXXXX-XXXX');
  assert.ok(report.cleared, `the CPR diagnostic in ${editor} was not cleared after the fix was applied`);
  return cpr;
}
