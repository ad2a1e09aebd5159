// Public surface of the detector core.
export * from './types';
export { detect, detectEach, DETECTORS, resolveOverlaps } from './detect';
export { ScanContext, type Detector, type DetectorReach } from './scan';
export { IDENTIFIER_TYPES, describeFinding } from './identifierTypes';
export * from './redact';
export * as cprRules from './cpr/rules';
export { keyedHash } from './keyed';
export { applyDirectives, silencedRegions } from './directives';
export { compileCustomPatterns, type CustomPatternSpec, type CompiledCustomPattern, type PatternProblem } from './custom/customPatterns';
export * as checksums from './checksums';
export { reason } from './reason';
export { isTestCprNumber, makeTestCprNumber, TEST_CPR_SOURCE, type TestCprRequest } from './cpr/testNumbers';
export { ALLOWLIST_PATH, allowlistEntry, filterAllowlisted, parseAllowlist, withAllowlistEntry, normaliseAllowlistValue } from './allowlist/allowlist';
