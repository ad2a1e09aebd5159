// Runs detection for open documents and publishes the results. One pending check per document; a check
// scheduled for an older version is dropped when a newer change arrives (debounced by `skjold.debounceMs`).
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDirectives, detect } from '../core';
import { checkFailedDiagnostic, toDiagnostic } from './diagnostics';
import { detectOptionsFor } from './detectOptions';
import type { SkjoldSettings } from './settings';
import type { CustomPatternCache } from './customPatterns';

export class DocumentChecker {
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly settingsFor: (uri: string) => Promise<SkjoldSettings>,
    private readonly getDocument: (uri: string) => TextDocument | undefined,
    private readonly customPatterns: CustomPatternCache,
  ) {}

  /** Schedules a check of the document's current version; `immediate` skips the debounce (open, settings change). */
  schedule(doc: TextDocument, immediate = false): void {
    this.cancel(doc.uri);
    void this.settingsFor(doc.uri).then((settings) => {
      const delay = immediate ? 0 : settings.debounceMs;
      if (delay <= 0) return this.check(doc.uri, doc.version);
      this.timers.set(doc.uri, setTimeout(() => { this.timers.delete(doc.uri); void this.check(doc.uri, doc.version); }, delay));
    });
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) { clearTimeout(t); this.timers.delete(uri); }
  }

  /** Clears the document's diagnostics (on close). */
  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async check(uri: string, version: number): Promise<void> {
    const doc = this.getDocument(uri);
    if (!doc || doc.version !== version) return; // closed or changed since: a newer check is on its way
    const settings = await this.settingsFor(uri);
    const current = this.getDocument(uri);
    if (!current || current.version !== version) return;
    const text = current.getText();
    let diagnostics;
    try {
      injectFaultForTests(text);
      const findings = settings.enable ? applyDirectives(text, detect(text, detectOptionsFor(settings, current.languageId, this.customPatterns))) : [];
      diagnostics = findings.map((f) => toDiagnostic(current, f, settings));
    } catch (e) {
      // Contained: this document reports the failure, every other document carries on.
      diagnostics = [checkFailedDiagnostic(e)];
      this.connection.console.error(`Skjold could not check a document (${e instanceof Error ? e.name : 'error'}); see the diagnostic in that document.`);
    }
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}

/**
 * Fault injection for the crash-containment tests: when SKJOLD_TEST_FAULT is set, a document containing that
 * marker makes detection throw. Unset in normal use, so this costs one property read per check.
 */
function injectFaultForTests(text: string): void {
  const marker = process.env.SKJOLD_TEST_FAULT;
  if (marker && text.includes(marker)) throw new Error('injected test fault');
}
