// Developer files hold no Danish identifiers, yet their numbers take the identifiers' shapes: year spans, CVE ids,
// hex colours, git hashes, binary literals, hex dumps, code-point tables, macros. Each snippet below is made up in
// the shape of one such category (server/src/core/context/codeTokens.ts) and must give no finding of a number
// type; each look-alike next to it is a real identifier of nearly the same shape that must still be found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../../server/src/core';
import type { IdentifierType } from '../../../server/src/core';
import { TEST_DATA_CONFIDENCE } from '../../../server/src/core/types';
import { betweenHexGroups, isYearSpan, looseCprLookalike, weakPhoneCue } from '../../../server/src/core/context/codeTokens';

const NUMBER_TYPES = new Set<IdentifierType>(['cpr', 'ecpr', 'cpr-substitute', 'phone', 'card', 'address', 'cvr', 'iban', 'date-of-birth']);

/** Number-type findings as `type:text` (the texts are made up: none is a real identifier). */
function numberFindings(text: string, languageId?: string): string[] {
  return detect(text, { languageId }).filter((f) => NUMBER_TYPES.has(f.type)).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}

function assertNone(snippets: readonly string[], languageId?: string): void {
  for (const s of snippets) assert.deepEqual(numberFindings(s, languageId), [], s);
}

function assertFound(text: string, type: IdentifierType, value: string): void {
  assert.ok(numberFindings(text).includes(`${type}:${value}`), `${text}: expected ${type} ${value}, got ${numberFindings(text).join(', ')}`);
}

test('1. a span of years is no phone number, unless a phone label stands right before it', () => {
  assertNone([
    'Copyright (c) 2011-2019 Fjordline Mobile Systems',
    'Copyright (C) 2014-2021 Nordic Telephone Ltd',
    ' (Telephone and Radio Works)\n  Copyright (C) 2013-2020 Example Code AB',
    '  2009-2012, Harbour Mobile Inc',
  ]);
  assertFound('Tlf. 2012 2022', 'phone', '2012 2022');
  assertFound('Tlf. 2012-2022', 'phone', '2012-2022');
  assert.equal(isYearSpan('2010-2015'), true);
  assert.equal(isYearSpan('2015-2010'), false, 'a later year first is no span');
  assert.equal(isYearSpan('2345-6789'), false);
});

test('2. a cue word inside a code compound, far away or across a line does not make a phone', () => {
  assertNone([
    '<span class="tok-number">45238817</span>',
    ' *   <td style="text-align: center">52749183</td>',
    'KEY=61452231   # number printed by the daemon',
    'set env KEY=61452231 #number from the other shell',
    'See [the table](#text) 52749183 rows',
    'Julian Day Number multiplied by 86400000 gives milliseconds',
    '20190415: Bumped up version number to 2.4.1\n20190415: Fixed the build',
    '--max-items=&lt;number&gt; [default: 30000000]',
    '  2015-2021 Skagen Mobile, Inc\n',
    '   max cell rate:  353207.547 cells/sec */\n#define LINE_RATE ((25600000/8-8000)/54)',
  ]);
  // A generic cue right before the number, a cue right after it, a label in a compound, a label on its own line.
  assertFound('Mit nummer er 23456789', 'phone', '23456789');
  assertFound('Ring på nummer: 23456789', 'phone', '23456789');
  assertFound('Han har 23456789 (mobil)', 'phone', '23456789');
  assertFound('Privat-tlf 23456789', 'phone', '23456789');
  assertFound('Tlf.:\n23456789', 'phone', '23456789');
  assertFound('M:\n23456789', 'phone', '23456789');
});

test('2. weakPhoneCue: each of its rules, read directly', () => {
  const at = (text: string, word: string) => text.indexOf(word);
  const t1 = 'x hljs-number 23456789';
  assert.equal(weakPhoneCue(t1, 14, 22, 'number', at(t1, 'number'), 'before'), true, 'compound');
  const t2 = 'x hljs number 23456789';
  assert.equal(weakPhoneCue(t2, 14, 22, 'number', at(t2, 'number'), 'before'), false, 'plain word right before');
  const t3 = 'number doubled by 23456789';
  assert.equal(weakPhoneCue(t3, 18, 26, 'number', 0, 'before'), true, 'generic cue not right before');
  const t4 = '23456789 Skagen Mobile';
  assert.equal(weakPhoneCue(t4, 0, 8, 'Mobile', at(t4, 'Mobile'), 'after'), true, 'cue after, not right after');
  const t5 = 'ring\n23456789';
  assert.equal(weakPhoneCue(t5, 5, 13, 'ring', 0, 'before'), true, 'a verb across a line');
  const t6 = 'Tlf.\n23456789';
  assert.equal(weakPhoneCue(t6, 5, 13, 'Tlf.', 0, 'before'), false, 'a label ending its line');
});

