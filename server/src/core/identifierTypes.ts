// Human-facing facts about each identifier type: its label in messages, the quick-fix wording.
import type { IdentifierType } from './types';

export interface IdentifierTypeInfo {
  /** "CPR number": used at the start of diagnostic messages and in quick-fix titles. */
  label: string;
  /** A short tag for tag-style masking, e.g. `[CPR]`. */
  tag: string;
}

export const IDENTIFIER_TYPES: Record<IdentifierType, IdentifierTypeInfo> = {
  cpr: { label: 'CPR number', tag: 'CPR' },
  name: { label: 'Name', tag: 'NAVN' },
  address: { label: 'Address', tag: 'ADRESSE' },
  phone: { label: 'Phone number', tag: 'TLF' },
  email: { label: 'E-mail address', tag: 'EMAIL' },
  cvr: { label: 'CVR number', tag: 'CVR' },
  iban: { label: 'IBAN', tag: 'IBAN' },
  card: { label: 'Payment card number', tag: 'KORT' },
  'date-of-birth': { label: 'Date of birth', tag: 'FØDSELSDATO' },
  ecpr: { label: 'Replacement CPR number (eCPR)', tag: 'ECPR' },
  'cpr-substitute': { label: 'Substitute CPR number', tag: 'CPR' },
  custom: { label: 'Custom pattern', tag: 'SKJULT' },
};

/** "CPR number: real date, valid check digit, after 'CPR-nr.'". Never contains the value. */
export function describeFinding(f: { type: IdentifierType; reasons: { text: string }[] }): string {
  const info = IDENTIFIER_TYPES[f.type];
  const why = f.reasons.map((r) => r.text).join(', ');
  return why ? `${info.label}: ${why}` : info.label;
}
