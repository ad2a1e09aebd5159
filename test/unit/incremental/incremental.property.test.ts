// The incremental engine must give exactly what a full scan gives, after every edit of a random edit sequence:
// typing, deleting, pasting identifiers, splitting them, and editing structure (a CSV header, an SQL column list).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect, cprRules } from '../../../server/src/core';
import { IncrementalDetection } from '../../../server/src/core/incremental/incrementalDetection';

/** A CPR-shaped number with a real date and a valid check digit (synthetic). */
const cprArb = fc
  .record({ year: fc.integer({ min: 1930, max: 2020 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), serial: fc.integer({ min: 0, max: 99 }), dash: fc.boolean() })
  .map(({ year, month, day, serial, dash }) => {
    const yy = year % 100;
    const d7 = [...Array(10).keys()].find((x) => cprRules.cprFullYear(yy, x) === year)!;
    const prefix = String(day).padStart(2, '0') + String(month).padStart(2, '0') + String(yy).padStart(2, '0') + d7 + String(serial).padStart(2, '0');
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += cprRules.MOD11_WEIGHTS[i]! * Number(prefix[i]);
    const check = (11 - (sum % 11)) % 11;
    const digits = prefix + (check === 10 ? 0 : check); // check 10: a mod-11 failure, still a useful case
    return dash ? `${digits.slice(0, 6)}-${digits.slice(6)}` : digits;
  });

const FILLER = 'Patienten er set i ambulatoriet og har det godt. Ingen nye klager, fortsætter vanlig behandling.\n';

const noteLine = fc.tuple(fc.constantFrom('Pt. CPR-nr.: ', 'Ordrenr. ', 'personnummer\n', 'Kontrol ', 'cpr=', '"cpr": "', 'Faktura ', ''), cprArb).map(([cue, c]) => `${cue}${c}\n`);

/** A clinical note: identifier lines between paragraphs of filler, long enough that edits are local. */
const noteArb = fc.array(fc.oneof(noteLine, fc.integer({ min: 1, max: 40 }).map((n) => FILLER.repeat(n))), { minLength: 5, maxLength: 30 }).map((p) => p.join(''));

/** A CSV export with a header naming the columns; long enough that rows lie far below the header. */
const csvArb = fc.tuple(fc.constantFrom('id;cpr;navn', 'ordre,kunde,tal', 'name|personnr|note'), fc.array(fc.tuple(cprArb, fc.integer({ min: 0, max: 999 })), { minLength: 50, maxLength: 400 }))
  .map(([header, rows]) => {
    const d = header.includes(';') ? ';' : header.includes(',') ? ',' : '|';
    return header + '\n' + rows.map(([c, n], i) => (i % 2 ? `${n}${d}${c}${d}x` : `${c}${d}${n}${d}y`)).join('\n') + '\n';
  });

/** SQL: INSERT statements whose VALUES rows run further than the 4000-character column lookup. */
const sqlArb = fc.array(fc.tuple(fc.constantFrom('(id, cpr, name)', '(orderno, amount, note)'), fc.array(cprArb, { minLength: 20, maxLength: 200 })), { minLength: 1, maxLength: 3 })
  .map((stmts) => stmts.map(([cols, vals]) => `INSERT INTO t ${cols} VALUES\n` + vals.map((v, i) => `  (${i}, '${v}', 'n${i}')`).join(',\n') + ';\n' + FILLER.repeat(10)).join(''));

/** Where in the text an edit goes, as a fraction (uniform: fast-check's doubles favour the ends). */
const posArb = fc.integer({ min: 0, max: 999_999 }).map((x) => x / 1e6);

/** Markdown with pipe tables (a header names the cells of every row below) among notes mentioning CVR and birth dates. */
const markdownArb = fc.array(fc.oneof(
  fc.tuple(fc.constantFrom('| navn | cpr | tlf |', '| ordre | nummer |', '| a | personnr |'), fc.array(cprArb, { minLength: 5, maxLength: 300 }))
    .map(([h, rows]) => `${h}\n|---|---|---|\n` + rows.map((c, i) => `| n${i} | ${c} | x |`).join('\n') + '\n\n'),
  fc.constantFrom('Firma CVR 12345674 og 31415926.\n', 'Født 01.02.1980, fødselsdato 3. marts 1975.\n', 'Moms: DK 12345674\n'),
  fc.integer({ min: 1, max: 30 }).map((n) => FILLER.repeat(n)),
), { minLength: 3, maxLength: 12 }).map((p) => '# Notat\n\n\n' + p.join(''));

type Edit = { at: number; del: number; kind: 'type' | 'delete' | 'paste' | 'split' | 'structure' | 'header'; text: string };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: posArb, del: fc.constant(0), kind: fc.constant('type' as const), text: fc.constantFrom(...'0123456789-: \nabcæ,;|"\'') }),
  fc.record({ at: posArb, del: fc.integer({ min: 1, max: 12 }), kind: fc.constant('delete' as const), text: fc.constant('') }),
  fc.record({ at: posArb, del: fc.constant(0), kind: fc.constant('paste' as const), text: fc.tuple(fc.constantFrom(' CPR ', ' ', 'Ordrenr. ', '\ncpr-nr.:\n', ';'), cprArb).map(([a, b]) => a + b + ' ') }),
  fc.record({ at: posArb, del: fc.integer({ min: 0, max: 1 }), kind: fc.constant('split' as const), text: fc.constantFrom(' ', '\n', '-', '7', 'x') }),
  fc.record({ at: posArb, del: fc.integer({ min: 0, max: 4 }), kind: fc.constant('structure' as const), text: fc.constantFrom('INSERT INTO t (cpr, x) VALUES (', ')', ';', "'", 'cpr', 'VALUES', '\n', ',') }),
  fc.record({ at: posArb, del: fc.integer({ min: 0, max: 3 }), kind: fc.constant('header' as const), text: fc.constantFrom('cpr', ';', ',', '', 'x', '\n') }),
  fc.record({ at: posArb, del: fc.integer({ min: 0, max: 3 }), kind: fc.constant('structure' as const), text: fc.constantFrom('|', '\n|---|---|\n', ' CVR ', ' født ', 'org', '\n---\n', '| x | y |\n') }),
);

