// The name detector reads its words with a hand-written scanner (core/name/nameWordScan.ts) instead of a global
// \p{…} regex with a lookbehind. Each property here holds a fast form to the plain form it replaced, written out
// below as the oracle: the regex NAME_WORD, read with exec as the detector used to read it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NAME_WORD, NameWordScanner, nameWordEndAt, nameWordStartsAt } from '../../../server/src/core/name/nameWordScan';
import { CHAR_CLASS, codePointClass, unitClass } from '../../../server/src/core/name/charClass';
import { detect } from '../../../server/src/core';
import { NAME_PARTICLES } from '../../../server/src/core/name/nameLexicon';

const RUNS = { numRuns: 3000, seed: 20261123 };

interface Word { start: number; end: number; particle: boolean; initial: boolean }


/** The detector's words as it read them before the scanner: NAME_WORD.exec from `from`, starting before `to`. */
function wordsByRegex(text: string, from: number, to: number): Word[] {
  const re = new RegExp(NAME_WORD.source, 'gu');
  const out: Word[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const word = m[0];
    const particle = NAME_PARTICLES.has(word);
    const initial = !particle && word.length === 1 && (text[start + 1] === '.' || (text[start + 1] === ' ' && /\p{Lu}/u.test(text[start + 2] ?? '')));
    const dot = initial && text[start + 1] === '.';
    out.push({ start, end: dot ? start + 2 : start + word.length, particle, initial });
    if (dot) re.lastIndex = start + 2;
  }
  return out;
}

/** The detector's rule for two neighbouring words being one run (nameDetector.ts `joins`). */
function joins(text: string, prev: Word, start: number): boolean {
  const gap = text.slice(prev.end, start);
  return gap === ' ' || gap === '\u00A0' || (prev.initial && gap === '');
}

/** The words of runs that hold a capitalised word (a run of particles alone names nobody). */
function wordsThatMatter(text: string, words: Word[]): Word[] {
  const out: Word[] = [];
  let run: Word[] = [];
  const flush = (): void => {
    if (run.some((w) => !w.particle)) out.push(...run);
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    if (prev && !joins(text, prev, w.start)) flush();
    run.push(w);
  }
  flush();
  return out;
}

function wordsByScanner(text: string, from: number, to: number): Word[] {
  const s = new NameWordScanner(text, from, to);
  const out: Word[] = [];
  while (s.next()) out.push({ start: s.start, end: s.end, particle: s.particle, initial: s.initial });
  return out;
}

/** Pieces that meet at every edge of the word rules: articles, particles, initials, apostrophes, marks, surrogates. */
const PIECES = [
  'Anne', 'Jensen', 'van', 'de', 'der', 'den', 'la', 'al', 'el', 'ul', 'abu', 'bin', 'bint', 'ibn', 'ben', 'ter', 'dos', 'vanx', 'xde',
  'al-Hassan', 'al-hassan', 'el-', 'bint-Ali', 'Abu-Bakr', "O'Brien", 'd’Artagnan', "l'", 'Holm-Nielsen', 'K.', 'K', 'K.J.', 'A.B',
  ' ', ' ', ' ', '  ', '\u00A0', '-', "'", '’', '.', ',', '\n', ':', '_', '1', 'x', 'é', 'É', 'Æ', 'ø', 'ß', 'e\u0301', 'E\u0301',
  '\u{1D400}', '\u{1D41A}', '\u{10400}', '\uD835', '\uDC00', '×', 'DE', 'De', 'İ', 'ǅ', 'Ⅻ', '\u2019s',
];
/** Mostly capitalised words, particles and initials between the gaps that join them, so runs form often. */
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('Anne', 'Jensen', 'van', 'de', 'der', 'al', 'bin', 'al-Hassan', 'K.', 'K', 'É') },
  { weight: 5, arbitrary: fc.constantFrom(' ', ' ', '\u00A0', '') },
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
);
const textArb = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

test('property: the scanner gives the regex\'s words, less runs of particles alone, for any start and end', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
      const from = a % (text.length + 1);
      const to = b % (text.length + 2);
      assert.deepEqual(wordsByScanner(text, from, to), wordsThatMatter(text, wordsByRegex(text, from, to)));
    }),
    RUNS,
  );
});

