// Mask styles, and redact-then-scan over generated documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyRedactionEdits, cprRules, detect, redactionEdits, redactValue, STRONG_CONFIDENCE, TEST_DATA_CONFIDENCE, type RedactOptions } from '../../../server/src/core';

test('mask styles: full, keepBirthDate (CPR only), tag', () => {
  assert.equal(redactValue('cpr', '010180-1234', { mode: 'mask' }), 'XXXXXX-XXXX');
  assert.equal(redactValue('cpr', '010180-1234', { mode: 'mask', maskStyle: 'keepBirthDate' }), '010180-XXXX');
  assert.equal(redactValue('cpr', '0101801234', { mode: 'mask', maskStyle: 'keepBirthDate', maskChar: '*' }), '010180****');
  assert.equal(redactValue('phone', '20 12 34 56', { mode: 'mask', maskStyle: 'keepBirthDate' }), 'XX XX XX XX', 'other types: full');
  assert.equal(redactValue('cpr', '010180-1234', { mode: 'mask', maskStyle: 'tag' }), '[CPR]');
  assert.equal(redactValue('name', 'Jens Hansen', { mode: 'mask', maskStyle: 'tag' }), '[NAVN]');
});

function validCpr(rng: () => number): string {
  for (;;) {
    const year = 1900 + Math.floor(rng() * 120), month = 1 + Math.floor(rng() * 12), day = 1 + Math.floor(rng() * 28);
    const d7 = year < 2000 ? Math.floor(rng() * 4) : 4;
    const nine = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${d7}${String(Math.floor(rng() * 100)).padStart(2, '0')}`;
    for (let c = 0; c <= 9; c++) if (cprRules.passesMod11([...nine + c].map(Number))) return nine + c;
  }
}

const CUES = ['CPR-nr.', 'cpr:', 'Personnummer', 'pt.', '', 'Patient-id'];
/** Documents of CPR numbers among words, with and without cues and separators. */
const documents = fc.array(
  fc.record({ cue: fc.constantFrom(...CUES), sep: fc.constantFrom('', '-', ' '), seed: fc.integer(), filler: fc.constantFrom(' indlagt.', '\n', ', ', ' og ') }),
  { minLength: 1, maxLength: 8 },
).map((parts) => parts.map((p) => {
  let s = p.seed;
  const rng = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const d = validCpr(rng);
  return `${p.cue} ${d.slice(0, 6)}${p.sep}${d.slice(6)}${p.filler}`;
}).join(''));

for (const options of [
  { mode: 'mask' },
  { mode: 'mask', maskStyle: 'keepBirthDate' },
  { mode: 'mask', maskStyle: 'tag' },
  { mode: 'synthetic', key: 'c'.repeat(64), shiftBirthDate: true },
  { mode: 'synthetic', key: 'd'.repeat(64), shiftBirthDate: false },
] as RedactOptions[]) {
  test(`redact-then-scan finds no warning (${options.mode}${options.maskStyle ? ' ' + options.maskStyle : ''}${options.mode === 'synthetic' ? ' shift=' + options.shiftBirthDate : ''})`, () => {
    fc.assert(
      fc.property(documents, (text) => {
        const findings = detect(text);
        assert.ok(findings.length > 0);
        const out = applyRedactionEdits(text, redactionEdits(text, findings, options));
        const left = detect(out);
        assert.deepEqual(left.filter((f) => f.confidence >= STRONG_CONFIDENCE), [], 'no warnings');
        // Only known test data is left: synthetic CPR numbers follow the test-CPR convention (a Hint at most).
        for (const f of left) {
          assert.ok(f.confidence < TEST_DATA_CONFIDENCE, 'below the test-data confidence');
          assert.ok(f.reasons.some((r) => r.rule === 'cpr.testNumber'), 'recognised as a test number');
        }
        if (options.mode === 'mask') assert.deepEqual(left, [], 'masks leave nothing');
      }),
      { seed: 4242, numRuns: 150 },
    );
  });
}

test('applyRedactionEdits applies in order and refuses overlaps', () => {
  assert.equal(applyRedactionEdits('abcdef', [{ start: 4, end: 5, newText: 'X' }, { start: 0, end: 2, newText: 'YY' }]), 'YYcdXf');
  assert.throws(() => applyRedactionEdits('abcdef', [{ start: 0, end: 3, newText: '' }, { start: 2, end: 4, newText: '' }]));
});

/** Documents with phones, e-mail, CVR, IBAN and card numbers next to their cue words. */
const mixedDocuments = fc.array(
  fc.record({
    kind: fc.constantFrom('phone', 'mobile', 'email', 'cvr', 'iban', 'card'),
    digits: fc.stringMatching(/^[2-9]\d{15}$/),
    name: fc.stringMatching(/^[a-z]{3,8}$/),
  }),
  { minLength: 1, maxLength: 6 },
).map((parts) => parts.map(({ kind, digits, name }) => {
  switch (kind) {
    case 'phone': return `Tlf. +45 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6, 8)}.\n`;
    case 'mobile': return `mobil ${digits.slice(0, 8)}\n`;
    case 'email': return `e-mail ${name}.${name.slice(1)}${digits.slice(0, 2)}@gmail.com\n`;
    case 'cvr': return `CVR-nr. ${withCvrCheck(digits.slice(0, 7))}\n`;
    case 'iban': return `IBAN ${withIbanCheck('DK', digits.slice(0, 14))}\n`;
    default: return `Kortnr. ${withLuhn('4571' + digits.slice(0, 11))}\n`;
  }
}).join(''));

function withCvrCheck(seven: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  for (let c = 0; c <= 9; c++) {
    let s = c;
    for (let i = 0; i < 7; i++) s += w[i]! * Number(seven[i]);
    if (s % 11 === 0) return seven + c;
  }
  return seven + '0'; // no check digit exists for this prefix: not a CVR number, nothing to assert about
}
function withLuhn(fifteen: string): string {
  for (let c = 0; c <= 9; c++) {
    const d = fifteen + c;
    let s = 0;
    for (let i = 0; i < 16; i++) { let x = Number(d[15 - i]); if (i % 2) { x *= 2; if (x > 9) x -= 9; } s += x; }
    if (s % 10 === 0) return d;
  }
  throw new Error('unreachable');
}
function withIbanCheck(country: string, bban: string): string {
  const num = (bban + country + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let mod = 0;
  for (const ch of num) mod = (mod * 10 + Number(ch)) % 97;
  const check = String(98 - mod).padStart(2, '0');
  return `${country}${check} ${bban.slice(0, 4)} ${bban.slice(4, 8)} ${bban.slice(8, 12)} ${bban.slice(12)}`;
}

test('redact-then-scan over phones, e-mail, CVR, IBAN and cards: synthetic values are never reported again', () => {
  const options: RedactOptions = { mode: 'synthetic', key: 'e'.repeat(64), shiftBirthDate: true };
  let found = 0;
  const types = new Set<string>();
  fc.assert(
    fc.property(mixedDocuments, (text) => {
      const findings = detect(text);
      found += findings.length;
      for (const f of findings) types.add(f.type);
      const out = applyRedactionEdits(text, redactionEdits(text, findings, options));
      assert.deepEqual(detect(out).map((f) => `${f.type} ${out.slice(f.start, f.end)}`), [], 'nothing is reported in the redacted text');
    }),
    { seed: 777, numRuns: 150 },
  );
  assert.ok(found > 300, `the documents hold findings (${found})`);
  assert.deepEqual([...types].sort(), ['card', 'cvr', 'email', 'iban', 'phone'], 'every kind was found before redaction');
});

test('redact-then-scan over names, addresses and dates of birth: with the key, synthetic values come back as Hints only', async () => {
  const { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES, STREET_NAMES, POSTAL_TOWNS } = await import('../../../server/src/core/redact/data/danishLists');
  const key = 'f'.repeat(64);
  const options: RedactOptions = { mode: 'synthetic', key, shiftBirthDate: true };
  const person = fc.record({
    first: fc.constantFrom(...FEMALE_FIRST_NAMES.slice(0, 60), ...MALE_FIRST_NAMES.slice(0, 60)),
    second: fc.option(fc.constantFrom(...FEMALE_FIRST_NAMES.slice(0, 30)), { nil: undefined }),
    surname: fc.constantFrom(...SURNAMES.slice(0, 80)),
    title: fc.constantFrom('Hr.', 'Fru', 'Pt.'),
    day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1930, max: 2015 }),
    street: fc.constantFrom(...STREET_NAMES.slice(0, 50)), number: fc.integer({ min: 1, max: 199 }), town: fc.constantFrom(...POSTAL_TOWNS.slice(0, 50)),
  });
  const documents = fc.array(person, { minLength: 1, maxLength: 3 }).map((people) => people.map((p) => {
    const name = [p.first, p.second, p.surname].filter(Boolean).join(' ');
    const born = `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}.${p.year}`;
    return `Patient: ${name}, født ${born}, bor ${p.street} ${p.number}, ${p.town}.\n${p.title} ${p.surname} er informeret om planen.\n`;
  }).join('\n'));
  const types = new Set<string>();
  fc.assert(
    fc.property(documents, (text) => {
      const findings = detect(text, { ownMarkKey: key });
      for (const f of findings) types.add(f.type);
      const out = applyRedactionEdits(text, redactionEdits(text, findings.filter((f) => f.confidence >= TEST_DATA_CONFIDENCE), options));
      const left = detect(out, { ownMarkKey: key });
      assert.deepEqual(left.filter((f) => f.confidence >= TEST_DATA_CONFIDENCE).map((f) => f.type), [], 'no warning on a synthetic value');
      for (const f of left) assert.ok(f.reasons.some((r) => r.rule.startsWith('synthetic.own')), `${f.type} left without the own-value reason`);
    }),
    { seed: 5150, numRuns: 60 },
  );
  assert.deepEqual([...types].filter((t) => ['name', 'address', 'date-of-birth'].includes(t)).sort(), ['address', 'date-of-birth', 'name'], 'every kind was found before redaction');
});

test('a masked value is not reported again, and does not hand its cue word to the next number', () => {
  const text = 'E-mail: anne.jensen@gmail.com, CPR-nr. 070761-4285, 7209993645\n';
  const found = detect(text);
  assert.ok(found.some((f) => f.type === 'email') && found.some((f) => f.type === 'cpr'));
  assert.ok(!found.some((f) => text.slice(f.start, f.end) === '7209993645'), 'the cue belongs to the first number');
  const out = applyRedactionEdits(text, redactionEdits(text, found, { mode: 'mask' }));
  assert.match(out, /XXXX\.XXXXXX@XXXXX\.XXX/);
  assert.deepEqual(detect(out).map((f) => `${f.type} ${out.slice(f.start, f.end)}`), [], 'nothing is reported after masking');
});
