// What each identifier type is and what to do about it, for SARIF rule help and the anonymisation report.
// Plain facts, no example values.
import type { IdentifierType } from '../core';

export const TYPE_HELP: Record<IdentifierType, string> = {
  cpr: 'Danish personal identification number (CPR-nummer): ten digits, DDMMYY-SSSS. It identifies one person and reveals birth date and legal sex. Found by a real date under the century rule, the modulus-11 check (or a birth date on which the CPR office issues numbers without it) and CPR words or field names nearby.',
  name: "A person's name. Names identify people directly, alone or with other facts.",
  address: 'A postal address. Addresses identify households and, with other facts, people.',
  phone: 'A telephone number. Personal phone numbers identify people.',
  email: 'An e-mail address. Personal addresses identify people.',
  cvr: 'Danish company registration number (CVR). For sole proprietorships it identifies a person.',
  iban: 'An international bank account number (IBAN), validated by its check digits.',
  card: 'A payment card number, validated by the Luhn check.',
  'date-of-birth': 'A date of birth. With little else it narrows a person down to a few.',
  ecpr: 'A replacement CPR number (erstatnings-CPR, eCPR) used in Danish healthcare for people without a CPR number: birth date, a century digit, two letters (usually initials) and a sex digit. As identifying as a CPR number.',
  custom: "A value matched by one of the user's own patterns (skjold.customPatterns), with its validator where one is set.",
  'cpr-substitute': 'A substitute CPR number (erstatningspersonnummer) built by authorities and companies for people without a real one, e.g. the birth day raised by 60, or letters after the date. It still holds the birth date and usually identifies one person.',
};

export const FIX_HELP =
  "Remove it before the file is committed, shared or exported: mask or replace the value (the editor's quick-fix, or 'skjold redact' where available), or exclude the file if it must hold personal data and never leaves a protected place.";
