// Emacs with eglot (Emacs 28 + eglot 1.9 from Debian) against `skjold-language-server --stdio`: the CPR
// diagnostic reaches Flymake with the exact range and code `cpr` as a warning, "Mask CPR number" is
// offered, and applying it clears the diagnostic. The script it runs is clients/emacs-check.el.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCprRoundTrip, runClientCheck } from './editorCheck';
import { requireExecutable } from '../support/tools';

test('emacs (eglot): CPR diagnostic with exact range and code, Mask CPR number offered and applied', async (t) => {
  const emacs = requireExecutable(t, 'emacs', 'apt-get install --no-install-recommends emacs-nox elpa-eglot');
  if (!emacs) return;
  const { report, note } = await runClientCheck(t, 'emacs', emacs, (script) => ['--batch', '-Q', '-l', script]);
  const [cpr] = assertCprRoundTrip('Emacs', report, note);
  assert.equal((cpr as { type?: string }).type, 'eglot-warning', 'a valid CPR number is a warning in Flymake');
});
