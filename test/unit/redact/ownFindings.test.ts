// withOwnNameMentions: its fast reject on the last word gives the same result as reading every name in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../../server/src/core';
import { MENTION_REACH, OWN_SYNTHETIC_CONFIDENCE, withOwnNameMentions } from '../../../server/src/core/redact/ownFindings';
import { nameCore } from '../../../server/src/core/redact/synthetic/name';

/** The plain form: a one-word name is a mention when an own (0.3) name within MENTION_REACH holds its word. */
function plain(text: string, findings: readonly Finding[], reach: number): number[] {
  const own = findings.filter((f) => f.type === 'name' && f.confidence === OWN_SYNTHETIC_CONFIDENCE);
  return findings.map((f) => {
    if (f.type !== 'name' || f.confidence <= OWN_SYNTHETIC_CONFIDENCE) return f.confidence;
    const core = nameCore(text.slice(f.start, f.end));
    const near = own.filter((o) => Math.abs(o.start - f.start) <= reach).flatMap((o) => nameCore(text.slice(o.start, o.end)));
    return core.length === 1 && near.includes(core[0]!) ? OWN_SYNTHETIC_CONFIDENCE : f.confidence;
  });
}

const WORDS = ['x'.repeat(MENTION_REACH * 0.7), 'x'.repeat(MENTION_REACH * 0.7), 'Hansen', 'hansen', 'HANSEN', 'Olsen', 'Peter', 'Hr.', 'Fru', 'J.', "O'Brien", 'Brien', 'Jensen-Berg', 'Berg', 'von', 'Ø', 'Ærø', 'é', 'Anne-Marie', '’t', ',', '—'];

test('property: own-name mentions found by the last-word fast path equal the plain reading of every name (one-word mentions within reach)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 40 }),
      fc.array(fc.record({ from: fc.nat(39), len: fc.integer({ min: 1, max: 4 }), own: fc.boolean(), type: fc.constantFrom('name', 'name', 'address') }), { maxLength: 12 }),
      (words, picks) => {
        const starts: number[] = [];
        let text = '';
        for (const w of words) { starts.push(text.length); text += w + ' '; }
        const findings: Finding[] = picks.map((p) => {
          const a = Math.min(p.from, words.length - 1), b = Math.min(words.length - 1, a + p.len - 1);
          return { type: p.type as Finding['type'], start: starts[a]!, end: starts[b]! + words[b]!.length, confidence: p.own ? OWN_SYNTHETIC_CONFIDENCE : 0.8, reasons: [] };
        }).sort((x, y) => x.start - y.start); // findings come in document order
        assert.deepEqual(withOwnNameMentions(text, findings).map((f) => f.confidence), plain(text, findings, MENTION_REACH));
      },
    ),
    { seed: 20261123, numRuns: 3000 },
  );
});
