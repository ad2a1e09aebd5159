// The "Ignore this line" quick-fix: inserts `skjold-disable-next-line <type>` as a comment line above the finding,
// with the finding line's indentation and the document language's comment syntax (commentSyntax.ts). Not
// preferred: masking stays the default fix. The edit names the document version, like every other Skjold fix.
import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IdentifierType } from '../../core';
import { t } from '../l10n';
import { commentLine, commentSyntaxFor } from './commentSyntax';

export function directiveFixAction(doc: TextDocument, diag: Diagnostic, type: IdentifierType): CodeAction | undefined {
  const syntax = commentSyntaxFor(doc.languageId);
  if (!syntax) return undefined;
  const line = diag.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = /\r\n$/.test(lineText) || (!lineText.endsWith('\n') && doc.getText().includes('\r\n')) ? '\r\n' : '\n';
  const directive = `skjold-disable-next-line ${type}`;
  const action = CodeAction.create(t('Ignore this line ({0})', directive), CodeActionKind.QuickFix);
  action.diagnostics = [diag];
  action.isPreferred = false;
  const at = { line, character: 0 };
  action.edit = { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: at, end: at }, newText: indent + commentLine(syntax, directive) + eol }] }] };
  return action;
}
