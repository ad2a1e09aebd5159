// "Ignore this value": a quick-fix whose command the server executes (`skjold.ignoreValue`), so the value never
// travels: the arguments name the document version and range, and the server reads the value from its own copy.
import { CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IDENTIFIER_TYPES, type IdentifierType } from '../../core';
import { t } from '../l10n';
import { serverAllowlist } from './workspaceAllowlist';

export const IGNORE_VALUE_COMMAND = 'skjold.ignoreValue';

export interface IgnoreValueArgs {
  uri: string;
  version: number;
  range: Range;
  type: IdentifierType;
}

export function ignoreValueAction(doc: TextDocument, diag: Diagnostic, type: IdentifierType): CodeAction | undefined {
  if (!serverAllowlist.canAdd(doc.uri)) return undefined;
  const args: IgnoreValueArgs = { uri: doc.uri, version: doc.version, range: diag.range, type };
  const action = CodeAction.create(t('Ignore this value in the workspace (.skjold/allow)'), { title: t('Ignore this value'), command: IGNORE_VALUE_COMMAND, arguments: [args] }, CodeActionKind.QuickFix);
  action.diagnostics = [diag];
  action.isPreferred = false;
  return action;
}

/** Runs the command: refuses a stale version or an unknown type; returns whether an entry was written. */
export function ignoreValue(args: unknown, getDocument: (uri: string) => TextDocument | undefined): { added: boolean; reason?: string } {
  const a = args as Partial<IgnoreValueArgs> | undefined;
  if (!a || typeof a.uri !== 'string' || !a.range || typeof a.type !== 'string' || !(a.type in IDENTIFIER_TYPES)) return { added: false, reason: 'bad arguments' };
  const doc = getDocument(a.uri);
  if (!doc || doc.version !== a.version) return { added: false, reason: 'the document has changed' };
  const value = doc.getText(a.range);
  if (!value) return { added: false, reason: 'empty range' };
  serverAllowlist.add(a.uri, a.type, value);
  return { added: true };
}
