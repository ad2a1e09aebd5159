// Fuzz properties over the detector core, shared by the CI run (test/unit/fuzz.test.ts: fixed seed, few runs)
// and the nightly-style run (`npm run fuzz`: random seed, many runs). Add a property here and both run it.
import fc from 'fast-check';
import { applyDirectives, detect, maskValue } from '../../server/src/core';

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
};

export function runAll(opts: { seed?: number; numRuns: number }): void {
  for (const [name, prop] of Object.entries(PROPERTIES)) {
    fc.assert(prop as fc.IProperty<unknown>, { seed: opts.seed, numRuns: opts.numRuns, endOnFailure: true });
    console.log(`ok: ${name}`);
  }
}