test('property: nameWordStartsAt and nameWordEndAt answer the regex made sticky at any code point', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const sticky = new RegExp(NAME_WORD.source, 'uy');
      for (let i = 0; i <= text.length; i++) {
        // (Between the halves of a pair a /u regex starts at the pair; the detector never asks there.)
        if (/[\uDC00-\uDFFF]/.test(text[i] ?? '') && /[\uD800-\uDBFF]/.test(text[i - 1] ?? '')) continue;
        sticky.lastIndex = i;
        const m = sticky.exec(text);
        assert.equal(nameWordStartsAt(text, i), m !== null, `at ${i}`);
        if (m) assert.equal(nameWordEndAt(text, i), i + m[0].length, `end at ${i}`);
      }
    }),
    { numRuns: 1000, seed: 20261123 },
  );
});

test('the particles of NAME_WORD are NAME_PARTICLES', () => {
  const inRegex = /\|\(\?:((?:[a-z]+\|)+[a-z]+)\)\(\?!/.exec(NAME_WORD.source)![1]!.split('|');
  assert.deepEqual(new Set(inRegex), NAME_PARTICLES);
});

test('every upper-case letter, in and beyond the Basic Multilingual Plane, starts a word after a space', () => {
  const samples: number[] = [];
  for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) samples.push(cp);
  for (let cp = 0x10000; cp < 0x20000; cp += 7) samples.push(cp);
  samples.push(0x1d400, 0x1d7ca, 0x1e900);
  for (const cp of samples) {
    const ch = String.fromCodePoint(cp);
    if (!/\p{Lu}/u.test(ch)) continue;
    const words = wordsByScanner(` ${ch}`, 0, 3);
    assert.equal(words.length, 1, `U+${cp.toString(16)}`);
    assert.equal(words[0]!.start, 1, `U+${cp.toString(16)}`);
  }
});

test('the character table answers the regexes it was filled from, for every code unit', () => {
  const { LETTER, UPPER, MARK, NUMBER, LOWER, SPACE } = CHAR_CLASS;
  for (let u = 0; u < 0x10000; u++) {
    const ch = String.fromCharCode(u);
    const c = unitClass(u);
    assert.equal((c & LETTER) !== 0, /\p{L}/u.test(ch));
    assert.equal((c & UPPER) !== 0, /\p{Lu}/u.test(ch));
    assert.equal((c & MARK) !== 0, /\p{M}/u.test(ch));
    assert.equal((c & NUMBER) !== 0, /\p{N}/u.test(ch));
    assert.equal((c & LOWER) !== 0, /\p{Ll}/u.test(ch));
    assert.equal((c & SPACE) !== 0, /\s/u.test(ch));
  }
  assert.equal(codePointClass(0x1d400) & UPPER, UPPER);
  assert.equal(codePointClass(0x1d41a) & (UPPER | LETTER), LETTER);
});

test('a particle the scanner leaves out still counts as the word before an upper-case particle', () => {
  // VON is a particle only right after an upper-case name word (HANSEN); a lone "de" in between is the word before
  // it, as NAME_WORD read the text, though no run keeps "de". Mutation-checked: ignoring the word between reports
  // "VON Hansen" in the first text too.
  assert.deepEqual(detect('HANSEN: de. fru VON Hansen').filter((f) => f.type === 'name'), []);
  assert.deepEqual(detect('HANSEN: xx. fru VON Hansen').filter((f) => f.type === 'name').map((f) => [f.start, f.end]), [[16, 26]]);
});

test('only A-Z and the Kelvin sign lower-case to ASCII letters (isUpperCaseParticle tests the length first)', () => {
  const others: number[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (/^[a-z]+$/.test(ch.toLowerCase()) && !/^[A-Za-z]$/.test(ch)) others.push(cp);
  }
  assert.deepEqual(others, [0x212a]);
  assert.ok([...NAME_PARTICLES].every((p) => /^[a-jl-z]{2,4}$/.test(p)));
});
