// Fuzz properties over the detector core, shared by the CI run (test/unit/fuzz.test.ts: fixed seed, few runs)
// and the nightly-style run (`npm run fuzz`: random seed, many runs). Add a property here and both run it.
import fc from 'fast-check';
import { applyDirectives, applyRedactionEdits, detect, findingsToRedact, maskValue, redactionEdits, STRONG_CONFIDENCE, type Finding } from '../../server/src/core';
import { IncrementalDetection } from '../../server/src/core/incremental/incrementalDetection';

/** Text that looks like what Skjold reads: digits, separators, OCR letters, cue words, structure, odd Unicode. */
export const noteText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[0-9]{1,12}$/) },
      { weight: 2, arbitrary: fc.constantFrom('-', ' ', '  ', '\n', '\r\n', '\r', '.', '_', '–', ';', ',', '"', "'", ':', '=', '{', '}', '[', ']', '(', ')') },
      { weight: 2, arbitrary: fc.constantFrom('CPR', 'cpr-nr.', 'personnummer', 'Ordrenr.', 'ts=', 'O', 'l', 'I', '|', 'S', 'B', 'Z', 'G', 'b', 'Pt.', 'Patient:', 'Vej', 'gade', '2. tv.', 'København', '@', '+45', 'skjold-disable-next-line', 'INSERT INTO p (cpr) VALUES (') },
      { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.constantFrom('🙂', '\uD800', '\uDC00', '\u0000', '\uFEFF', 'ش', '\u202B', 'æøå', 'ÆØÅ') },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/**
 * noteText with names, birth dates, addresses, phones and e-mail among it, each part set off by a space, a line
 * break or punctuation: what redaction replaces. (Parts glued without a break, "20 12 34 56anne@…", can give
 * overlapping findings of two types, of which only one is kept and redacted: a known limit, see redact.md.)
 */
export const richText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: noteText },
        { weight: 2, arbitrary: fc.constantFrom('Patient: Jens Hansen', 'Navn: Jensen, Mette', 'hr. Hansen', 'født 07.07.1961', 'Nørregade 12, 2. th., 8000 Aarhus C', 'tlf. 20 12 34 56', 'anne.jensen@gmail.com', 'CPR-nr. 070761-4285', 'Pt. Anne Marie Jensen-Berg') },
      ),
      fc.constantFrom(' ', '\n', ', ', '. '),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));

const FUZZ_KEY = 'f'.repeat(64);

/** Findings compared by content, whatever the key order of their objects. */
const canon = (fs: readonly Finding[]): string => JSON.stringify(fs.map((f) => [f.type, f.start, f.end, f.confidence, f.reasons.map((r) => r.rule)]));

export const PROPERTIES = {
  'the detector never throws and its spans stay in bounds, sorted and disjoint': fc.property(noteText, fc.constantFrom('plaintext', 'json', 'csv', 'sql'), (text, languageId) => {
    const findings = applyDirectives(text, detect(text, { languageId }));
    let last = 0;
    for (const f of findings) {
      if (!(f.start >= last && f.start < f.end && f.end <= text.length)) return false;
      if (!(f.confidence > 0 && f.confidence <= 1) || !f.reasons.length) return false;
      last = f.end;
    }
    return true;
  }),
  'a window scan reports exactly the full scan findings that start inside the window': fc.property(noteText, fc.nat(), fc.nat(), (text, a, b) => {
    const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
    const full = detect(text).filter((f) => f.start >= start && f.start < end);
    const windowed = detect(text, { window: { start, end } });
    return JSON.stringify(full) === JSON.stringify(windowed);
  }),
  // Length in characters (code points), as the user sees it: an astral letter becomes one mask character.
  'mask keeps length and layout: only letters and digits change': fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (value) => {
    const before = [...value], after = [...maskValue(value)];
    if (after.length !== before.length) return false;
    return before.every((ch, i) => (/[\p{L}\p{N}]/u.test(ch) ? after[i] === 'X' : after[i] === ch));
  }),
  'masking every finding leaves no finding of strong confidence': fc.property(noteText, (text) => {
    let out = text;
    for (const f of [...detect(text)].reverse()) out = out.slice(0, f.start) + maskValue(out.slice(f.start, f.end)) + out.slice(f.end);
    return detect(out).filter((f) => f.confidence >= 0.8 && f.type === 'cpr').length === 0;
  }),
  'redact then scan finds no CPR-number warning in rich text (mask, and synthetic with the key)': fc.property(richText, fc.constantFrom('mask' as const, 'synthetic' as const), (text, mode) => {
    const found = findingsToRedact(detect(text, { ownMarkKey: FUZZ_KEY }));
    const out = applyRedactionEdits(text, redactionEdits(text, found, mode === 'mask' ? { mode } : { mode, key: FUZZ_KEY, shiftBirthDate: true }));
    // CPR-like types only: glued or repeated parts can still hide a second name or address from the first scan
    // (docs/rooms/redact.md, open items); the well-formed documents of test/unit/redact/ cover every type.
    const left = detect(out, { ownMarkKey: FUZZ_KEY }).filter((f) => f.confidence >= STRONG_CONFIDENCE && (f.type === 'cpr' || f.type === 'ecpr' || f.type === 'cpr-substitute'));
    if (left.length) throw new Error(`after ${mode} redaction still warned: ${left.map((f) => f.type).join(', ')}`);
    return true;
  }),
  'incremental detection equals a full scan after every edit': fc.property(
    richText,
    fc.array(fc.record({ at: fc.nat(), del: fc.nat(8), text: fc.oneof(fc.constantFrom('', ' ', '\n', '-', '7', 'CPR ', '070761-4285', 'Hansen', ', ', 'INSERT INTO t (cpr) VALUES (', '"cpr": "'), noteText) }), { maxLength: 8 }),
    (text, edits) => {
      const engine = new IncrementalDetection(text, { ownMarkKey: FUZZ_KEY });
      let current = text;
      for (const e of edits) {
        const start = e.at % (current.length + 1), end = Math.min(current.length, start + e.del);
        current = current.slice(0, start) + e.text + current.slice(end);
        engine.edit(start, end, e.text.length, current);
        if (canon(engine.findings()) !== canon(detect(current, { ownMarkKey: FUZZ_KEY }))) throw new Error('incremental findings differ from a full scan');
      }
      return true;
    },
  ),
};

export function runAll(opts: { seed?: number; numRuns: number }): void {
  for (const [name, prop] of Object.entries(PROPERTIES)) {
    fc.assert(prop as fc.IProperty<unknown>, { seed: opts.seed, numRuns: opts.numRuns, endOnFailure: true });
    console.log(`ok: ${name}`);
  }
}
