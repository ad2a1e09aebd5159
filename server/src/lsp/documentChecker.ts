// Runs detection for open documents and publishes the results. Each document has one incremental detector
// (core/incremental/) fed with every change as it arrives (incremental/editRecorder.ts), so a check re-detects
// only what the edits can affect. One check per document runs at a time; it works in slices and yields to the
// event loop between them, so a 50 MB note never blocks the server; edits arriving meanwhile are folded into the
// running check, and diagnostics are published only for the version the findings belong to.
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDirectives, type DetectOptions, type Finding } from '../core';
import { IncrementalDetection, type IndexedFinding } from '../core/incremental/incrementalDetection';
import { checkFailedDiagnostic, diagnosticAt, severityFor, toDiagnostic } from './diagnostics';
import { detectOptionsFor } from './detectOptions';
import type { SkjoldSettings } from './settings';
import type { CustomPatternCache } from './customPatterns';
import type { EditSink } from './incremental/editRecorder';
import { serverAllowlist } from './control/workspaceAllowlist';
import { DOCUMENT_STATUS_NOTIFICATION, skipReason, type DocumentStatusParams } from './control/documentScope';
import { capFindings, capResolved, FINDING_COUNT_NOTIFICATION, type FindingCountParams } from './incremental/diagnosticCap';

/** Characters re-detected per step (between looks at the clock), and the longest a slice runs before yielding. */
const STEP_CHARS = 64 * 1024;
const SLICE_MS = 20;
/** Every inline directive (core/directives.ts) contains this. */
const DIRECTIVE_MARK = 'skjold-';

interface Session {
  engine?: IncrementalDetection;
  /** The detection options the engine was built with (a settings change may alter them). */
  options?: DetectOptions;
  /** False while the text surely holds no `skjold-` directive (then the directive pass over the text is skipped). */
  mayHaveDirectives: boolean;
  running: boolean;
  again: boolean;
  cancelled: boolean;
  /** The last publish was capped (a findingCount notification went out). */
  capped?: boolean;
  /** The last status sent said "not checked" (so a `checked: true` follows once it is checked again). */
  skipped?: boolean;
}

export class DocumentChecker implements EditSink {
  private timers = new Map<string, NodeJS.Timeout>();
  private sessions = new Map<string, Session>();

  constructor(
    private readonly connection: Connection,
    private readonly settingsFor: (uri: string) => Promise<SkjoldSettings>,
    private readonly getDocument: (uri: string) => TextDocument | undefined,
    private readonly customPatterns: CustomPatternCache,
    /** False (`--no-incremental`): every check scans the whole document (the benchmark's baseline; a safety valve). */
    private readonly incremental = true,
  ) {}

  edit(uri: string, start: number, end: number, insertedLength: number, newText: string): void {
    const s = this.sessions.get(uri);
    if (!s) return;
    s.engine?.edit(start, end, insertedLength, newText);
    // A directive can only appear where text was inserted or joined.
    if (!s.mayHaveDirectives) s.mayHaveDirectives = newText.slice(Math.max(0, start - DIRECTIVE_MARK.length), start + insertedLength + DIRECTIVE_MARK.length).includes(DIRECTIVE_MARK);
  }

  replace(uri: string, newText: string): void {
    const s = this.sessions.get(uri);
    if (!s) return;
    s.engine?.replaceText(newText);
    s.mayHaveDirectives = true;
  }

  /** Schedules a check of the document's current version; `immediate` skips the debounce (open, settings change). */
  schedule(doc: TextDocument, immediate = false): void {
    this.cancel(doc.uri);
    void this.settingsFor(doc.uri).then((settings) => {
      const delay = immediate ? 0 : settings.debounceMs;
      if (delay <= 0) return this.run(doc.uri);
      this.timers.set(doc.uri, setTimeout(() => { this.timers.delete(doc.uri); void this.run(doc.uri); }, delay));
    });
  }

  /** While paused (the client's "Pause checking"), every document publishes an empty list and nothing is detected. */
  paused = false;

