// The `skjold` settings section as the server sees it, with defaults. Settings come from the client's
// `initializationOptions` (standalone clients) and `workspace/configuration` (VS Code), per document.

import type { IdentifierType } from '../core';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type MaskStyleName = 'full' | 'keepBirthDate' | 'tag';
export type FixModeName = 'mask' | 'synthetic';
/** Per-type rule, like ESLint's rule levels: off, a severity for strong findings, or `auto` (the strong/weak settings). */
export type RuleLevel = 'off' | 'auto' | SeverityName;

export interface SkjoldSettings {
  enable: boolean;
  /** Milliseconds between the last change and a new check; 0 = at once. */
  debounceMs: number;
  maskCharacter: string;
  severity: { strong: SeverityName; weak: SeverityName };
  /** How the Mask quick-fix and mask-mode redaction write over a value. */
  mask: { style: MaskStyleName };
  /** What `source.fixAll.skjold` (e.g. in editor.codeActionsOnSave) does, and to which findings. */
  fixAll: { mode: FixModeName; minSeverity: SeverityName };
  /** Synthetic CPR numbers move the birth date by a keyed amount within the same year. */
  synthetic: { shiftBirthDate: boolean };
  /** Diagnostics published per file at most (the most severe first); the total is reported beside them. */
  maxDiagnostics: number;
  /** `skjold.customPatterns` as configured (validated and compiled by customPatterns.ts in this folder). */
  customPatterns: unknown[];
  /** `skjold.rules`: per identifier type, off or its severity. Types not named are `auto`. */
  rules: Partial<Record<IdentifierType, RuleLevel>>;
  /** `skjold.include`: globs (gitignore syntax, relative to the workspace folder) of documents to check; empty = all. */
  include: string[];
  /** `skjold.exclude`: globs of documents not to check (wins over include). */
  exclude: string[];
  /** `skjold.maxFileSize`: open documents larger than this many megabytes are not checked. */
  maxFileSizeMB: number;
  /** `skjold.contextWords`: extra words that announce a CPR number (core DetectOptions.cprContextWords). */
  contextWords: string[];
}

export const DEFAULT_SETTINGS: SkjoldSettings = {
  enable: true,
  debounceMs: 200,
  maskCharacter: 'X',
  severity: { strong: 'warning', weak: 'information' },
  mask: { style: 'full' },
  fixAll: { mode: 'mask', minSeverity: 'information' },
  synthetic: { shiftBirthDate: true },
  maxDiagnostics: 1000,
  customPatterns: [],
  rules: {},
  include: [],
  exclude: [],
  maxFileSizeMB: 50,
  contextWords: [],
};

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];
const RULE_LEVELS: readonly RuleLevel[] = ['off', 'auto', ...SEVERITIES];

/**
 * Merges a partial, untrusted settings object over the defaults. Accepts both nested
 * (`{severity: {strong}}`) and dotted (`{"severity.strong": ...}`) keys, as clients send either.
 */
export function normaliseSettings(raw: unknown, base: SkjoldSettings = DEFAULT_SETTINGS): SkjoldSettings {
  const out: SkjoldSettings = { ...base, severity: { ...base.severity }, rules: { ...base.rules }, mask: { ...base.mask }, fixAll: { ...base.fixAll }, synthetic: { ...base.synthetic } };
  if (!raw || typeof raw !== 'object') return out;
  const r = expandDotted(raw as Record<string, unknown>);
  // A client may send the whole configuration ({skjold: {...}}) instead of the section.
  const s = (r.skjold && typeof r.skjold === 'object' ? r.skjold : r) as Record<string, unknown>;
  if (typeof s.enable === 'boolean') out.enable = s.enable;
  if (typeof s.debounceMs === 'number' && Number.isFinite(s.debounceMs) && s.debounceMs >= 0) out.debounceMs = Math.min(s.debounceMs, 10_000);
  if (typeof s.maskCharacter === 'string' && s.maskCharacter.length > 0) out.maskCharacter = [...s.maskCharacter][0]!;
  if (typeof s.maxDiagnostics === 'number' && Number.isFinite(s.maxDiagnostics) && s.maxDiagnostics >= 1) out.maxDiagnostics = Math.floor(s.maxDiagnostics);
  if (Array.isArray(s.customPatterns)) out.customPatterns = s.customPatterns;
  if (s.rules && typeof s.rules === 'object' && !Array.isArray(s.rules)) {
    out.rules = {};
    for (const [type, level] of Object.entries(s.rules as Record<string, unknown>)) {
      if (RULE_LEVELS.includes(level as RuleLevel)) out.rules[type as IdentifierType] = level as RuleLevel;
    }
  }
  const sev = s.severity as Record<string, unknown> | undefined;
  if (sev && typeof sev === 'object') {
    if (SEVERITIES.includes(sev.strong as SeverityName)) out.severity.strong = sev.strong as SeverityName;
    if (SEVERITIES.includes(sev.weak as SeverityName)) out.severity.weak = sev.weak as SeverityName;
  }
  normaliseRedactionSettings(s, out);
  normaliseScopeSettings(s, out);
  return out;
}

function expandDotted(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const parts = k.split('.');
    let cur = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i]!;
      if (!cur[p] || typeof cur[p] !== 'object') cur[p] = {};
      cur = cur[p] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1]!;
    cur[last] = v && typeof v === 'object' && !Array.isArray(v) ? { ...(cur[last] as object), ...expandDotted(v as Record<string, unknown>) } : v;
  }
  return out;
}

/** The identifier types switched off by `skjold.rules`. */
export function disabledTypes(settings: SkjoldSettings): IdentifierType[] {
  return (Object.entries(settings.rules) as [IdentifierType, RuleLevel][]).filter(([, level]) => level === 'off').map(([type]) => type);
}

/** The redaction settings (mask style, fix-all, synthetic values): kept apart so other sections merge cleanly. */
function normaliseRedactionSettings(s: Record<string, unknown>, out: SkjoldSettings): void {
  const mask = s.mask as Record<string, unknown> | undefined;
  if (mask && typeof mask === 'object' && ['full', 'keepBirthDate', 'tag'].includes(mask.style as string)) out.mask.style = mask.style as MaskStyleName;
  const fixAll = s.fixAll as Record<string, unknown> | undefined;
  if (fixAll && typeof fixAll === 'object') {
    if (fixAll.mode === 'mask' || fixAll.mode === 'synthetic') out.fixAll.mode = fixAll.mode;
    if (SEVERITIES.includes(fixAll.minSeverity as SeverityName)) out.fixAll.minSeverity = fixAll.minSeverity as SeverityName;
  }
  const synthetic = s.synthetic as Record<string, unknown> | undefined;
  if (synthetic && typeof synthetic === 'object' && typeof synthetic.shiftBirthDate === 'boolean') out.synthetic.shiftBirthDate = synthetic.shiftBirthDate;
}

/** Which documents are checked (include, exclude, maxFileSize): see control/documentScope.ts. */
function normaliseScopeSettings(s: Record<string, unknown>, out: SkjoldSettings): void {
  const globs = (v: unknown) => (Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : undefined);
  out.include = globs(s.include) ?? out.include;
  out.exclude = globs(s.exclude) ?? out.exclude;
  out.contextWords = globs(s.contextWords)?.map((w) => w.trim()).slice(0, 200) ?? out.contextWords;
  if (typeof s.maxFileSize === 'number' && Number.isFinite(s.maxFileSize) && s.maxFileSize > 0) out.maxFileSizeMB = s.maxFileSize;
}
