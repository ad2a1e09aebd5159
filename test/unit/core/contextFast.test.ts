// Fast forms in the shared context code (field names, character tests), the detector core's glue (detectEach,
// overlaps, own values) and the small detectors' prefilters must give exactly what the plain forms they replaced
// give. Each property compares the fast form with the plain one, written out here, on generated inputs that stress
// the edges (quotes and separators, non-ASCII keys, masked values, unsorted findings, windows and type filters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ScanContext } from '../../../server/src/core/scan';
import { DETECTORS, detectEach, resolveOverlaps } from '../../../server/src/core/detect';
import { keyEndingAt, keyOnLineBefore, firstLineCsvLayout, type TextStructure } from '../../../server/src/core/context/structure';
import { lineStartWithin } from '../../../server/src/core/address/lines';
import { readContext } from '../../../server/src/core/context/score';
import { isJsSpace } from '../../../server/src/core/context/chars';
import { withOwnSynthetic } from '../../../server/src/core/redact/ownFindings';
import { ownSyntheticVerdict } from '../../../server/src/core/redact/redact';
import { addressDetector, isLetterOrDigit, isStreetCharAt, POSTAL_CANDIDATE } from '../../../server/src/core/address/addressDetector';
import { CARD } from '../../../server/src/core/card/cardDetector';
import { CVR, tokenStart } from '../../../server/src/core/cvr/cvrDetector';
import { PHONE } from '../../../server/src/core/phone/phoneDetector';
import type { DetectOptions, Finding, IdentifierType } from '../../../server/src/core/types';

const RUNS = { numRuns: 400, seed: 20261123 };

/** A string built from the given fragments (fast-check picks and repeats them). */
const from = (fragments: string[], maxLength = 30) =>
  fc.array(fc.constantFrom(...fragments), { maxLength }).map((parts) => parts.join(''));

test('isJsSpace: true exactly for the code units /\\s/ matches', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('keyEndingAt: reading backwards gives what the key regex gives over the slice', () => {
  const reference = (text: string, from: number, to: number) =>
    /([A-Za-z_\u00C0-\u017F][\w\u00C0-\u017F.-]*)["'`]?\s*(?::|=|=>|:=)\s*["'`]?\s*$/.exec(text.slice(from, to))?.[1]!.toLowerCase();
  const text = from(['cpr', 'CPR_Nr', 'Fødsels-dato', 'a.b', '9', '_', '-', '.', 'é', 'ſ', 'Ā', '€', ':', '=', '=>', ':=', '>', '"', "'", '`', ' ', '\t', '\u00a0', '\n', ',', ';', '(', '0101801234', 'x', 'key => ', '"cpr": "', "navn='"], 12);
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
    // Often the text's end (where a value would start), else anywhere.
    const to = a % 2 ? t.length : a % (t.length + 1), start = b % 3 ? 0 : to - (b % (to + 1));
    assert.equal(keyEndingAt(t, start, to), reference(t, start, to));
  }), RUNS);
});

test('keyOnLineBefore: the key before a value on its line, as the key regex (with and without the u flag) reads it', () => {
  const KEY = '([A-Za-z_\\u00C0-\\u017F][\\w\\u00C0-\\u017F.-]*)["\'`]?\\s*(?::|=|=>|:=)\\s*["\'`]?\\s*$';
  const plain = new RegExp(KEY), unicode = new RegExp(KEY, 'u');
  const text = from(['cpr', 'Navn', 'a.b', '9', '_', 'é', '𝐀', '\uD835', ':', '=', '=>', '"', "'", ' ', '\t', '\n', '\r\n', ',', '(', 'x'.repeat(30), 'key => ', '"cpr": "', "navn='", 'cpr:\n '], 12);
  fc.assert(fc.property(text, fc.nat(), fc.integer({ min: 1, max: 90 }), (t, a, window) => {
    const to = a % 2 ? t.length : a % (t.length + 1);
    const slice = t.slice(lineStartWithin(t, to, window), to);
    const got = keyOnLineBefore(t, to, window);
    assert.equal(got, plain.exec(slice)?.[1]!.toLowerCase());
    assert.equal(got, unicode.exec(slice)?.[1]!.toLowerCase());
  }), RUNS);
});

