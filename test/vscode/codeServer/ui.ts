// The UI smoke test: what a user does in the workbench. Open a clinical note, see the Skjold warning in the
// Problems panel and the squiggle in the editor, apply "Mask CPR number" from the quick-fix menu, see the
// status-bar count drop. Screenshots go to test-results/ (git-ignored), also when a step fails.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { notesDir, repoRoot } from '../../support/fixtures';
import { openWorkbench, startCodeServer } from './codeServer';

const RESULTS_DIR = path.join(repoRoot, 'test-results');
const STEP_TIMEOUT_MS = 30_000;
/** The Skjold status-bar item: VS Code gives it the id "<extension id>.<item id>" (skjold.skjold.skjold.findings). */
const STATUS_ITEM = '.statusbar-item[id$="skjold.findings"]';

type Check = (name: string, fn: () => Promise<void>) => Promise<boolean>;

export async function uiSmoke(t: { codeServer: string; chromium: string }, vsix: string, check: Check): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  let page: Page | undefined;
  let step = 'starting code-server';
  const session = await startCodeServer({
    bin: t.codeServer,
    label: 'vscode-ui',
    extensions: [vsix],
    // The second copy stays closed: Redact Workspace edits it through the same WorkspaceEdit.
    workspaceFiles: { 'clinical-note.txt': path.join(notesDir, 'clinical-note.txt'), 'closed/henvisning.txt': path.join(notesDir, 'clinical-note.txt') },
  }).catch(async (e: unknown) => {
    await check('ui: code-server starts with skjold.vsix installed', async () => { throw e; });
    return undefined;
  });
  if (!session) return;
  try {
    await check('ui: open a note, see the warning and squiggle, Mask CPR number from the quick-fix menu, count drops', async () => {
      const { browser, page: p } = await openWorkbench(t.chromium, session);
      page = p;
      try {
        step = 'the Skjold status-bar item appears (the extension activated)';
        const status = page.locator(STATUS_ITEM);
        await status.waitFor({ timeout: 60_000 });

        step = 'Ctrl+P opens clinical-note.txt';
        await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
        await quickOpen(page, 'Control+P', 'clinical-note.txt', 'clinical-note.txt');
        await page.locator('.monaco-editor .view-lines', { hasText: 'CPR-nr.' }).waitFor({ timeout: STEP_TIMEOUT_MS });

        step = 'a warning squiggle appears under the number';
        await squiggleOnLine(page, 'CPR-nr.');

        step = 'the status bar counts the findings';
        const before = await waitForCount(page, (n) => n >= 1);

        step = 'Ctrl+Shift+M shows the Skjold warning in the Problems panel';
        await page.keyboard.press('Control+Shift+M');
        const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'CPR number' }).first();
        await marker.waitFor({ timeout: STEP_TIMEOUT_MS });
        const markerText = await marker.innerText();
        if (!/skjold/i.test(markerText)) throw new Error('the Problems panel row does not name Skjold as its source');
        if (/\d{6}-?\d{4}/.test(markerText)) throw new Error('the Problems panel row shows the number itself');

        step = 'the quick-fix menu (Ctrl+.) on the number offers "Mask CPR number"';
        // Measured again: the Problems panel may have moved the editor. The squiggle decoration spans the line
        // height under the number, so a click at its centre puts the cursor in the number.
        const box = await squiggleOnLine(page, 'CPR-nr.');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.keyboard.press('Control+.');
        const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Mask CPR number' }).first();
        await fix.waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-quick-fix.png') });

        step = 'choosing it (the preferred fix is focused: Enter) masks the number and the status-bar count drops';
        await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Mask CPR number' }).waitFor({ timeout: STEP_TIMEOUT_MS });
        await page.keyboard.press('Enter');
        await page.locator('.monaco-editor .view-lines', { hasText: 'XXXXXX-XXXX' }).waitFor({ timeout: STEP_TIMEOUT_MS });
        await waitForCount(page, (n) => n === before - 1);
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'CPR number' }).waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
        await page.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-smoke.png') });
      } catch (e) {
        await page?.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-smoke-failure.png') }).catch(() => undefined);
        throw new Error(`step "${step}" failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (screenshot: test-results/vscode-ui-smoke-failure.png)`);
      } finally {
        await browser.close();
      }
    });
    await check('ui: a click on the Skjold status-bar item opens its menu (Pause checking, Problems panel, Why not checked, settings, output)', async () => {
      const { browser, page: p } = await openWorkbench(t.chromium, session);
      try {
        await p.locator(STATUS_ITEM).waitFor({ timeout: 60_000 });
        await p.locator(STATUS_ITEM).click();
        for (const label of ['Pause checking', 'Open Problems panel', 'Why is this file not checked?', 'Open settings', 'Show output']) {
          await p.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
        }
        await p.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-status-menu.png') });
        await p.keyboard.press('Escape');
      } catch (e) {
        await p.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-status-menu-failure.png') }).catch(() => undefined);
        throw new Error(`the status-bar menu did not show its entries: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (screenshot: test-results/vscode-ui-status-menu-failure.png)`);
      } finally {
        await browser.close();
      }
    });
    await check('ui: Redact Workspace… → Mask → the refactor preview lists the changes → Apply masks the open and the closed note', async () => {
      const { browser, page: p } = await openWorkbench(t.chromium, session);
      let step = 'the Skjold status-bar item appears';
      try {
        await p.locator(STATUS_ITEM).waitFor({ timeout: 60_000 });
        step = 'the command palette runs "Skjold: Redact Workspace…"';
        await p.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
        await quickOpen(p, 'F1', '>Skjold: Redact Workspace', 'Redact Workspace');
        step = 'the mode question offers Mask';
        await p.locator('.quick-input-list .monaco-list-row', { hasText: 'Mask' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
        await p.locator('.quick-input-list .monaco-list-row', { hasText: 'Mask' }).first().click();
        step = 'the refactor preview opens and lists both files';
        const panel = p.locator('.bulk-edit-panel');
        await panel.waitFor({ timeout: STEP_TIMEOUT_MS });
        await panel.locator('.monaco-list-row', { hasText: 'henvisning.txt' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
        await panel.locator('.monaco-list-row', { hasText: 'clinical-note.txt' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
        await p.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-refactor-preview.png') });
        // VS Code shows changes that need confirmation unticked: a user ticks each file's box, then Apply.
        step = 'ticking each file in the refactor preview, then Apply, applies the edit';
        for (const file of ['henvisning.txt', 'clinical-note.txt']) {
          const box = panel.locator('.monaco-list-row', { hasText: file }).first().locator('input.edit-checkbox');
          await box.click();
          if (!(await box.isChecked())) throw new Error(`the box of ${file} did not tick`);
        }
        await panel.locator('.monaco-button', { hasText: 'Apply' }).first().click();
        await panel.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
        // Both files now hold the masks (unsaved: the edit is one undoable step, nothing is written behind the user's back).
        for (const file of ['henvisning.txt', 'clinical-note.txt']) {
          step = `${file}, opened after Apply, holds masks and no CPR-shaped number`;
          await quickOpen(p, 'Control+P', file, file);
          const lines = p.locator('.monaco-editor .view-lines', { hasText: 'XXXXXX-XXXX' });
          await lines.first().waitFor({ timeout: STEP_TIMEOUT_MS });
          if (/\b\d{6}-?\d{4}\b/.test(await lines.first().innerText())) throw new Error(`a CPR-shaped number is still shown in ${file} after Apply`);
        }
        await p.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-redact-applied.png') });
      } catch (e) {
        await p.screenshot({ path: path.join(RESULTS_DIR, 'vscode-ui-redact-failure.png') }).catch(() => undefined);
        throw new Error(`step "${step}" failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)} (screenshot: test-results/vscode-ui-redact-failure.png)`);
      } finally {
        await browser.close();
      }
    });
  } finally {
    await session.stop();
  }
}

/** Opens the quick input with `key` (Ctrl+P: files, F1: commands), types `query` and chooses the row showing `row`. */
async function quickOpen(page: Page, key: string, query: string, row: string): Promise<void> {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(query);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/** The Skjold status-bar count once `accept` holds for it (polled; the item's text is "<shield icon> N"). */
async function waitForCount(page: Page, accept: (n: number) => boolean): Promise<number> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let last = '';
  for (;;) {
    last = (await page.locator(STATUS_ITEM).innerText().catch(() => '')).trim();
    const m = /(\d+)\s*$/.exec(last);
    if (m && accept(Number(m[1]))) return Number(m[1]);
    if (Date.now() > deadline) throw new Error(`the status bar shows ${JSON.stringify(last)}`);
    await page.waitForTimeout(100);
  }
}

/**
 * The box of the warning squiggle on the editor line that contains `lineText` (the rightmost one: the number
 * ends its line), polled until it appears. Other findings elsewhere in the note do not confuse it.
 */
async function squiggleOnLine(page: Page, lineText: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const line = await page.locator('.monaco-editor .view-line', { hasText: lineText }).first().boundingBox().catch(() => null);
    if (line) {
      const boxes = await page.locator('.monaco-editor .squiggly-warning').evaluateAll((els) => els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }));
      const onLine = boxes.filter((b) => b.y + b.height / 2 >= line.y && b.y + b.height / 2 <= line.y + line.height).sort((a, b) => b.x - a.x);
      if (onLine.length) return onLine[0];
    }
    if (Date.now() > deadline) throw new Error(`no warning squiggle on the line with ${JSON.stringify(lineText)} after ${STEP_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(100);
  }
}

/**
 * In a session started with `--locale da`: the command palette (F1) lists Skjold's commands under their Danish
 * titles from package.nls.da.json (VS Code translates the manifest; packageJSON in the extension host is not).
 */
export async function danishCommandTitles(page: Page): Promise<void> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const da = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.da.json'), 'utf8')) as Record<string, string>;
  const title = da['skjold.command.restartServer.title'];
  if (!title) throw new Error('package.nls.da.json has no skjold.command.restartServer.title');
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  await page.keyboard.press('F1');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ timeout: STEP_TIMEOUT_MS });
  await quickInput.fill(`>Skjold: ${title}`);
  try {
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  } catch (e) {
    await page.screenshot({ path: path.join(RESULTS_DIR, 'vscode-suite-da-palette-failure.png') }).catch(() => undefined);
    throw new Error(`the command palette does not list "Skjold: ${title}" (screenshot: test-results/vscode-suite-da-palette-failure.png): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  await page.screenshot({ path: path.join(RESULTS_DIR, 'vscode-suite-da-palette.png') });
  await page.keyboard.press('Escape');
}
