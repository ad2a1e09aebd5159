import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDirectives, detect } from '../../../server/src/core';
import { commentLine, commentSyntaxFor } from '../../../server/src/lsp/control/commentSyntax';

const VALUE_LINE = 'CPR-nr. 070761-4285';

test('languages with comments get their syntax; plain text, CSV, JSON and logs get none', () => {
  assert.equal(commentSyntaxFor('typescript')?.open, '//');
  assert.equal(commentSyntaxFor('python')?.open, '#');
  assert.equal(commentSyntaxFor('sql')?.open, '--');
  assert.deepEqual(commentSyntaxFor('markdown'), { open: '<!--', close: '-->' });
  assert.equal(commentSyntaxFor('latex')?.open, '%');
  assert.equal(commentSyntaxFor('ini')?.open, ';');
  for (const none of ['plaintext', 'csv', 'json', 'log', 'toString', 'constructor']) assert.equal(commentSyntaxFor(none), undefined, none);
});

test('the directive line written in each syntax silences the finding on the next line (and only that type)', () => {
  for (const lang of ['typescript', 'python', 'sql', 'markdown', 'latex', 'ini', 'yaml', 'html']) {
    const syntax = commentSyntaxFor(lang)!;
    const text = `${commentLine(syntax, 'skjold-disable-next-line cpr')}\n${VALUE_LINE}\n`;
    assert.ok(detect(text, { languageId: 'plaintext' }).some((f) => f.type === 'cpr'), `${lang}: the value is found`);
    assert.equal(applyDirectives(text, detect(text, { languageId: 'plaintext' })).filter((f) => f.type === 'cpr').length, 0, lang);
    const other = `${commentLine(syntax, 'skjold-disable-next-line email')}\n${VALUE_LINE}\n`;
    assert.equal(applyDirectives(other, detect(other, { languageId: 'plaintext' })).filter((f) => f.type === 'cpr').length, 1, `${lang}: other type`);
  }
});
