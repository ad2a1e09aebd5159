// HL7 v2 messages: segments (one per line) of `|`-separated fields whose meaning is fixed by the standard by
// position (PID-5 is the patient's name, NK1-5 the next of kin's phone). A value's field name is read from its
// segment id and field number, so names, addresses, phones and CPR numbers in HL7 get the same field context as
// in JSON or CSV, and numbers in fields such as the visit number get their negative context.

/** Field names by segment and field number (HL7 v2.5), named so the detectors' field tests recognise them. */
const FIELDS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  MSH: { 7: 'message_timestamp', 10: 'message_control_id' },
  EVN: { 2: 'recorded_timestamp', 6: 'event_timestamp' },
  PID: {
    2: 'patient_id', 3: 'patient_identifier_list', 4: 'alternate_patient_id', 5: 'patient_name', 6: 'mother_maiden_name',
    7: 'birth_date', 9: 'patient_alias_name', 11: 'patient_address', 13: 'home_phone', 14: 'business_phone',
    18: 'patient_account_number', 19: 'ssn',
  },
  NK1: { 2: 'next_of_kin_name', 4: 'next_of_kin_address', 5: 'next_of_kin_phone', 6: 'next_of_kin_business_phone', 30: 'contact_person_name', 31: 'contact_person_phone', 32: 'contact_person_address' },
  PV1: { 7: 'attending_doctor', 8: 'referring_doctor', 9: 'consulting_doctor', 17: 'admitting_doctor', 19: 'visit_number', 44: 'admit_timestamp', 45: 'discharge_timestamp' },
  GT1: { 3: 'guarantor_name', 5: 'guarantor_address', 6: 'guarantor_phone', 12: 'guarantor_ssn' },
  IN1: { 16: 'insured_name', 19: 'insured_address' },
  ORC: { 2: 'placer_order_number', 3: 'filler_order_number', 12: 'ordering_provider' },
  OBR: { 2: 'placer_order_number', 3: 'filler_order_number', 16: 'ordering_provider' },
};

/** Segments are short; a longer line is not read back to its start (linear on one-line texts). */
const MAX_SEGMENT = 4000;

/**
 * True when the text is an HL7 v2 message (or a file of them): its first line is an MSH segment. Read from the first
 * line only, which the incremental engine treats as structure (an edit there re-scans the whole text).
 */
export function isHl7Message(text: string): boolean {
  return /^\uFEFF?MSH\|/.test(text.slice(0, 8));
}

/** The field name of the HL7 field holding `offset` (call only when isHl7Message(text)). */
export function hl7FieldNameAt(text: string, offset: number): string | undefined {
  const stop = Math.max(0, offset - MAX_SEGMENT);
  let start = offset;
  while (start > stop && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  if (start > 0 && start === stop) return undefined;
  const segment = text.slice(start, start + 4);
  if (!/^[A-Z][A-Z0-9]{2}\|$/.test(segment)) return undefined;
  let field = 0;
  for (let i = start + 3; i < offset; i++) if (text.charCodeAt(i) === 124) field++;
  const id = segment.slice(0, 3);
  // In MSH the first `|` is itself field 1, the field separator.
  return FIELDS[id]?.[id === 'MSH' ? field + 1 : field];
}