  /** Forgets every document's findings (settings changed: detection options may differ). */
  resetAll(): void {
    for (const s of this.sessions.values()) { s.engine = undefined; s.options = undefined; }
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) { clearTimeout(t); this.timers.delete(uri); }
  }

  /** Clears the document's diagnostics and drops its state (on close); a running check stops at its next slice. */
  clear(uri: string): void {
    this.cancel(uri);
    const s = this.sessions.get(uri);
    if (s) { s.cancelled = true; this.sessions.delete(uri); }
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Entries in the per-document tables (skjold/debugStats): all zero once every document is closed. */
  stateCounts(): Record<string, number> {
    return { checkSessions: this.sessions.size, checkTimers: this.timers.size };
  }

  private session(uri: string): Session {
    let s = this.sessions.get(uri);
    if (!s) { s = { running: false, again: false, cancelled: false, mayHaveDirectives: true }; this.sessions.set(uri, s); }
    return s;
  }

  private async run(uri: string): Promise<void> {
    if (!this.getDocument(uri)) return;
    const s = this.session(uri);
    if (s.running) { s.again = true; return; } // one detection per document at a time: the running one picks it up
    s.running = true;
    try {
      do {
        s.again = false;
        const settings = await this.settingsFor(uri);
        const doc = this.getDocument(uri);
        if (!doc || s.cancelled) return;
        const skip = skipReason(uri, doc.getText().length, settings, (u) => serverAllowlist.containingFolder(u));
        if (skip || this.paused) {
          s.engine = undefined;
          this.publish(doc, [], 0);
          if (skip) this.sendStatus(s, skip);
          continue;
        }
        if (s.skipped) this.sendStatus(s, { uri, checked: true });
        try {
          injectFaultForTests(doc.getText());
          const options = detectOptionsFor(settings, doc.languageId, this.customPatterns);
          if (!s.engine || !s.options || !sameOptions(s.options, options) || !this.incremental) {
            s.engine = new IncrementalDetection(doc.getText(), options);
            s.options = options;
          }
          const engine = s.engine;
          if (engine.currentText !== doc.getText()) engine.replaceText(doc.getText()); // safety net: never publish for other text
          while (!engine.done) {
            const t0 = performance.now();
            while (!engine.step(STEP_CHARS, STEP_CHARS) && performance.now() - t0 < SLICE_MS);
            if (!engine.done) {
              await new Promise<void>((resolve) => setImmediate(resolve));
              if (s.cancelled || s.engine !== engine) break;
            }
          }
          const current = this.getDocument(uri);
          if (!current || s.cancelled) return;
          if (s.engine !== engine || !engine.done || engine.currentText !== current.getText()) { s.again = true; continue; }
          const text = current.getText();
          if (s.mayHaveDirectives) s.mayHaveDirectives = text.includes(DIRECTIVE_MARK);
          const { shown, total, plain } = shownFindings(engine, uri, text, s.mayHaveDirectives, settings);
          const diagnostics = plain
            ? shown.map((f) => diagnosticAt(current, engine.kindOf(f), f.start, f.end, settings))
            : shown.map((f) => toDiagnostic(current, engine.fullFinding(f), settings));
          this.publish(current, diagnostics, total);
        } catch (e) {
          // Contained: this document reports the failure, every other document carries on.
          s.engine = undefined;
          const current = this.getDocument(uri);
          if (current && !s.cancelled) void this.connection.sendDiagnostics({ uri, version: current.version, diagnostics: [checkFailedDiagnostic(e)] });
          this.connection.console.error(`Skjold could not check a document (${e instanceof Error ? e.name : 'error'}); see the diagnostic in that document.`);
        }
      } while (s.again && !s.cancelled);
    } finally {
      s.running = false;
    }
  }

  private sendStatus(s: Session, status: DocumentStatusParams): void {
    s.skipped = !status.checked;
    void this.connection.sendNotification(DOCUMENT_STATUS_NOTIFICATION, status);
  }

  private publish(doc: TextDocument, diagnostics: Diagnostic[], total: number): void {
    void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    // The count goes out while the list is capped, and once more when it no longer is (so the client can clear it);
    // other clients never see this notification for ordinary files.
    const s = this.sessions.get(doc.uri);
    const capped = total > diagnostics.length;
    if (capped || s?.capped) {
      const count: FindingCountParams = { uri: doc.uri, version: doc.version, total, shown: diagnostics.length };
      void this.connection.sendNotification(FINDING_COUNT_NOTIFICATION, count);
    }
    if (s) s.capped = capped;
  }
}

/**
 * The findings to publish (light: without reasons) and how many there are in all. When no directive or allowlist
 * entry can change the engine's findings (`plain`: then engine.kindOf() completes them), the cap is read from the
 * engine's kept resolution, without a list of every finding per edit; otherwise they are listed, filtered and
 * capped (engine.fullFinding() completes them).
 */
function shownFindings(engine: IncrementalDetection, uri: string, text: string, mayHaveDirectives: boolean, settings: SkjoldSettings): { shown: IndexedFinding[]; total: number; plain: boolean } {
  const severityOf = (f: Pick<Finding, 'type' | 'confidence'>) => severityFor(f, settings);
  if (!mayHaveDirectives && serverAllowlist.passesAll(uri)) return { ...capResolved(engine, settings.maxDiagnostics, severityOf), plain: true };
  const listed = engine.lightFindings();
  const findings = serverAllowlist.filter(uri, text, mayHaveDirectives ? (applyDirectives(text, listed) as IndexedFinding[]) : listed);
  return { shown: capFindings(findings, settings.maxDiagnostics, severityOf), total: findings.length, plain: false };
}

/** Same detection under both options (the engine's findings stay valid). */
function sameOptions(a: DetectOptions, b: DetectOptions): boolean {
  const types = (o: DetectOptions) => (o.types ? [...o.types].sort().join(',') : '*');
  const samePatterns = a.customPatterns === b.customPatterns || (!a.customPatterns?.length && !b.customPatterns?.length);
  const words = (o: DetectOptions) => (o.cprContextWords ?? []).join('\u0000');
  return a.languageId === b.languageId && a.minConfidence === b.minConfidence && types(a) === types(b) && samePatterns && words(a) === words(b);
}

/**
 * Fault injection for the crash-containment tests: when SKJOLD_TEST_FAULT is set, a document containing that
 * marker makes detection throw. Unset in normal use, so this costs one property read per check.
 */
function injectFaultForTests(text: string): void {
  const marker = process.env.SKJOLD_TEST_FAULT;
  if (marker && text.includes(marker)) throw new Error('injected test fault');
}
