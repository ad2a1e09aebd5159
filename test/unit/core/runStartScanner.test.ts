// The number detectors try their patterns only next to runs of digits (cpr/runStartScanner.ts). Each property
// compares the scanner with the plain form it replaced, written out here: the global regex searched from `from`
// on, every match beginning before `to` — on generated texts that stress the edges (prefixes, separators, runs of
// every length, glue, non-ASCII letters and digits, astral characters), in windows and in small blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ScanContext } from '../../../server/src/core';
import { RunStartScanner, type RunStartForm } from '../../../server/src/core/cpr/runStartScanner';
import { PHONE, PHONE_FORM } from '../../../server/src/core/phone/phoneDetector';
import { CARD, CARD_FORM } from '../../../server/src/core/card/cardDetector';
import { CVR, CVR_FORM } from '../../../server/src/core/cvr/cvrDetector';

const RUNS = { numRuns: 600, seed: 20261123 };

const PIECES = [
  '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '123456789', '0101801234', '4111111111111111', '41111111111111111111',
  '4111 1111 1111 1111', '4111-1111-1111-1111-123', '3782 822463 10005', '12 34 56 78', '12.34.56.78', '12-34-56-78', '1234 5678', '123 456 78',
  // Every run length a pattern can begin with (2–19), and the prefixes right before a run.
  ...Array.from({ length: 18 }, (_, i) => '4000000000000000000'.slice(0, i + 2)),
  '+4523456789', '(+45)23456789', '(45) 23 45 67 89', '004523456789',
  '+45', '+45 ', '0045', '0045-', '(+45)', '(45)', '(+45) ', '45 ', '+', '(', ')', '((', '(+', '++', 'DK', 'DK-', 'DE89', 'GB', 'DK50 0040 0440 1162 43', 'DK5000400440116243', 'AB1', 'ABC12', 'aB12', 'Ø12',
  ' ', '  ', '\u00a0', '.', '-', ',', '\n', 'a', 'Z', 'ø', '٣', '²', '𝐀', '😀', '\uD835', '\uDC00',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((p) => p.join(''));
/** A text, a window [start, end) of it, and a block size (small ones cut the text into many blocks). */
const scan = text.chain((t) => fc.record({
  t: fc.constant(t), a: fc.nat(t.length), b: fc.nat(t.length), block: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1 << 20)),
  // Above this length the scanner is the global search itself (WHOLE_SEARCH_ABOVE): small values take that path.
  whole: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(1 << 20)),
}));

/** Matches as [index, every group], read by the global regex from `from` while they begin before `to`. */
function plain(re: RegExp, t: string, from: number, to: number): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) out.push(`${m.index}:${m.map(String).join('|')}`);
  re.lastIndex = 0;
  return out;
}

function scanned(form: RunStartForm, ctx: ScanContext, from: number, to: number, block: number, whole = 1 << 20): string[] {
  const out: string[] = [];
  const s = new RunStartScanner(ctx, form, from, to, block, whole);
  for (let m = s.next(); m; m = s.next()) out.push(`${m.index}:${m.map(String).join('|')}`);
  return out;
}

for (const [name, re, form] of [['phone', PHONE, PHONE_FORM], ['card', CARD, CARD_FORM], ['CVR', CVR, CVR_FORM]] as const) {
  test(`property: the ${name} pattern tried next to digit runs finds what the global search finds, in any window and block size`, () => {
    fc.assert(fc.property(scan, ({ t, a, b, block, whole }) => {
      const start = Math.min(a, b), end = Math.max(a, b);
      const ctx = new ScanContext(t, start === 0 && end === t.length ? {} : { window: { start, end } });
      // The scan's own window (the shared runs), and a range a few characters wider (as the CVR detector reads).
      assert.deepEqual(scanned(form, ctx, start, end, block, whole), plain(re, t, start, end));
      // A range ending before the scan's end, which shares the scan's runs.
      const shorter = Math.max(start, end - 1);
      assert.deepEqual(scanned(form, ctx, start, shorter, block, whole), plain(re, t, start, shorter));
      const wider = Math.max(0, start - 3), widerEnd = Math.min(t.length, end + 3);
      assert.deepEqual(scanned(form, ctx, wider, widerEnd, block, whole), plain(re, t, wider, widerEnd));
    }), RUNS);
  });
}

test('the scanner reports a match that only a candidate before a run can begin (+45, (45), (+45))', () => {
  const t = 'Tlf. +4523456789, (45) 23 45 67 89 og (+45)23456789';
  const ctx = new ScanContext(t, {});
  assert.deepEqual(scanned(PHONE_FORM, ctx, 0, t.length, 1 << 20), plain(PHONE, t, 0, t.length));
  assert.equal(scanned(PHONE_FORM, ctx, 0, t.length, 1 << 20).length, 3);
});
