// The detector options for a document under the current settings: one place, so checks, hovers and quick-fixes
// always see the same findings.
import { IDENTIFIER_TYPES, type DetectOptions, type IdentifierType } from '../core';
import { disabledTypes, type SkjoldSettings } from './settings';
import type { CustomPatternCache } from './customPatterns';
import { serverRedactionKey } from './redactionKey';

const ALL_TYPES = Object.keys(IDENTIFIER_TYPES) as IdentifierType[];
const typeSets = new WeakMap<SkjoldSettings, ReadonlySet<IdentifierType> | undefined>();

export function detectOptionsFor(settings: SkjoldSettings, languageId: string, customPatterns: CustomPatternCache, window?: DetectOptions['window']): DetectOptions {
  let types = typeSets.get(settings);
  if (!typeSets.has(settings)) {
    const off = new Set(disabledTypes(settings));
    types = off.size ? new Set(ALL_TYPES.filter((t) => !off.has(t))) : undefined;
    typeSets.set(settings, types);
  }
  return { languageId, types, customPatterns: customPatterns.patternsFor(settings), window, ownMarkKey: serverRedactionKey.peek(), cprContextWords: settings.contextWords.length ? settings.contextWords : undefined };
}
