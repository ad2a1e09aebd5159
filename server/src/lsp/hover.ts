// Hover on a finding: what it is, why (each rule that matched), the confidence, and how to fix it.
// Detection is re-run only around the hovered line (the core's window option reads context from the whole text),
// so a hover costs the same in a 50 MB note as in a short one. The value itself is shown masked.
import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDirectives, detect, maskValue, STRONG_CONFIDENCE, type Finding } from '../core';
import { detectOptionsFor } from './detectOptions';
import { severityFor } from './diagnostics';
import { serverAllowlist } from './control/workspaceAllowlist';
import { skipReason } from './control/documentScope';

const SEVERITY_NAME = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;
import type { CustomPatternCache } from './customPatterns';
import type { SkjoldSettings } from './settings';
import { reasonText, t, typeLabel } from './l10n';

/** The finding under `position`, if any. */
export function findingAt(doc: TextDocument, position: Position, settings: SkjoldSettings, customPatterns: CustomPatternCache): Finding | undefined {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  // Findings may span a line break (OCR forms), so look one line either side.
  const from = doc.offsetAt({ line: Math.max(0, position.line - 1), character: 0 });
  const to = doc.offsetAt({ line: position.line + 1, character: Number.MAX_SAFE_INTEGER });
  const findings = serverAllowlist.filter(doc.uri, text, applyDirectives(text, detect(text, detectOptionsFor(settings, doc.languageId, customPatterns, { start: from, end: to }))));
  return findings.find((f) => f.start <= offset && offset < f.end);
}

export function hoverFor(doc: TextDocument, position: Position, settings: SkjoldSettings, customPatterns: CustomPatternCache): Hover | null {
  if (skipReason(doc.uri, doc.getText().length, settings, (u) => serverAllowlist.containingFolder(u))) return null;
  const f = findingAt(doc, position, settings, customPatterns);
  if (!f) return null;
  const strong = f.confidence >= STRONG_CONFIDENCE;
  const severity = SEVERITY_NAME[severityFor(f, settings)];
  const masked = maskValue(doc.getText().slice(f.start, f.end), settings.maskCharacter).replace(/\s+/g, ' ');
  const lines = [
    `**${t('Skjold: {0}', f.name ? `${typeLabel(f)} '${f.name}'` : typeLabel(f))}** \`${masked}\``,
    '',
    t('Confidence {0} ({1}, shown as {2}).', f.confidence.toFixed(2), t(strong ? 'strong' : 'weak'), t(severity)),
    '',
    `**${t('Why')}**`,
    ...f.reasons.map((r) => `- ${reasonText(r)}`),
    '',
    `**${t('Fix')}**: [${t('Quick Fix…')}](command:editor.action.quickFix) (Ctrl+.) — ${t('mask it, or silence it with {0} in a comment.', `\`skjold-disable-next-line ${f.type}\``)}`,
  ];
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
  };
}
