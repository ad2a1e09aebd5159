import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect, type Finding } from '../../../server/src/core';
import { findingMessage, reasonText, setLocale, typeLabel } from '../../../server/src/lsp/l10n';
import { buildCorpus } from '../../corpus';

// findingMessage remembers messages per reasons array; they must be what wording the finding afresh gives.
const plain = (f: Finding): string => {
  const label = f.name ? `${typeLabel(f)} '${f.name}'` : typeLabel(f);
  const why = f.reasons.map(reasonText).join(', ');
  return why ? `${label}: ${why}` : label;
};

test('a remembered message equals the message worded afresh, in each locale and after switching', () => {
  const findings = buildCorpus().slice(0, 150).flatMap((d) => detect(d.text));
  assert.ok(findings.length > 300);
  for (const locale of ['en', 'da', 'en', 'da']) {
    setLocale(locale);
    for (const f of findings) assert.equal(findingMessage(f), plain(f));
    // Asked twice (the second answer remembered) and for a copy sharing the reasons under another type.
    for (const f of findings) assert.equal(findingMessage(f), plain(f));
    const f = findings[0]!;
    const other: Finding = { ...f, type: f.type === 'name' ? 'cpr' : 'name' };
    assert.equal(findingMessage(other), plain(other));
    const named: Finding = { ...f, name: 'Journal id' };
    assert.equal(findingMessage(named), plain(named));
  }
  setLocale('en');
});
