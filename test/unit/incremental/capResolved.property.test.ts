// The server's cap read from the engine's kept resolution (capResolved) must publish exactly what listing every
// finding and capping the list (capFindings) publishes, under any severity settings and cap, after edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalDetection } from '../../../server/src/core/incremental/incrementalDetection';
import { capFindings, capResolved } from '../../../server/src/lsp/incremental/diagnosticCap';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticAt, severityFor, toDiagnostic } from '../../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS, type SeverityName, type SkjoldSettings } from '../../../server/src/lsp/settings';
import { validCprArb } from '../helpers/arbitraries';

const LINES = ['Pt. CPR-nr.: ', 'Ordrenr. ', 'Ring til Jens Hansen på 20 30 40 50. ', 'født 01.02.1980 ', 'mail: a.b@eksempel.dk ', 'CVR 12345674 ', 'Kontrol ', ''];
const noteArb = fc.array(fc.tuple(fc.constantFrom(...LINES), validCprArb, fc.constantFrom('\n', ' ', '. Marie Jensen bor på Nørregade 12.\n')), { minLength: 3, maxLength: 40 })
  .map((parts) => parts.map(([a, b, c]) => a + b + c).join(''));
const severityArb = fc.constantFrom<SeverityName>('error', 'warning', 'information', 'hint');
const settingsArb = fc.record({ strong: severityArb, weak: severityArb, cpr: fc.constantFrom('auto', 'error', 'hint'), name: fc.constantFrom('auto', 'warning', 'information') })
  .map(({ strong, weak, cpr, name }): SkjoldSettings => ({ ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, strong, weak }, rules: { ...DEFAULT_SETTINGS.rules, cpr, name } as SkjoldSettings['rules'] }));
const editArb = fc.record({ at: fc.integer({ min: 0, max: 999 }), del: fc.integer({ min: 0, max: 8 }), text: fc.constantFrom('', 'x', ' ', '\n', ' CPR 070761-4285 ', 'Hansen ') });

test('capResolved publishes what capFindings over every listed finding publishes, as the same diagnostics', () => {
  let cappedCases = 0;
  fc.assert(
    fc.property(noteArb, settingsArb, fc.integer({ min: 1, max: 30 }), fc.array(editArb, { maxLength: 6 }), (note, settings, max, edits) => {
      const engine = new IncrementalDetection(note, { languageId: 'plaintext' });
      let text = note;
      const severityOf = (f: Parameters<typeof severityFor>[0]) => severityFor(f, settings);
      const compare = () => {
        const capped = capResolved(engine, max, severityOf);
        if (!capped) return; // own-name mentions: the server lists and caps instead (the test below)
        const listed = engine.lightFindings();
        const { shown, total } = capped;
        assert.equal(total, listed.length);
        if (total > max) cappedCases++;
        assert.deepEqual(shown.map((f) => [f.start, f.end, f.type, f.confidence]), capFindings(listed, max, severityOf).map((f) => [f.start, f.end, f.type, f.confidence]));
        // Completed from the kind of finding, the diagnostic is the one the full finding gives.
        const doc = TextDocument.create('file:///t.txt', 'plaintext', 3, text);
        for (const f of shown) assert.deepEqual(diagnosticAt(doc, engine.kindOf(f), f.start, f.end, settings), toDiagnostic(doc, engine.fullFinding(f), settings));
      };
      compare();
      for (const e of edits) {
        const start = Math.floor((e.at / 1000) * text.length);
        const end = Math.min(text.length, start + e.del);
        text = text.slice(0, start) + e.text + text.slice(end);
        engine.edit(start, end, e.text.length, text);
        compare();
      }
    }),
    { seed: 9903, numRuns: 60 },
  );
  assert.ok(cappedCases > 50, `the cap applied in ${cappedCases} comparisons only`);
});

test('capResolved declines a text with own-name mentions: the server lists and caps it (the mention is downgraded there)', async () => {
  const { detect, applyRedactionEdits, redactionEdits } = await import('../../../server/src/core');
  const key = 'a'.repeat(64);
  const text = 'Patient: Jens Hansen, bor Nørregade 12, 2. th., 8000 Aarhus C.\nHr. Hansen er informeret.\n';
  const redacted = applyRedactionEdits(text, redactionEdits(text, detect(text), { mode: 'synthetic', key, shiftBirthDate: true }));
  const engine = new IncrementalDetection(redacted, { languageId: 'plaintext', ownMarkKey: key });
  const severityOf = (f: Parameters<typeof severityFor>[0]) => severityFor(f, DEFAULT_SETTINGS);
  assert.equal(capResolved(engine, 100, severityOf), undefined);
  // The store's resolution as it stands (what best() reads) misses the downgrade lightFindings() makes.
  assert.notDeepEqual(engine.best(100, 1000, () => 0).map((f) => f.confidence), engine.lightFindings().map((f) => f.confidence));
  assert.ok(capResolved(new IncrementalDetection(text, { languageId: 'plaintext', ownMarkKey: key }), 100, severityOf), 'the original text is plain');
});
