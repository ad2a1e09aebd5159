// Public surface of the detector core.
export * from './types';
export { detect, DETECTORS, resolveOverlaps } from './detect';
export { ScanContext, type Detector } from './scan';
export { IDENTIFIER_TYPES, describeFinding } from './identifierTypes';
export * from './redact';
export { isCprTestNumber } from './cpr/testNumbers';
export * as cprRules from './cpr/rules';
export { keyedHash } from './keyed';
