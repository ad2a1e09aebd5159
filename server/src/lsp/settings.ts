// The `skjold` settings section as the server sees it, with defaults. Settings come from the client's
// `initializationOptions` (standalone clients) and `workspace/configuration` (VS Code), per document.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface SkjoldSettings {
  enable: boolean;
  /** Milliseconds between the last change and a new check; 0 = at once. */
  debounceMs: number;
  maskCharacter: string;
  severity: { strong: SeverityName; weak: SeverityName };
  /** `skjold.customPatterns` as configured (validated and compiled by customPatterns.ts in this folder). */
  customPatterns: unknown[];
}

export const DEFAULT_SETTINGS: SkjoldSettings = {
  enable: true,
  debounceMs: 200,
  maskCharacter: 'X',
  severity: { strong: 'warning', weak: 'information' },
  customPatterns: [],
};

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

/**
 * Merges a partial, untrusted settings object over the defaults. Accepts both nested
 * (`{severity: {strong}}`) and dotted (`{"severity.strong": ...}`) keys, as clients send either.
 */
export function normaliseSettings(raw: unknown, base: SkjoldSettings = DEFAULT_SETTINGS): SkjoldSettings {
  const out: SkjoldSettings = { ...base, severity: { ...base.severity } };
  if (!raw || typeof raw !== 'object') return out;
  const r = expandDotted(raw as Record<string, unknown>);
  // A client may send the whole configuration ({skjold: {...}}) instead of the section.
  const s = (r.skjold && typeof r.skjold === 'object' ? r.skjold : r) as Record<string, unknown>;
  if (typeof s.enable === 'boolean') out.enable = s.enable;
  if (typeof s.debounceMs === 'number' && Number.isFinite(s.debounceMs) && s.debounceMs >= 0) out.debounceMs = Math.min(s.debounceMs, 10_000);
  if (typeof s.maskCharacter === 'string' && s.maskCharacter.length > 0) out.maskCharacter = [...s.maskCharacter][0]!;
  if (Array.isArray(s.customPatterns)) out.customPatterns = s.customPatterns;
  const sev = s.severity as Record<string, unknown> | undefined;
  if (sev && typeof sev === 'object') {
    if (SEVERITIES.includes(sev.strong as SeverityName)) out.severity.strong = sev.strong as SeverityName;
    if (SEVERITIES.includes(sev.weak as SeverityName)) out.severity.weak = sev.weak as SeverityName;
  }
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
