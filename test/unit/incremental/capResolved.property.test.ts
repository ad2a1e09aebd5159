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
        const listed = engine.lightFindings();
        const { shown, total } = capResolved(engine, max, severityOf);
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

const FILLER = 'Patienten er set i ambulatoriet og har det godt. Ingen nye klager, fortsætter vanlig behandling.\n';
const filler = (n: number) => FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n);
/** A patient named, then mentioned by surname at gaps around MENTION_REACH (5,000): within and beyond it. */
const blockArb = fc.record({ name: fc.constantFrom('Jens Hansen', 'Anne Marie Jensen', 'Peter Olsen', 'Mette Kristensen'), gaps: fc.array(fc.oneof(fc.integer({ min: 0, max: 6500 }), fc.integer({ min: 4200, max: 5800 }), fc.integer({ min: 0, max: 700 })), { minLength: 1, maxLength: 5 }), redacted: fc.integer({ min: 0, max: 3 }) });
/** Edits that move mentions across MENTION_REACH, and edits inside a name (an own name stops being one, or becomes one again). */
const farEditArb = fc.oneof(
  fc.record({ at: fc.integer({ min: 0, max: 999 }), del: fc.constantFrom(0, 1, 300, 800, 2000), text: fc.constantFrom('', 'x', '\n', filler(300), filler(1200), 'Hr. Hansen ', ' Jensen.'), inName: fc.constant(-1) }),
  fc.record({ at: fc.constant(0), del: fc.constantFrom(0, 1), text: fc.constantFrom('', 'x', 'e'), inName: fc.nat() }),
);

test('with own synthetic names: capResolved equals capFindings over the listed findings, own-name mentions downgraded alike', async () => {
  const { detect, applyRedactionEdits, redactionEdits } = await import('../../../server/src/core');
  const key = 'a'.repeat(64);
  let downgraded = 0, changed = 0;
  fc.assert(
    fc.property(fc.array(blockArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12 }), fc.array(farEditArb, { maxLength: 6 }), (blocks, max, edits) => {
      // Redacted blocks (3 in 4) carry Skjold's mark under the key (own names, mentions repeating their surname); the others are real names.
      let text = blocks.map((b) => {
        const surname = b.name.split(' ').at(-1);
        const block = `Patient: ${b.name}, indlagt.\n` + b.gaps.map((g) => `${filler(g)}\nHr. ${surname} er informeret.\n`).join('');
        return b.redacted ? applyRedactionEdits(block, redactionEdits(block, detect(block), { mode: 'synthetic', key, shiftBirthDate: true })) : block;
      }).join(filler(300));
      text = `Notat\n\n\n${text}`; // below the header lines, whose edits re-scan everything
      const engine = new IncrementalDetection(text, { languageId: 'plaintext', ownMarkKey: key });
      const severityOf = (f: Parameters<typeof severityFor>[0]) => severityFor(f, DEFAULT_SETTINGS);
      let before = '';
      const compare = () => {
        const listed = engine.lightFindings();
        const { shown, total } = capResolved(engine, max, severityOf);
        assert.equal(total, listed.length);
        assert.deepEqual(shown.map((f) => [f.start, f.end, f.type, f.confidence]), capFindings(listed, max, severityOf).map((f) => [f.start, f.end, f.type, f.confidence]));
        // Every finding, uncapped: the kept flags equal withOwnNameMentions over the whole list.
        const all = capResolved(engine, 1e9, severityOf).shown.map((f) => [f.start, f.confidence]);
        assert.deepEqual(all, listed.map((f) => [f.start, f.confidence]));
        const doc = TextDocument.create('file:///t.txt', 'plaintext', 3, text);
        for (const f of shown) assert.deepEqual(diagnosticAt(doc, engine.kindOf(f), f.start, f.end, DEFAULT_SETTINGS), toDiagnostic(doc, engine.fullFinding(f), DEFAULT_SETTINGS));
        const mentions = listed.filter((f) => engine.fullFinding(f).reasons.some((r) => r.rule === 'synthetic.ownMention'));
        downgraded += mentions.length;
        const now = mentions.map((f) => f.start).join();
        if (before && now !== before) changed++;
        before = now;
      };
      compare();
      for (const e of edits) {
        const names = e.inName >= 0 ? engine.lightFindings().filter((f) => f.type === 'name') : [];
        const start = names.length ? names[e.inName % names.length]!.start + 1 : Math.floor((e.at / 1000) * text.length);
        const end = Math.min(text.length, start + e.del);
        text = text.slice(0, start) + e.text + text.slice(end);
        engine.edit(start, end, e.text.length, text);
        compare();
      }
    }),
    { seed: 9904, numRuns: 300 },
  );
  assert.ok(downgraded > 300 && changed > 30, `only ${downgraded} own-name mentions downgraded, ${changed} times a change of them`);
});
