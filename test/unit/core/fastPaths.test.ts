// The speed work's fast paths must give exactly what the plain forms they replaced give. Each property compares
// an optimised function with a straightforward reference written here (the form it replaced), on generated
// inputs that stress the edges (word boundaries, the SQL look-back limit, glued and windowed IBANs, non-ASCII).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ScanContext, detect } from '../../../server/src/core';
import { maskValue } from '../../../server/src/core/redact/mask';
import { TextStructure, SQL_LOOKBACK } from '../../../server/src/core/context/structure';
import { ibanDetector, readIban } from '../../../server/src/core/iban/ibanDetector';
import { looseCprReadingList } from '../../../server/src/core/cpr/looseReader';
import { hasAsciiDigit } from '../../../server/src/core/textFacts';
import { ownMarkHash } from '../../../server/src/core/redact/ownMark';
import { keyedHash } from '../../../server/src/core/keyed';

const RUNS = { numRuns: 300, seed: 20261123 };

/** A string built from the given fragments (fast-check picks and repeats them). */
const from = (fragments: string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...fragments), { maxLength }).map((parts) => parts.join(''));

test('maskValue: the ASCII fast path equals the Unicode regex', () => {
  const reference = (v: string) => v.replace(/[\p{L}\p{N}]/gu, 'X');
  fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), from(['0', 'a', 'Z', '-', ' ', 'ø', '١', '😀', '_', '\n'])), (v) => {
    assert.equal(maskValue(v), reference(v));
  }), RUNS);
});

/** The SQL column lookup as it was: regexes over the 4,000 characters before the value. */
function referenceSqlColumn(text: string, offset: number): string | undefined {
  const lastMatch = (s: string, re: RegExp) => { let last = -1; re.lastIndex = 0; for (let m = re.exec(s); m; m = re.exec(s)) last = m.index; return last; };
  const before = text.slice(Math.max(0, offset - SQL_LOOKBACK), offset);
  const valuesAt = lastMatch(before, /\bVALUES\b/gi);
  if (valuesAt < 0) return undefined;
  const open = /VALUES\s*\(/iy;
  open.lastIndex = valuesAt;
  if (!open.test(before)) return undefined;
  const head = before.slice(0, valuesAt);
  const insertAt = lastMatch(head, /\bINSERT\s+INTO\s/gi);
  if (insertAt < 0) return undefined;
  const insert = /INSERT\s+INTO\s+[^(;]*\(([^()]*)\)\s*$/iy;
  insert.lastIndex = insertAt;
  const m = insert.exec(head);
  if (!m) return undefined;
  const columns = m[1]!.split(',').map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, '').toLowerCase());
  const tail = before.slice(valuesAt);
  let depth = 0, index = 0, quote = '';
  for (let i = tail.indexOf('('); i < tail.length; i++) {
    const ch = tail[i]!;
    if (quote) { if (ch === quote) quote = ''; continue; }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') { depth++; if (depth === 1) index = 0; }
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 1) index++;
    else if (ch === ';') return undefined;
  }
  return depth >= 1 ? columns[index] : undefined;
}

test('SQL column lookup: the indexed lookup equals the regexes over the look-back window', () => {
  const sql = from([
    'INSERT INTO t (a, b, c) VALUES ', 'insert  into p ("cpr", navn) values', 'INSERT INTO x VALUES ', 'VALUES', 'values (', 'xVALUES', 'VALUES_',
    '(', ')', ', ', "'q;,)'", '"n"', ';', ' ', '\n', '1', '0101801234', 'INSERT', 'INTO ', 'x'.repeat(1500),
  ], 30);
  fc.assert(fc.property(sql, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), (text, picks) => {
    const structure = new TextStructure(text, 'sql') as unknown as { sqlColumnAt(offset: number): string | undefined };
    // Ascending offsets (a scan's order, the cursor continues) and then arbitrary ones (the cursor restarts).
    const offsets = picks.map((p) => p % (text.length + 1));
    for (const offset of [...offsets].sort((a, b) => a - b).concat(offsets)) {
      assert.equal(structure.sqlColumnAt(offset), referenceSqlColumn(text, offset), `offset ${offset}`);
    }
  }), RUNS);
});

test('IBAN: the regex-found starts give what trying every position gives, with and without a window', () => {
  const isAlnum = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);
  const isUpper = (ch: string | undefined) => ch !== undefined && ch >= 'A' && ch <= 'Z';
  const reference = (text: string, start: number, end: number) => {
    const out: number[] = [];
    for (let i = start; i < end - 1; i++) {
      if (!isUpper(text[i]) || !isUpper(text[i + 1]) || isAlnum(text[i - 1])) continue;
      const r = readIban(text, i);
      if (!r) continue;
      out.push(i, r.end);
      i = r.end - 1;
    }
    return out;
  };
  const text = from(['DK5000400440116243', 'DK50 0040 0440 1162 43', 'GB82WEST12345698765432', 'DK', 'GB82', 'a', 'Q', '7', ' ', '\n', '-', 'NO9386011117947'], 12);
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
    const start = a % (t.length + 1), end = start + (b % (t.length - start + 1));
    const found = ibanDetector.detect(new ScanContext(t, { window: { start, end } })).flatMap((f) => [f.start, f.end]);
    assert.deepEqual(found, reference(t, start, end));
  }), RUNS);
});

test('loose CPR readings: skipping glued and letter-led starts changes nothing', async () => {
  const { readLooseCpr } = await import('../../../server/src/core/cpr/looseReader');
  const reference = (text: string) => {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const r = readLooseCpr(text, i);
      if (r) { out.push(r.start, r.end); i = r.end - 1; }
    }
    return out;
  };
  const text = from(['0', '1', '8', 'O', 'l', 'S', 'o', 'Sofie', 'Ib', 'Bo', ' ', '-', '.', '\n', 'x', '01 01 80 1234', '0101801234', '010l8O-1234', 'ø'], 40);
  fc.assert(fc.property(text, (t) => {
    assert.deepEqual(looseCprReadingList(t).flatMap((r) => [r.start, r.end]), reference(t));
  }), RUNS);
});

test('a text without ASCII digits: the number detectors are skipped, and no number finding is lost', () => {
  const prose = 'Patienten Anne Jensen er set i dag. Tlf. tolv, CPR ikke oplyst. Bor på Nørregade.';
  assert.equal(hasAsciiDigit(new ScanContext(prose)), false);
  assert.deepEqual(detect(prose).map((f) => f.type).filter((t) => t !== 'name' && t !== 'address' && t !== 'email'), []);
  assert.equal(hasAsciiDigit(new ScanContext('CPR 010180-1234')), true);
  assert.ok(detect('CPR 010180-1234').some((f) => f.type === 'cpr'));
});

test('own-mark hashes: the remembered hash equals a fresh HMAC, across keys, types, repeats and a full memo', () => {
  const keys = ['a'.repeat(64), 'b'.repeat(64)];
  const types = ['name', 'address', 'date-of-birth'] as const;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...types), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 60 }), (calls) => {
      for (const [key, type, value] of [...calls, ...calls]) {
        assert.equal(ownMarkHash(key, type, value), keyedHash(key, `own-mark:${type}`, value));
      }
    }),
    RUNS,
  );
  // More distinct values than the memo keeps: it is cleared, never wrong.
  for (let i = 0; i < 20_500; i += 1) {
    const v = `V${i % 20_100}`;
    if (i % 997 === 0 || i > 20_050) assert.equal(ownMarkHash(keys[0]!, 'name', v), keyedHash(keys[0]!, 'own-mark:name', v));
    else ownMarkHash(keys[0]!, 'name', v);
  }
});
