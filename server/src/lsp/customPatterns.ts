// Compiles `skjold.customPatterns` once per distinct setting value and reports problems (invalid or unsupported
// regular expressions) once, naming the pattern, as a warning the user sees. Detection goes on with the rest.
import type { Connection } from 'vscode-languageserver/node';
import { compileCustomPatterns, type CompiledCustomPattern } from '../core';
import type { SkjoldSettings } from './settings';
import { t } from './l10n';

export class CustomPatternCache {
  private cache = new Map<string, readonly CompiledCustomPattern[]>();
  private reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  patternsFor(settings: SkjoldSettings): readonly CompiledCustomPattern[] {
    if (!settings.customPatterns.length) return [];
    const key = JSON.stringify(settings.customPatterns);
    let compiled = this.cache.get(key);
    if (!compiled) {
      const { patterns, problems } = compileCustomPatterns(settings.customPatterns);
      compiled = patterns;
      if (this.cache.size > 32) this.cache.clear();
      this.cache.set(key, compiled);
      for (const p of problems) {
        const msg = t("Skjold: setting skjold.customPatterns, pattern '{0}' {1}. The other patterns still apply.", p.name, p.message);
        if (this.reported.has(msg)) continue;
        this.reported.add(msg);
        this.connection.console.warn(msg);
        void this.connection.window.showWarningMessage(msg);
      }
    }
    return compiled;
  }
}
