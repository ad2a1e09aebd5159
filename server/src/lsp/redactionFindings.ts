// The findings redaction acts on: exactly what the document checker reports (same detector options, custom
// patterns, rules and skjold-ignore directives), computed afresh from the text at hand.
import { applyDirectives, detect, type DetectOptions, type Finding } from '../core';
import { detectOptionsFor } from './detectOptions';
import type { CustomPatternCache } from './customPatterns';
import type { SkjoldSettings } from './settings';

export function redactionFindings(text: string, languageId: string, settings: SkjoldSettings, customPatterns: CustomPatternCache, window?: DetectOptions['window']): Finding[] {
  if (!settings.enable) return [];
  return applyDirectives(text, detect(text, detectOptionsFor(settings, languageId, customPatterns, window)));
}