test('3. a number glued to # or a code prefix, and pairs inside a hex dump, are no phone numbers', () => {
  assertNone([
    'Ring til os om CVE-2019-4412',
    '/* call */ color: #52749183;',
    '   arm64:    4f a2 3d 69 88 91 58      brk    #0',
    '    check("45 86 45 79 e0 0 0", "tiny window");',
  ]);
  assertFound('Ring til os på 2019-4412', 'phone', '2019-4412');
  assertFound('Tlf. 45 86 45 79 eller mail', 'phone', '45 86 45 79');
  assertFound('Tlf. 45 86 45 79 da jeg er hjemme', 'phone', '45 86 45 79');
  assert.equal(betweenHexGroups('3d 69 88 91 58', 3, 14, 2, ' '), true);
  assert.equal(betweenHexGroups('da 69 88 91 58', 3, 14, 2, ' '), false, 'a word of hex letters is no dump');
});

test('4. hex tokens and binary literals are no OCR CPR and no eCPR', () => {
  assertNone([
    '* [`2b03315742`] - **fs**: tidy up',
    '* [`040b273512`](https://example.org/repo/commit/040b273512)',
    '    mask = 0b01001101;',
    '    elif b & 0b01010011 == 0b01010011:',
    'commit 2611490fb8 merged',
    'commit 1205527fa4 merged',
  ]);
  // An OCR CPR with its label, a CPR in a URL query, an upper-case eCPR, a lower-case hex eCPR with its label.
  assertFound('CPR: O1018O-l234', 'cpr', 'O1018O-l234');
  assertFound('https://x.example/p?cpr=0101801234&y=1', 'cpr', '0101801234');
  assertFound('Pt. 2307641FE3 indlagt', 'ecpr', '2307641FE3');
  assertFound('eCPR: 2611490fb8', 'ecpr', '2611490fb8');
  assertFound('CPR: 2b03315742', 'cpr', '2b03315742');
});

test('5. letters forming words, a closing bracket, a date after a version: no OCR CPR', () => {
  assertNone([
    ' *    2.0.6       lib.h tag is   01777  2.3.0',
    '"application/x.iso52233-96+json"',
    '(see [ISO Std 2312.6-2004]).',
    ' *   0.6  03.12.2003  Created',
  ]);
  assert.equal(looseCprLookalike('is   01777  2.3.0'), 'word');
  assert.equal(looseCprLookalike('iso52233-96'), 'word');
  assert.equal(looseCprLookalike('2312.6-2004]'), 'bracket');
  assert.equal(looseCprLookalike('0.6  03.12.2003'), 'date');
  assert.equal(looseCprLookalike('O1018O-l234'), undefined, 'single look-alike letters inside digit groups');
  assert.equal(looseCprLookalike('01 01 80 1234'), undefined, 'dictated groups');
});

test('6. code-point tables and URL path segments are no card numbers', () => {
  assertNone([
    'See https://status.example.net/feature/5241461057148969 for details.',
    '6A2C 84AF 6B3D 5440 5753 5294 5347\n',
  ]);
  assertFound('Kortnummer: 5241 4610 5714 8969', 'card', '5241 4610 5714 8969');
  assertFound('Kortnummer: 5241461057148969', 'card', '5241461057148969');
});

test('6. a well-known test card number is reported as test data (a Hint with its reason), a real one as a card', () => {
  const [test4111] = detect('fill card "4111111111111111"').filter((f) => f.type === 'card');
  assert.ok(test4111, 'still reported');
  assert.ok(test4111.confidence < TEST_DATA_CONFIDENCE, 'below the test-data confidence: a Hint');
  assert.ok(test4111.reasons.some((r) => r.rule === 'card.testNumber'));
  assert.deepEqual(detect('Ordrenr. 4111111111111111').filter((f) => f.type === 'card'), [], 'an order number stays no card');
  const [real] = detect('Kort: 5241 4610 5714 8969').filter((f) => f.type === 'card');
  assert.ok(real && real.confidence >= TEST_DATA_CONFIDENCE && !real.reasons.some((r) => r.rule === 'card.testNumber'));
});

test('7. years, macros and constants in capitals are no street and house number without a postal code', () => {
  assertNone([
    '(C) Copyright Peter Anholt 2009',
    '#define True 1\n#define False 0',
    '#  define Anholt    12',
    'flags TRUE 1',
    'Helios Bygg AB\n 3000 Anholt 1, Sweden',
  ]);
  assertFound('Adresse: Vestergade 12', 'address', 'Vestergade 12');
  assertFound('Hun bor Anholt 12', 'address', 'Anholt 12');
  assertFound('Vestergade 12, 8000 Aarhus C', 'address', 'Vestergade 12, 8000 Aarhus C');
});

test('a technical address field (a constant with a digit before ADDR, a network or memory address) labels no street', () => {
  const addresses = (t: string) => detect(t).filter((f) => f.type === 'address').map((f) => t.slice(f.start, f.end));
  assert.deepEqual(addresses(' * @XY_ATTR_4ADDR: Use 4-address frames on a link'), []);
  assert.deepEqual(addresses('IPV6_ADDR: Bakken 3'), []);
  assert.deepEqual(addresses('mem_addr: Offset 12'), []);
  assert.deepEqual(addresses('adresse: Lærkedraget 12'), ['Lærkedraget 12']);
  assert.deepEqual(addresses('home_address = Bakkedraget 12'), ['Bakkedraget 12']);
});
