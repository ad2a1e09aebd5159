// Findings → LSP diagnostics. One diagnostic per finding, `source: "skjold"`, `code` = the identifier type,
// the range exactly the identifier, a message that says why without repeating the value.
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { STRONG_CONFIDENCE, TEST_DATA_CONFIDENCE, type Finding, type IdentifierType } from '../core';
import { findingMessage, t } from './l10n';
import type { SeverityName, SkjoldSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'skjold';

/** What a quick-fix needs to know about a diagnostic, carried in `Diagnostic.data`. */
export interface FindingData {
  type: IdentifierType;
  confidence: number;
  /** Document version the finding was computed for: a fix for another version is refused. */
  version: number;
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const RANK: Record<SeverityName, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/**
 * Strong findings get `skjold.severity.strong`, weaker ones `skjold.severity.weak`. A per-type level in
 * `skjold.rules` replaces the strong severity for that type, and caps the weak one (never more severe than it).
 */
export function severityFor<F extends Pick<Finding, 'type' | 'confidence'>>(f: F, settings: SkjoldSettings): DiagnosticSeverity {
  if (f.confidence < TEST_DATA_CONFIDENCE) return DiagnosticSeverity.Hint; // known test data (core/types.ts)
  const level = settings.rules[f.type];
  const strong = f.confidence >= STRONG_CONFIDENCE;
  if (level && level !== 'auto' && level !== 'off') {
    if (strong) return SEVERITY[level];
    return SEVERITY[RANK[level] > RANK[settings.severity.weak] ? level : settings.severity.weak];
  }
  return SEVERITY[strong ? settings.severity.strong : settings.severity.weak];
}

export function toDiagnostic(doc: TextDocument, f: Finding, settings: SkjoldSettings): Diagnostic {
  return diagnosticAt(doc, f, f.start, f.end, settings);
}

/**
 * toDiagnostic() for a finding given as its kind (everything but the position: the incremental engine's shared
 * profile) and its position, so the server need not copy each shown finding out of the engine's store.
 */
export function diagnosticAt(doc: TextDocument, f: Omit<Finding, 'start' | 'end'>, start: number, end: number, settings: SkjoldSettings): Diagnostic {
  const data: FindingData = { type: f.type, confidence: f.confidence, version: doc.version };
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(end) },
    severity: severityFor(f, settings),
    source: DIAGNOSTIC_SOURCE,
    code: f.type,
    message: findingMessage(f),
    data,
  };
}

export function isFindingData(x: unknown): x is FindingData {
  return !!x && typeof x === 'object' && typeof (x as FindingData).type === 'string' && typeof (x as FindingData).version === 'number';
}

/** The one diagnostic a document gets when checking it failed: says so, at the top, without any text from it. */
export function checkFailedDiagnostic(e: unknown): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: 'internal-error',
    message: t('Skjold could not check this document ({0}). Other documents are not affected; please report this.', e instanceof Error ? e.name : 'error'),
  };
}
