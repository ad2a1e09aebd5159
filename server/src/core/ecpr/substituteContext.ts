// Context for the numbers that stand in for a CPR number (eCPR, the CPR office's substitute numbers, letter-bearing
// substitutes): the CPR cue words, plus the words that name a substitute, against the labels of product codes,
// orders and the like. Shared by core/ecpr/ and core/cprSubstitute/.
import type { ScanContext } from '../scan';
import type { Reason } from '../types';
import { reason } from '../reason';
import { cueAfter, cueBefore, type CueMatch } from '../context/cues';
import { CPR_CUES, NEGATIVE_CUES, isCprFieldName, isNegativeFieldName } from '../cpr/cprContext';

/** Words that name a substitute or replacement CPR number (Danish and English). Global flag for cueBefore. */
export const SUBSTITUTE_CUES =
  /(?<![\p{L}\p{N}])(?:erstatnings[-. ]?(?:cpr|personnummer|personnr|nummer|nr)(?:[-. ]?(?:nr|nummer|nummeret|no))?\.?|(?:[xcd]-)?e-?cpr(?:[-. ]?(?:nr|nummer|nummeret|no))?\.?|(?:fiktivt?|konstrueret|midlertidigt?|pseudo|kot)[-. ]?(?:cpr|personnummer)(?:[-. ]?(?:nr|nummer))?\.?|(?:replacement|substitute|temporary)[-. ](?:cpr|person(?:al)? identifier|id(?:entifier)?|number)(?: no\.?| number)?)(?![\p{L}\p{N}])/giu;

/** Labels of codes that share the shape of an eCPR: products, parts, models; added to the CPR negative cues. */
const PRODUCT_CUES =
  /(?<![\p{L}\p{N}])(?:vare[-. ]?(?:nr|nummer|kode)?\.?|art(?:ikel)?[-. ]?nr\.?|sku|model(?:nr|nummer)?\.?|produkt(?:kode|nr|nummer)?\.?|part[-. ]?(?:no|number)\.?|item(?:[-. ]?(?:no|code))?|kode)(?![\p{L}\p{N}])\s*[:=#.]?\s*["']?/giu;

export function isSubstituteFieldName(field: string): boolean {
  const f = field.toLowerCase().replace(/[^a-z0-9æøå]/g, '');
  return /ecpr|erstatning|substitute|replacement|fiktivcpr|pseudocpr/.test(f) || isCprFieldName(field);
}

export interface SubstituteContext {
  /** A cue or field that announces a CPR or substitute number, nearer than any negative cue. */
  positive?: Reason;
  /** The cue names a substitute explicitly ("erstatnings-CPR", "eCPR", …), not just a CPR number. */
  namesSubstitute: boolean;
  /** A label of something else (order, product code…) that stands nearer than any positive cue. */
  negative?: Reason;
}

export function substituteContext(ctx: ScanContext, start: number, end: number): SubstituteContext {
  const field = ctx.structure.fieldNameAt(start);
  if (field !== undefined && isSubstituteFieldName(field)) {
    return { positive: reason('context.field', "in the field '{0}'", label(field)), namesSubstitute: !isCprFieldName(field) || /ecpr|erstatning/.test(field) };
  }
  if (field !== undefined && isNegativeFieldName(field)) return { namesSubstitute: false, negative: reason('context.negative', "in the field '{0}'", label(field)) };

  const sub = nearest(cueBefore(ctx.text, start, SUBSTITUTE_CUES), cueAfter(ctx.text, end, SUBSTITUTE_CUES));
  const cpr = nearest(cueBefore(ctx.text, start, CPR_CUES), cueAfter(ctx.text, end, CPR_CUES));
  const neg = nearest(
    nearest(cueBefore(ctx.text, start, NEGATIVE_CUES, 28), cueAfter(ctx.text, end, NEGATIVE_CUES, 12)),
    nearest(cueBefore(ctx.text, start, PRODUCT_CUES, 28), cueAfter(ctx.text, end, PRODUCT_CUES, 12)),
  );
  const pos = nearest(sub, cpr);
  // When both kinds of context stand near, the nearer one speaks (as for CPR numbers).
  if (pos && (!neg || pos.distance <= neg.distance)) return { positive: describe(pos), namesSubstitute: pos === sub };
  if (neg) return { namesSubstitute: false, negative: { ...describe(neg), rule: 'context.negative' } };
  return { namesSubstitute: false };
}

function nearest(a: CueMatch | undefined, b: CueMatch | undefined): CueMatch | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.distance < a.distance ? b : a;
}

function describe(hit: CueMatch): Reason {
  return reason('context.word', hit.side === 'before' ? "after '{0}'" : "before '{0}'", label(hit.word));
}

function label(word: string): string {
  return word.length > 40 ? word.slice(0, 40) + '…' : word;
}
