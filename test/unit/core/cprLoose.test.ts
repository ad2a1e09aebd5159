// CPR numbers as OCR and dictation leave them: letters for digits, stray spaces, misplaced dashes, line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect, cprRules } from '../../../server/src/core';
import { OCR_DIGIT_FOR, readLooseCpr } from '../../../server/src/core/cpr/looseReader';
import { validCprArb } from '../helpers/arbitraries';

const cprs = (text: string, window?: { start: number; end: number }) => detect(text, { window }).filter((f) => f.type === 'cpr');

/** Asserts exactly one CPR finding covering `value` as written inside `text`. */
function assertFound(text: string, value: string, label = value): void {
  const f = cprs(text);
  assert.equal(f.length, 1, `${label}: ${f.length} findings`);
  const start = text.indexOf(value);
  assert.deepEqual([f[0]!.start, f[0]!.end], [start, start + value.length], `${label}: span`);
}

// 070761-4285 is a valid number (real date, modulus-11); 010180-1234 is on a no-modulus-11 date.
test('OCR letter confusions inside the number are read as digits, with the whole token as range', () => {
  for (const v of ['O70761-4285', '07O761-4285', 'o70761-4285', 'D70761-4285', '070761-42B5', '07076l-4285', '07076I-4285', '07076|-4285', '0707G1-4285', '0707b1-4285', '070761-4Z85', '070761-428S', 'O7O76l-4285']) {
    assertFound(`CPR-nr.: ${v}\n`, v);
  }
  assertFound('CPR: 01O18O-l234\n', '01O18O-l234');
});

test('the reasons name the corrections but never the digits', () => {
  const f = cprs('CPR-nr.: O7076l-4285')[0]!;
  assert.ok(f.reasons.some((r) => r.rule === 'cpr.ocr' && /2 letters/.test(r.text)));
  for (const r of f.reasons) assert.ok(!/O7076l|4285|7076/.test(r.text), r.text);
});

test('spaces, odd separators and a misplaced dash', () => {
  for (const v of ['0 70761-4285', '0707 61-4285', '07 0761-4285', '070761 - 4285', '070761.4285', '070761_4285', '070761  4285', '070761 .4285', '07076-14285', '0707614-285', '0707-614285', '070761- 4285', '070761 -4285']) {
    assertFound(`Cpr.nr. ${v}\n`, v);
  }
});

test('split over a line break at a hyphen', () => {
  assertFound('CPR-nr.: 070761-\n4285 er oplyst', '070761-\n4285');
  assertFound('CPR-nr.: 070761-\r\n  4285 er oplyst', '070761-\r\n  4285');
  // A bare line break ends a number: two lines of digits are two things.
  assert.equal(cprs('Konto 070761\n4285 kr').length, 0);
});

test('dictated groups', () => {
  for (const v of ['07 07 61 4285', '07.07.61-4285', '07-07-61-4285', '07.07.61 4285']) assertFound(`Pt. oplyser ${v}.`, v);
});

test('a corrected reading must still pass the CPR rules', () => {
  // Same layouts, but the check digit is wrong (4286) or the date impossible (32nd day).
  for (const v of ['O70761-4286', '0707 61-4286', '07076-14286', '3Z0761-4285', '32 07 61 4285']) {
    assert.equal(cprs(`Nummer ${v} her`).length, 0, v);
  }
  // Mistyped but clean-looking: reported only with context, as before.
  assert.equal(cprs('CPR-nr.: 07 07 61 4286').length, 1);
  // An OCR reading failing modulus-11 is not rescued by context: letters plus context would let too much through.
  assert.equal(cprs('CPR-nr.: O70761-4286').length, 0);
});

test('OCR readings without context are reported, but weaker than with context', () => {
  const bare = cprs('Nummer O70761-4285 her')[0]!;
  const labelled = cprs('CPR: O70761-4285 her')[0]!;
  assert.ok(bare.confidence < 0.8 && bare.confidence >= 0.5, String(bare.confidence));
  assert.ok(labelled.confidence >= 0.8, String(labelled.confidence));
});

test('not read loosely: words, longer numbers, phone groups, ISBNs, too many letters', () => {
  assert.equal(readLooseCpr('SOS lOO', 0), undefined);
  for (const t of ['+45 07 07 61 42 85', '978-07-07-61428-5', '07 07 61 4285 12', 'Tlf 12 07 07 61 4285', 'OlO7Gl-4Z85', 'ab070761-4285', '070761-4285x9']) {
    assert.equal(cprs(t).length, 0, t);
  }
});

test('honours the scan window', () => {
  const text = 'CPR: O70761-4285 og CPR: 07 07 61 4285.';
  assert.equal(cprs(text).length, 2);
  const second = text.indexOf('07 07');
  const inWindow = cprs(text, { start: second, end: text.length });
  assert.equal(inWindow.length, 1);
  assert.equal(inWindow[0]!.start, second);
});

test('property: a valid number with OCR noise and context is found with its exact span', () => {
  const letters = Object.entries(OCR_DIGIT_FOR);
  fc.assert(
    fc.property(validCprArb, fc.array(fc.nat(9), { maxLength: 3 }), fc.nat(8), fc.constantFrom(' ', '-', ' - ', '.', '  '), (ten, subs, cut, sep) => {
      const chars = [...ten];
      for (const i of subs) {
        const options = letters.filter(([, d]) => d === chars[i]);
        if (options.length) chars[i] = options[(i * 7) % options.length]![0];
      }
      const at = cut + 1;
      const value = chars.slice(0, at).join('') + sep + chars.slice(at).join('');
      const text = `Navn: X\nCPR-nr.: ${value}\nAdresse: Y`;
      const f = cprs(text);
      const start = text.indexOf(value);
      return f.length === 1 && f[0]!.start === start && f[0]!.end === start + value.length;
    }),
    { seed: 11, numRuns: 400 },
  );
});

test('property: loose layouts of digit strings that break a rule are never reported without context', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9]{10}$/), fc.nat(8), fc.constantFrom(' ', ' - ', '.', '  ', '_'), (ten, cut, sep) => {
      const a = cprRules.analyseCpr(ten);
      if (a.realDate && (a.mod11 || a.noMod11Date)) return true;
      const value = ten.slice(0, cut + 1) + sep + ten.slice(cut + 1);
      return cprs(`Nummer ${value} her.`).length === 0;
    }),
    { seed: 5, numRuns: 1500 },
  );
});

test('long adversarial runs of digit-like characters are scanned without blowing up', () => {
  // Every start reads a bounded stretch: this would take minutes if the scan were quadratic or backtracking.
  const noise = 'O1 l2 S3 B4 Z5 - . _ '.repeat(20000);
  assert.ok(Array.isArray(cprs(noise)));
});

test('table borders and brackets around a noisy number are not read as digits', () => {
  assertFound('|O70761-4285|', 'O70761-4285');
  assertFound('[070761 - 4285]', '070761 - 4285');
  // A leading | that is a misread 1 is still read as one (170761-3005 is valid; 070761-3005 is not).
  assertFound('CPR: |70761-3005\n', '|70761-3005');
});

test('adjacent columns of a tab-separated table are not joined into one number', () => {
  assert.equal(cprs('postnr\tår\n070761\t4285\n').length, 0);
});
