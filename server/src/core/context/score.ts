// The "context → score" step shared by every identifier type (in the spirit of Presidio: pattern, validation,
// context, score). A detector describes its context once as a ContextSpec (cue words before/after, field-name
// tests, negative cues); readContext() finds the nearest positive and negative evidence around a candidate and
// applyContext() turns it into a confidence and readable reasons. Detectors keep only their own vocabulary.
import type { ScanContext } from '../scan';
import type { Reason } from '../types';
import { reason, withWeight } from '../reason';
import { cueAfter, cueBefore, CUE_WINDOW_AFTER, CUE_WINDOW_BEFORE, type CueMatch } from './cues';

export interface ContextSpec {
  /** Cue words that announce the type (global regex, case-insensitive). */
  positive?: RegExp;
  /** Cue words that announce something else with the same shape (global regex). */
  negative?: RegExp;
  /**
   * A field name (JSON/YAML key, CSV header, SQL column, key=value) that holds this type. Must answer from the field
   * name alone (readContext remembers its answers per spec and field: a CSV column asks once, not once per row).
   */
  isPositiveField?: (field: string) => boolean;
  /** A field name that holds something else with the same shape. Consulted only when isPositiveField says no. Pure, as above. */
  isNegativeField?: (field: string) => boolean;
  /** How far a positive cue may stand before / after the candidate (characters). */
  windowBefore?: number;
  windowAfter?: number;
  /**
   * What between a cue and the candidate means the cue labels something else (default: a run of four digits or a
   * new `Label:` line). A type whose values follow addresses (phones) can allow postal codes and house numbers.
   */
  barrier?: RegExp;
  /** How far a negative cue may stand before / after (negative labels sit right next to their value). */
  negativeWindowBefore?: number;
  negativeWindowAfter?: number;
}

export interface ContextHit extends CueMatch {
  /** True when the evidence is a field name rather than a word in running text. */
  field: boolean;
}

export interface ContextVerdict {
  positive?: ContextHit;
  /** Not looked for (undefined) when `positive` is a field name: nothing can be nearer. */
  negative?: ContextHit;
  /** Positive evidence present and at least as near as any negative evidence. */
  positiveWins: boolean;
  /** Negative evidence present and nearer than any positive evidence. */
  negativeWins: boolean;
}

/** Reads the evidence around [start, end) for one type. */
export function readContext(ctx: ScanContext, start: number, end: number, spec: ContextSpec): ContextVerdict {
  const field = ctx.structure.fieldNameAt(start);
  let positive: ContextHit | undefined;
  let negative: ContextHit | undefined;
  if (field !== undefined) {
    const kind = fieldKind(spec, field);
    if (kind === FIELD_POSITIVE) positive = { word: field, distance: 0, side: 'before', field: true };
    else if (kind === FIELD_NEGATIVE) negative = { word: field, distance: 0, side: 'before', field: true };
  }
  if (!positive && spec.positive) {
    const hit =
      cueBefore(ctx.text, start, spec.positive, spec.windowBefore ?? CUE_WINDOW_BEFORE, spec.barrier) ??
      cueAfter(ctx.text, end, spec.positive, spec.windowAfter ?? CUE_WINDOW_AFTER);
    if (hit) positive = { word: hit.word, distance: hit.distance, side: hit.side, field: false };
  }
  // A positive field name is distance 0 and wins over any cue word, so negative cue words are not looked for then
  // (two regex scans per candidate saved in structured files; the verdict's winner is the same).
  if (!negative && spec.negative && !positive?.field) {
    const hit =
      cueBefore(ctx.text, start, spec.negative, spec.negativeWindowBefore ?? 28) ??
      cueAfter(ctx.text, end, spec.negative, spec.negativeWindowAfter ?? 12);
    if (hit) negative = { word: hit.word, distance: hit.distance, side: hit.side, field: false };
  }
  // When both kinds stand near, the nearer one speaks (a field name is distance 0 and always nearest).
  const positiveWins = !!positive && (!negative || positive.distance <= negative.distance);
  return { positive, negative, positiveWins, negativeWins: !!negative && !positiveWins };
}

const FIELD_NEITHER = 0, FIELD_POSITIVE = 1, FIELD_NEGATIVE = 2;
/** Answers of isPositiveField / isNegativeField per spec and field name (a text repeats a few names many times). */
const fieldKinds = new WeakMap<ContextSpec, Map<string, number>>();
/** Field names remembered per spec before the memory starts afresh (names come from documents: keep it small). */
const FIELD_KINDS_LIMIT = 512;

/** What `field` says for `spec`: positive, negative (asked only when not positive) or neither. */
function fieldKind(spec: ContextSpec, field: string): number {
  let kinds = fieldKinds.get(spec);
  if (!kinds) { kinds = new Map(); fieldKinds.set(spec, kinds); }
  let kind = kinds.get(field);
  if (kind === undefined) {
    kind = spec.isPositiveField?.(field) ? FIELD_POSITIVE : spec.isNegativeField?.(field) ? FIELD_NEGATIVE : FIELD_NEITHER;
    if (kinds.size >= FIELD_KINDS_LIMIT) kinds.clear();
    kinds.set(field, kind);
  }
  return kind;
}

export interface ContextWeights {
  /** Added when positive context wins. */
  bonus: number;
  /** Subtracted when negative context wins. */
  penalty: number;
  /** Cap for the result. */
  max?: number;
}

/** Adjusts a pattern/validation confidence by the verdict; returns the new confidence and the reason to add. */
export function applyContext(confidence: number, verdict: ContextVerdict, w: ContextWeights): { confidence: number; reason?: Reason } {
  if (verdict.positiveWins && verdict.positive) {
    return { confidence: Math.min(w.max ?? 0.99, confidence + w.bonus), reason: describeContext(verdict.positive, w.bonus) };
  }
  if (verdict.negativeWins && verdict.negative) {
    const r = describeContext(verdict.negative, -w.penalty); // a fresh object: renamed in place (same key order)
    r.rule = 'context.negative';
    return { confidence: confidence - w.penalty, reason: r };
  }
  return { confidence };
}

/** "after 'CPR-nr.'", "in the field 'cpr'". Cue words are labels from the document, never identifiers. */
export function describeContext(hit: ContextHit, weight?: number): Reason {
  const label = hit.word.length > 40 ? hit.word.slice(0, 40) + '…' : hit.word;
  const r = hit.field ? reason('context.field', "in the field '{0}'", label) : reason('context.word', hit.side === 'before' ? "after '{0}'" : "before '{0}'", label);
  return weight === undefined ? r : withWeight(r, weight);
}

/** Lower-cases a field name and drops everything but letters and digits: `CPR_Nr` → `cprnr`. */
export function squashFieldName(field: string): string {
  return field.toLowerCase().replace(/[^a-z0-9æøå]/g, '');
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