/** readCsvLayout as it was: split() per delimiter, cells built character by character, quotes off by regex. */
function referenceCsvLayout(text: string, languageId: string | undefined) {
  const splitCells = (line: string, delimiter: string): string[] => {
    const out: string[] = [];
    let cur = '', quoted = false;
    for (const ch of line) {
      if (ch === '"') { quoted = !quoted; cur += ch; }
      else if (ch === delimiter && !quoted) { out.push(cur); cur = ''; }
      else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const firstEnd = text.indexOf('\n');
  const headerLine = (firstEnd < 0 ? text : text.slice(0, firstEnd)).replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (!headerLine || headerLine.length > 4000) return null;
  const isCsvLanguage = /^(csv|tsv|psv|csv \(semicolon\)|csv \(pipe\)|csv\(semicolon\))$/i.test(languageId ?? '') || /(^|\.)(c|t|p)sv$/i.test(languageId ?? '');
  let best: string | undefined;
  let bestCount = 0;
  for (const d of [';', ',', '\t', '|']) {
    const n = headerLine.split(d).length - 1;
    if (n > bestCount) { best = d; bestCount = n; }
  }
  if (!best || bestCount < 1) return null;
  const cells = splitCells(headerLine, best).map((c) => c.trim().replace(/^["']|["']$/g, '').toLowerCase());
  if (!isCsvLanguage) {
    if (!cells.every((c) => /^[\p{L}_][\p{L}\p{N} _.\-/#()]{0,40}$/u.test(c))) return null;
    const secondEnd = text.indexOf('\n', firstEnd + 1);
    const second = text.slice(firstEnd + 1, secondEnd < 0 ? undefined : secondEnd);
    if (splitCells(second, best).length !== cells.length) return null;
  }
  return { delimiter: best, header: cells, bodyStart: firstEnd < 0 ? text.length : firstEnd + 1 };
}

test('firstLineCsvLayout: one-pass counts and sliced cells give the layout the split()-based form gave', () => {
  const text = from(['cpr', 'Navn', ' navn ', 'id', ';', ',', '\t', '|', '"', "'", '"a;b"', "'x'", '\n', '\r\n', '\uFEFF', 'ø', '😀', '0101801234', ' ', '-', '#', '()'], 24);
  const language = fc.constantFrom(undefined, '', 'csv', 'CSV', 'tsv', 'plaintext', 'csv (semicolon)', 'x.psv', 'json');
  fc.assert(fc.property(text, language, (t, lang) => {
    assert.deepEqual(firstLineCsvLayout(t, lang), referenceCsvLayout(t, lang));
  }), RUNS);
});

const TYPES: IdentifierType[] = ['cpr', 'name', 'address', 'phone', 'email', 'cvr', 'iban', 'card', 'date-of-birth', 'ecpr', 'cpr-substitute'];
const VALUES = ['0101801234', 'XXXXXX-XXXX', 'xx', 'Anne Jensen', 'Xenia', 'anne@example.com', 'XXXX@XXXX.XX', '+45 0000 0000', '12 34 56 78', 'Nørregade 3', 'DK50 0040 0440 1162 43', '010180-ABC1', '1.1.1980', 'Max'];

test('withOwnSynthetic: skipping findings that can be neither masked nor synthetic changes nothing', () => {
  const reference = (text: string, found: readonly Finding[], key: string | undefined) => {
    const out: Finding[] = [];
    for (const f of found) {
      const verdict = ownSyntheticVerdict(f.type, text.slice(f.start, f.end), key);
      if (verdict === 'drop') continue;
      out.push(verdict === 'hint' ? { ...f, confidence: 0.3, reasons: f.reasons.length ? [...f.reasons, f.reasons[0]!] : f.reasons } : f);
    }
    return out;
  };
  const finding = fc.tuple(fc.constantFrom(...TYPES), fc.constantFrom(...VALUES), fc.boolean());
  fc.assert(fc.property(fc.array(finding, { maxLength: 8 }), fc.constantFrom(undefined, 'k'.repeat(64)), (parts, key) => {
    let text = '';
    const found: Finding[] = parts.map(([type, value, withReason]) => {
      const start = text.length + 1;
      text += ` ${value}`;
      return { type, start, end: text.length, confidence: 0.9, reasons: withReason ? [{ rule: 'r', text: 't' }] : [] };
    });
    // The downgrade's reason is compared by position and rule only (reference adds a placeholder at the same place).
    const shape = (fs: Finding[]) => fs.map((f) => [f.type, f.start, f.end, f.confidence, f.reasons.length]);
    assert.deepEqual(shape(withOwnSynthetic(text, found, key)), shape(reference(text, found, key)));
  }), RUNS);
});

test('resolveOverlaps: leaving an ordered list unsorted gives what sorting it gives', () => {
  const reference = (findings: Finding[]) => {
    const sorted = findings.slice().sort((a, b) => a.start - b.start || b.confidence - a.confidence);
    const out: Finding[] = [];
    for (const f of sorted) {
      const last = out[out.length - 1];
      if (last && f.start < last.end) { if (f.confidence > last.confidence) out[out.length - 1] = f; continue; }
      out.push(f);
    }
    return out;
  };
  const finding = fc.record({ start: fc.nat(30), length: fc.integer({ min: 1, max: 8 }), confidence: fc.constantFrom(0.3, 0.6, 0.85, 0.9) });
  fc.assert(fc.property(fc.array(finding, { maxLength: 12 }), fc.boolean(), (raw, presort) => {
    let findings: Finding[] = raw.map((r, i) => ({ type: 'cpr', start: r.start, end: r.start + r.length, confidence: r.confidence, reasons: [{ rule: String(i), text: '' }] }));
    if (presort) findings = findings.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
    const got = resolveOverlaps(findings);
    const want = reference(findings);
    assert.equal(got.length, want.length);
    got.forEach((f, i) => assert.equal(f, want[i], `finding ${i} is the same object`));
  }), RUNS);
});

test('detectEach: the in-place scope check gives what filtering every list gave, under windows and type filters', () => {
  const reference = (ctx: ScanContext) => {
    const start = ctx.scanStart, end = ctx.scanEnd, types = ctx.options.types;
    return DETECTORS.map((d) => {
      if (!d.types.some((t) => ctx.wants(t))) return [];
      const found = d.detect(ctx).filter((f) => (!types || types.has(f.type)) && f.start >= start && f.start < end);
      return withOwnSynthetic(ctx.text, found, ctx.options.ownMarkKey);
    });
  };
  const text = from(['Tlf. 12 34 56 78', ' CPR 010180-1234', ' Anne Jensen', ', Nørregade 3, 8000 Aarhus C', ' CVR 12345674', ' a@b.dk', ' XXXXXX-XXXX', '\n', ' '], 10);
  const types = fc.option(fc.subarray(TYPES, { minLength: 1 }), { nil: undefined });
  fc.assert(fc.property(text, types, fc.nat(), fc.nat(), fc.boolean(), (t, ts, a, b, windowed) => {
    const start = a % (t.length + 1), end = start + (b % (t.length - start + 1));
    const options: DetectOptions = { types: ts ? new Set(ts) : undefined, window: windowed ? { start, end } : undefined };
    assert.deepEqual(detectEach(new ScanContext(t, options)), reference(new ScanContext(t, options)));
  }), { ...RUNS, numRuns: 150 });
});

test('address: the digit prefilter skips only texts without an address', () => {
  // The detector's scan with the prefilter taken away: the same text with four digits appended beyond every address's
  // reach (past SCAN_MARGIN, after a line break) is always scanned in full; findings in the original part must agree.
  const text = from(['Nørregade', 'Vestergade ', 'Østergade', 'Aarhus C', ' ', '\n', ', ', 'Adresse: ', 'st. tv.', 'Kbh. N', 'DK-', 'Anne Jensen ', '٣', '８', ' 3', ' 12B', ' 8000', ' 2100 ', '4'], 16);
  const same = (t: string) => {
    const padded = t + ' '.repeat(400) + '\n1234.';
    assert.deepEqual(addressDetector.detect(new ScanContext(t)), addressDetector.detect(new ScanContext(padded)).filter((f) => f.start < t.length));
  };
  for (const t of ['Bor på Nørregade 3.', 'Vestergade 12B', 'Nørregade', '8000 Aarhus C']) same(t);
  fc.assert(fc.property(text, same), RUNS);
});

test('readContext: remembered field answers equal asking the spec, across many names and a full memory', () => {
  const spec = { isPositiveField: (f: string) => f.includes('cpr'), isNegativeField: (f: string) => f.includes('o') };
  const structureFor = (field: string | undefined) => ({ fieldNameAt: () => field }) as unknown as TextStructure;
  const name = fc.oneof(fc.constantFrom('cpr', 'ordre', 'cpr_ordre', 'navn', 'o'), fc.string({ maxLength: 6 }));
  fc.assert(fc.property(fc.array(name, { maxLength: 40 }), (fields) => {
    for (const field of [...fields, ...fields]) {
      const verdict = readContext(new ScanContext('x', {}, structureFor(field)), 0, 1, spec);
      const want = spec.isPositiveField(field) ? 'positive' : spec.isNegativeField(field) ? 'negative' : 'neither';
      const got = verdict.positive?.field ? 'positive' : verdict.negative?.field ? 'negative' : 'neither';
      assert.equal(got, want, JSON.stringify(field));
    }
  }), RUNS);
  // More names than the memory keeps: it starts afresh, never answers wrong.
  for (let i = 0; i < 1_200; i++) {
    const field = i % 3 ? `f${i}` : `cpr${i}`;
    assert.equal(!!readContext(new ScanContext('x', {}, structureFor(field)), 0, 1, spec).positive?.field, field.startsWith('cpr'));
  }
});

test('address character tests: the char-code forms answer as the Unicode classes, for every code unit', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isLetterOrDigit(ch), /[\p{L}\p{N}]/u.test(ch), `U+${c.toString(16)}`);
    assert.equal(isStreetCharAt(`a${ch}`, 1), /[\p{L}'’.\-]/u.test(ch), `U+${c.toString(16)}`);
  }
  assert.equal(isLetterOrDigit(undefined), false);
});

/** Matches of a global regex from `from` on, as [start, text, groups defined] (lastIndex reset before and after). */
function matchesFrom(re: RegExp, text: string, from: number, keep: (m: RegExpExecArray) => boolean = () => true): string[] {
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (keep(m)) out.push(`${m.index}:${m[0]}:${m.slice(1).map((g) => g !== undefined)}`);
  re.lastIndex = 0;
  return out;
}

test('card pattern: the look-behind finds exactly the matches the loop kept when it passed over glued ones', () => {
  // The old form: the pattern without look-behind, and the loop's test of the character(s) before each match.
  const oldBody = /\d{4}(?:([ -])\d{4}\1\d{4}\1\d{1,4}(?:\1\d{1,3})?|([ -])\d{6}\2\d{4,5}|\d{9,15})(?![\p{L}\p{N}]|[ -]\d)/gu;
  const glued = (text: string, i: number) => {
    const prev = text[i - 1];
    return prev !== undefined && (/[\p{L}\p{N}]/u.test(prev) || ((prev === ' ' || prev === '-') && /\d/.test(text[i - 2] ?? '')));
  };
  const text = from(['4111', '1111', '111', '11', '4111 1111 1111 1111', '4111-1111-1111-1111 12', '4111111111111111', '3782 822463 10005', '0101801234',
    ' ', '-', '--', 'a', 'Ø', '٣', '𝐀', '\uD835', '\uDC00', '\n', '.'], 16);
  fc.assert(fc.property(text, fc.nat(), (t, a) => {
    const start = a % (t.length + 1);
    assert.deepEqual(matchesFrom(CARD, t, start), matchesFrom(oldBody, t, start, (m) => !glued(t, m.index)));
  }), RUNS);
});

test('postal candidates: the look-behind finds exactly the matches the loop kept when it passed over those after a digit', () => {
  const old = /\d{4}[ \u00A0]+/g;
  const text = from(['8000', '800', '12345', '1', ' ', '  ', '\u00A0', 'Aarhus', 'DK-', '\n', 'a', '٣'], 16);
  fc.assert(fc.property(text, fc.nat(), (t, a) => {
    const start = a % (t.length + 1);
    assert.deepEqual(matchesFrom(POSTAL_CANDIDATE, t, start), matchesFrom(old, t, start, (m) => !(m.index > 0 && /\d/.test(t[m.index - 1]!))));
  }), RUNS);
});

test('CVR pattern: the look-behind drops only matches tokenStart rejects, and finds every other match the old pattern found', () => {
  const old = /\d{2}(?:\d{6}|([ .])\d{2}\1\d{2}\1\d{2})(?![\p{L}\p{N}]|[ .-]?\d)/gu;
  const text = from(['12345674', '1234567', '12', '34', '0101801234', ' ', '.', '-', 'DK', 'DK-', 'DK ', 'a', '٣', '𝐀', '\n', '1'], 16);
  fc.assert(fc.property(text, fc.nat(), (t, a) => {
    const start = a % (t.length + 1);
    // The loop reads a match only when tokenStart() accepts it: those must be the same, in the same order.
    const kept = (m: RegExpExecArray) => tokenStart(t, m.index) >= 0;
    assert.deepEqual(matchesFrom(CVR, t, start, kept), matchesFrom(old, t, start, kept));
  }), RUNS);
});

test('phone pattern: the body read from its shared first two digits gives the matches and groups of the four forms written out', () => {
  const old = /(?<![\p{L}\p{N}+]|\d[ \u00a0.-])((?:\+|00)45[ \u00a0-]?|\(\+?45\)[ \u00a0]?|45 (?=\d\d \d\d \d\d \d\d(?![ \u00a0.,-]?\d)))?(\d{8}|\d{2}([ \u00a0.-])\d{2}\3\d{2}\3\d{2}|\d{4}([ \u00a0-])\d{4}|\d{3} \d{3} \d{2})(?![\p{L}\p{N}]|[ \u00a0.,-]?\d)/gu;
  const text = from(['12', '34', '1', '123', '1234', '12345678', '1234.5678', '12 34 56 78', '12-34-56-78', '1234 5678', '123 456 78', '12.34.56.78', '123 456 7', '12 34 56 7', '1234 567',
    '+45', '0045', '(+45)', '(45)', '45 ', ' ', '\u00a0', '.', '-', ',', 'a', '٣', '\n'], 12);
  fc.assert(fc.property(text, fc.nat(), (t, a) => {
    const start = a % (t.length + 1);
    const all = (re: RegExp) => { const out: string[] = []; re.lastIndex = start; for (let m = re.exec(t); m; m = re.exec(t)) out.push(`${m.index}:${m.map(String).join('|')}`); re.lastIndex = 0; return out; };
    assert.deepEqual(all(PHONE), all(old));
  }), RUNS);
});
