// The finding store keeps its overlap resolution between changes and redoes it only around them (resolve()),
// and answers the diagnostics cap from per-kind counts (best()). Both must equal the plain computation over the
// entries as they stand, after any sequence of changes: detect()'s resolution (every entry, detector by
// detector, through resolveOverlaps) and a sort by rank then document order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveOverlaps } from '../../../server/src/core/detect';
import type { Finding, IdentifierType } from '../../../server/src/core';
import { FindingStore, type FindingProfile, type RawEntry } from '../../../server/src/core/incremental/findingStore';

const TYPES: IdentifierType[] = ['cpr', 'name', 'phone', 'date-of-birth'];
/** Few positions, lengths and confidences: overlaps, equal starts and ties are common. */
const findingArb = fc.record({
  start: fc.integer({ min: 0, max: 400 }),
  length: fc.integer({ min: 1, max: 40 }),
  type: fc.constantFrom(...TYPES),
  confidence: fc.constantFrom(0.3, 0.5, 0.9, 0.95),
  detector: fc.integer({ min: 0, max: 3 }),
  reason: fc.constantFrom('a', 'b'),
});

type Generated = typeof findingArb extends fc.Arbitrary<infer T> ? T : never;
type Op =
  | { kind: 'replace'; from: number; span: number; found: Generated[] }
  | { kind: 'edit'; start: number; span: number; delta: number }
  | { kind: 'read' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), from: fc.integer({ min: 0, max: 400 }), span: fc.integer({ min: 0, max: 200 }), found: fc.array(findingArb, { maxLength: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), start: fc.integer({ min: 0, max: 400 }), span: fc.integer({ min: 0, max: 30 }), delta: fc.integer({ min: -30, max: 30 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'read' as const }) },
);

function apply(store: FindingStore, op: Op): void {
  if (op.kind === 'replace') {
    const to = op.from + op.span;
    const entries: (RawEntry & { seq: number })[] = op.found
      .map((f, seq) => ({ seq, detector: f.detector, finding: { type: f.type, start: op.from + (f.start % Math.max(1, op.span)), end: 0, confidence: f.confidence, reasons: [{ rule: f.reason, text: f.reason }] } as Finding }))
      .filter((e) => e.finding.start < to);
    op.found.forEach((f, k) => { const e = entries.find((x) => x.seq === k); if (e) e.finding.end = e.finding.start + f.length; });
    entries.sort((a, b) => a.finding.start - b.finding.start || a.detector - b.detector || a.seq - b.seq);
    store.replace(op.from, to, entries);
  } else if (op.kind === 'edit') {
    // An edit of [start, start + span) by span + delta characters (never fewer than none).
    store.applyEdit(op.start, op.start + op.span, Math.max(-op.span, op.delta));
  }
}

interface Plain { index: number; start: number; end: number; type: IdentifierType; confidence: number }

/** detect()'s resolution of the store's entries as they stand: detector by detector, then resolveOverlaps. */
function plainResolution(store: FindingStore): Plain[] {
  const all = Array.from({ length: store.size }, (_, i) => ({ i, f: store.finding(i), d: detectorOf(store, i) }));
  const ordered = all.slice().sort((a, b) => a.d - b.d || a.i - b.i);
  const out = resolveOverlaps(ordered.map((e) => e.f));
  return out.map((f) => { const e = ordered.find((x) => x.f === f)!; return { index: e.i, start: f.start, end: f.end, type: f.type, confidence: f.confidence }; });
}

function detectorOf(store: FindingStore, i: number): number {
  return (store as unknown as { detectors: Uint8Array }).detectors[i]!;
}

const rankOf = (p: Pick<FindingProfile, 'type' | 'confidence'>) => TYPES.indexOf(p.type) * 101 + (100 - Math.round(p.confidence * 100));

test('the kept overlap resolution equals a fresh resolution of every entry after any changes', () => {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
      const store = new FindingStore();
      // Compared at the reads and at the end only: changes in between pile up (the dirty range spans several).
      for (const [k, op] of ops.entries()) {
        apply(store, op);
        if (op.kind !== 'read' && k < ops.length - 1) continue;
        const plain = plainResolution(store);
        const kept = store.resolved().map((f) => ({ index: f.storeIndex, start: f.start, end: f.end, type: f.type, confidence: f.confidence }));
        assert.deepEqual(kept, plain);
        assert.equal(store.resolvedCount(), plain.length);
        assert.equal(store.resolvedCountWhere((p) => p.type === 'name'), plain.filter((f) => f.type === 'name').length);
      }
    }),
    { seed: 9901, numRuns: 400 },
  );
});

test('best() equals sorting the resolution by rank then document order and taking the first max', () => {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 25 }), (ops, max) => {
      const store = new FindingStore();
      for (const [k, op] of ops.entries()) {
        apply(store, op);
        if (op.kind !== 'read' && k < ops.length - 1) continue;
        const plain = plainResolution(store);
        const expected = plain.length <= max ? plain : plain
          .map((f) => ({ f, rank: rankOf(f) }))
          .sort((a, b) => a.rank - b.rank || a.f.index - b.f.index)
          .slice(0, max)
          .map((x) => x.f)
          .sort((a, b) => a.index - b.index);
        const got = store.best(max, 4 * 101, rankOf).map((f) => ({ index: f.storeIndex, start: f.start, end: f.end, type: f.type, confidence: f.confidence }));
        assert.deepEqual(got, expected);
      }
    }),
    { seed: 9902, numRuns: 300 },
  );
});

test('best() refuses a rank outside its range instead of miscounting', () => {
  const store = new FindingStore();
  store.replace(0, 10, [{ detector: 0, finding: { type: 'cpr', start: 1, end: 5, confidence: 0.9, reasons: [] } }, { detector: 0, finding: { type: 'cpr', start: 6, end: 9, confidence: 0.9, reasons: [] } }]);
  assert.throws(() => store.best(1, 10, () => 10), RangeError);
});
