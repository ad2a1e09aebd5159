// The `skjold.kAnonymity.*` settings (and `skjold.enable`), read from the same places as the other settings:
// `initializationOptions` for standalone clients, `workspace/configuration` per document for VS Code.
// Column lists correct the automatic classification; a file's header directive wins over them.

export interface KanonSettings {
  /** `skjold.enable` and `skjold.kAnonymity.enable`. */
  enable: boolean;
  k: number;
  /** Empty = classify automatically. */
  quasiIdentifiers: string[];
  sensitiveAttributes: string[];
  directIdentifiers: string[];
  ignoreColumns: string[];
}

export const DEFAULT_KANON_SETTINGS: KanonSettings = {
  enable: true,
  k: 5,
  quasiIdentifiers: [],
  sensitiveAttributes: [],
  directIdentifiers: [],
  ignoreColumns: [],
};

/** Merges an untrusted `skjold` section (or a whole configuration, or dotted keys) over `base`. */
export function normaliseKanonSettings(raw: unknown, base: KanonSettings = DEFAULT_KANON_SETTINGS): KanonSettings {
  const out: KanonSettings = { ...base };
  if (!raw || typeof raw !== 'object') return out;
  let s = raw as Record<string, unknown>;
  if (s.skjold && typeof s.skjold === 'object') s = s.skjold as Record<string, unknown>;
  if (typeof s.enable === 'boolean') out.enable = s.enable;
  const nested = (s.kAnonymity && typeof s.kAnonymity === 'object' ? s.kAnonymity : {}) as Record<string, unknown>;
  const get = (key: string): unknown => nested[key] ?? s[`kAnonymity.${key}`];
  if (typeof get('enable') === 'boolean') out.enable = out.enable && (get('enable') as boolean);
  const k = get('k');
  if (typeof k === 'number' && Number.isInteger(k) && k >= 1 && k <= 1_000_000) out.k = k;
  const list = (key: keyof KanonSettings & string) => {
    const v = get(key);
    if (Array.isArray(v)) (out as unknown as Record<string, string[]>)[key] = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  };
  list('quasiIdentifiers');
  list('sensitiveAttributes');
  list('directIdentifiers');
  list('ignoreColumns');
  return out;
}
