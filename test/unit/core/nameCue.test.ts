// nameCueBefore stops at a word that ends no cue phrase before reading further words (most capitalised runs follow
// an ordinary word). The plain form it was, written out below, is the oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CUE_PHRASES, GREETINGS, nameCueBefore, opensLine } from '../../../server/src/core/name/nameContext';

const CUES = new Set(CUE_PHRASES);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CUE_REACH = 48;

/** nameCueBefore before the shortcut: the separators, up to four words read backwards, each phrase looked up. */
function plainCueBefore(text: string, start: number): string | undefined {
  const limit = Math.max(0, start - CUE_REACH);
  let i = start;
  let newlines = 0;
  let colon = false;
  while (i > limit) {
    const c = text[i - 1]!;
    if (c === ' ' || c === '\t' || c === '.' || c === ',' || c === '\r' || c === '|') i--;
    else if (c === ':') { colon = true; i--; }
    else if (c === '\n' && newlines < 2) { newlines++; i--; }
    else break;
  }
  const words: string[] = [];
  const starts: number[] = [];
  let j = i;
  while (words.length < 4 && j > limit) {
    let e = j;
    if (words.length > 0 && text[e - 1] === '.') e--;
    let b = e;
    while (b > limit && WORD_CHAR.test(text[b - 1]!)) b--;
    if (b === e || (b === limit && limit > 0 && WORD_CHAR.test(text[b - 1]!))) break;
    words.unshift(text.slice(b, e).toLowerCase());
    starts.unshift(b);
    let g = b;
    while (g > limit && (text[g - 1] === ' ' || text[g - 1] === '\t')) g--;
    if (g === b) break;
    j = g;
  }
  for (let k = words.length; k >= 1; k--) {
    const key = words.slice(words.length - k).join(' ').replace(/^1 reservelæge$/u, '1. reservelæge');
    if (CUES.has(key)) {
      if (newlines > 0 && !colon && !GREETINGS.has(key)) return undefined;
      // The word for name itself is a label only without a comma or full stop after it (`name, Class` in code).
      if (/[.,]/.test(text.slice(i, start)) && !colon && /(?:name|navn)$/u.test(key)) return undefined;
      return text.slice(starts[words.length - k]!, i).replace(/\s+/gu, ' ').replace(/[.:,]+$/u, '');
    }
  }
  return undefined;
}

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CUE_PHRASES, 'Pt.', 'MVH', 'Hr.', '1. Reservelæge', 'İ', 'x'.repeat(40)) },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', ': ', '.', ', ', '\n', '\r\n', '\t', '', ' | ') },
  { weight: 2, arbitrary: fc.constantFrom('og', 'Anne', 'lorem', '12', 'é', '\u{1D400}', 'ipsum dolor', '-') },
);
const textArb = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));

test('property: nameCueBefore finds what the plain phrase lookup finds, at every position', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      for (let start = 0; start <= text.length; start++) {
        assert.equal(nameCueBefore(text, start)?.word, plainCueBefore(text, start), `at ${start}`);
      }
    }),
    { numRuns: 1500, seed: 20261123 },
  );
});

test('property: opensLine answers the unbounded line-start lookup it replaced, at every position', () => {
  const plainOpensLine = (text: string, start: number): boolean => {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return !(start - lineStart > 8 || !/^[ \t]*$/u.test(text.slice(lineStart, start)));
  };
  const lines = fc.array(fc.constantFrom(' ', '\t', '\n', 'x', 'Anne', '\r', '  ', '\n\n', '        '), { maxLength: 20 }).map((p) => p.join(''));
  fc.assert(
    fc.property(lines, (text) => {
      for (let start = 0; start <= text.length; start++) assert.equal(opensLine(text, start), plainOpensLine(text, start), `at ${start}`);
    }),
    { numRuns: 2000, seed: 20261123 },
  );
});
