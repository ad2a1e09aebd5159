// One TypeRedactor per identifier type. A type without an entry uses the generic one (keyed digits and
// letters in the same layout). To add a type: write synthetic/<type>.ts and register it here.
import type { IdentifierType } from '../types';
import { couldBeIssued } from '../cpr/rules';
import type { SyntheticContext, TypeRedactor } from './types';
import { maskCprKeepingBirthDate, syntheticCpr } from './synthetic/cpr';
import { syntheticName } from './synthetic/name';
import { syntheticAddress } from './synthetic/address';
import { isSyntheticPhone, syntheticPhone } from './synthetic/phone';
import { isSyntheticEmail, syntheticEmail } from './synthetic/email';
import { syntheticDate } from './synthetic/date';
import { isSyntheticDatePrefixed, syntheticDatePrefixed } from './synthetic/datePrefixed';
import { breakCheck, cvrValid, ibanValid, luhnValid, syntheticGeneric } from './synthetic/generic';

/** A type-specific generator with the generic one as its fallback when the value has an unexpected shape. */
function withFallback(purpose: string, specific: (v: string, ctx: SyntheticContext) => string | undefined): TypeRedactor['synthetic'] {
  return (v, ctx) => specific(v, ctx) ?? syntheticGeneric(v, ctx, purpose);
}

export const GENERIC_REDACTOR: TypeRedactor = {
  synthetic: (v, ctx) => syntheticGeneric(v, ctx),
};

export const REDACTORS: Partial<Record<IdentifierType, TypeRedactor>> = {
  cpr: {
    // A CPR finding always holds ten characters (digits, or OCR letters); the generic fallback is a last resort.
    synthetic: (v, ctx) => syntheticCpr(v, ctx) ?? neverIssued(syntheticGeneric(v, ctx, 'cpr')),
    // No isSynthetic: the CPR detector itself knows the test-CPR form and reports it as a Hint at most.
    maskKeepingBirthDate: maskCprKeepingBirthDate,
  },
  name: { synthetic: withFallback('name', syntheticName) },
  address: { synthetic: withFallback('address', syntheticAddress) },
  phone: { synthetic: withFallback('phone', syntheticPhone), isSynthetic: isSyntheticPhone },
  email: { synthetic: withFallback('email', syntheticEmail), isSynthetic: isSyntheticEmail },
  ecpr: { synthetic: withFallback('ecpr', (v, ctx) => syntheticDatePrefixed(v, ctx, 'ecpr')), isSynthetic: isSyntheticDatePrefixed },
  'cpr-substitute': { synthetic: withFallback('cpr-substitute', (v, ctx) => syntheticDatePrefixed(v, ctx, 'cpr-substitute')), isSynthetic: isSyntheticDatePrefixed },
  'date-of-birth': { synthetic: withFallback('date-of-birth', syntheticDate) },
  cvr: { synthetic: (v, ctx) => breakCheck(syntheticGeneric(v, ctx, 'cvr'), cvrValid) },
  card: { synthetic: (v, ctx) => breakCheck(syntheticGeneric(v, ctx, 'card'), luhnValid) },
  // Keeps the country code (two letters), so the value still reads as an IBAN of that country.
  iban: { synthetic: (v, ctx) => breakCheck(syntheticGeneric(v, ctx, 'iban', 2), ibanValid) },
};

/** The generic fallback for a CPR value that cannot be read: a day of 9x, so never a date, never issued. */
function neverIssued(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 && couldBeIssued(digits) ? value.replace(/\d/, '9') : value;
}

export function redactorFor(type: IdentifierType): TypeRedactor {
  return REDACTORS[type] ?? GENERIC_REDACTOR;
}
