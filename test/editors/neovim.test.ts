// Neovim's built-in LSP client (0.7+) against `skjold-language-server --stdio` (package.json's bin, the built
// dist/server/server.js): the CPR diagnostic arrives with the exact range and code `cpr` as a Warning,
// "Mask CPR number" is offered, and applying it clears the diagnostic. The script it runs is
// clients/neovim-check.lua.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCprRoundTrip, runClientCheck } from './editorCheck';
import { requireExecutable } from '../support/tools';

test('neovim: CPR diagnostic with exact range and code, Mask CPR number offered and applied', async (t) => {
  const nvim = requireExecutable(t, 'nvim', 'apt-get install --no-install-recommends neovim');
  if (!nvim) return;
  const { report, note } = await runClientCheck(t, 'neovim', nvim, (script) => ['--headless', '--clean', '-n', '-S', script]);
  const [cpr] = assertCprRoundTrip('Neovim', report, note);
  assert.equal((cpr as { severity?: number }).severity, 2, 'a valid CPR number is a Warning (vim.diagnostic.severity.WARN = 2)');
});
