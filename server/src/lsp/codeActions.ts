// Quick-fixes on Skjold diagnostics: "Mask" (preferred; style from skjold.mask.style) and "Replace … with a
// synthetic value". Every edit names the document version it was computed for (VersionedTextDocumentIdentifier),
// so a client refuses it once the text has changed. A diagnostic published for an older version is honoured
// only when detection over the current text still finds the same identifier type at exactly its range;
// otherwise it describes other characters and its fixes are refused (no action is offered).
import { CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { IDENTIFIER_TYPES, redactValue, type IdentifierType } from '../core';
import type { CustomPatternCache } from './customPatterns';
import { redactionFindings } from './redactionFindings';
import { t } from './l10n';
import { DIAGNOSTIC_SOURCE, isFindingData } from './diagnostics';
import type { FixModeName, SkjoldSettings } from './settings';
import { redactOptions } from './redactionOptions';
import { FIX_ALL_KIND, fixAllAction } from './fixAll';
import { directiveFixAction } from './control/directiveFix';
import { ignoreValueAction } from './control/ignoreValue';

export function codeActionsFor(doc: TextDocument, params: CodeActionParams, settings: SkjoldSettings, key: () => string, customPatterns: CustomPatternCache): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  if (wants(CodeActionKind.QuickFix)) {
    for (const diag of params.context.diagnostics) {
      if (diag.source !== DIAGNOSTIC_SOURCE || !isFindingData(diag.data)) continue;
      if (diag.data.version !== doc.version && !stillFound(doc, diag, diag.data.type, settings, customPatterns)) continue; // stale: refused
      for (const mode of ['mask', 'synthetic'] as const) {
        const action = fixAction(doc, diag, diag.data.type, mode, settings, key);
        if (action) actions.push(action);
      }
      const ignoreLine = directiveFixAction(doc, diag, diag.data.type);
      if (ignoreLine) actions.push(ignoreLine);
      const ignoreValue = ignoreValueAction(doc, diag, diag.data.type);
      if (ignoreValue) actions.push(ignoreValue);
    }
  }
  // Fix-all only when asked for by kind (on save, or "Fix all"): it rescans, which a lightbulb need not pay for.
  if (only && wants(FIX_ALL_KIND)) {
    const all = fixAllAction(doc, settings, key, customPatterns);
    if (all) actions.push(all);
  }
  return actions;
}

export function fixTitle(type: IdentifierType, mode: FixModeName): string {
  const label = t(IDENTIFIER_TYPES[type].label);
  return mode === 'mask' ? t('Mask {0}', label) : t('Replace {0} with a synthetic value', label);
}

function fixAction(doc: TextDocument, diag: Diagnostic, type: IdentifierType, mode: FixModeName, settings: SkjoldSettings, key: () => string): CodeAction | undefined {
  const original = doc.getText(diag.range);
  if (!original) return undefined;
  const newText = redactValue(type, original, redactOptions(mode, settings, key));
  const action = CodeAction.create(fixTitle(type, mode), CodeActionKind.QuickFix);
  action.diagnostics = [diag];
  action.isPreferred = mode === 'mask';
  action.edit = { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: diag.range, newText }] }] };
  return action;
}

/** True when the current text still holds an identifier of `type` at exactly the diagnostic's range. */
function stillFound(doc: TextDocument, diag: Diagnostic, type: IdentifierType, settings: SkjoldSettings, customPatterns: CustomPatternCache): boolean {
  const start = doc.offsetAt(diag.range.start), end = doc.offsetAt(diag.range.end);
  if (end <= start) return false;
  const found = redactionFindings(doc.getText(), doc.languageId, settings, customPatterns, { start, end: start + 1 });
  return found.some((f) => f.start === start && f.end === end && f.type === type);
}
