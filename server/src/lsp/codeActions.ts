// Quick-fixes on Skjold diagnostics. "Mask" keeps the layout and removes the value; it is the preferred fix.
import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IDENTIFIER_TYPES, maskValue } from '../core';
import { t } from './l10n';
import { DIAGNOSTIC_SOURCE, isFindingData } from './diagnostics';
import type { SkjoldSettings } from './settings';

export function codeActionsFor(doc: TextDocument, params: CodeActionParams, settings: SkjoldSettings): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diag of params.context.diagnostics) {
    if (diag.source !== DIAGNOSTIC_SOURCE || !isFindingData(diag.data)) continue;
    // A diagnostic computed for another version of the text describes other characters: refuse it.
    if (diag.data.version !== doc.version) continue;
    const action = maskAction(doc, diag, settings);
    if (action) actions.push(action);
  }
  return actions;
}

function maskAction(doc: TextDocument, diag: Diagnostic, settings: SkjoldSettings): CodeAction | undefined {
  if (!isFindingData(diag.data)) return undefined;
  const original = doc.getText(diag.range);
  if (!original) return undefined;
  const info = IDENTIFIER_TYPES[diag.data.type];
  const action = CodeAction.create(t('Mask {0}', t(info.label)), CodeActionKind.QuickFix);
  action.diagnostics = [diag];
  action.isPreferred = true;
  action.edit = {
    documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: diag.range, newText: maskValue(original, settings.maskCharacter) }] }],
  };
  return action;
}
