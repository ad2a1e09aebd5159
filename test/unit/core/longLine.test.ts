// Very long lines (issue 6/9): the incremental engine re-detects a long line chunk by chunk, and each chunk's work
// must not depend on how far into the line it lies — yet give exactly what a full scan gives. Each property compares
// a bounded form with the plain form it replaced (written out here) or with detect() over the whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detect } from '../../../server/src/core';
import { PrefixMentions, type Mention } from '../../../server/src/core/textFacts';
import { MENTIONS_CVR } from '../../../server/src/core/cvr/cvrDetector';
import { MENTIONS_BIRTH } from '../../../server/src/core/dateOfBirth/dateOfBirthDetector';
import { csvLike, endOfFirstLines, LONG_LINE, snapBack, snapForward, touchesStructure } from '../../../server/src/core/incremental/reach';
import { IncrementalDetection } from '../../../server/src/core/incremental/incrementalDetection';

const RUNS = { numRuns: 200, seed: 20261123 };
const DIGIT: Mention = { pattern: /[0-9]/, reads: 1 };

/** Words of one long line of prose: name words, particles, initials, lower-case words, no commas or digits for long stretches. */
const PROSE = [
  'lorem ', 'ipsum ', 'dolor ', 'Anne ', 'Jensen ', 'Bo ', 'van ', 'de ', 'K. ', 'K ', 'al-Hassan ', "d'Artagnan ", 'Holm-Nielsen ',
  'Parkinsons ', 'sygdom ', 'hr. ', 'Pt.: ', 'Mvh. ', 'og\u00A0', 'Bodil\u00A0', 'Kofoed ', ' ', 'x', 'é ', 'født ', '12.03.1961 ',
  'sygeplejerske ', 'lorem ipsum dolor sit amet '.repeat(14), 'Bo '.repeat(120),
];
const proseLine = (maxParts: number) => fc.array(fc.constantFrom(...PROSE), { maxLength: maxParts }).map((p) => p.join(''));

test('property: on a long line of prose, a window gives the same findings as a full scan, for findings starting in it', () => {
  fc.assert(
    fc.property(proseLine(80), fc.nat(), fc.nat(), (text, a, b) => {
      const start = a % (text.length + 1), end = start + (b % (text.length - start + 1));
      const full = detect(text).filter((f) => f.start >= start && f.start < end);
      assert.deepEqual(detect(text, { window: { start, end } }), full);
    }),
    RUNS,
  );
});

test('property: on a long line without breaks, a window starting at any word gives the same findings as a full scan', () => {
  // Only letters and spaces after a long filler: the name detector must find where a run of name words can start
  // from the words themselves (a particle or name word never ends a run; a plain lower-case word does).
  const words = ['Anne ', 'Jensen ', 'van ', 'de ', 'der ', 'K. ', 'K ', "d'Artagnan ", 'al-Hassan ', 'lorem ', 'ipsum ', 'Bo ', 'sygdom ', 'Parkinsons ', 'og\u00A0', 'é ', ' ', 'hr. ', 'Kirstens ', 'Bakke ', 'Møllers ', 'Have ', 'Bo Bo Bo Bo Bo ', 'Anne Bo van '];
  const line = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }).map((p) => 'lorem ipsum dolor sit amet '.repeat(12) + p.join(''));
  fc.assert(
    fc.property(line, fc.nat(), fc.nat(), (text, a, b) => {
      const starts = [...text.matchAll(/(?<=[ \u00A0])\S/gu)].map((m) => m.index!).filter((i) => i > 300);
      const start = starts[a % starts.length]!, end = start + 1 + (b % (text.length - start));
      const full = detect(text).filter((f) => f.start >= start && f.start < end);
      assert.deepEqual(detect(text, { window: { start, end } }), full);
    }),
    { numRuns: 500, seed: 20261123 },
  );
});

