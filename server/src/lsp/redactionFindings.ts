// The findings redaction acts on: exactly what the document checker reports (same detector options, custom
// patterns, rules and skjold-ignore directives), computed afresh from the text at hand.
import { applyDirectives, detect, type DetectOptions, type Finding } from '../core';
import { detectOptionsFor } from './detectOptions';
import type { CustomPatternCache } from './customPatterns';
import type { SkjoldSettings } from './settings';
import { serverAllowlist } from './control/workspaceAllowlist';
import { skipReason } from './control/documentScope';

export function redactionFindings(text: string, languageId: string, settings: SkjoldSettings, customPatterns: CustomPatternCache, window?: DetectOptions['window'], uri?: string): Finding[] {
  if (!settings.enable) return [];
  // A document the checker skips (skjold.include/exclude/maxFileSize) is not redacted behind the user's back either.
  if (uri !== undefined && skipReason(uri, text.length, settings, (u) => serverAllowlist.containingFolder(u))) return [];
  const found = applyDirectives(text, detect(text, detectOptionsFor(settings, languageId, customPatterns, window)));
  // Values on the workspace allowlist (.skjold/allow) are not reported, so not redacted either.
  return uri === undefined ? found : serverAllowlist.filter(uri, text, found);
}
