// Redaction: masking and synthetic replacement for every identifier type (see registry.ts).
export * from './types';
export { maskValue, maskFinding } from './mask';
export { redactValue, redactionEdits, applyRedactionEdits, isSyntheticValue, findingsToRedact } from './redact';
export { REDACTORS, GENERIC_REDACTOR, redactorFor } from './registry';