test('property: PrefixMentions answers pattern.test(prefix) for any prefix, through edits', () => {
  // Whole matches, and halves that an edit completes (so a match straddles what was known clear).
  const fragments = ['cvr', 'CVR', 'dk 1', 'DK-', 'se n', 'xse-n', 'moms', 'virksomhed', 'company', 'født', 'foedsel', 'f.', 'af.', 'd.o.b', 'born', '7', 'rksomhed', 'ksomhed', 'mpany', 'edsel'];
  // Mostly filler, so that a text's first match (and what a wrong `reads` would miss) often lies far in.
  const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('lorem ', 'x', ' ') }, { weight: 1, arbitrary: fc.constantFrom(...fragments) });
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
  const op = fc.oneof(
    fc.record({ query: fc.nat() }),
    fc.record({ query: fc.nat() }),
    fc.record({ at: fc.nat(), removed: fc.nat({ max: 12 }), inserted: fc.oneof(text, fc.constantFrom('1', 'c', 'r', 'v', '.', 'd', 'k', 'n', 'o', ' ', '', 'vi', 'virk', 'co', 'com', 'fo', 'foe')) }),
  );
  fc.assert(
    fc.property(text, fc.array(op, { minLength: 1, maxLength: 24 }), (initial, ops) => {
      const mentions = new PrefixMentions();
      let current = initial;
      for (const o of ops) {
        if ('query' in o) {
          const prefix = current.slice(0, o.query % (current.length + 1));
          for (const m of [MENTIONS_CVR, MENTIONS_BIRTH, DIGIT]) {
            assert.equal(mentions.test(m, prefix), m.pattern.test(prefix), `${m.pattern} on ${prefix.length} of ${current.length}`);
          }
        } else {
          const start = o.at % (current.length + 1), end = Math.min(current.length, start + o.removed);
          current = current.slice(0, start) + o.inserted + current.slice(end);
          mentions.edit(start, end, o.inserted.length - (end - start));
        }
      }
    }),
    { numRuns: 3000, seed: 20261123 },
  );
});

test('PrefixMentions: a match that an edit completes across text known to be clear is found (the case random edits rarely hit)', () => {
  const before = 'lorem '.repeat(10) + 'rksomhed' + ' lorem'.repeat(5);
  const mentions = new PrefixMentions();
  assert.equal(mentions.test(MENTIONS_CVR, before), false); // all of it known clear
  const at = before.indexOf('rksomhed');
  const after = before.slice(0, at) + 'vi' + before.slice(at);
  mentions.edit(at, at, 2); // known: [0, at) and the moved rest are clear; the match straddles their border
  assert.equal(mentions.test(MENTIONS_CVR, after.slice(0, at + 5)), false); // inside "virksomhed": no match ends yet
  assert.equal(mentions.test(MENTIONS_CVR, after), true);
  assert.equal(mentions.test(MENTIONS_CVR, after.slice(0, at + 10)), true);
  assert.equal(mentions.test(MENTIONS_CVR, after.slice(0, at + 9)), false);
});

/** snapBack / snapForward as they were: unbounded newline searches, then the LONG_LINE test. */
function referenceSnapBack(text: string, offset: number, extraLines: number, unbounded = false): number {
  let at = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i <= extraLines && at > 0; i++) {
    const from = i === 0 ? at - 1 : at - 2;
    const lineStart = from < 0 ? 0 : text.lastIndexOf('\n', from) + 1;
    if (!unbounded && offset - lineStart > LONG_LINE) return at;
    at = lineStart;
  }
  return at;
}
function referenceSnapForward(text: string, offset: number, extraLines: number, unbounded = false): number {
  let at = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i <= extraLines && at < text.length; i++) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    if (!unbounded && lineEnd - offset > LONG_LINE) return at;
    at = lineEnd;
  }
  return at;
}

test('property: line snapping with bounded newline searches equals the unbounded form', () => {
  // Lines around LONG_LINE long, so that every edge of the bound is met.
  const line = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: LONG_LINE - 40, max: LONG_LINE + 40 }), fc.integer({ min: 0, max: 3 * LONG_LINE }));
  const text = fc.array(line, { maxLength: 6 }).map((lengths) => lengths.map((n) => 'x'.repeat(n)).join('\n'));
  fc.assert(
    fc.property(text, fc.integer({ min: -5, max: 4 * LONG_LINE }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (t, offset, extra, unbounded) => {
      const near = [offset, offset % (t.length + 1), t.lastIndexOf('\n', offset) + LONG_LINE + 1, t.indexOf('\n', Math.max(0, offset)) - LONG_LINE];
      for (const o of near) {
        assert.equal(snapBack(t, o, extra, unbounded), referenceSnapBack(t, o, extra, unbounded), `snapBack ${o}`);
        assert.equal(snapForward(t, o, extra, unbounded), referenceSnapForward(t, o, extra, unbounded), `snapForward ${o}`);
      }
    }),
    RUNS,
  );
});