/** Turns an edit into [start, end, inserted] against the current text. */
function place(text: string, e: Edit): [number, number, string] {
  let at = Math.floor(e.at * text.length);
  if (e.kind === 'split') {
    // Inside the nearest digit run ahead, if any: split or change a number.
    const m = /\d{3,}/.exec(text.slice(at, at + 3000));
    if (m) at += m.index + Math.min(m[0].length - 1, 1 + Math.floor(e.at * 1000) % (m[0].length - 1));
  }
  if (e.kind === 'header') {
    const nl = text.indexOf('\n');
    at = Math.floor(e.at * (nl < 0 ? text.length : nl));
  }
  return [at, Math.min(text.length, at + e.del), e.text];
}

function check(docArb: fc.Arbitrary<string>, runs: number, seed: number): void {
  let compared = 0, withFindings = 0;
  fc.assert(
    fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), fc.constantFrom('plaintext', 'csv', 'sql', 'json'), (initial, edits, languageId) => {
      let text = initial;
      const engine = new IncrementalDetection(text, { languageId });
      assert.deepEqual(engine.findings(), detect(text, { languageId }));
      for (const e of edits) {
        const [s, end, ins] = place(text, e);
        text = text.slice(0, s) + ins + text.slice(end);
        engine.edit(s, end, ins.length, text);
        const expected = detect(text, { languageId });
        assert.deepEqual(engine.findings(), expected, `after ${e.kind} edit`);
        compared++;
        if (expected.length) withFindings++;
      }
    }),
    { seed, numRuns: runs },
  );
  // The comparison must have had something to compare.
  assert.ok(withFindings > compared / 2, `${withFindings} of ${compared} states had findings`);
}

test('random edits on clinical notes: incremental findings equal a full scan after every edit', () => {
  check(noteArb, 100, 42);
});

test('random edits on CSV exports, including the header: incremental equals a full scan', () => {
  check(csvArb, 60, 7);
});

test('random edits on SQL INSERTs, including column lists and quotes: incremental equals a full scan', () => {
  check(sqlArb, 60, 11);
});

test('random edits on Markdown pipe tables and notes with CVR and birth words: incremental equals a full scan', () => {
  check(markdownArb, 60, 13);
});

test('breaking a long pipe table far above its rows re-detects the rows (the header no longer applies)', () => {
  const rows = Array.from({ length: 400 }, (_, i) => `| n${i} | 070761-4285 | x |`).join('\n');
  const text = '# Notat\n\n\n| navn | cpr | tlf |\n|---|---|---|\n' + rows + '\n';
  const engine = new IncrementalDetection(text, { languageId: 'markdown' });
  assert.deepEqual(engine.findings(), detect(text, { languageId: 'markdown' }));
  const rule = text.indexOf('|---|');
  const next = text.slice(0, rule) + 'ingen tabel' + text.slice(rule + '|---|---|---|'.length);
  engine.edit(rule, rule + '|---|---|---|'.length, 'ingen tabel'.length, next);
  const expected = detect(next, { languageId: 'markdown' });
  assert.notDeepEqual(expected.at(-1)!.confidence, detect(text, { languageId: 'markdown' }).at(-1)!.confidence, 'the header mattered');
  assert.deepEqual(engine.findings(), expected);
});

test('an edit far from the structure re-detects only a small region', () => {
  const text = 'Notat\n\n\n' + FILLER.repeat(2000) + 'CPR-nr.: 070761-4285\n' + FILLER.repeat(2000);
  const engine = new IncrementalDetection(text);
  assert.equal(engine.findings().length, 1);
  const before = engine.stats.detectedChars;
  const at = text.indexOf('CPR-nr.');
  const next = text.slice(0, at) + 'x' + text.slice(at);
  engine.edit(at, at, 1, next);
  const found = engine.findings();
  assert.equal(found.length, 1);
  assert.equal(found[0]!.start, next.indexOf('070761'));
  const rescanned = engine.stats.detectedChars - before;
  assert.ok(rescanned < 12_000, `re-detected ${rescanned} of ${next.length} characters`);
});

test('stale regions are worked off in bounded steps, and edits in between are folded in', () => {
  const text = ('Pt. CPR-nr.: 070761-4285\n' + FILLER.repeat(50)).repeat(200);
  const engine = new IncrementalDetection(text);
  assert.equal(engine.step(100_000, 50_000), false, 'one step does not finish a ~1 MB text');
  const at = 500_000;
  const next = text.slice(0, at) + ' CPR 070761-4285 ' + text.slice(at);
  engine.edit(at, at, 17, next);
  while (!engine.step(100_000, 50_000));
  assert.deepEqual(engine.findings(), detect(next));
});
