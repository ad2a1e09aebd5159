// 1 January numbers without a check digit, beyond the CPR office's list.
//
// The CPR office issues numbers without modulus-11 on birth dates whose modulus-11 series ran out; its list
// (rules.ts NO_MOD11_BIRTH_YEARS, NO_MOD11_SOURCE) holds only 1 January dates, because 1 January is the birth date
// recorded when the real one is unknown, and says it "is not necessarily exhaustive". So a real-date number on
// 1 January of ANY year that fails modulus-11 may be an issued number the list has not caught up with. We report
// it even without a CPR word nearby, with a lower confidence (Information); listed dates keep their own, higher one.
import type { CprAnalysis } from './rules';
import type { Reason } from '../types';

/** Confidence of an unlisted 1 January number failing modulus-11 with no CPR context (below STRONG_CONFIDENCE). */
export const FIRST_OF_JANUARY_CONFIDENCE = 0.55;

/** True for a real 1 January date that fails modulus-11 and is not on the office's list. */
export function isUnlistedFirstOfJanuary(a: CprAnalysis): boolean {
  return a.realDate && a.day === 1 && a.month === 1 && !a.mod11 && !a.noMod11Date;
}

export const FIRST_OF_JANUARY_REASON: Reason = {
  rule: 'cpr.firstOfJanuary',
  text: '1 January (the date recorded when the birth date is unknown) without modulus-11: the CPR office\'s list of such dates is not exhaustive',
  weight: -0.4,
};