/** touchesStructure and csvLike as they were: unbounded newline searches. */
function referenceTouchesStructure(oldText: string, newText: string, start: number, oldEnd: number, newEnd: number): boolean {
  const TABLE_LINE = /\||^\s*:?-{3,}/m;
  const linesAround = (text: string, from: number, to: number) => {
    const lo = Math.max(text.lastIndexOf('\n', from - 1) + 1, from - LONG_LINE);
    const nl = text.indexOf('\n', to);
    return text.slice(Math.max(0, lo), Math.min(nl < 0 ? text.length : nl, to + LONG_LINE));
  };
  if (TABLE_LINE.test(linesAround(oldText, start, oldEnd)) || TABLE_LINE.test(linesAround(newText, start, newEnd))) return true;
  for (const text of [oldText, newText]) {
    const firstEnd = endOfFirstLines(text, 1);
    if (start < Math.min(firstEnd, 8192)) return true;
    // The header lines: a title block of up to two lines, the header, the line that confirms it, and one more.
    if (firstEnd <= 8192 && start < endOfFirstLines(text, 5)) return true;
  }
  return false;
}
function referenceCsvLike(text: string): boolean {
  // The first line, or one of the two below it (a header under a title block), holds a delimiter in its first 8,192
  // characters; a line longer than that ends the look.
  let rest = text;
  for (let k = 0; k < 3; k++) {
    const nl = rest.indexOf('\n');
    if (/[;,\t|]/.test((nl < 0 ? rest : rest.slice(0, nl)).slice(0, 8192))) return true;
    if (nl < 0 || nl >= 8192) return false;
    rest = rest.slice(nl + 1);
  }
  return false;
}

test('property: the edit-time structure checks with bounded newline searches equal the unbounded form', () => {
  // Lines around the 8,192 header limit and LONG_LINE, pipes and delimiters placed near the bounds.
  const length = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 8180, max: 8200 }), fc.integer({ min: LONG_LINE - 20, max: LONG_LINE + 20 }), fc.integer({ min: 0, max: 2 * LONG_LINE }));
  const line = fc.tuple(length, fc.constantFrom('', '|', ';', '---'), fc.nat()).map(([n, mark, at]) => {
    const body = 'x'.repeat(n);
    const i = n ? at % n : 0;
    return body.slice(0, i) + mark + body.slice(i);
  });
  const text = fc.array(line, { maxLength: 5 }).map((ls) => ls.join('\n'));
  fc.assert(
    fc.property(text, fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', 'y', '|', '\n', 'a;b'), (old, at, removed, inserted) => {
      const start = at % (old.length + 1), oldEnd = Math.min(old.length, start + removed);
      const next = old.slice(0, start) + inserted + old.slice(oldEnd);
      const newEnd = start + inserted.length;
      assert.equal(touchesStructure(old, next, start, oldEnd, newEnd), referenceTouchesStructure(old, next, start, oldEnd, newEnd));
      assert.equal(csvLike(next), referenceCsvLike(next));
    }),
    RUNS,
  );
});

test('property: the engine over one long line (many chunks) equals detect(), before and after an edit', () => {
  const CPR = '070761-4285';
  const piece = fc.oneof(proseLine(12), fc.constantFrom(`CPR ${CPR} `, `cvr 12345674 `, 'født 12.03.1961 ', `${CPR}`));
  const line = fc.array(piece, { minLength: 20, maxLength: 60 }).map((p) => p.join('').repeat(40).replace(/\n/g, ' '));
  fc.assert(
    fc.property(line, fc.nat(), fc.constantFrom('', ' ', 'Anne Jensen ', CPR, 'x,'), (text, at, inserted) => {
      const engine = new IncrementalDetection(text);
      while (!engine.step(4096, 4096));
      assert.deepEqual(engine.findings(), detect(text));
      const start = at % (text.length + 1);
      const next = text.slice(0, start) + inserted + text.slice(start);
      engine.edit(start, start, inserted.length, next);
      while (!engine.step(4096, 4096));
      assert.deepEqual(engine.findings(), detect(next));
    }),
    { numRuns: 15, seed: 20261123 },
  );
});
