// `source.fixAll.skjold`: redacts every finding at or above skjold.fixAll.minSeverity with skjold.fixAll.mode,
// as one edit tied to the document version. It detects afresh, so it never depends on a stale publication.
import { CodeAction, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsToRedact, redactionEdits } from '../core';
import type { CustomPatternCache } from './customPatterns';
import { redactionFindings } from './redactionFindings';
import { t } from './l10n';
import { severityFor } from './diagnostics';
import type { SeverityName, SkjoldSettings } from './settings';
import { redactOptions } from './redactionOptions';

export const FIX_ALL_KIND = 'source.fixAll.skjold';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function fixAllAction(doc: TextDocument, settings: SkjoldSettings, key: () => string, customPatterns: CustomPatternCache): CodeAction | undefined {
  const text = doc.getText();
  const limit = SEVERITY[settings.fixAll.minSeverity];
  // Lower DiagnosticSeverity numbers are more severe.
  const findings = findingsToRedact(redactionFindings(text, doc.languageId, settings, customPatterns, undefined, doc.uri)).filter((f) => severityFor(f, settings) <= limit);
  if (!findings.length) return undefined;
  const edits = redactionEdits(text, findings, redactOptions(settings.fixAll.mode, settings, key));
  const title = settings.fixAll.mode === 'mask'
    ? t('Mask all {0} personal identifiers', findings.length)
    : t('Replace all {0} personal identifiers with synthetic values', findings.length);
  const action = CodeAction.create(title, FIX_ALL_KIND);
  action.edit = {
    documentChanges: [{
      textDocument: { uri: doc.uri, version: doc.version },
      edits: edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText })),
    }],
  };
  return action;
}
